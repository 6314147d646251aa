import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * For the component tests of extension pages: before each test a reset fake browser, no mocks left
 * over and a fresh element to render into (handed to `use`); after it, the tree unmounted and the
 * element removed.
 */
export function freshRootPerTest(use: (root: HTMLElement) => void): void {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    root = document.createElement('div');
    document.body.append(root);
    use(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
}
