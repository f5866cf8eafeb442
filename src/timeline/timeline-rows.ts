import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { repeatRows } from '../core/repeat-rows.js';
import type { TimelineItem } from './timeline-model.js';
import { pinRow, TOP } from './top-return.js';
import {
  loadedVirtualizer,
  loadVirtualizer,
  VIRTUALIZE_FROM,
  virtualizerStatus,
} from './virtualizer-loader.js';

/** Where the reader was when the list changed hands: a row, and whether it had focus. */
interface Place {
  key: string;
  /** Its top, from the top of the visible area (px). */
  offset: number;
  focused: boolean;
  /** The reader had scrolled away from the top (else the list stays at the top). */
  scrolled: boolean;
}

/** Frames to wait for a virtualised row to be drawn (the virtualizer draws a frame or two late). */
const DRAW_FRAMES = 10;

/**
 * Microtasks to give the virtualizer before showing rows without it. Bundled into the same
 * file (the classic script, or a site's bundle that inlines `import()`), it arrives within a
 * few, before anything is painted: rendering hundreds of rows it would replace at once costs
 * more than the wait. Fetched as a chunk, it takes a round trip, and the rows go up meanwhile.
 */
const INLINED_WITHIN = 10;

const keyOf = (item: TimelineItem) => item.key;

async function microtasks(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await Promise.resolve();
}

/**
 * Puts the timeline's rows into its list. Below `VIRTUALIZE_FROM` rows all of them go straight
 * into the DOM; from there the virtualizer keeps only the rows near the view, and is loaded
 * the first time a list gets that long. Until it arrives (or if it never does) the first
 * `VIRTUALIZE_FROM` rows are shown directly rather than an empty frame (after a few
 * microtasks, in case it is already in the page's script).
 *
 * The list element itself changes when the virtualizer takes over or lets go (see `virtual`),
 * so the row the reader was on, and the focus, are carried across.
 */
export class TimelineRows implements ReactiveController {
  /**
   * Whether the last render virtualised the list. The element has a list element for each
   * value: the virtualizer leaves inline styles, a sizer and listeners on its host, which a
   * list of plain rows must not have, and keeps the row heights it has measured for the next
   * time the list is long.
   */
  virtual = false;
  private items: readonly TimelineItem[] = [];
  private carried?: Place;
  private waiting = false;
  private holding = false;
  /** Whether the last render put rows in the list. */
  private showing = false;
  private frame?: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly viewport: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /** The rows of `items`, for the list element's content. */
  render(
    items: readonly TimelineItem[],
    renderItem: (item: TimelineItem, index: number) => TemplateResult,
  ): unknown {
    const long = items.length >= VIRTUALIZE_FROM;
    const virtualizer = long ? loadedVirtualizer() : undefined;
    const waits = long && !virtualizer && virtualizerStatus() !== 'failed';
    // Rows already shown stay (and grow to the first VIRTUALIZE_FROM): emptying the list would
    // lose the reader's place and focus.
    const hold = waits && this.awaitVirtualizer() && !this.showing;
    const virtual = virtualizer !== undefined;
    if (virtual !== this.virtual) this.carried = this.place();
    this.virtual = virtual;
    this.items = items;
    this.showing = items.length > 0 && !hold;
    if (virtualizer) {
      return virtualizer.virtualizeRows({
        items: items as TimelineItem[],
        layout: virtualizer.flowLayout,
        scroller: true,
        keyFunction: keyOf,
        renderItem,
      });
    }
    // Without the virtualizer for good, every row is shown: slower to lay out, but nothing of
    // the data goes missing (`max-items`, 500 by default, bounds the list).
    const partial = long && virtualizerStatus() !== 'failed';
    const shown = hold ? [] : partial ? items.slice(0, VIRTUALIZE_FROM) : items;
    return repeatRows(shown, keyOf, renderItem);
  }

  hostUpdated(): void {
    const place = this.carried;
    this.carried = undefined;
    const viewport = this.viewport();
    if (!place || !viewport) return;
    if (!this.virtual) {
      this.restore(place, viewport);
      return;
    }
    // The virtualised list shows rows of its own from before (or none) until it has laid out
    // the current items; only then can it tell where a row is.
    const ref = loadedVirtualizer()?.virtualizerRef;
    const virtualizer = ref && (viewport as VirtualizerHostElement)[ref];
    virtualizer?.layoutComplete.then(
      () => this.restore(place, viewport),
      () => {}, // it was disconnected: the list changed hands again, or left the page
    );
  }

  /**
   * The row with `key`, brought into the DOM: a virtualised list scrolls it into view and
   * waits for it to be drawn (up to DRAW_FRAMES frames). Undefined if it is not in the list.
   */
  async reach(key: string): Promise<HTMLElement | undefined> {
    const viewport = this.viewport();
    if (!viewport) return undefined;
    const shown = rowOf(viewport, key);
    if (shown || !this.virtual) return shown;
    const index = this.items.findIndex((item) => item.key === key);
    const ref = loadedVirtualizer()?.virtualizerRef;
    const virtualizer = ref && (viewport as VirtualizerHostElement)[ref];
    if (index < 0 || !virtualizer) return undefined;
    virtualizer.element(index)?.scrollIntoView({ block: 'nearest' });
    for (let frame = 0; frame < DRAW_FRAMES; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const row = rowOf(viewport, key);
      if (row) return row;
    }
    return undefined;
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /**
   * Asks for the virtualizer and renders again when it comes. Returns whether to hold the rows
   * back for now: only for a few microtasks after asking (see INLINED_WITHIN).
   */
  private awaitVirtualizer(): boolean {
    if (this.waiting) return this.holding;
    this.waiting = true;
    this.holding = true;
    const arrival = loadVirtualizer();
    void arrival.then(() => {
      this.waiting = false;
      this.host.requestUpdate();
    });
    void Promise.race([arrival, microtasks(INLINED_WITHIN)]).then(() => {
      this.holding = false;
      this.host.requestUpdate();
    });
    return true;
  }

  /** Takes the reader back to their row, and gives it back the focus it had. */
  private restore(place: Place, viewport: HTMLElement): void {
    if (viewport !== this.viewport()) return;
    const index = this.items.findIndex((item) => item.key === place.key);
    if (index < 0) return;
    if (place.scrolled) {
      const row = rowOf(viewport, place.key);
      if (row) viewport.scrollTop += top(row, viewport) - place.offset;
      else pinRow(viewport, index);
    }
    if (place.focused) this.refocus(place.key, DRAW_FRAMES);
  }

  /** The focused row, or else the row at the top of the view if the reader has scrolled. */
  private place(): Place | undefined {
    const viewport = this.viewport();
    if (!viewport) return undefined;
    const scrolled = viewport.scrollTop > TOP;
    const active = this.host.shadowRoot?.activeElement;
    const focused = active && viewport.contains(active) ? rowAround(active) : undefined;
    if (focused) {
      return { key: focused.dataset.key!, offset: top(focused, viewport), focused: true, scrolled };
    }
    if (!scrolled) return undefined;
    // The first row that starts in view (a virtualised list can pin only a row's top), or the
    // one filling the view.
    let cut: Place | undefined;
    for (const row of viewport.querySelectorAll<HTMLElement>(':scope > [data-key]')) {
      const offset = top(row, viewport);
      const place = { key: row.dataset.key!, offset, focused: false, scrolled };
      if (offset >= -1) return offset < viewport.clientHeight ? place : (cut ?? place);
      if (offset + row.offsetHeight > 0) cut = place;
    }
    return cut;
  }

  /** Gives the row back its focus once it is drawn, unless the reader has moved on meanwhile. */
  private refocus(key: string, frames: number): void {
    this.frame = undefined;
    const active = document.activeElement;
    if (active && active !== document.body && active !== this.host) return;
    if (this.host.shadowRoot?.activeElement) return;
    const row = this.viewport() && rowOf(this.viewport()!, key);
    if (row) row.focus({ preventScroll: true });
    else if (frames > 0) this.frame = requestAnimationFrame(() => this.refocus(key, frames - 1));
  }
}

function rowAround(element: Element): HTMLElement | undefined {
  return element.closest<HTMLElement>('[data-key]') ?? undefined;
}

function rowOf(viewport: HTMLElement, key: string): HTMLElement | undefined {
  for (const row of viewport.querySelectorAll<HTMLElement>(':scope > [data-key]')) {
    if (row.dataset.key === key) return row;
  }
  return undefined;
}

/** A row's top from the top of the list's visible area (px). */
function top(row: HTMLElement, viewport: HTMLElement): number {
  return row.getBoundingClientRect().top - viewport.getBoundingClientRect().top;
}
