import type { RowSchema } from '../data/adapt/types.js';
import { dayKey } from '../core/beijing-time.js';

/** A figure an outing achieved: "清理小广告 3000余处", "清运垃圾 80余车". */
export interface EventOutcome {
  /** What was done (清理小广告). */
  label: string;
  /** How much. */
  value: number;
  /** Unit of the figure (处, 车, 平方米). */
  unit?: string;
  /** The figure is a lower bound ("3000余"). */
  approx?: boolean;
}

/** One event of the campaign as the backend reports it: an outing, an action day, a meeting. */
export interface CampaignEvent {
  /** Stable identity from the backend, when it has one. */
  id?: string;
  /** When it happened, epoch ms (the adapter reads ISO or "2016-11-05 09:20" as Asia/Shanghai). */
  time: number;
  title: string;
  /** The unit that went out (省委办公厅, 区直机关). */
  unit?: string;
  /** Where (文坛社区, 青年路城中村). */
  place?: string;
  /** Head count. */
  participants?: number;
  /** 人 (people) or 人次 (person-times: one person on two outings counts twice). */
  participantsUnit?: '人' | '人次';
  /** The head count is a lower bound ("50余人"). */
  approx?: boolean;
  outcomes?: EventOutcome[];
  /** The article about it; only http(s) addresses survive adapting. */
  url?: string;
  /** Kind of work (环境卫生清理, 志愿服务), for the `category` filter. */
  category?: string;
}

/** An event with the key that follows it across updates. */
export interface TimelineEvent extends CampaignEvent {
  key: string;
}

/** A row of the flat, virtualised list: a day heading or an event. */
export type TimelineItem =
  { kind: 'day'; key: string; time: number } | { kind: 'event'; key: string; event: TimelineEvent };

export interface TimelineOptions {
  /** `desc`: newest first (default); `asc`: oldest first. */
  order?: 'asc' | 'desc';
  /** Keep only events of this unit. */
  unit?: string;
  /** Keep only events of this category. */
  category?: string;
  /** Show at most this many events (0 or absent: all that are kept). */
  limit?: number;
  /** Keep at most this many (the newest) events in memory. */
  maxItems?: number;
}

export const DEFAULT_MAX_ITEMS = 500;

const outcomeSchema: RowSchema = {
  approx: { type: 'boolean' },
  label: { type: 'string', required: true, aliases: ['name', 'item', 'title', 'type'] },
  value: { type: 'count', required: true, min: 0, aliases: ['count', 'num', 'amount', 'total'] },
  unit: { type: 'string', aliases: ['measure', 'unitName'] },
};

/** The fields a timeline reads, with the names other backends commonly use for them. */
export const campaignEventSchema: RowSchema = {
  id: { type: 'string', aliases: ['eventId', 'uuid', 'key'] },
  time: {
    type: 'date',
    required: true,
    aliases: ['date', 'datetime', 'eventTime', 'startTime', 'publishTime', 'pubDate', 'createTime'],
  },
  title: { type: 'string', required: true, aliases: ['name', 'subject', 'headline', 'content'] },
  unit: { type: 'string', aliases: ['deptName', 'dept', 'orgName', 'unitName', 'organizer'] },
  place: { type: 'string', aliases: ['address', 'location', 'site', 'pointName', 'point'] },
  // Read before `participants`, whose "50余"-style text may turn the flag on.
  approx: { type: 'boolean' },
  participants: {
    type: 'count',
    min: 0,
    aliases: ['people', 'joinCount', 'count', 'num', 'persons', 'headcount'],
  },
  participantsUnit: { type: 'string', aliases: ['countUnit', 'joinUnit', 'peopleUnit'] },
  outcomes: { type: 'list', of: outcomeSchema, aliases: ['results', 'achievements', 'stats'] },
  url: { type: 'url', aliases: ['link', 'href', 'articleUrl', 'sourceUrl'] },
  category: { type: 'string', aliases: ['type', 'kind', 'tag', 'action'] },
};

/**
 * Gives each event a key that survives refreshes: its id, else time, title and unit, made
 * unique by a counter in payload order. Also settles the head-count unit to 人 or 人次.
 */
export function keyEvents(rows: readonly CampaignEvent[]): TimelineEvent[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = row.id ?? `${row.time}|${row.title}|${row.unit ?? ''}`;
    const repeats = seen.get(base) ?? 0;
    seen.set(base, repeats + 1);
    const key = repeats ? `${base}#${repeats + 1}` : base;
    if (row.participants === undefined) return { ...row, key, participantsUnit: undefined };
    const participantsUnit = String(row.participantsUnit ?? '').includes('次') ? '人次' : '人';
    return { ...row, key, participantsUnit };
  });
}

/** A count option: a positive whole number, else the fallback. */
function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

/**
 * The events a timeline shows: filtered by unit and category, the newest `maxItems` kept,
 * `limit` applied, in the asked order. Equal times keep their payload order.
 */
export function selectEvents(
  events: readonly TimelineEvent[],
  options: TimelineOptions = {},
): TimelineEvent[] {
  const { unit, category, order = 'desc' } = options;
  const kept = events.filter(
    (event) => (!unit || event.unit === unit) && (!category || event.category === category),
  );
  kept.sort((a, b) => b.time - a.time);
  const cap = positive(options.maxItems, DEFAULT_MAX_ITEMS);
  kept.length = Math.min(kept.length, positive(options.limit, cap), cap);
  return order === 'asc' ? kept.reverse() : kept;
}

/** The flat list: a heading item before the first event of each Shanghai calendar day. */
export function groupByDay(events: readonly TimelineEvent[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  let current: string | undefined;
  for (const event of events) {
    const day = dayKey(event.time);
    if (day !== current) {
      current = day;
      items.push({ kind: 'day', key: `day:${day}`, time: event.time });
    }
    items.push({ kind: 'event', key: event.key, event });
  }
  return items;
}

/**
 * Events that arrived since the previous update and are newer than everything shown before
 * (the ones that belong at the top of a newest-first list), newest first.
 */
export function newerEvents(
  events: readonly TimelineEvent[],
  previousKeys: ReadonlySet<string>,
  newestShown: number,
): TimelineEvent[] {
  return events
    .filter((event) => !previousKeys.has(event.key) && event.time > newestShown)
    .sort((a, b) => b.time - a.time);
}
