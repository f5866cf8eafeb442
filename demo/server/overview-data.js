// @ts-check
// Demo data of the key figures (`/api/overview`): the numbers a command-center wall leads with,
// on 2026-12-03, with the national inspection of the 2026–2027 cycle ahead.
// The figures are the seeds' (see /work/shared/DOMAIN.md): Haikou's volunteer day brought
// 3,900 party members and staff from 120-odd units to 128 labor points (seed 000); the
// standard has 330 items (seed 002). "120余" is sent as the portals write it, as text.
import { progressAt } from './progress-data.js';

/**
 * One key figure, in the field names the widget reads by default.
 * @typedef {object} OverviewFigure
 * @property {string} id stable key
 * @property {string} label what it counts
 * @property {number | string} value the figure; a string like "120余" for an at-least figure
 * @property {string} unit 人次, 个, 项, 天
 * @property {number} [previous] the same figure yesterday
 */

/**
 * The `data` member of the `/api/overview` envelope.
 * @typedef {object} OverviewData
 * @property {OverviewFigure[]} list
 * @property {string} updatedAt China Standard Time, "YYYY-MM-DD HH:mm"
 */

/** Ticks of one demo day: the participation count climbs, then the day starts over. */
const DAY_TICKS = 120;
/** Demo clock: tick 0 is 2026-12-03 09:00 CST, one minute a tick. */
const EPOCH_MS = Date.UTC(2026, 11, 3, 1, 0);
/** The national inspection starts 2027-05-01 (as in /api/progress): 149 days from today. */
const DAYS_TO_INSPECTION = 149;

/**
 * The key figures at a tick. Today's participation starts at the seed's 3,900 and grows by a
 * few person-times a tick; the items done follow /api/progress, so the two never disagree.
 * @param {number} tick
 * @returns {OverviewData}
 */
export function overviewAt(tick) {
  const whole = Math.max(0, Math.trunc(tick));
  const t = whole % DAY_TICKS;
  const progress = progressAt(whole);
  const time = new Date(EPOCH_MS + t * 60_000 + 8 * 3_600_000);
  const p = (/** @type {number} */ v) => String(v).padStart(2, '0');
  return {
    list: [
      { id: 'participants', label: '今日参与', value: 3900 + t * 7, unit: '人次', previous: 3612 },
      { id: 'points', label: '劳动点位', value: 128, unit: '个', previous: 128 },
      { id: 'units', label: '参与单位', value: '120余', unit: '个', previous: 116 },
      { id: 'items', label: '测评达标项目', value: progress.done, unit: '项', previous: 259 },
      { id: 'countdown', label: '距实地考察', value: DAYS_TO_INSPECTION, unit: '天' },
    ],
    updatedAt:
      `${time.getUTCFullYear()}-${p(time.getUTCMonth() + 1)}-${p(time.getUTCDate())} ` +
      `${p(time.getUTCHours())}:${p(time.getUTCMinutes())}`,
  };
}
