import { html, nothing, type TemplateResult } from 'lit';
import type { FieldMap } from '../data/adapt/index.js';
import { CivicDataError } from '../data/errors.js';
import type { Locale } from '../core/i18n.js';
import { errorSentence } from '../core/states.js';
import { describeIssues } from './issue-text.js';
import { words } from './messages.js';
import type { PreviewReport } from './preview.js';
import { issueGroups, type BuilderDetection } from './two-lists.js';
import type { BuilderWidget } from './widgets.js';

/** What the checks explain: the live widget's report on the answer being configured. */
export interface ChecksView {
  /** What the live widget last reported; undefined before it said anything. */
  report?: PreviewReport;
  detection: BuilderDetection;
  /** The answer being configured, where the issues' rows are looked up. */
  body: unknown;
  widget: BuilderWidget;
  /** Model field → the key a person picked. */
  choices: FieldMap;
  locale: Locale;
}

/**
 * The checks of step 6: what the live widget reported, its failure and the rows it left out
 * said in the page's language; nothing while it is still loading.
 */
export function renderChecks(view: ChecksView): TemplateResult | typeof nothing {
  const { report, locale } = view;
  const t = words(locale);
  if (!report || report.state === 'loading') return nothing;
  const error = report.error;
  const failure =
    report.state === 'error' && error
      ? errorSentence(new CivicDataError(error.kind, error.message, error), locale)
      : '';
  const groups = issueGroups(
    error?.issues ?? [],
    view.body,
    view.detection,
    view.widget,
    view.choices,
  );
  const lines = groups.flatMap(({ issues, rows, list }) =>
    describeIssues(issues, rows, view.widget, view.choices, locale, list),
  );
  if (!failure && lines.length === 0) return html`<p class="ok">${t('allGood')}</p>`;
  return html`${failure ? html`<p class="bad">${failure}</p>` : nothing}
  ${
    lines.length
      ? html`<p>${t('issueCount', { count: lines.length })}</p>
          <ul class="issues">
            ${lines.map((line) => html`<li>${line}</li>`)}
          </ul>`
      : nothing
  }`;
}
