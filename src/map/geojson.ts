/**
 * The outline of the map mode: a GeoJSON FeatureCollection the site supplies (`map-src`),
 * checked before ECharts sees it, since ECharts either draws nothing or throws deep inside
 * its layout on a bad file. Every problem names the place ("features[3](外海街道)
 * geometry.coordinates[0][2]") in a sentence a webmaster can act on.
 */
import { GeoComponent } from 'echarts/components';
import { registerMap, use } from 'echarts/core';
import { localize, type Locale } from '../core/i18n.js';
import { CivicDataError } from '../data/errors.js';
import { geoJsonMessages, type GeoJsonProblemCode } from './messages.js';

/** What is wrong with an outline, and where. */
export interface GeoJsonProblem {
  code: GeoJsonProblemCode | 'geometry';
  /** The place in the file, e.g. `features[3](外海街道) geometry.coordinates[0][2]`. */
  at?: string;
  /** What was found instead (a type name). */
  found?: string;
}

/** The sentence for a problem, in the page's language. */
export function describeGeoJsonProblem(problem: GeoJsonProblem, locale: Locale): string {
  // A geometry that is not an object reads like a broken feature.
  const code = problem.code === 'geometry' ? 'feature' : problem.code;
  return localize(geoJsonMessages, locale, code, {
    at: problem.at ?? '',
    found: problem.found ?? '',
  });
}

/** A bad outline: kind `shape`, with the problem for a localised sentence. */
export class GeoJsonError extends CivicDataError {
  constructor(readonly problem: GeoJsonProblem) {
    super('shape', `Invalid GeoJSON outline (map-src): ${describeGeoJsonProblem(problem, 'en')}`);
    this.name = 'GeoJsonError';
  }
}

type Json = Record<string, unknown>;

/** A feature as ECharts reads it. */
export interface OutlineFeature extends Json {
  type: 'Feature';
  properties: Json;
  geometry: Json | null;
}

/** A checked outline, ready for `registerMap`. */
export interface Outline {
  type: 'FeatureCollection';
  features: OutlineFeature[];
  /** The features' names (see `featureName`): the districts. */
  names: string[];
  /** Middle latitude of the outline's positions. */
  latitude: number;
}

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

function fail(code: GeoJsonProblem['code'], at?: string, found?: string): never {
  throw new GeoJsonError({ code, at, found });
}

/**
 * Latitudes seen while checking, for the outline's middle latitude. Module state is safe
 * here: a check runs synchronously from start to end, and resets it first.
 */
const seen = { south: Infinity, north: -Infinity };

function checkPosition(position: unknown, at: string): void {
  if (!Array.isArray(position) || position.length < 2) fail('coordinates', at);
  const [lng, lat] = position as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number') fail('coordinates', at);
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) fail('coordinates', at);
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) fail('range', at);
  seen.south = Math.min(seen.south, lat);
  seen.north = Math.max(seen.north, lat);
}

function checkLine(line: unknown, at: string, ring: boolean): void {
  if (!Array.isArray(line)) fail('coordinates', at);
  if (ring && line.length < 4) fail('ring', at);
  line.forEach((position, i) => checkPosition(position, `${at}[${i}]`));
}

function checkPolygon(rings: unknown, at: string): void {
  if (!Array.isArray(rings) || rings.length === 0) fail('coordinates', at);
  rings.forEach((ring, i) => checkLine(ring, `${at}[${i}]`, true));
}

/** Checks one geometry; true when it is an area ECharts can draw. */
function checkGeometry(geometry: Json, at: string): boolean {
  const coordinates = geometry.coordinates;
  const path = `${at} geometry.coordinates`;
  switch (geometry.type) {
    case 'Polygon':
      checkPolygon(coordinates, path);
      return true;
    case 'MultiPolygon':
      if (!Array.isArray(coordinates) || coordinates.length === 0) fail('coordinates', path);
      coordinates.forEach((polygon, i) => checkPolygon(polygon, `${path}[${i}]`));
      return true;
    case 'LineString':
      checkLine(coordinates, path, false);
      return false;
    case 'MultiLineString':
      if (!Array.isArray(coordinates)) fail('coordinates', path);
      coordinates.forEach((line, i) => checkLine(line, `${path}[${i}]`, false));
      return false;
    default:
      // Points and collections are not drawn by ECharts' map; they are left alone.
      return false;
  }
}

/** Where files name their features, tried in this order: GeoJSON tools, shapefile exports (`NAME`), Chinese GIS tools. */
export const NAME_KEYS: readonly string[] = ['name', 'NAME', 'Name', '名称'];

/**
 * A feature's name: the property `field` when given, else the first of `NAME_KEYS` that holds
 * text (or a number, as codes are). Own properties only, so a key such as `constructor`
 * never finds a function.
 */
export function featureName(properties: Json, field?: string): string | undefined {
  for (const key of field ? [field] : NAME_KEYS) {
    if (!Object.hasOwn(properties, key)) continue;
    const value = properties[key];
    if (typeof value === 'string' && value) return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

/**
 * Checks a GeoJSON FeatureCollection (a single Feature is accepted too) and returns it as
 * ECharts reads it; throws `GeoJsonError` at the first problem. Features without geometry
 * are skipped, as mapshaper writes them; features without properties get empty ones (ECharts
 * would silently drop them). Each feature's name (`featureName`, by `nameField` or the usual
 * keys) is written to `properties.name`, where ECharts looks for it.
 */
export function validateGeoJson(json: unknown, nameField?: string): Outline {
  if (!isRecord(json)) fail('not-object', undefined, kindOf(json));
  if (json.type === 'Topology') fail('topology');
  const list = json.type === 'Feature' ? [json] : json.features;
  if (json.type !== 'Feature' && json.type !== 'FeatureCollection') {
    fail(
      'not-collection',
      undefined,
      typeof json.type === 'string' ? json.type : kindOf(json.type),
    );
  }
  if (!Array.isArray(list) || list.length === 0) fail('no-features');
  let areas = 0;
  const names: string[] = [];
  [seen.south, seen.north] = [Infinity, -Infinity];
  const features = list.map((feature: unknown, i): OutlineFeature => {
    let at = `features[${i}]`;
    if (!isRecord(feature) || feature.type !== 'Feature') fail('feature', at);
    let properties = isRecord(feature.properties) ? feature.properties : {};
    const name = featureName(properties, nameField);
    if (name !== undefined) {
      at += `(${name})`;
      names.push(name);
      if (properties.name !== name) properties = { ...properties, name };
    }
    const geometry = feature.geometry ?? null;
    if (geometry !== null && !isRecord(geometry)) fail('geometry', `${at} geometry`);
    if (geometry && checkGeometry(geometry, at)) areas += 1;
    return { ...feature, type: 'Feature', properties, geometry };
  });
  if (areas === 0) fail('no-polygon');
  const latitude = (seen.south + seen.north) / 2;
  return { type: 'FeatureCollection', features, names, latitude };
}

// `registerMap` is a stub until the geo component is installed: install it here, so an outline
// registers whichever module asks first.
use(GeoComponent);

type Registration = { name: string; outline: Outline };
/** Per parsed file, per name field: the same file read by another field is another map. */
const registered = new WeakMap<object, Map<string, Registration>>();
let counter = 0;

/**
 * Checks an outline and registers it with ECharts under a name of its own, once per parsed
 * file and name field: the shared data layer hands every heatmap on the page the same object
 * for the same URL, so they share one registration. (ECharts cannot unregister a map; a name is spent per
 * distinct file.)
 */
export function registerOutline(json: unknown, nameField?: string): Registration {
  const key = isRecord(json) ? json : undefined;
  const byField = key && (registered.get(key) ?? new Map<string, Registration>());
  const known = byField?.get(nameField ?? '');
  if (known) return known;
  const outline = validateGeoJson(json, nameField);
  const name = `civic-outline-${++counter}`;
  try {
    // ECharts looks each street's name up in `specialAreas`: a plain `{}` would hand a street
    // named `toString` or `constructor` an inherited function as its area and break the map.
    registerMap(name, { geoJSON: outline as never, specialAreas: Object.create(null) as never });
  } catch (error) {
    fail('register', undefined, error instanceof Error ? error.message : String(error));
  }
  const entry = { name, outline };
  if (key && byField) registered.set(key, byField.set(nameField ?? '', entry));
  return entry;
}
