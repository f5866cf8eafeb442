import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prefersReducedMotion } from './motion.js';

const MOVE = { duration: 450, easing: 'cubic-bezier(0.2, 0.8, 0.2, 1)' } as const;
const ENTER = { duration: 300, easing: 'ease-out' } as const;

/**
 * Animates keyed items from where they were to where a re-render put them ("FLIP"), with
 * transform and opacity only, so the compositor does the work. Items carry `data-key`.
 * Only items near the visible part of the container animate: a 1,000-row reorder costs
 * a few dozen animations, not a thousand. Nothing moves under reduced motion.
 */
export class FlipController implements ReactiveController {
  private before?: Map<string, number>;

  constructor(
    host: ReactiveControllerHost,
    private readonly container: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /** Records positions; call it before a render that may move items (in `willUpdate`). */
  capture(): void {
    const container = this.container();
    if (!container || prefersReducedMotion()) return;
    const before = new Map<string, number>();
    for (const item of itemsNearView(container)) before.set(item.dataset.key!, item.offsetTop);
    this.before = before;
  }

  hostUpdated(): void {
    const before = this.before;
    const container = this.container();
    this.before = undefined;
    if (!before || !container) return;
    // Every position is read before the first animation starts: an animation invalidates
    // style, and a read after it would lay the whole list out again, once per row.
    const moves: [HTMLElement, number | undefined, number][] = [];
    for (const item of itemsNearView(container)) {
      moves.push([item, before.get(item.dataset.key!), item.offsetTop]);
    }
    for (const [item, from, to] of moves) {
      if (from === undefined) {
        item.animate([{ opacity: 0 }, { opacity: 1 }], ENTER);
      } else if (from !== to) {
        item.animate([{ transform: `translateY(${from - to}px)` }, { transform: 'none' }], MOVE);
      }
    }
  }
}

/** Keyed items within one viewport height above or below the visible part. */
function* itemsNearView(container: HTMLElement): Generator<HTMLElement> {
  const low = container.scrollTop - container.clientHeight;
  const high = container.scrollTop + 2 * container.clientHeight;
  for (const child of container.children) {
    const item = child as HTMLElement;
    if (!item.dataset.key) continue;
    const top = item.offsetTop;
    if (top > high) return;
    if (top + item.offsetHeight >= low) yield item;
  }
}
