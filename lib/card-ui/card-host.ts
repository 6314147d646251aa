import { render, type ComponentChild } from 'preact';
import cardCss from '../../components/card/card.css?inline';
import { HOST_TAG } from '../page/dom-rules';

/**
 * The one element the extension adds to a page: a host whose shadow root holds the card and its
 * styles, created on first use and removed by `destroy()`. Its own box is pinned with inline
 * `!important` declarations, which outrank any page rule (even `* { all: unset !important }`);
 * what is inside the shadow root cannot be reached by page selectors at all.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  /** The host element, if it exists. */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** True when `node` is the host or inside its shadow tree. */
  contains(node: Node | null): boolean {
    if (!node || !this.host) return false;
    return node === this.host || this.host.shadowRoot?.contains(node) === true;
  }

  /** The card's root element (for positioning), if a card is rendered. */
  get card(): HTMLElement | null {
    return (this.mount?.firstElementChild as HTMLElement | null) ?? null;
  }

  render(tree: ComponentChild): void {
    this.ensure();
    render(tree, this.mount!);
  }

  /** Empties the card (the host stays for the next one). */
  clear(): void {
    if (this.mount) render(null, this.mount);
  }

  destroy(): void {
    this.clear();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  private ensure(): void {
    if (this.host?.isConnected) return;
    const host = this.doc.createElement(HOST_TAG.toLowerCase());
    for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = cardCss;
    const mount = this.doc.createElement('div');
    shadow.append(style, mount);
    (this.doc.documentElement ?? this.doc.body).append(host);
    this.host = host;
    this.mount = mount;
  }
}

const HOST_STYLE: Array<[string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['pointer-events', 'none'],
  ['contain', 'none'],
];
