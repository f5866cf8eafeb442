/**
 * The virtualizer for long timelines. Loaded on demand through virtualizer-loader.ts, in a
 * chunk of its own: nothing else imports this module statically, or every page would pay for
 * it (about 8 KB gzip).
 */
import { directive } from 'lit/directive.js';
import { getDirectiveClass } from 'lit/directive-helpers.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, type VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';
import type { DirectiveResult } from 'lit/directive.js';
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
