/**
 * Watches a page for what becomes a widget: civic tags, placeholders, and text forms inside
 * scan containers, at start and whenever the page adds more (a CMS loading an article by
 * XHR, a tab shown later). Reports the tags in use so the caller can define them.
 */
import {
  BLOCKS,
  PLACEHOLDER_SELECTOR,
  SCAN_ATTRIBUTE,
  scanTextForms,
  upgradePlaceholder,
} from './markup.js';
import { TAG_SELECTOR } from './tags.js';

export interface PageOptions {
  /** The script that started the watch: its `data-civic-scan` is a selector of scan containers. */
  script: HTMLScriptElement | null;
  /** Called with the tags found in the document that are not defined yet. */
  onTags: (tags: Set<string>) => void;
}

/** `root` itself if it matches, and every element under it that does. */
const within = (root: Element, selector: string) => [
  ...(root.matches(selector) ? [root] : []),
  ...Array.from(root.querySelectorAll(selector)),
];

/** The selector matching scan containers: marked elements, and the script's own selector. */
function containerSelector(script: HTMLScriptElement | null): string {
  const marked = `[${SCAN_ATTRIBUTE}]:not(script)`;
  const extra = script?.getAttribute(SCAN_ATTRIBUTE)?.trim();
  if (!extra) return marked;
  try {
    document.createDocumentFragment().querySelector(extra);
    return `${marked},${extra}`;
  } catch {
    console.warn(`civic-widgets: data-civic-scan="${extra}" is not a CSS selector; ignored`);
    return marked;
  }
}

/**
 * Starts watching; the first pass runs once the document is parsed.
 * @returns stops watching
 */
export function watchPage({ script, onTags }: PageOptions): () => void {
  const containers = containerSelector(script);

  const visit = (root: Element) => {
    for (const placeholder of within(root, PLACEHOLDER_SELECTOR)) upgradePlaceholder(placeholder);
    const container = root.closest(containers);
    if (container) {
      // Added inside a container: read the block it went into again, as a whole.
      const region = root.closest(`${containers},${BLOCKS}`);
      scanTextForms(region && container.contains(region) ? region : container, container);
    } else {
      for (const found of within(root, containers)) scanTextForms(found);
    }
    reportTags(root);
  };
  const reportTags = (root: Element) => {
    const tags = new Set<string>();
    for (const element of within(root, TAG_SELECTOR)) {
      if (!customElements.get(element.localName)) tags.add(element.localName);
    }
    if (tags.size) onTags(tags);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        // Text added on its own (an editor's script, a CMS filling a paragraph) counts too.
        const element = node instanceof Element ? node : node.parentElement;
        if (element?.isConnected) visit(element);
      }
    }
  });
  const start = () => {
    visit(document.documentElement);
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  // A placeholder's fallback or a paragraph may still be arriving from the parser: those wait
  // for the parsed document. The tags already parsed start loading now.
  if (document.readyState === 'loading') {
    reportTags(document.documentElement);
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else start();
  return () => {
    document.removeEventListener('DOMContentLoaded', start);
    observer.disconnect();
  };
}
