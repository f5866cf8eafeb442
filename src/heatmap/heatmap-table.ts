import { html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../core/format.js';
import { renderTableToggle } from '../chart/table-toggle.js';
import { localize, type Locale } from '../core/i18n.js';
import type { HeatmapMode } from './modes/index.js';
import { topPoints, type LaborWindow } from './heatmap-model.js';
import { heatmapMessages } from './messages.js';

/** Names listed under "N 个点位无人参与" before "等 N 个". */
const ZERO_NAMES = 30;

/**
 * Where nobody is going, in words: "3 个点位无人参与" and their names. Always visible, since
 * it is the heatmap's question; its swatch matches the chart's colour for such points.
 */
export function renderZeroList(window: LaborWindow, title: string, locale: Locale): TemplateResult {
  const { zero, points } = window;
  if (!zero.length) return html`<p part="zero-list" class="zero none">${title}</p>`;
  const count = zero.length;
  const shown = zero.slice(0, ZERO_NAMES);
  const more = count - shown.length;
  return html`<section part="zero-list" class="zero" aria-labelledby="zero-title">
    <p class="zero-title" id="zero-title">
      <span class="swatch nobody" aria-hidden="true"></span>${title}
    </p>
    <ul class="zero-names">
      ${shown.map((p) => {
        const { name, district } = points[p];
        return html`<li>
          <span class="name">${name}</span>${
            district ? html` <span class="muted">${district}</span>` : ''
          }
        </li>`;
      })}
      ${more > 0 ? html`<li class="muted">${localize(heatmapMessages, locale, 'zeroMore', { count: more })}</li>` : ''}
    </ul>
  </section>`;
}

export interface TableOptions {
  window: LaborWindow;
  locale: Locale;
  metric: string;
  /** Rows of the table. */
  limit: number;
  expanded: boolean;
  onToggle: () => void;
}

/**
 * The chart's data table: the points with the most participation, not 100k cells. Screen
 * readers always have it; the toggle shows it on screen.
 */
export function renderTopTable(o: TableOptions): TemplateResult | typeof nothing {
  const { window, locale } = o;
  const top = topPoints(window, o.limit);
  if (!top.length) return nothing;
  const districts = window.points.some((p) => p.district);
  const t = (key: keyof (typeof heatmapMessages)['en']) => localize(heatmapMessages, locale, key);
  return html`${renderTableToggle({
      controls: 'top-points',
      expanded: o.expanded,
      label: t(o.expanded ? 'hideTable' : 'showTable'),
      onToggle: o.onToggle,
    })}
    <table part="table" class="table ${o.expanded ? '' : 'visually-hidden'}" id="top-points">
      <caption>
        ${t('caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('point')}</th>
          ${districts ? html`<th scope="col">${t('district')}</th>` : nothing}
          <th scope="col" class="num">${o.metric}</th>
          <th scope="col" class="num">${t('activeDays')}</th>
        </tr>
      </thead>
      <tbody>
        ${top.map((p) => {
          const point = window.points[p];
          return html`<tr part="row">
            <th scope="row">${point.name}</th>
            ${districts ? html`<td>${point.district ?? ''}</td>` : nothing}
            <td class="num">
              ${formatCount(window.totals[p], locale, window.totalApprox[p] === 1)}
            </td>
            <td class="num">${window.activeDays[p]}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}

/** Why the matrix's rows are sums, or how many points the map cannot place. */
export function renderNote(note: string | undefined): TemplateResult | typeof nothing {
  return note ? html`<p part="note" class="note">${note}</p>` : nothing;
}

/** What the marks of the volunteer day look like in this mode (a dashed line, a dot), in words. */
export function renderMarksLegend(mode: HeatmapMode, locale: Locale): TemplateResult {
  return html`<p part="legend" class="legend">
    <span class="mark ${mode}" aria-hidden="true"></span
    >${localize(heatmapMessages, locale, 'firstSaturday')}
  </p>`;
}
