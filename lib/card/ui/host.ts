import { render, type ComponentChild } from 'preact';
import cardCss from '../../../components/card/card.css?inline';

/**
 * The one element the extension adds to a page: a host whose shadow root holds the card and its
 * styles, created on first use and removed by `destroy()`.
 *
 * A page is never trusted, so:
 * - the host is a plain `<div>`: a page can `customElements.define()` any custom-element name we
 *   might use and run its code in our host, but it cannot upgrade a built-in element created
 *   without `is`;
 * - its shadow root is **closed** and only this object holds it: `host.shadowRoot` is null to the
 *   page, which cannot read the card (whether a reference is saved) nor reach its buttons;
 * - if the page removes, moves or restyles the host, the host is dropped and `onLost` tells the
 *   controller; the next card gets a new host.
 * Its own box is pinned with inline `!important` declarations, which outrank any page rule (even
 * `* { all: unset !important }`).
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private mount: HTMLElement | null = null;
  private watcher: MutationObserver | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onLost: () => void = () => {},
  ) {}

  /** The host element, if it exists. */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** True when `node` is the host or inside its shadow tree (events from inside are retargeted to the host). */
  contains(node: Node | null): boolean {
    if (!node || !this.host) return false;
    return node === this.host || this.shadow?.contains(node) === true;
  }

  /** True when focus is inside the card. */
  hasFocus(): boolean {
    return !!this.shadow?.activeElement;
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
    this.drop();
  }

  private drop(): void {
    this.watcher?.disconnect();
    this.watcher = null;
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.mount = null;
  }

  private ensure(): void {
    if (this.host) return;
    const host = this.doc.createElement('div');
    for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = cardCss;
    const mount = this.doc.createElement('div');
    shadow.append(style, mount);
    const parent = this.doc.documentElement ?? this.doc.body;
    parent.append(host);
    this.host = host;
    this.shadow = shadow;
    this.mount = mount;
    this.watch(host, parent);
  }

  /** Drops the host when the page takes it out of the document, moves it or rewrites its attributes. */
  private watch(host: HTMLElement, parent: Element): void {
    const watcher = new MutationObserver((records) => {
      // We never touch the host's attributes after creating it: any change there is the page's.
      const tampered = host.parentNode !== parent || records.some((r) => r.type === 'attributes');
      if (this.host !== host || !tampered) return;
      // Render nothing more into a host the page holds; the next card builds a new one.
      render(null, this.mount!);
      this.drop();
      host.remove();
      this.onLost();
    });
    watcher.observe(parent, { childList: true });
    watcher.observe(host, { attributes: true });
    this.watcher = watcher;
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
