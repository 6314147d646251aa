// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { CardHost } from './host';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CardHost', () => {
  it('is a plain div whose closed shadow root the page cannot reach', () => {
    const host = new CardHost(document);
    host.render(h('div', { role: 'dialog' }, 'card'));
    const el = host.element!;
    expect(el.tagName).toBe('DIV');
    expect(el.shadowRoot).toBeNull();
    expect(document.documentElement.lastElementChild).toBe(el);
    expect(host.card?.getAttribute('role')).toBe('dialog');
    expect(host.contains(host.card)).toBe(true);
    host.destroy();
    expect(el.isConnected).toBe(false);
  });

  it('drops a host the page removes, tells the controller, and builds a new one for the next card', async () => {
    const lost = vi.fn();
    const host = new CardHost(document, lost);
    host.render(h('p', null, 'one'));
    const first = host.element!;
    first.remove();
    await settle();
    expect(lost).toHaveBeenCalledTimes(1);
    expect(host.element).toBeNull();
    host.render(h('p', null, 'two'));
    expect(host.element).not.toBe(first);
    expect(host.element!.isConnected).toBe(true);
    host.destroy();
  });

  it('drops a host whose attributes the page rewrites', async () => {
    const lost = vi.fn();
    const host = new CardHost(document, lost);
    host.render(h('p', null, 'one'));
    const first = host.element!;
    first.setAttribute('style', 'display: none');
    await settle();
    expect(lost).toHaveBeenCalledTimes(1);
    expect(first.isConnected).toBe(false);
    host.destroy();
  });
});
