/**
 * The adapt layer: pure functions from a backend's JSON to a widget's typed model. No DOM,
 * no fetch; everything thrown is a `CivicDataError`.
 */
export { coerceBoolean, coerceCount, coerceNumber, coerceString, coerceUrl } from './coerce.js';
export { coerceDate } from './dates.js';
export { cutText } from './cut-text.js';
export { MESSAGE_KEYS, messageOf } from './envelope.js';
export { isNoData } from './select.js';
export { readEnvelope, unwrapEnvelope, type EnvelopeReading } from './envelope.js';
export { parseFields, toFieldMap } from './fields.js';
export { MAX_ISSUES } from './issues.js';
export { getPath } from './path.js';
export { adaptRecord, adaptRows } from './rows.js';
export { findList, selectPayload } from './select.js';
export type * from './types.js';
export {
  answerKeys,
  detectAnswer,
  detectEnvelope,
  findCandidates,
  formatFields,
  pathStep,
  proposeFields,
  type AnswerDetection,
  type AnswerKey,
  type AnswerShape,
  type DetectedEnvelope,
  type DetectOptions,
  type FieldProposal,
  type PayloadCandidate,
} from './detect.js';
export { explainIssue, type IssueExplanation } from './explain.js';
