import { formatCount, formatNumber, formatPercent } from '../core/format.js';
import { localize, type Locale, type MessageTable } from '../core/i18n.js';
import { daysUntil, percentOf, type Progress } from './progress.js';

type GaugeMessage =
  | 'label'
  | 'summary'
  | 'countdown'
  | 'countdownOne'
  | 'started'
  | 'target'
  | 'targetGap'
  | 'targetReached'
  | 'caption'
  | 'category'
  | 'done'
  | 'total'
  | 'percent'
  | 'showAll'
  | 'showFewer'
  | 'showTable'
  | 'hideTable';

export const gaugeMessages: MessageTable<GaugeMessage> = {
  'zh-CN': {
    label: '创城测评进度',
    summary: '已完成 {done}/{total} 项({percent})',
    countdown: '距实地考察还有 {days} 天',
    countdownOne: '距实地考察还有 1 天',
    started: '考察已开始',
    target: '目标 {target}',
    targetGap: '目标 {target},还差 {gap} 项',
    targetReached: '目标 {target},已达成',
    caption: '各类完成情况(完成率从低到高)',
    category: '类别',
    done: '已完成',
    total: '总项数',
    percent: '完成率',
    showAll: '查看全部 {count} 类',
    showFewer: '只看完成率最低的 {count} 类',
    showTable: '显示数据表',
    hideTable: '隐藏数据表',
  },
  en: {
    label: 'Campaign progress',
    summary: '{done} of {total} items done ({percent})',
    countdown: '{days} days to inspection',
    countdownOne: '1 day to inspection',
    started: 'Inspection has begun',
    target: 'Target {target}',
    targetGap: 'Target {target}: {gap} items to go',
    targetReached: 'Target {target}: reached',
    caption: 'Categories, lowest completion first',
    category: 'Category',
    done: 'Done',
    total: 'Items',
    percent: 'Completion',
    showAll: 'Show all {count} categories',
    showFewer: 'Show the lowest {count} only',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
  },
};

/** The sentences of a progress record in one language; `description` joins them for ECharts' aria label. */
export interface ProgressTexts {
  percent: number;
  summary: string;
  target?: string;
  countdown?: string;
  /** The deadline's day has come (the countdown reads "考察已开始"). */
  started?: boolean;
  description: string;
}

/** Items still needed to reach `target` percent; the epsilon keeps 0.8 × 330 at 264. */
export function itemsToTarget(done: number, total: number, target: number): number {
  return Math.max(0, Math.ceil((target * total) / 100 - 1e-9) - done);
}

export function progressTexts(model: Progress, locale: Locale, now: number): ProgressTexts {
  const t = (key: GaugeMessage, params: Record<string, string | number> = {}) =>
    localize(gaugeMessages, locale, key, params);
  const percent = percentOf(model.done, model.total);
  const summary = t('summary', {
    done: formatCount(model.done, locale, model.approx),
    total: formatCount(model.total, locale, model.totalApprox),
    percent: formatPercent(percent / 100, locale),
  });
  const texts: ProgressTexts = { percent, summary, description: summary };
  const parts = [summary];
  if (model.target !== undefined) {
    const gap = itemsToTarget(model.done, model.total, model.target);
    const target = formatPercent(model.target / 100, locale);
    texts.target = gap > 0 ? t('targetGap', { target, gap }) : t('targetReached', { target });
    parts.push(texts.target);
  }
  if (model.deadline !== undefined) {
    const days = daysUntil(model.deadline, now);
    texts.started = days <= 0;
    texts.countdown = texts.started
      ? t('started')
      : days === 1
        ? t('countdownOne')
        : t('countdown', { days: formatNumber(days, locale) });
    parts.push(texts.countdown);
  }
  texts.description = parts.join(locale === 'en' ? '. ' : ';');
  return texts;
}
