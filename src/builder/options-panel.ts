import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../core/i18n.js';
import { optionWords } from './option-messages.js';
import { words } from './messages.js';
import { widgetOptions, type OptionValues, type WidgetOption } from './options.js';

/** What the options step shows: the widget's options and the values chosen so far. */
export interface OptionsView {
  tag: string;
  values: OptionValues;
  locale: Locale;
  /** A change; undefined leaves the attribute out (the widget's default). */
  onChange: (name: string, value: string | undefined) => void;
}

/** '' from an emptied field means "left out", like an unchecked box. */
const given = (value: string) => (value.trim() === '' ? undefined : value);

function control(option: WidgetOption, id: string, view: OptionsView): TemplateResult {
  const { name } = option;
  const value = view.values[name];
  const hint = `${id}-hint`;
  if (option.kind === 'boolean') {
    return html`<input
      id=${id}
      type="checkbox"
      aria-describedby=${hint}
      .checked=${live(value !== undefined)}
      @change=${(e: Event) =>
        view.onChange(name, (e.target as HTMLInputElement).checked ? '' : undefined)}
    />`;
  }
  if (option.kind === 'enum') {
    const named = optionWords(view.locale, view.tag, name)?.values ?? {};
    return html`<select
      id=${id}
      aria-describedby=${hint}
      @change=${(e: Event) => view.onChange(name, given((e.target as HTMLSelectElement).value))}
    >
      <option value="" ?selected=${value === undefined}>
        ${words(view.locale)('optionDefault')}
      </option>
      ${(option.values ?? []).map(
        (item) =>
          html`<option value=${item} ?selected=${item === value}>
            ${named[item] ? `${named[item]} (${item})` : item}
          </option>`,
      )}
    </select>`;
  }
  const number = option.kind === 'number';
  return html`<input
    id=${id}
    type=${number ? 'number' : 'text'}
    min=${ifDefined(number ? '0' : undefined)}
    step=${ifDefined(number ? 'any' : undefined)}
    autocomplete="off"
    spellcheck="false"
    aria-describedby=${hint}
    .value=${live(value ?? '')}
    @input=${(e: Event) => view.onChange(name, given((e.target as HTMLInputElement).value))}
  />`;
}

/**
 * Step 5: the widget's documented options (those not about data, and `refresh`) as controls:
 * checkboxes for booleans, lists for enumerations, number and text fields for the rest. An
 * empty control leaves its attribute out, so the widget keeps its default.
 */
export function renderOptions(view: OptionsView): TemplateResult {
  const t = words(view.locale);
  return html`<section aria-labelledby="step-options">
    <h2 id="step-options">${t('stepOptions')}</h2>
    <p class="help">${t('optionsHelp')}</p>
    <ul class="options">
      ${widgetOptions(view.tag).map((option) => {
        const id = `option-${option.name}`;
        const text = optionWords(view.locale, view.tag, option.name);
        return html`<li class="option ${option.kind}">
          <label for=${id}>${text?.label ?? option.name} <code>${option.name}</code></label>
          ${control(option, id, view)}
          <p class="help" id="${id}-hint">${text?.hint ?? ''}</p>
        </li>`;
      })}
    </ul>
  </section>`;
}
