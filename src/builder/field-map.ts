import { html, type TemplateResult } from 'lit';
import type { AnswerKey, FieldProposal } from '../data/adapt/index.js';
import type { Locale } from '../core/i18n.js';
import { describeSample } from './issue-text.js';
import { words } from './messages.js';
import type { BuilderWidget } from './widgets.js';

export interface FieldMapView {
  proposals: readonly FieldProposal[];
  widget: BuilderWidget;
  /** Model field → the key a person picked. */
  choices: Readonly<Record<string, string>>;
  locale: Locale;
  /** A pick; '' goes back to what the adapter finds by itself. */
  onChoose: (field: string, source: string) => void;
}

/** Keys that can fill a field: lists for a list field, values otherwise; fitting ones first. */
function offered(proposal: FieldProposal): { key: AnswerKey; fits: boolean }[] {
  const wantsList = proposal.type === 'list';
  const fitting = new Set(proposal.fitting);
  const keys = proposal.keys
    .filter((key) => (key.items !== undefined) === wantsList)
    .map((key) => ({ key, fits: fitting.has(key.path) }));
  return [...keys.filter((k) => k.fits), ...keys.filter((k) => !k.fits)];
}

function fieldRow(proposal: FieldProposal, view: FieldMapView): TemplateResult {
  const t = words(view.locale);
  const id = `field-${proposal.field.replace(/[^\w-]/g, '-')}`;
  const label = view.widget.fields[view.locale][proposal.field] ?? proposal.field;
  const source = proposal.source ?? '';
  const status =
    proposal.by === 'none'
      ? t(proposal.required ? 'notFoundRequired' : 'notFound')
      : !proposal.usable
        ? t('unusable', { source })
        : t(proposal.by === 'alias' ? 'byAlias' : 'byMapped', { source });
  const attention = proposal.required && !proposal.usable;
  const nested = proposal.field.includes('.');
  const chosen = view.choices[proposal.field] ?? '';
  return html`<li class="field ${nested ? 'nested' : ''} ${attention ? 'missing' : ''}">
    <label for=${id}>
      <span class="field-name">${label}</span>
      <code>${proposal.field}</code>
      <span class="badge">${t(proposal.required ? 'required' : 'optional')}</span>
    </label>
    <select
      id=${id}
      aria-describedby="${id}-status"
      @change=${(e: Event) => view.onChoose(proposal.field, (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${chosen === ''}>${t('automatic')}</option>
      ${offered(proposal).map(({ key, fits }) => {
        const option = t('keyOption', {
          key: key.path,
          sample: describeSample(key.sample, view.locale),
        });
        return html`<option value=${key.path} ?selected=${key.path === chosen}>
          ${fits ? t('fitsType', { option }) : option}
        </option>`;
      })}
    </select>
    <span class="status" id="${id}-status">${status}</span>
  </li>`;
}

/**
 * Step 4: every model field with the source the adapter proposes and a list of the answer's
 * own keys to pick from; fields of nested lists follow their list, indented.
 */
export function renderFieldMap(view: FieldMapView): TemplateResult {
  const t = words(view.locale);
  return html`<section aria-labelledby="step-fields">
    <h2 id="step-fields">${t('stepFields')}</h2>
    <p class="help">${t('fieldsHelp')}</p>
    <ul class="fields">
      ${view.proposals.map((proposal) => fieldRow(proposal, view))}
    </ul>
  </section>`;
}
