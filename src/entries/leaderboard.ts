/** `civic-widgets/leaderboard`: registers `<civic-unit-leaderboard>` only (no ECharts). */
import '../leaderboard/define.js';

export { CivicUnitLeaderboard } from '../leaderboard/unit-leaderboard.js';
export type { UnitRanking, RankedUnit, Movement } from '../leaderboard/ranking.js';
export * from './common.js';
