import { localize, type Locale, type MessageTable } from '../core/i18n.js';

type HeatmapMessage =
  | 'label'
  | 'metric'
  | 'summary'
  | 'summaryPoint'
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
  | 'readout'
  | 'readoutTotal'
  | 'caption'
  | 'point'
  | 'district'
  | 'total'
  | 'activeDays'
  | 'showTable'
  | 'hideTable'
  | 'mapNeedsSrc'
  | 'mapLoading'
  | 'mapFailed'
  | 'retry'
  | 'noCoordinates';

export const heatmapMessages: MessageTable<HeatmapMessage> = {
  'zh-CN': {
    label: '劳动点位热力图',
    metric: '参与人次',
    summary: '{from} 至 {to},{points} 个点位{metric}合计 {total}',
    summaryPoint: '{point}:{from} 至 {to}{metric}合计 {total}',
    zero: '{count} 个点位无人参与',
    zeroOne: '1 个点位无人参与',
    zeroNone: '所有点位均有人参与',
    zeroMore: '等 {count} 个',
    nobody: '无人参与',
    aggregatedDistrict: '点位较多,已按街道合并显示',
    aggregatedBand: '点位较多,已将相邻点位合并显示',
    band: '{name} 等 {count} 个点位',
    districtRow: '{name}({count} 个点位)',
    noDistrict: '未分组',
    allPoints: '全部点位',
    hint: '方向键逐格移动,回车键选中',
    firstSaturday: '每月第一个星期六(志愿服务日)',
    readout: '{row},{day},{metric} {value}',
    readoutTotal: '{row},{from} 至 {to}{metric}合计 {value}',
    caption: '参与最多的点位',
    point: '点位',
    district: '街道',
    total: '合计',
    activeDays: '有人参与的天数',
    showTable: '显示数据表',
    hideTable: '隐藏数据表',
    mapNeedsSrc: '地图模式需要用 map-src 属性指定区划轮廓文件(GeoJSON)。',
    mapLoading: '正在加载区划轮廓…',
    mapFailed: '区划轮廓无法使用:{reason}',
    retry: '重试',
    noCoordinates: '{count} 个点位没有经纬度,未在地图上显示',
  },
  en: {
    label: 'Labor points',
    metric: 'Person-times',
    summary: '{from} to {to}: {points} labor points, {metric} {total} in all',
    summaryPoint: '{point}, {from} to {to}: {metric} {total} in all',
    zero: '{count} labor points with nobody taking part',
    zeroOne: '1 labor point with nobody taking part',
    zeroNone: 'Every labor point had volunteers',
    zeroMore: 'and {count} more',
    nobody: 'Nobody took part',
    aggregatedDistrict: 'Too many points to draw one by one: summed by district',
    aggregatedBand: 'Too many points to draw one by one: neighbouring points are summed',
    band: '{name} and {count} more',
    districtRow: '{name} ({count} points)',
    noDistrict: 'No district',
    allPoints: 'All labor points',
    hint: 'Arrow keys move between cells; Enter selects',
    firstSaturday: 'First Saturday of the month (volunteer day)',
    readout: '{row}, {day}: {metric} {value}',
    readoutTotal: '{row}, {from} to {to}: {metric} {value} in all',
    caption: 'Labor points with the most participation',
    point: 'Labor point',
    district: 'District',
    total: 'Total',
    activeDays: 'Days with volunteers',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    mapNeedsSrc: 'Map mode needs an outline file (GeoJSON) in the map-src attribute.',
    mapLoading: 'Loading the outline…',
    mapFailed: 'The outline cannot be used: {reason}',
    retry: 'Retry',
    noCoordinates: '{count} labor points have no coordinates and are not on the map',
  },
};

/** One heatmap message in the given language. */
export function heatmapText(
  locale: Locale,
  key: HeatmapMessage,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return localize(heatmapMessages, locale, key, params);
}

/** What can be wrong with a GeoJSON outline, each with its sentence. */
export type GeoJsonProblemCode =
  | 'not-object'
  | 'topology'
  | 'not-collection'
  | 'no-features'
  | 'feature'
  | 'coordinates'
  | 'range'
  | 'ring'
  | 'no-polygon'
  | 'register';

/** `{at}` names the place: "features[3](外海街道) geometry.coordinates[0][2]". */
export const geoJsonMessages: MessageTable<GeoJsonProblemCode> = {
  'zh-CN': {
    'not-object': '文件内容不是 GeoJSON 对象(实际为 {found})',
    topology: '这是 TopoJSON,请先转换为 GeoJSON',
    'not-collection': 'type 应为 FeatureCollection,实际为 {found}',
    'no-features': '没有 features 要素,或要素列表为空',
    feature: '{at} 不是 Feature 对象',
    coordinates: '{at} 不是 [经度, 纬度] 数值对',
    range: '{at} 超出经纬度范围(可能是以米为单位的投影坐标;需要 WGS84 或 GCJ-02 经纬度)',
    ring: '{at} 少于 4 个点,构不成闭合的面',
    'no-polygon': '没有面要素(Polygon 或 MultiPolygon),画不出区划',
    register: '图表库无法读取该轮廓({found})',
  },
  en: {
    'not-object': 'the file is not a GeoJSON object (found {found})',
    topology: 'this is TopoJSON; convert it to GeoJSON first',
    'not-collection': 'type should be FeatureCollection, found {found}',
    'no-features': 'there are no features',
    feature: '{at} is not a Feature',
    coordinates: '{at} is not a [longitude, latitude] pair of numbers',
    range:
      '{at} is out of range (projected coordinates in metres? WGS84 or GCJ-02 longitude/latitude is needed)',
    ring: '{at} has fewer than 4 positions, so it is not a closed ring',
    'no-polygon': 'there is no Polygon or MultiPolygon feature to draw',
    register: 'the chart library could not read it ({found})',
  },
};
