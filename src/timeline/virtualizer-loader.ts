/**
 * The virtualizer, fetched the first time a timeline is long enough to need it. A page of short
 * timelines (the usual portal page: tens of events) never downloads or parses it.
 */
import type * as VirtualizeRowsModule from './virtualize-rows.js';

/** What the lazily loaded module offers: the `virtualize` directive, its layout, `virtualizerRef`. */
export type VirtualizerModule = typeof VirtualizeRowsModule;

/**
 * From this many rows (day headings included) a timeline is virtualised; below it every row is
 * in the DOM. The virtualizer draws rows only once the list is on screen, so a list it renders
 * prints, and shows in a full-page screenshot, as an empty frame while it is off-screen; and it
 * is about half of the timeline's code. Typical portal timelines have tens of events, far below;
 * 200 rows of plain DOM still lay out and scroll without a hitch on an old office PC, while a
 * screen keeping hundreds of events (`max-items` is 500 by default) stays virtualised.
 */
export const VIRTUALIZE_FROM = 200;

/** Where the virtualizer stands on this page: not asked for, on its way, ready, or not coming. */
export type VirtualizerStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Where the module comes from: a dynamic `import()` of a same-origin chunk, which a strict CSP
 * allows (`script-src 'self'`) and which the classic-script build inlines. Tests replace `load`
 * to hold the module back or to fail it.
 */
export const virtualizerSource = {
  load: (): Promise<VirtualizerModule> => import('./virtualize-rows.js'),
};

let status: VirtualizerStatus = 'idle';
let loaded: VirtualizerModule | undefined;
let loading: Promise<VirtualizerModule | undefined> | undefined;

/** Where the virtualizer stands on this page (tests check it was never asked for). */
export function virtualizerStatus(): VirtualizerStatus {
  return status;
}

/** The virtualizer, if it has arrived. */
export function loadedVirtualizer(): VirtualizerModule | undefined {
  return loaded;
}

/**
 * Asks for the virtualizer (once per page: every timeline shares the one request). Resolves
 * with the module, or with undefined if it cannot be had; it never rejects.
 */
export function loadVirtualizer(): Promise<VirtualizerModule | undefined> {
  if (!loading) {
    status = 'loading';
    loading = virtualizerSource.load().then(
      (module) => {
        loaded = module;
        status = 'ready';
        return module;
      },
      // The chunk did not come (offline, or a new deployment replaced it). There is no retry:
      // the browser keeps a failed module import failed for the page. Long lists then show
      // every row without it (slower, nothing missing), and the browser has already logged the
      // failed request; an error state or a civic-error for a missing enhancement would tell
      // the reader the data is wrong when it is not.
      () => {
        status = 'failed';
        return undefined;
      },
    );
  }
  return loading;
}
