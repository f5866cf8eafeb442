import { html, nothing, type TemplateResult } from 'lit';
import { repeatRows } from '../core/repeat-rows.js';
import { formatCount, formatPercent } from '../core/format.js';
import { localize, type Locale } from '../core/i18n.js';
import { cssomStyle } from '../core/cssom-style.js';
import { renderTableToggle } from '../chart/table-toggle.js';
import { gaugeMessages as messages } from './messages.js';
import type { RankedCategory } from './progress.js';

/** A bar for a percent, with the target's mark; decoration only (the numbers are text). */
export function renderBar(percent: number, target: number | undefined): TemplateResult {
  return html`<span part="bar" class="track" aria-hidden="true">
    <span class="fill" ${cssomStyle({ 'inline-size': `${percent}%` })}></span>
    ${
      target === undefined
        ? nothing
        : html`<span class="mark" ${cssomStyle({ 'inset-inline-start': `${target}%` })}></span>`
    }
  </span>`;
}

export interface CategoryTableOptions {
  /** All categories, worst first. */
  categories: readonly RankedCategory[];
  /** Rows shown until expanded; 0 shows all. */
  limit: number;
  /** The table is for screen readers until expanded (the compact line). */
  hiddenUntilExpanded: boolean;
  expanded: boolean;
  target?: number;
  locale: Locale;
  onToggle: () => void;
}

/**
 * The categories as a data table, worst first: the text alternative of the chart and, in
 * bars mode, the chart itself. A toggle shows the rows beyond `limit`, or in compact mode
 * shows the table that otherwise only screen readers read.
 */
export function renderCategoryTable(o: CategoryTableOptions): TemplateResult | typeof nothing {
  const all = o.categories;
  if (!all.length) return nothing;
  const t = (key: keyof (typeof messages)['en'], params = {}) =>
    localize(messages, o.locale, key, params);
  const cut = o.limit > 0 && all.length > o.limit;
  const rows = cut && !o.expanded ? all.slice(0, o.limit) : all;
  const toggle = o.hiddenUntilExpanded
    ? t(o.expanded ? 'hideTable' : 'showTable')
    : cut && t(o.expanded ? 'showFewer' : 'showAll', { count: o.expanded ? o.limit : all.length });
  return html`<table
      part="table"
      class="table ${o.hiddenUntilExpanded && !o.expanded ? 'visually-hidden' : ''}"
      id="categories"
    >
      <caption>
        ${t('caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('category')}</th>
          <th scope="col" class="num">${t('done')}</th>
          <th scope="col" class="num">${t('total')}</th>
          <th scope="col" class="pct">${t('percent')}</th>
        </tr>
      </thead>
      <tbody>
        ${repeatRows(
          rows,
          (row) => row.key,
          (row) =>
            html`<tr part="row">
              <th scope="row">${row.name}</th>
              <td class="num">${formatCount(row.done, o.locale, row.approx)}</td>
              <td class="num">${formatCount(row.total, o.locale, row.totalApprox)}</td>
              <td class="pct">
                ${formatPercent(row.percent / 100, o.locale)} ${renderBar(row.percent, o.target)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      toggle
        ? renderTableToggle({
            controls: 'categories',
            expanded: o.expanded,
            label: toggle,
            onToggle: o.onToggle,
          })
        : nothing
    }`;
}
