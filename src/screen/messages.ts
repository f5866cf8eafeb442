import type { MessageTable } from '../core/i18n.js';

export const screenMessages: MessageTable<
  'fullscreen' | 'exitFullscreen' | 'stale' | 'seconds' | 'minutes' | 'hours'
> = {
  'zh-CN': {
    fullscreen: '全屏',
    exitFullscreen: '退出全屏',
    stale: '注意:{count} 个组件的数据未能刷新,最早的停在 {time},已 {age}',
    seconds: '{n} 秒',
    minutes: '{n} 分钟',
    hours: '{h} 小时 {m} 分钟',
  },
  en: {
    fullscreen: 'Full screen',
    exitFullscreen: 'Exit full screen',
    stale:
      'Warning: {count} widget(s) could not refresh; the oldest data is from {time}, {age} ago',
    seconds: '{n} s',
    minutes: '{n} min',
    hours: '{h} h {m} min',
  },
};
