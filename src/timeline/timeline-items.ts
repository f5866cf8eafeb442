/**
 * How one row of the timeline looks: a day heading or an event. Plain functions of the item
 * and the language, so the element only decides which rows exist. Backend text goes into
 * text positions only; a link is rendered only for the http(s) URLs the adapter let through.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatCount } from '../core/format.js';
import { localize, type Locale } from '../core/i18n.js';
import { clockText } from '../core/minute-clock.js';
import { rovingRow } from '../core/roving-focus.js';
import { timelineMessages as messages } from './messages.js';
import { formatDateTime, formatDayHeading, isoShanghai } from '../core/beijing-time.js';
import { formatRelativeTime } from './time-format.js';
import type { EventOutcome, TimelineEvent, TimelineItem } from './timeline-model.js';

/** What every row needs besides its item. */
export interface RowContext {
  locale: Locale;
  /** The clock, for the year in headings. */
  now: number;
  /** Rows in the whole list, for `aria-setsize` (only some are in the DOM). */
  size: number;
  /** `aria-level` of the day headings. */
  headingLevel: number;
  /** Keys of events that just arrived, which slide in. */
  entering: ReadonlySet<string>;
}

/** Head count with its unit: "50余人", "1800余人次" / "50+ people". */
export function formatParticipants(event: TimelineEvent, locale: Locale): string {
  if (event.participants === undefined) return '';
  const count = formatCount(event.participants, locale, event.approx);
  return localize(messages, locale, event.participantsUnit === '人次' ? 'personTimes' : 'people', {
    count,
  });
}

/** An outcome figure: "清理小广告 3000余处" / "清理小广告 3,000+ 处". */
export function formatOutcome(outcome: EventOutcome, locale: Locale): string {
  const figure = formatCount(outcome.value, locale, outcome.approx);
  const unit = outcome.unit ? `${locale === 'en' ? ' ' : ''}${outcome.unit}` : '';
  return `${outcome.label} ${figure}${unit}`;
}

export function renderItem(item: TimelineItem, index: number, context: RowContext): TemplateResult {
  return item.kind === 'day'
    ? renderDay(item.time, item.key, index, context)
    : renderEvent(item.event, index, context);
}

function renderDay(time: number, key: string, index: number, context: RowContext): TemplateResult {
  return html`<div
    class="item day"
    role="listitem"
    data-key=${key}
    aria-posinset=${index + 1}
    aria-setsize=${context.size}
  >
    <div part="day-heading" class="day-heading" role="heading" aria-level=${context.headingLevel}>
      ${formatDayHeading(time, context.locale, context.now)}
    </div>
  </div>`;
}

function renderEvent(event: TimelineEvent, index: number, context: RowContext): TemplateResult {
  const { locale } = context;
  const meta = [event.unit, event.place, formatParticipants(event, locale)].filter(Boolean);
  return html`<div
    part="event"
    class="item event"
    role="listitem"
    ${rovingRow(event.key)}
    aria-posinset=${index + 1}
    aria-setsize=${context.size}
  >
    <div class="card ${context.entering.has(event.key) ? 'entering' : ''}">
      <time
        part="time"
        class="time"
        datetime=${isoShanghai(event.time)}
        title=${formatDateTime(event.time)}
        >${clockText((now) => formatRelativeTime(event.time, now, locale))}</time
      >
      <div class="body">
        <span part="title" class="title">${event.title}</span>
        ${
          meta.length
            ? html`<span part="meta" class="meta"
                >${meta.map(
                  (text, i) =>
                    html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<span
                        >${text}</span
                      >`,
                )}</span
              >`
            : nothing
        }
        ${renderOutcomes(event.outcomes, locale)} ${renderLink(event, locale)}
      </div>
    </div>
  </div>`;
}

function renderOutcomes(outcomes: EventOutcome[] | undefined, locale: Locale) {
  if (!outcomes?.length) return nothing;
  return html`<ul
    part="outcomes"
    class="outcomes"
    aria-label=${localize(messages, locale, 'outcomes')}
  >
    ${outcomes.map((outcome) => html`<li part="outcome">${formatOutcome(outcome, locale)}</li>`)}
  </ul>`;
}

function renderLink(event: TimelineEvent, locale: Locale) {
  if (!event.url) return nothing;
  return html`<a
    part="link"
    class="link"
    tabindex="-1"
    href=${event.url}
    target="_blank"
    rel="noopener noreferrer"
    >${localize(messages, locale, 'source')}<span class="visually-hidden">: ${event.title}</span></a
  >`;
}

/**
 * Where auto-scroll steps next: the top of the first rendered row below the current
 * position, measured from the viewport because the virtualizer places rows by transform;
 * 0 after the last row.
 */
export function nextRowTop(viewport: HTMLElement): number {
  const top = viewport.scrollTop;
  if (top + viewport.clientHeight >= viewport.scrollHeight - 1) return 0;
  const origin = viewport.getBoundingClientRect().top - top;
  for (const row of viewport.querySelectorAll<HTMLElement>(':scope > [data-key]')) {
    const offset = Math.round(row.getBoundingClientRect().top - origin);
    if (offset > top + 1) return offset;
  }
  return 0;
}
