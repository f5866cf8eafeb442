/**
 * `dist/civic-widgets.iife.js`: the one classic script a webmaster pastes. It defines only the
 * widgets the page uses, by importing their files from `parts/` next to itself (resolved from
 * its own URL, so the copied `dist/` folder works under any path). A page with a leaderboard
 * never fetches ECharts. `import()` works in a classic script, loads same-origin files under
 * `script-src 'self'`, and is no Trusted Types sink, so no policy is needed.
 */
import PART_FILES from 'virtual:civic-part-files';
import { CivicErrorEvent } from '../core/events.js';
import { scriptOfLoader } from './script.js';
import { watchPage } from './page.js';
import { TAGS, TAG_SELECTOR, type Part } from './tags.js';

const script = scriptOfLoader();
const parts = new URL('parts/', script?.src || document.baseURI);
const loading = new Map<Part, Promise<void>>();
/**
 * Widgets already told that their part failed: the page is scanned again when it has been
 * parsed and when tags are added, and each scan may ask again, but a widget hears it once.
 */
const told = new WeakSet<Element>();

/**
 * Fetches a part's chunks beside it: without this the browser finds them only once the part
 * has arrived, one round trip later. A link's `href` is no Trusted Types sink.
 */
function preload(part: Part): void {
  for (const file of [`${part}.js`, ...(PART_FILES[part] ?? [])]) {
    const href = new URL(file, parts).href;
    if (document.querySelector(`link[rel="modulepreload"][href="${CSS.escape(href)}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

/** Imports a part once; a failure is told to each of its widgets once, and a later tag retries. */
function load(part: Part): Promise<void> {
  let pending = loading.get(part);
  if (!pending) {
    const url = new URL(`${part}.js`, parts).href;
    preload(part);
    pending = import(/* @vite-ignore */ url).then(
      () => undefined,
      (error: unknown) => {
        loading.delete(part);
        console.error(`civic-widgets: could not load ${url}`, error);
        const message = `Could not load ${url}: ${error instanceof Error ? error.message : error}`;
        for (const element of Array.from(document.querySelectorAll(TAG_SELECTOR))) {
          if (TAGS[element.localName].part !== part || customElements.get(element.localName))
            continue;
          if (told.has(element)) continue;
          told.add(element);
          element.dispatchEvent(
            new CivicErrorEvent({ source: 'loader', kind: 'network', message }),
          );
        }
      },
    );
    loading.set(part, pending);
  }
  return pending;
}

watchPage({
  script,
  onTags(tags) {
    // The screen first: widgets defined after it find its shared source at once. Their
    // files are fetched meanwhile.
    for (const tag of tags) preload(TAGS[tag].part);
    const screen = tags.has('civic-screen') ? load('screen') : Promise.resolve();
    for (const tag of tags) {
      if (tag !== 'civic-screen') void screen.then(() => load(TAGS[tag].part));
    }
  },
});
