import { defineOnce } from '../core/define.js';
import { CivicEventTimeline } from './event-timeline.js';

defineOnce('civic-event-timeline', CivicEventTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'civic-event-timeline': CivicEventTimeline;
  }
}
