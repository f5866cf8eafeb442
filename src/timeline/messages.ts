import type { MessageTable } from '../core/i18n.js';

/** Relative times. Written out rather than Intl.RelativeTimeFormat, which gives "3分钟前". */
export const timeMessages: MessageTable<
  'now' | 'minute' | 'minutes' | 'hour' | 'hours' | 'yesterday'
> = {
  'zh-CN': {
    now: '刚刚',
    minute: '1 分钟前',
    minutes: '{n} 分钟前',
    hour: '1 小时前',
    hours: '{n} 小时前',
    yesterday: '昨天 {time}',
  },
  en: {
    now: 'just now',
    minute: '1 minute ago',
    minutes: '{n} minutes ago',
    hour: '1 hour ago',
    hours: '{n} hours ago',
    yesterday: 'Yesterday {time}',
  },
};

export const timelineMessages: MessageTable<
  | 'label'
  | 'people'
  | 'personTimes'
  | 'outcomes'
  | 'source'
  | 'newEvent'
  | 'newEvents'
  | 'announce'
  | 'announceOne'
> = {
  'zh-CN': {
    label: '活动动态',
    people: '{count}人',
    personTimes: '{count}人次',
    outcomes: '成果',
    source: '阅读原文',
    newEvent: '1 条新动态',
    newEvents: '{count} 条新动态',
    announce: '新增 {count} 条动态',
    announceOne: '新增 1 条动态:{title}',
  },
  en: {
    label: 'Campaign events',
    people: '{count} people',
    personTimes: '{count} person-times',
    outcomes: 'Outcomes',
    source: 'Read the article',
    newEvent: '1 new event',
    newEvents: '{count} new events',
    announce: '{count} new events',
    announceOne: '1 new event: {title}',
  },
};
