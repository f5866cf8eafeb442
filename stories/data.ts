import type { UnitRanking } from '../src/leaderboard/ranking.js';

/** Units and person-times from the Haikou volunteer day of 2016-11-05 (seed 000) and 谢家集区. */
export const seedRanking: UnitRanking[] = [
  { unit: '省委组织部', score: 95, previousRank: 2, group: '省直机关' },
  { unit: '省委办公厅', score: 50, previousRank: 1, group: '省直机关' },
  { unit: '省贸促会', score: 50, approx: true, previousRank: 4, group: '省直机关' },
  { unit: '省政府办公厅', score: 30, approx: true, previousRank: 3, group: '省直机关' },
  { unit: '省委台办', score: 28, group: '省直机关' },
  { unit: '省人社厅', score: 26, previousRank: 5, group: '省直机关' },
  { unit: '杨公镇', score: 400, approx: true, previousRank: 1, group: '谢家集区' },
  { unit: '区直机关', score: 400, approx: true, previousRank: 3, group: '谢家集区' },
  { unit: '唐山镇', score: 210, previousRank: 2, group: '谢家集区' },
  { unit: '望峰岗镇', score: 180, previousRank: 4, group: '谢家集区' },
];

/** A long list for the scrolling and screen stories. */
export const manyUnits: UnitRanking[] = Array.from({ length: 60 }, (_, i) => ({
  unit: `第${i + 1}社区志愿服务队`,
  score: 3000 - i * 37,
  previousRank: i + 1 + ((i * 7) % 5) - 2 || 1,
  group: i % 2 ? '外海街道' : '礼乐街道',
}));
