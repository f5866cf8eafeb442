import { shanghaiDayNumber } from '../core/beijing-time.js';
import { compareNames } from '../core/collate.js';
import type { RowSchema } from '../data/adapt/types.js';

/** Items of the national standard: 《全国文明城市实地考察登记表》 has 27 categories, 330 items. */
export const STANDARD_ITEMS = 330;

/** One category (类) of the standard and how many of its items (项) are done. */
export interface CategoryProgress {
  name: string;
  done: number;
  total: number;
  /** `done` is a lower bound ("12余"). */
  approx?: boolean;
  /** `total` is a lower bound. */
  totalApprox?: boolean;
}

/** How far the city is from passing, as the backend reports it. */
export interface Progress {
  /** Items done. */
  done: number;
  /** Items in the standard; 330 when the backend does not say. */
  total: number;
  /** `done` is a lower bound ("262余"). */
  approx?: boolean;
  /** `total` is a lower bound. */
  totalApprox?: boolean;
  /** Target, in percent (0–100). */
  target?: number;
  /** Start of the inspection (epoch ms; a date without a time is 00:00 China Standard Time). */
  deadline?: number;
  categories?: CategoryProgress[];
  /** When the backend last counted (epoch ms). */
  updatedAt?: number;
}

/** The fields a gauge reads, with the names other backends commonly use for them. */
export const progressSchema: RowSchema = {
  // Flags first: `done`/`total` text such as "262余" may then turn them on.
  approx: { type: 'boolean' },
  done: {
    type: 'count',
    required: true,
    min: 0,
    aliases: ['completed', 'finished', 'doneCount', 'finishCount', 'value'],
  },
  total: {
    type: 'count',
    min: 0,
    approxField: 'totalApprox',
    aliases: ['totalCount', 'itemCount', 'all'],
  },
  target: { type: 'number', min: 0, aliases: ['goal', 'targetRate', 'targetPercent'] },
  deadline: { type: 'date', aliases: ['inspectionDate', 'examDate', 'dueDate', 'endDate'] },
  updatedAt: { type: 'date', aliases: ['updateTime', 'updated', 'time', 'timestamp'] },
  categories: {
    type: 'list',
    aliases: ['list', 'items', 'categoryList', 'details', 'children'],
    of: {
      approx: { type: 'boolean' },
      name: { type: 'string', required: true, aliases: ['category', 'title', 'label', 'type'] },
      done: { type: 'count', required: true, min: 0, aliases: ['completed', 'finished', 'value'] },
      total: {
        type: 'count',
        required: true,
        min: 0,
        approxField: 'totalApprox',
        aliases: ['totalCount', 'count', 'all'],
      },
    },
  },
};

/**
 * A target as a percent. Backends send 85 or 0.85: values below 1 are read as fractions.
 * Out-of-range or missing targets are dropped.
 */
export function toPercentTarget(value: number | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value) || value <= 0) return undefined;
  const percent = value < 1 ? value * 100 : value;
  return percent <= 100 ? percent : undefined;
}

/** Fills the defaults of an adapted record: 330 items, a target in percent. */
export function normalizeProgress(record: Progress): Progress {
  const progress: Progress = { ...record, total: record.total ?? STANDARD_ITEMS };
  const target = toPercentTarget(record.target);
  if (target === undefined) delete progress.target;
  else progress.target = target;
  return progress;
}

/** Done as a percent of total, one decimal, within 0–100 (0 when there is nothing to do). */
export function percentOf(done: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.min(100, Math.max(0, Math.round((done / total) * 1000) / 10));
}

/** A category with its ratio, as the table and the bars show it. */
export interface RankedCategory extends CategoryProgress {
  percent: number;
  /** Stable identity for keyed rendering (the name, made unique). */
  key: string;
}

const ratio = (c: CategoryProgress) => (c.total > 0 ? c.done / c.total : 1);

/**
 * Categories worst first: lowest ratio, then most items left, then by name, so the order
 * is stable across updates. `limit` > 0 keeps that many.
 */
export function worstCategories(
  categories: readonly CategoryProgress[] = [],
  limit = 0,
): RankedCategory[] {
  const seen = new Map<string, number>();
  const sorted = [...categories].sort(
    (a, b) =>
      ratio(a) - ratio(b) || b.total - b.done - (a.total - a.done) || compareNames(a.name, b.name),
  );
  const kept = limit > 0 ? sorted.slice(0, limit) : sorted;
  return kept.map((category) => {
    const repeats = seen.get(category.name) ?? 0;
    seen.set(category.name, repeats + 1);
    const key = repeats ? `${category.name}#${repeats + 1}` : category.name;
    return { ...category, key, percent: percentOf(category.done, category.total) };
  });
}

/**
 * Calendar days from today to the deadline's day, both in Asia/Shanghai: 1 on the eve,
 * 0 on the day itself (the inspection has begun), negative after it.
 */
export function daysUntil(deadline: number, now: number): number {
  return shanghaiDayNumber(deadline) - shanghaiDayNumber(now);
}
