import type { RankedUnit, UnitRanking } from 'civic-widgets/leaderboard';

/** What a dashboard already holds in its own state: handed to the widget as `data`, no fetch. */
export const units: UnitRanking[] = [
  { unit: '省委办公厅', score: 5230, previousRank: 2, group: '省直机关' },
  { unit: '市公安局', score: 4870, previousRank: 1, group: '市直机关' },
  { unit: '城关区文明办', score: 3000, approx: true, previousRank: 3, group: '城关区' },
  { unit: '市教育局', score: 2950, previousRank: 5, group: '市直机关' },
  { unit: '七里河区西湖街道', score: 2710, previousRank: 4, group: '七里河区' },
  { unit: '省交通运输厅', score: 2402, group: '省直机关' },
  { unit: '安宁区团委', score: 1980, previousRank: 6, group: '安宁区' },
  { unit: '市卫生健康委', score: 1650, previousRank: 9, group: '市直机关' },
];

/** The drill-down line of both examples: what a click on a row tells the app. */
export function describeUnit({ unit, rank, score, approx }: RankedUnit): string {
  return `${unit}：第 ${rank} 名，参与 ${score}${approx ? '余' : ''} 人次`;
}
