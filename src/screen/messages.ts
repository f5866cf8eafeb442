import type { MessageTable } from '../core/i18n.js';

export const screenMessages: MessageTable<'fullscreen' | 'exitFullscreen' | 'stale' | 'clock'> = {
  'zh-CN': {
    fullscreen: '全屏',
    exitFullscreen: '退出全屏',
    stale: '注意:{count} 个组件的数据已超过 {minutes} 分钟未更新',
    clock: '北京时间',
  },
  en: {
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
    stale: 'Warning: data of {count} widget(s) is more than {minutes} minute(s) old',
    clock: 'China Standard Time',
  },
};
