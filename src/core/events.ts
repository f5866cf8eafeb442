import type { CivicErrorDetail as DataFault, CivicErrorKind } from '../data/errors.js';

const init = { bubbles: true, composed: true } as const;

/** Which part of a widget a `civic-error` comes from. */
export type CivicErrorSource = 'data' | 'outline' | 'chart' | 'render' | 'loader';

/**
 * The data could not be fetched or read (`source: 'data'`), or the map's GeoJSON outline
 * (`source: 'outline'`; an invalid file is kind `shape`). `kind` says which fault it was.
 */
export interface DataErrorDetail extends DataFault {
  source: 'data' | 'outline';
}

/** Why a chart could not start: `trusted-types` (the page's policy blocked it) or `init`. */
export type ChartErrorKind = 'trusted-types' | 'init';

/** The chart could not start or draw; the data is fine and its text and table stay. */
export interface ChartErrorDetail {
  source: 'chart';
  kind: ChartErrorKind;
  message: string;
  status?: undefined;
  issues?: undefined;
}

/** The widget could not show the data it got (a fault in the widget, not the backend). */
export interface RenderErrorDetail {
  source: 'render';
  kind: 'render';
  message: string;
  status?: undefined;
  issues?: undefined;
}

/**
 * The loader (`civic-widgets.iife.js`) could not fetch the widget's own code from `parts/`;
 * the fallback content inside the tag stays on the page.
 */
export interface LoaderErrorDetail {
  source: 'loader';
  kind: 'network';
  message: string;
  status?: undefined;
  issues?: undefined;
}

/** The `detail` of `civic-error`: `source` says which part failed, `kind` how. */
export type CivicErrorDetail =
  DataErrorDetail | ChartErrorDetail | RenderErrorDetail | LoaderErrorDetail;

export type { CivicErrorKind };

/** Fired when a widget has shown new data; `detail` is the widget's model. */
export class CivicLoadEvent<Model = unknown> extends CustomEvent<Model> {
  static readonly type = 'civic-load';
  constructor(detail: Model) {
    super(CivicLoadEvent.type, { ...init, detail });
  }
}

/**
 * Fired when something a person should know about failed: the data (`source: 'data'`), the
 * map's outline (`outline`), the chart (`chart`) or the rendering (`render`).
 */
export class CivicErrorEvent extends CustomEvent<CivicErrorDetail> {
  static readonly type = 'civic-error';
  constructor(detail: CivicErrorDetail) {
    super(CivicErrorEvent.type, { ...init, detail });
  }
}

/** Fired when a person picks an item (click or Enter); `detail` is the item. */
export class CivicSelectEvent<Item = unknown> extends CustomEvent<Item> {
  static readonly type = 'civic-select';
  constructor(detail: Item) {
    super(CivicSelectEvent.type, { ...init, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-load': CivicLoadEvent;
    'civic-error': CivicErrorEvent;
    'civic-select': CivicSelectEvent;
  }
}
