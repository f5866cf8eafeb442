import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../core/i18n.js';
import { words } from './messages.js';

/** One piece of code to copy: the script line or a form of the widget. */
export interface SnippetBox {
  id: string;
  /** What the copy button and its confirmation call it. */
  name: string;
  title: string;
  /** When to use it; for a form that cannot carry the values, why it is missing. */
  help: string;
  /** Undefined when the form cannot be written. */
  text?: string;
}

/** The boxes of step 6: each snippet in a read-only text box with its copy button. */
export function renderSnippets(
  locale: Locale,
  boxes: readonly SnippetBox[],
  onCopy: (name: string, text: string, box: HTMLTextAreaElement | null) => void,
): TemplateResult[] {
  const t = words(locale);
  return boxes.map(({ id, name, title, help, text }) => {
    const box = `snippet-${id}`;
    if (text === undefined) {
      return html`<div class="snippet">
        <h3>${title}</h3>
        <p class="bad">${help}</p>
      </div>`;
    }
    return html`<div class="snippet">
      <label for=${box}>${title}</label>
      <p class="help" id="${box}-help">${help}</p>
      <textarea
        id=${box}
        readonly
        rows="3"
        spellcheck="false"
        aria-describedby="${box}-help"
        .value=${live(text)}
      ></textarea>
      <button
        type="button"
        @click=${(event: Event) => {
          const area = (event.target as HTMLElement).parentElement?.querySelector('textarea');
          onCopy(name, text, area ?? null);
        }}
      >
        ${t('copy', { form: name })}
      </button>
    </div>`;
  });
}
