import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerShape, DetectedEnvelope } from '../data/adapt/index.js';
import type { Locale } from '../core/i18n.js';
import { describeSample } from './issue-text.js';
import { words } from './messages.js';
import type { BuilderDetection } from './two-lists.js';

export interface DetectionView {
  /** Undefined until there is an answer. */
  detection?: BuilderDetection;
  shape: AnswerShape;
  locale: Locale;
  onPath: (path: string) => void;
}

function envelopeText(envelope: DetectedEnvelope | undefined, locale: Locale): TemplateResult {
  const t = words(locale);
  if (!envelope) return html`<p>${t('noEnvelope')}</p>`;
  return html`<ul class="members">
      ${envelope.members.map(
        (member) =>
          html`<li><code>${member.key}</code>: ${describeSample(member.value, locale)}</li>`,
      )}
    </ul>
    <p class=${envelope.ok ? 'ok' : 'bad'}>
      ${envelope.ok ? t('envelopeOk') : t('envelopeFailed', { message: envelope.message })}
    </p>`;
}

function pathChoice(view: DetectionView, detection: BuilderDetection): TemplateResult {
  const t = words(view.locale);
  if (detection.candidates.length === 0) return html`<p class="bad">${t('noList')}</p>`;
  return html`<label for="path">${t('path')}</label>
    <p class="help" id="path-help">${t('pathHelp')}</p>
    <select
      id="path"
      aria-describedby="path-help"
      @change=${(e: Event) => view.onPath((e.target as HTMLSelectElement).value)}
    >
      ${detection.candidates.map((candidate) => {
        const where = candidate.path === '' ? t('pathRoot') : candidate.path;
        const label = candidate.lists
          ? t('pathLists', { path: where })
          : view.shape === 'list'
            ? t('pathItem', { path: where, count: candidate.length })
            : where;
        return html`<option value=${candidate.path} ?selected=${candidate.path === detection.path}>
          ${candidate.auto ? t('pathAuto', { label }) : label}
        </option>`;
      })}
    </select>
    ${detection.lists ? html`<p class="ok">${t('lists', { ...detection.lists })}</p>` : nothing}`;
}

/** Step 3: the envelope found around the data, and where the data is (`path`), to confirm. */
export function renderDetection(view: DetectionView): TemplateResult {
  const t = words(view.locale);
  const { detection } = view;
  return html`<section aria-labelledby="step-detect">
    <h2 id="step-detect">${t('stepDetect')}</h2>
    ${
      detection
        ? html`<h3>${t('envelope')}</h3>
            ${envelopeText(detection.envelope, view.locale)} ${pathChoice(view, detection)}`
        : html`<p class="help">${t('waiting')}</p>`
    }
  </section>`;
}
