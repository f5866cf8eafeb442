import type { CivicKeyFigures } from '../../src/key-figures/key-figures.js';

/** Finds the parts of a key-figures widget, so tests read as arrange / act / assert. */
export class KeyFiguresHarness {
  constructor(readonly element: CivicKeyFigures) {}

  private get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  figures(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="figure"]')];
  }

  figure(key: string): HTMLElement | undefined {
    return this.figures().find((figure) => figure.dataset.key === key);
  }

  labels(): string[] {
    return this.figures().map((figure) => this.text(figure, 'label'));
  }

  /** The visible text of a part of one figure (`number`, `unit`, `label`, `trend`). */
  text(figure: HTMLElement, part: string): string {
    const node = figure.querySelector(`[part~="${part}"]`);
    return node ? node.textContent!.replace(/\s+/g, ' ').trim() : '';
  }

  /** The number on screen for `key`, or '' when it has none. */
  number(key: string): string {
    const figure = this.figure(key);
    return figure ? this.text(figure, 'number') : '';
  }

  /** What a screen reader reads of a figure's value line (hidden parts left out). */
  spoken(figure: HTMLElement, part = 'value'): string {
    const node = figure.querySelector(`[part~="${part}"]`)!;
    const walk = (el: Node): string =>
      el instanceof Element &&
      (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden'))
        ? ''
        : el.nodeType === Node.TEXT_NODE
          ? el.textContent!
          : [...el.childNodes].map(walk).join('');
    return walk(node).replace(/\s+/g, ' ').trim();
  }
}
