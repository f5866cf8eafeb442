import type { MessageTable } from '../core/i18n.js';

type HeatmapMessage =
  | 'label'
  | 'metric'
  | 'zero'
  | 'zeroOne'
  | 'zeroNone'
  | 'zeroMore'
  | 'nobody'
  | 'aggregatedDistrict'
  | 'aggregatedBand'
  | 'band'
  | 'districtRow'
  | 'noDistrict'
  | 'allPoints'
  | 'hint'
  | 'firstSaturday'
  | 'caption'
  | 'point'
  | 'district'
  | 'total'
  | 'activeDays'
  | 'showTable'
  | 'hideTable'
  | 'noCoordinates';

export const heatmapMessages: MessageTable<HeatmapMessage> = {
  'zh-CN': {
    label: '劳动点位热力图',
    metric: '参与人次',
    zero: '{count} 个点位无人参与',
    zeroOne: '1 个点位无人参与',
    zeroNone: '所有点位均有人参与',
    zeroMore: '等 {count} 个',
    nobody: '无人参与',
    aggregatedDistrict: '点位较多,已按街道合并显示',
    aggregatedBand: '点位较多,已将相邻点位合并显示',
    band: '{name} 等 {all} 个点位',
    districtRow: '{name}({count} 个点位)',
    noDistrict: '未分组',
    allPoints: '全部点位',
    hint: '方向键逐格移动,回车键选中',
    firstSaturday: '每月第一个星期六(志愿服务日)',
    caption: '参与最多的点位',
    point: '点位',
    district: '街道',
    total: '合计',
    activeDays: '有人参与的天数',
    showTable: '显示数据表',
    hideTable: '隐藏数据表',
    noCoordinates: '{count} 个点位没有经纬度,未在地图上显示',
  },
  en: {
    label: 'Labor points',
    metric: 'Person-times',
    zero: '{count} labor points had no volunteers',
    zeroOne: '1 labor point had no volunteers',
    zeroNone: 'Every labor point had volunteers',
    zeroMore: 'and {count} more',
    nobody: 'Nobody took part',
    aggregatedDistrict: 'Too many points to draw one by one: summed by district',
    aggregatedBand: 'Too many points to draw one by one: neighbouring points are summed',
    band: '{name} and {more} more',
    districtRow: '{name} ({count} points)',
    noDistrict: 'No district',
    allPoints: 'All labor points',
    hint: 'Arrow keys move between cells; Enter selects',
    firstSaturday: 'First Saturday of the month (volunteer day)',
    caption: 'Labor points with the most participation',
    point: 'Labor point',
    district: 'District',
    total: 'Total',
    activeDays: 'Days with volunteers',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    noCoordinates: '{count} labor points have no coordinates and are not on the map',
  },
};
