import type { LitElement } from 'lit';
import type { CivicErrorEvent, CivicLoadEvent, CivicSelectEvent } from '../core/events.js';
import type { Progress } from '../gauge/progress.js';
import type { CivicProgressGauge } from '../gauge/progress-gauge.js';
import type { CivicLaborHeatmap } from '../heatmap/labor-heatmap.js';
import type { HeatmapSelection } from '../heatmap/cell-text.js';
import type { LaborData } from '../heatmap/heatmap-model.js';
import type { RankedUnit, UnitRanking } from '../leaderboard/ranking.js';
import type { CivicUnitLeaderboard } from '../leaderboard/unit-leaderboard.js';
import type { CivicScreen } from '../screen/civic-screen.js';
import type { CivicPanel } from '../screen/civic-panel.js';
import type { CivicEventTimeline } from '../timeline/event-timeline.js';
import type { KeyFigure } from '../key-figures/figures.js';
import type { CivicKeyFigures } from '../key-figures/key-figures.js';
import type { CampaignEvent, TimelineEvent } from '../timeline/timeline-model.js';

/**
 * Every tag the package defines, with its element class, the model its `civic-load` event
 * carries and the item of its `civic-select` event (`never`: it fires none). The typed
 * `addEventListener` of each class and the typings of every framework are derived from this
 * map, so a new widget is one line here (and one in element-events.ts).
 */
export interface CivicTags {
  'civic-unit-leaderboard': CivicTag<CivicUnitLeaderboard, UnitRanking[], RankedUnit>;
  'civic-event-timeline': CivicTag<CivicEventTimeline, CampaignEvent[], TimelineEvent>;
  'civic-screen': CivicTag<CivicScreen>;
  'civic-panel': CivicTag<CivicPanel>;
  'civic-progress-gauge': CivicTag<CivicProgressGauge, Progress>;
  'civic-labor-heatmap': CivicTag<CivicLaborHeatmap, LaborData, HeatmapSelection>;
  'civic-key-figures': CivicTag<CivicKeyFigures, KeyFigure[]>;
}

/**
 * A tag's element class, its model (`never`: not a data widget, no load or error events)
 * and the item of its `civic-select` event.
 */
export interface CivicTag<Widget extends HTMLElement, Model = never, SelectItem = never> {
  element: Widget;
  model: Model;
  selectItem: SelectItem;
}

export type CivicTagName = keyof CivicTags;
export type CivicElementOf<Tag extends CivicTagName> = CivicTags[Tag]['element'];

/** The properties a widget adds to LitElement (`src`, `limit`, `data`, `autoScroll`…), all optional. */
export type CivicProperties<Tag extends CivicTagName> = Partial<
  Pick<CivicElementOf<Tag>, Exclude<WritableKeys<CivicElementOf<Tag>>, keyof LitElement>>
>;

/** Event name → event class, for the events a tag fires. */
export type CivicEvents<Tag extends CivicTagName> = ([CivicTags[Tag]['model']] extends [never]
  ? unknown
  : { 'civic-load': CivicLoadEvent<CivicTags[Tag]['model']>; 'civic-error': CivicErrorEvent }) &
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

/**
 * `on` + event name → listener, e.g. `oncivic-select: (event: CivicSelectEvent<RankedUnit>) => void`:
 * how React 19, Svelte 5 and Preact add a listener for an event of that exact name.
 */
export type CivicEventProps<Tag extends CivicTagName> = {
  [Name in keyof CivicEvents<Tag> & string as `on${Name}`]?: (
    event: CivicEvents<Tag>[Name],
  ) => void;
};
