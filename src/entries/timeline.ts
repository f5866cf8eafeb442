/** `civic-widgets/timeline`: registers `<civic-event-timeline>` only (no ECharts). */
import '../timeline/define.js';

export { CivicEventTimeline } from '../timeline/event-timeline.js';
export type {
  CampaignEvent,
  EventOutcome,
  TimelineEvent,
  TimelineItem,
} from '../timeline/timeline-model.js';
export * from './common.js';
