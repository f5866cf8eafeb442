import type { MessageTable } from '../core/i18n.js';

export type KeyFiguresMessage = 'title' | 'up' | 'down' | 'flat' | 'flatShown';

export const keyFiguresMessages: MessageTable<KeyFiguresMessage> = {
  'zh-CN': {
    title: '关键指标',
    up: '较上期增加 {by}',
    down: '较上期减少 {by}',
    flat: '与上期持平',
    flatShown: '持平',
  },
  en: {
    title: 'Key figures',
    up: 'up {by} on the previous period',
    down: 'down {by} on the previous period',
    flat: 'same as the previous period',
    flatShown: 'flat',
  },
};
