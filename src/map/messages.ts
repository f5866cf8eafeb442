import type { MessageTable } from '../core/i18n.js';

type OutlineMessage = 'needsSrc' | 'loading' | 'failed' | 'retry';

/** What stands in a map's place until its outline is usable. */
export const outlineMessages: MessageTable<OutlineMessage> = {
  'zh-CN': {
    needsSrc: '地图模式需要用 map-src 属性指定区划轮廓文件(GeoJSON)。',
    loading: '正在加载区划轮廓…',
    failed: '区划轮廓无法使用:{reason}',
    retry: '重试',
  },
  en: {
    needsSrc: 'Map mode needs an outline file (GeoJSON) in the map-src attribute.',
    loading: 'Loading the outline…',
    failed: 'The outline cannot be used: {reason}',
    retry: 'Retry',
  },
};

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
