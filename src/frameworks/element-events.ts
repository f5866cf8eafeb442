/**
 * Typed `addEventListener` on every widget class: `board.addEventListener('civic-select',
 * (event) => event.detail.unit)` knows that `detail` is a RankedUnit. The overloads come
 * from the event map of the tag map (tags.ts), so plain TypeScript and every framework that
 * types DOM events through `addEventListener` (Angular's strict templates) agree with the
 * React, Vue, Svelte and Preact typings. Types only; each entry re-exports it.
 */
import type { CivicElementOf, CivicEvents, CivicTagName } from './tags.js';

/** Event name → event class of a tag; the map behind the overloads below. */
export type CivicEventMap<Tag extends CivicTagName> = CivicEvents<Tag>;

/** `addEventListener` of a tag: its own events typed, every other DOM event as usual. */
export interface CivicAddListener<Tag extends CivicTagName> {
  <Name extends keyof CivicEventMap<Tag>>(
    type: Name,
    listener: (this: CivicElementOf<Tag>, event: CivicEventMap<Tag>[Name]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  <Name extends keyof HTMLElementEventMap>(
    type: Name,
    listener: (this: CivicElementOf<Tag>, event: HTMLElementEventMap[Name]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  (
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

/** `removeEventListener` of a tag, the twin of CivicAddListener. */
export interface CivicRemoveListener<Tag extends CivicTagName> {
  <Name extends keyof CivicEventMap<Tag>>(
    type: Name,
    listener: (this: CivicElementOf<Tag>, event: CivicEventMap<Tag>[Name]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  <Name extends keyof HTMLElementEventMap>(
    type: Name,
    listener: (this: CivicElementOf<Tag>, event: HTMLElementEventMap[Name]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  (
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** The listener methods a widget class gets for its tag. */
export interface CivicEventTarget<Tag extends CivicTagName> {
  addEventListener: CivicAddListener<Tag>;
  removeEventListener: CivicRemoveListener<Tag>;
}

// One line per tag of the tag map: TypeScript merges an interface into a class only by name.
declare module '../leaderboard/unit-leaderboard.js' {
  interface CivicUnitLeaderboard {
    addEventListener: CivicAddListener<'civic-unit-leaderboard'>;
    removeEventListener: CivicRemoveListener<'civic-unit-leaderboard'>;
  }
}
declare module '../timeline/event-timeline.js' {
  interface CivicEventTimeline {
    addEventListener: CivicAddListener<'civic-event-timeline'>;
    removeEventListener: CivicRemoveListener<'civic-event-timeline'>;
  }
}
declare module '../screen/civic-screen.js' {
  interface CivicScreen {
    addEventListener: CivicAddListener<'civic-screen'>;
    removeEventListener: CivicRemoveListener<'civic-screen'>;
  }
}
declare module '../screen/civic-panel.js' {
  interface CivicPanel {
    addEventListener: CivicAddListener<'civic-panel'>;
    removeEventListener: CivicRemoveListener<'civic-panel'>;
  }
}
declare module '../gauge/progress-gauge.js' {
  interface CivicProgressGauge {
    addEventListener: CivicAddListener<'civic-progress-gauge'>;
    removeEventListener: CivicRemoveListener<'civic-progress-gauge'>;
  }
}
declare module '../heatmap/labor-heatmap.js' {
  interface CivicLaborHeatmap {
    addEventListener: CivicAddListener<'civic-labor-heatmap'>;
    removeEventListener: CivicRemoveListener<'civic-labor-heatmap'>;
  }
}
declare module '../key-figures/key-figures.js' {
  interface CivicKeyFigures {
    addEventListener: CivicAddListener<'civic-key-figures'>;
    removeEventListener: CivicRemoveListener<'civic-key-figures'>;
  }
}
