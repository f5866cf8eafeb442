import { defineOnce } from '../core/define.js';
import { CivicUnitLeaderboard } from './unit-leaderboard.js';

defineOnce('civic-unit-leaderboard', CivicUnitLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'civic-unit-leaderboard': CivicUnitLeaderboard;
  }
}
