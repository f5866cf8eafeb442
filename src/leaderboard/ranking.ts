import { compareNames } from '../core/collate.js';
import type { RowSchema } from '../data/adapt/types.js';

/** One unit's standing as the backend reports it. */
export interface UnitRanking {
  /** Unit name (机关单位, 街道, 社区 …). */
  unit: string;
  /** Its score in the widget's metric (e.g. 参与人次). */
  score: number;
  /** The score is a lower bound ("3000余"). */
  approx?: boolean;
  /** Rank in the previous period, when the backend knows it. */
  previousRank?: number;
  /** System or district the unit belongs to (e.g. 省直机关), for the `group` filter. */
  group?: string;
}

/** How a unit moved since the previous ranking. */
export type Movement =
  { kind: 'up' | 'down'; by: number } | { kind: 'same' } | { kind: 'new' } | { kind: 'unknown' };

/** A row as the leaderboard shows it. */
export interface RankedUnit extends UnitRanking {
  /** Stable identity of the row across updates (the unit name, made unique). */
  key: string;
  /** 1-based; tied scores share a rank (1, 2, 2, 4). */
  rank: number;
  movement: Movement;
}

export interface RankingOptions {
  /** Keep only units of this group; ranks are then counted within the group. */
  group?: string;
  /** Show at most this many rows (0 or absent: all). */
  limit?: number;
  /** Ranks from the previous update, for movement when the backend sends no previous rank. */
  previousRanks?: ReadonlyMap<string, number>;
}

/** The fields a leaderboard reads, with the names other backends commonly use for them. */
export const unitRankingSchema: RowSchema = {
  // Read before `score`, whose "3000余"-style text may turn the flag on.
  approx: { type: 'boolean' },
  unit: {
    type: 'string',
    required: true,
    aliases: ['name', 'unitName', 'deptName', 'dept', 'orgName', 'title'],
  },
  score: {
    type: 'count',
    required: true,
    min: 0,
    aliases: ['value', 'count', 'total', 'joinCount', 'participants', 'num'],
  },
  previousRank: { type: 'integer', min: 1, aliases: ['lastRank', 'prevRank', 'previous'] },
  group: { type: 'string', aliases: ['system', 'district', 'category', 'type'] },
};

/**
 * Ranks units by score (ties share a rank, equal scores ordered by name so the order is
 * stable), works out each unit's movement, and applies the group filter and limit.
 * Linear apart from the sort.
 */
export function rankUnits(
  rows: readonly UnitRanking[],
  options: RankingOptions = {},
): RankedUnit[] {
  const { group, limit, previousRanks } = options;
  const pool = group ? rows.filter((row) => row.group === group) : rows.slice();
  pool.sort((a, b) => b.score - a.score || compareNames(a.unit, b.unit));
  // When the backend reports previous ranks at all, a unit without one has just entered.
  const backendRanks = !group && pool.some((row) => row.previousRank !== undefined);
  const seen = new Map<string, number>();
  const ranked: RankedUnit[] = [];
  const count = limit && limit > 0 ? Math.min(limit, pool.length) : pool.length;
  for (let i = 0; i < count; i++) {
    const row = pool[i];
    const rank = i > 0 && row.score === pool[i - 1].score ? ranked[i - 1].rank : i + 1;
    const repeats = seen.get(row.unit) ?? 0;
    seen.set(row.unit, repeats + 1);
    const key = repeats ? `${row.unit}#${repeats + 1}` : row.unit;
    // A backend's previous rank is global; within a group filter only our own memory fits.
    const previous = group
      ? previousRanks?.get(key)
      : (row.previousRank ?? previousRanks?.get(key));
    const known = backendRanks || Boolean(previousRanks?.size);
    ranked.push({ ...row, key, rank, movement: movementOf(rank, previous, known) });
  }
  return ranked;
}

/** `known`: there is a previous ranking to compare with, so a missing rank means "new". */
function movementOf(rank: number, previous: number | undefined, known: boolean): Movement {
  if (previous === undefined) return known ? { kind: 'new' } : { kind: 'unknown' };
  if (previous === rank) return { kind: 'same' };
  return previous > rank
    ? { kind: 'up', by: previous - rank }
    : { kind: 'down', by: rank - previous };
}

/** Ranks by key, to compare the next update against. */
export function ranksByKey(ranked: readonly RankedUnit[]): Map<string, number> {
  return new Map(ranked.map((row) => [row.key, row.rank]));
}
