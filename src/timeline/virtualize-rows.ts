/**
 * The virtualizer for long timelines. Loaded on demand through virtualizer-loader.ts, in a
 * chunk of its own: nothing else imports this module statically, or every page would pay for
 * it (about 8 KB gzip).
 */
import { directive } from 'lit/directive.js';
import { getDirectiveClass } from 'lit/directive-helpers.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, type VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';
import type { DirectiveResult, Part } from 'lit/directive.js';
import { repeatRows } from '../core/repeat-rows.js';

export { virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';

/** The timeline's layout. One object for the page: a new one each render would rebuild the layout. */
export const flowLayout: ReturnType<typeof flow> = flow();

type VirtualizeClass = ReturnType<typeof virtualize> extends DirectiveResult<infer C> ? C : never;

const Virtualize = getDirectiveClass(virtualize({})) as VirtualizeClass;

/**
 * The virtualizer's `virtualize` directive, rendering its rows with `repeatRows` instead of
 * Lit's `repeat`: the virtualizer adds and drops rows at every scroll step, and with plain
 * `repeat` each dropped row leaves a comment node in the list (see `repeatRows`).
 */
class VirtualizeRowsDirective extends Virtualize {
  override update(part: Part, args: [VirtualizeDirectiveConfig<unknown>]): unknown {
    const result = super.update(part as never, args);
    // The virtualizer is made here, and lays out from a later task: it sees its view already bound.
    if (this._virtualizer) {
      viewOwnBox(this._virtualizer);
      redrawOnlyNearTheEdge(this._virtualizer);
    }
    return result;
  }

  override render(config?: VirtualizeDirectiveConfig<unknown>): unknown {
    // The base keeps the config (render functions); its own result is replaced below.
    if (config) super.render(config);
    const shown: unknown[] = [];
    if (this._first >= 0 && this._last >= this._first) {
      for (let i = this._first; i <= this._last; i++) shown.push(this._items[i]);
    }
    return repeatRows(shown, this._keyFunction, this._renderItem);
  }
}

/** `virtualize` from `@lit-labs/virtualizer`, with a DOM that stays bounded while scrolling. */
export const virtualizeRows = directive(VirtualizeRowsDirective) as unknown as typeof virtualize;

/** The parts of the virtualizer (2.1) that `viewOwnBox` reads and replaces; private in its types. */
interface VirtualizerInternals {
  _hostElement?: HTMLElement;
  _isScroller: boolean;
  _clippingAncestors: HTMLElement[];
  _scrollerController: {
    element: HTMLElement;
    correctingScrollError: boolean;
    _destination: unknown;
  } | null;
  _layout: {
    _overhang?: number;
    unpin(): void;
    viewportSize: { width: number; height: number };
    viewportScroll: { top: number; left: number };
    totalScrollSize: { width: number; height: number };
    offsetWithinScroller: { top: number; left: number };
  } | null;
  _updateView(): void;
  handleEvent(event: Event): void;
  _viewOwnBox?: true;
  /** The list's `scrollTop` when the view was last measured (see `redrawOnlyNearTheEdge`). */
  _viewTop?: number;
  _nearEdgeOnly?: true;
}

/**
 * Makes the virtualizer draw the rows of its own box wherever the box is on the page. Its view
 * is its box cut by the window: a timeline below the first screen, or half out of the window,
 * had no rows (or half) drawn, and showed an empty frame in a full-page screenshot and in print
 * (which capture the page beyond the window without scrolling it). The list scrolls itself
 * (`scroller: true`), so its box bounds the rows drawn: a screenful or so more, out of hundreds.
 * Scrolling ancestors of the page still cut the view, as they also cut a screenshot.
 */
function viewOwnBox(virtualizer: object): void {
  const inner = virtualizer as unknown as VirtualizerInternals;
  if (inner._viewOwnBox || !inner._isScroller) return;
  inner._viewOwnBox = true;
  inner._updateView = function (this: VirtualizerInternals) {
    const host = this._hostElement;
    const scroller = this._scrollerController?.element;
    const layout = this._layout;
    if (!host || !scroller || !layout) return;
    const bounds = host.getBoundingClientRect();
    let { top, left, bottom, right } = bounds;
    for (const ancestor of this._clippingAncestors) {
      const clip = ancestor.getBoundingClientRect();
      top = Math.max(top, clip.top);
      left = Math.max(left, clip.left);
      bottom = Math.min(bottom, clip.bottom);
      right = Math.min(right, clip.right);
    }
    const outer = scroller.getBoundingClientRect();
    layout.viewportSize = { width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
    layout.viewportScroll = {
      top: top - bounds.top + host.scrollTop,
      left: left - bounds.left + host.scrollLeft,
    };
    layout.totalScrollSize = { width: scroller.scrollWidth, height: scroller.scrollHeight };
    layout.offsetWithinScroller = { top: bounds.top - outer.top, left: bounds.left - outer.left };
    this._viewTop = host.scrollTop;
  };
}

/**
 * Makes the virtualizer lay out again only once the list has scrolled by half its overhang.
 * Otherwise it lays out at every scroll event: measuring the view, placing every row and
 * observing their sizes again. A smooth step of an auto-scrolling list is a dozen events,
 * and on a wall that steps every few seconds that was most of the list's main-thread time
 * (bench auto-scroll case, CDP TaskDuration: 1.40 against 1.03 s/min with this). The layout
 * draws the rows within its overhang (1,000 px) beyond the view, so within half of it the
 * rows drawn still cover the view with half the overhang to spare, and laying out would
 * draw nothing new. Scroll events of the page or of a scrolling ancestor (which move the cut
 * of the view), and those of the virtualizer's own scrolls (correcting its estimates, or
 * aimed at a row it has not drawn), lay out at once as before.
 */
function redrawOnlyNearTheEdge(virtualizer: object): void {
  const inner = virtualizer as unknown as VirtualizerInternals;
  if (inner._nearEdgeOnly || !inner._isScroller) return;
  inner._nearEdgeOnly = true;
  const handleEvent = inner.handleEvent;
  inner.handleEvent = function (this: VirtualizerInternals, event: Event) {
    const host = this._hostElement;
    const scroller = this._scrollerController;
    const slack = (this._layout?._overhang ?? 0) / 2;
    const plain =
      event.type === 'scroll' &&
      event.currentTarget === host &&
      scroller?.correctingScrollError === false &&
      !scroller._destination;
    if (plain && this._viewTop !== undefined && Math.abs(host.scrollTop - this._viewTop) < slack) {
      // What the virtualizer does first for a reader's scroll: a pinned row lets go.
      this._layout?.unpin();
      return;
    }
    handleEvent.call(this, event);
  };
}
