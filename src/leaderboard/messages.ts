import type { MessageTable } from '../core/i18n.js';

export const leaderboardMessages: MessageTable<
  'title' | 'rank' | 'unit' | 'metric' | 'movement' | 'up' | 'down' | 'same' | 'new'
> = {
  'zh-CN': {
    title: '单位排行榜',
    rank: '名次',
    unit: '单位',
    metric: '参与人次',
    movement: '变化',
    up: '上升 {by} 位',
    down: '下降 {by} 位',
    same: '名次不变',
    new: '新上榜',
  },
  en: {
    title: 'Unit leaderboard',
    rank: 'Rank',
    unit: 'Unit',
    metric: 'Participations',
    movement: 'Change',
    up: 'up {by}',
    down: 'down {by}',
    same: 'no change',
    new: 'new entry',
  },
};
