import type { AnswerShape, RowSchema } from '../data/adapt/index.js';
import type { Locale } from '../core/i18n.js';
import { gaugeMessages } from '../gauge/messages.js';
import { keyFigureSchema } from '../key-figures/figures.js';
import { keyFiguresMessages } from '../key-figures/messages.js';
import { progressSchema } from '../gauge/progress.js';
import { laborCellSchema, laborPointSchema, laborRowSchema } from '../heatmap/labor-adapt.js';
import { heatmapMessages } from '../heatmap/messages.js';
import { leaderboardMessages } from '../leaderboard/messages.js';
import { unitRankingSchema } from '../leaderboard/ranking.js';
import { timelineMessages } from '../timeline/messages.js';
import { campaignEventSchema } from '../timeline/timeline-model.js';

/** A widget the builder configures: its tag, the schema it adapts with, and its words. */
export interface BuilderWidget {
  tag: string;
  shape: AnswerShape;
  schema: RowSchema;
  /**
   * For a widget that also reads `{points: [...], cells: [...]}` (the heatmap): the schema of
   * each list (see two-lists.ts).
   */
  lists?: { points: RowSchema; cells: RowSchema };
  /** The widget's own name, from its message table. */
  title: Readonly<Record<Locale, string>>;
  /** What each model field holds, for a person choosing its source (nested: `outcomes.value`). */
  fields: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
}

const byLocale = (table: Readonly<Record<Locale, { label?: string; title?: string }>>) => ({
  'zh-CN': table['zh-CN'].title ?? table['zh-CN'].label ?? '',
  en: table.en.title ?? table.en.label ?? '',
});

/** The data widgets, in the order offered. The same schemas the widgets adapt with. */
export const BUILDER_WIDGETS: readonly BuilderWidget[] = [
  {
    tag: 'civic-unit-leaderboard',
    shape: 'list',
    schema: unitRankingSchema,
    title: byLocale(leaderboardMessages),
    fields: {
      'zh-CN': {
        approx: '分数是约数（如“3000余”）',
        unit: '单位名称',
        score: '分数（如参与人次）',
        previousRank: '上期名次',
        group: '所属系统或区县',
      },
      en: {
        approx: 'Score is approximate ("3000+")',
        unit: 'Unit name',
        score: 'Score (e.g. participations)',
        previousRank: 'Previous rank',
        group: 'System or district',
      },
    },
  },
  {
    tag: 'civic-event-timeline',
    shape: 'list',
    schema: campaignEventSchema,
    title: byLocale(timelineMessages),
    fields: {
      'zh-CN': {
        id: '编号',
        time: '时间',
        title: '标题',
        unit: '单位',
        place: '地点',
        approx: '人数是约数',
        participants: '参与人数',
        participantsUnit: '人数单位（人或人次）',
        outcomes: '成果列表',
        'outcomes.approx': '成果数量是约数',
        'outcomes.label': '成果名称',
        'outcomes.value': '成果数量',
        'outcomes.unit': '成果的计量单位',
        url: '原文链接',
        category: '类别',
      },
      en: {
        id: 'Id',
        time: 'Time',
        title: 'Title',
        unit: 'Unit',
        place: 'Place',
        approx: 'Head count is approximate',
        participants: 'Participants',
        participantsUnit: 'Head-count unit (people or person-times)',
        outcomes: 'Outcomes',
        'outcomes.approx': 'Outcome value is approximate',
        'outcomes.label': 'Outcome name',
        'outcomes.value': 'Outcome value',
        'outcomes.unit': 'Outcome unit',
        url: 'Article link',
        category: 'Category',
      },
    },
  },
  {
    tag: 'civic-labor-heatmap',
    shape: 'list',
    schema: laborRowSchema,
    lists: { points: laborPointSchema, cells: laborCellSchema },
    title: byLocale(heatmapMessages),
    fields: {
      'zh-CN': {
        approx: '数值是约数',
        date: '日期',
        value: '数值（如参与人次）',
        point: '劳动点位名称',
        district: '街道或区域',
        lng: '经度',
        lat: '纬度',
      },
      en: {
        approx: 'Value is approximate',
        date: 'Date',
        value: 'Value (e.g. person-times)',
        point: 'Labor point',
        district: 'Street or district',
        lng: 'Longitude',
        lat: 'Latitude',
      },
    },
  },
  {
    tag: 'civic-progress-gauge',
    shape: 'record',
    schema: progressSchema,
    title: byLocale(gaugeMessages),
    fields: {
      'zh-CN': {
        approx: '完成数是约数',
        done: '已完成项数',
        total: '总项数（默认 330）',
        target: '目标（百分比）',
        deadline: '实地考察日期',
        updatedAt: '数据更新时间',
        categories: '分类列表',
        'categories.approx': '分类完成数是约数',
        'categories.name': '分类名称',
        'categories.done': '分类已完成项数',
        'categories.total': '分类总项数',
      },
      en: {
        approx: 'Done count is approximate',
        done: 'Items done',
        total: 'Items in all (default 330)',
        target: 'Target (percent)',
        deadline: 'Inspection date',
        updatedAt: 'Updated at',
        categories: 'Categories',
        'categories.approx': 'Category count is approximate',
        'categories.name': 'Category name',
        'categories.done': 'Category items done',
        'categories.total': 'Category items in all',
      },
    },
  },
  {
    tag: 'civic-key-figures',
    shape: 'list',
    schema: keyFigureSchema,
    title: byLocale(keyFiguresMessages),
    fields: {
      'zh-CN': {
        approx: '数值是约数（如“3000余”）',
        label: '指标名称（如今日参与）',
        value: '数值',
        valueText: '数值原文（默认同“数值”）',
        unit: '计量单位（如人次、个）',
        previous: '上期数值',
        change: '较上期变化',
        id: '编号',
      },
      en: {
        approx: 'Value is approximate ("3000+")',
        label: 'Figure name (e.g. participations today)',
        value: 'Value',
        valueText: 'Value as written (default: the value)',
        unit: 'Unit (e.g. person-times)',
        previous: 'Previous value',
        change: 'Change since the previous period',
        id: 'Id',
      },
    },
  },
];
