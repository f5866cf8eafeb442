import type { MessageTable } from '../core/i18n.js';
import type { ChartFailure } from './types.js';

/** The sentence shown in place of a chart that could not start, by reason. */
export const chartMessages: MessageTable<ChartFailure['reason']> = {
  'zh-CN': {
    'trusted-types':
      '此页面的安全策略(Trusted Types)阻止了图表绘制。文字摘要和数据表中的数据仍然有效。',
    init: '图表无法绘制。文字摘要和数据表中的数据仍然有效。',
  },
  en: {
    'trusted-types':
      "This page's security policy (Trusted Types) blocked the chart. The text summary and the table still show the data.",
    init: 'The chart could not be drawn. The text summary and the table still show the data.',
  },
};
