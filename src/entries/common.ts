/** Types and events every entry exports, so a developer can type handlers from any of them. */
export { CivicLoadEvent, CivicErrorEvent, CivicSelectEvent } from '../core/events.js';
export type {
  ChartErrorDetail,
  ChartErrorKind,
  CivicErrorDetail,
  CivicErrorSource,
  DataErrorDetail,
  LoaderErrorDetail,
  RenderErrorDetail,
} from '../core/events.js';
export type { CivicErrorKind, ValidationIssue } from '../data/errors.js';
export type { Locale } from '../core/i18n.js';
export type { CivicEventMap, CivicEventTarget } from '../frameworks/element-events.js';
