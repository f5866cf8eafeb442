import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { prefersReducedMotion } from '../core/motion.js';
import { loadedVirtualizer } from './virtualizer-loader.js';

/** Scrolled this little (px), the reader is still at the top. */
export const TOP = 4;
/** How long a smooth scroll may take before it is checked anyway (no `scrollend` in Safari). */
const SETTLE_MS = 1500;

/**
 * Gets a list really to its top. With every row in the DOM the top is just 0; a virtualised
 * list is the tricky one. Its flow layout estimates the rows it has not measured and corrects
 * the scroll position when it measures them, which can stop a scroll aimed at 0 short of it
 * (its own retargeting skips index 0). So a scroll aimed at the top is checked when it ends,
 * and if it fell short the list is pinned to its first row, which the layout places exactly.
 */
export class TopReturn implements ReactiveController {
  private viewport?: HTMLElement;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly list: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /** Goes to the top: smoothly, or at once under reduced motion. */
  go(): void {
    const viewport = this.list();
    if (!viewport) return;
    if (prefersReducedMotion()) {
      pinRow(viewport, 0);
      return;
    }
    this.aim();
    viewport.scrollTo({ top: 0, behavior: 'smooth' });
  }

  /** A scroll toward the top is starting (e.g. auto-scroll starting over): check where it ends. */
  aim(): void {
    this.settle();
    const viewport = this.list() ?? undefined;
    this.viewport = viewport;
    viewport?.addEventListener('scrollend', this.settle);
    this.timer = setTimeout(this.settle, SETTLE_MS);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): HTMLElement | undefined {
    const viewport = this.viewport;
    clearTimeout(this.timer);
    this.timer = undefined;
    viewport?.removeEventListener('scrollend', this.settle);
    this.viewport = undefined;
    return viewport;
  }

  private readonly settle = (): void => {
    const viewport = this.stop();
    if (viewport && viewport.scrollTop > 0) pinRow(viewport, 0);
  };
}

/**
 * Puts row `index` at the top of the list exactly. A virtualised list is pinned there by its
 * layout, which draws the row there even if it is not drawn yet, and lets go when the reader
 * scrolls; otherwise every row is in the DOM, in order, and the list is simply scrolled.
 */
export function pinRow(viewport: HTMLElement, index: number): void {
  const ref = loadedVirtualizer()?.virtualizerRef;
  const virtualizer = ref && (viewport as VirtualizerHostElement)[ref];
  if (virtualizer) {
    virtualizer.element(index)?.scrollIntoView({ block: 'start' });
    return;
  }
  const row = viewport.querySelectorAll<HTMLElement>(':scope > [data-key]')[index];
  if (!row) return;
  viewport.scrollTop += row.getBoundingClientRect().top - viewport.getBoundingClientRect().top;
}
