import type { CivicErrorDetail } from '../data/errors.js';
import { setDocumented } from '../loader/tags.js';
import type { SnippetAttribute } from './snippet.js';

/** What the live widget last reported. */
export interface PreviewReport {
  /** The last `civic-error` since the last `civic-load`: issues of rows left out, or a failure. */
  error?: CivicErrorDetail;
  /** The widget's own state attribute: `ready`, `empty`, `error`, `loading`. */
  state: string;
}

/** What the preview shows: the answer, given either by `src` or as `data`. */
export interface PreviewInput {
  tag: string;
  src?: string;
  data?: unknown;
  path?: string;
  fields?: string;
  /** The chosen widget options, as the snippets write them (a boolean on as `[name, '']`). */
  options?: readonly SnippetAttribute[];
}

type Widget = HTMLElement & { data?: unknown };

/**
 * A real widget element fed the builder's data through the same attributes and `data`
 * property a page uses, and what it reports through its own `civic-load`/`civic-error`.
 * The element is defined by the runtime script of the page, so it is exactly what a portal
 * page runs.
 */
export class LivePreview {
  private element?: Widget;
  private error?: CivicErrorDetail;
  /** The options set on the element, so that one cleared is taken off again. */
  private optionNames: readonly string[] = [];
  // The state attribute changes after the events of an update: re-read it then.
  private readonly watch = new MutationObserver(() => this.onReport());

  constructor(private readonly onReport: () => void) {}

  /** What the widget reports now; undefined before it has anything to say. */
  get report(): PreviewReport | undefined {
    const state = this.element?.getAttribute('state');
    return state ? { error: this.error, state } : undefined;
  }

  /** The element for `input`, made anew when the tag changes, otherwise updated in place. */
  show(input: PreviewInput): HTMLElement {
    let element = this.element;
    if (!element || element.localName !== input.tag) {
      element = document.createElement(input.tag) as Widget;
      element.setAttribute('theme', 'light');
      element.addEventListener('civic-load', () => this.set(undefined));
      element.addEventListener('civic-error', (event) =>
        this.set((event as CustomEvent<CivicErrorDetail>).detail),
      );
      this.watch.disconnect();
      this.watch.observe(element, { attributeFilter: ['state'] });
      this.element = element;
      this.error = undefined;
      this.optionNames = [];
    }
    this.setOptions(element, input.options ?? []);
    setAttribute(element, 'path', input.path);
    setAttribute(element, 'fields', input.fields);
    if (input.data !== undefined) {
      element.removeAttribute('src');
      element.data = input.data;
    } else {
      element.data = undefined;
      setAttribute(element, 'src', input.src);
    }
    return element;
  }

  /** Sets options as the loader sets them from markup, so the preview reads what the page will. */
  private setOptions(element: Element, options: readonly SnippetAttribute[]): void {
    const names = options.map(([name]) => name);
    for (const name of this.optionNames) if (!names.includes(name)) element.removeAttribute(name);
    for (const [name, value] of options) {
      if (element.getAttribute(name) !== value) setDocumented(element, name, value);
    }
    this.optionNames = names;
  }

  private set(error: CivicErrorDetail | undefined): void {
    this.error = error;
    this.onReport();
  }
}

function setAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined || value === '') element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
