import type { LitElement } from 'lit';
import type { CivicElement } from '../core/civic-element.js';
import type { CivicErrorEvent, CivicLoadEvent, CivicSelectEvent } from '../core/events.js';
import type { CivicProgressGauge } from '../gauge/progress-gauge.js';
import type { CivicLaborHeatmap } from '../heatmap/labor-heatmap.js';
import type { HeatmapSelection } from '../heatmap/cell-text.js';
import type { RankedUnit } from '../leaderboard/ranking.js';
import type { CivicUnitLeaderboard } from '../leaderboard/unit-leaderboard.js';
import type { CivicScreen } from '../screen/civic-screen.js';
import type { CivicEventTimeline } from '../timeline/event-timeline.js';
import type { TimelineEvent } from '../timeline/timeline-model.js';

/**
 * Every tag the package defines, with its element class and what its `civic-select` event
 * carries (`never`: it fires none). The React and Vue typings are derived from this map, so
 * a new widget is one line here.
 */
export interface CivicTags {
  'civic-unit-leaderboard': CivicTag<CivicUnitLeaderboard, RankedUnit>;
  'civic-event-timeline': CivicTag<CivicEventTimeline, TimelineEvent>;
  'civic-screen': CivicTag<CivicScreen>;
  'civic-progress-gauge': CivicTag<CivicProgressGauge>;
  'civic-labor-heatmap': CivicTag<CivicLaborHeatmap, HeatmapSelection>;
}

/** A tag's element class and the item of its `civic-select` event. */
export interface CivicTag<Widget extends HTMLElement, SelectItem = never> {
  element: Widget;
  selectItem: SelectItem;
}

export type CivicTagName = keyof CivicTags;
export type CivicElementOf<Tag extends CivicTagName> = CivicTags[Tag]['element'];

/** The properties a widget adds to LitElement (`src`, `limit`, `data`, `autoScroll`…), all optional. */
export type CivicProperties<Tag extends CivicTagName> = Partial<
  Pick<CivicElementOf<Tag>, Exclude<WritableKeys<CivicElementOf<Tag>>, keyof LitElement>>
>;

/** Event name → event class, for the events a tag fires. */
export type CivicEvents<Tag extends CivicTagName> = (CivicElementOf<Tag> extends CivicElement<
  infer Model
>
  ? { 'civic-load': CivicLoadEvent<Model>; 'civic-error': CivicErrorEvent }
  : unknown) &
  ([CivicTags[Tag]['selectItem']] extends [never]
    ? unknown
    : { 'civic-select': CivicSelectEvent<CivicTags[Tag]['selectItem']> });

/** Keys of the data properties one may assign: no methods, no getters without a setter. */
type WritableKeys<T> = {
  [K in keyof T]-?: T[K] extends (...args: never[]) => unknown
    ? never
    : IfEqual<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K>;
}[keyof T];

type IfEqual<X, Y, Then> =
  (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? Then : never;
