import { css, html, nothing, type TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { CivicDataError, CivicErrorKind } from '../data/errors.js';
import { localize, type Locale, type MessageTable } from './i18n.js';
import { unlessKiosk } from './kiosk.js';
import { clockText } from './minute-clock.js';
import { shownTime, staleSentence } from './stale-text.js';

type StateKey =
  | 'loading'
  | 'empty'
  | 'retry'
  | 'retrying'
  | 'failingSince'
  | 'skipped'
  | 'autoRetry'
  | 'error.http-said'
  | 'error.backend-code'
  | 'error.backend-failed'
  | `error.${CivicErrorKind}`;

const messages: MessageTable<StateKey> = {
  'zh-CN': {
    loading: '正在加载数据…',
    empty: '暂无数据',
    retry: '重试',
    retrying: '正在重试…',
    failingSince: '自 {time} 起未能取得数据',
    skipped: '有 {count} 条数据格式有误,已略过',
    autoRetry: '稍后将自动重试。',
    'error.network': '无法连接数据服务。',
    'error.timeout': '数据服务响应超时。',
    'error.http': '数据服务返回错误(状态码 {status})。',
    'error.http-said': '数据服务返回错误(状态码 {status}):{message}',
    'error.parse': '数据服务返回的内容无法识别。',
    'error.shape': '数据格式与组件要求不符。',
    'error.backend': '数据服务报告:{message}',
    'error.backend-code': '数据服务报告失败(错误码 {code})。',
    'error.backend-failed': '数据服务报告失败。',
    'error.too-large':
      '数据量过大(超过 {size} 的上限),已停止加载。可在组件上设置 max-bytes 属性(单位为字节)调大上限。',
  },
  en: {
    loading: 'Loading data…',
    empty: 'No data yet',
    retry: 'Retry',
    retrying: 'Retrying…',
    failingSince: 'No data since {time}',
    skipped: '{count} malformed record(s) skipped',
    autoRetry: 'Retrying automatically.',
    'error.network': 'Cannot reach the data service.',
    'error.timeout': 'The data service did not answer in time.',
    'error.http': 'The data service answered with an error (status {status}).',
    'error.http-said': 'The data service answered with an error (status {status}): {message}',
    'error.parse': 'The data service sent something that is not data.',
    'error.shape': 'The data does not have the shape this widget needs.',
    'error.backend': 'The data service reports: {message}',
    'error.backend-code': 'The data service reports a failure (code {code}).',
    'error.backend-failed': 'The data service reports a failure.',
    'error.too-large':
      'The data is too large (over the {size} limit); loading stopped. Raise it with the max-bytes attribute (in bytes).',
  },
};

/** A byte count as a person reads it: `5 MB`, `512 KB`. */
function formatBytes(bytes: number): string {
  const [unit, size] = bytes >= 1024 * 1024 ? ['MB', 1024 * 1024] : ['KB', 1024];
  return `${Math.round((bytes / size) * 10) / 10} ${unit}`;
}

/** Which sentence an error gets: the backend's own words when it sent any. */
function errorKey(error: CivicDataError): StateKey {
  if (error.kind === 'http' && error.backendMessage) return 'error.http-said';
  if (error.kind === 'backend' && !error.backendMessage) {
    return error.code ? 'error.backend-code' : 'error.backend-failed';
  }
  return `error.${error.kind}`;
}

/**
 * The sentence a person reads for an error, in the page's language. A backend's own text is
 * shown as sent (it is the backend's language, not the page's); otherwise the sentence is
 * the page's, never a developer's English message.
 */
export function errorSentence(error: CivicDataError, locale: Locale): string {
  return localize(messages, locale, errorKey(error), {
    status: error.status ?? '',
    message: error.backendMessage ?? error.message,
    code: error.code ?? '',
    size: error.maxBytes === undefined ? '' : formatBytes(error.maxBytes),
  });
}

/** Placeholder rows while the first answer is on its way. */
export function renderSkeleton(locale: Locale, rows = 5): TemplateResult {
  return html`<div part="skeleton" class="skeleton" role="status">
    <span class="visually-hidden">${localize(messages, locale, 'loading')}</span>
    ${Array.from({ length: rows }, () => html`<div class="skeleton-row" aria-hidden="true"></div>`)}
  </div>`;
}

export function renderEmpty(locale: Locale): TemplateResult {
  return html`<div part="empty" class="empty" role="status">
    ${localize(messages, locale, 'empty')}
  </div>`;
}

/**
 * "自 14:05 起未能取得数据": the moment the error state was first rendered, kept while the
 * same template stays on screen, so an error that persists across retries keeps its start.
 */
class FailingSince extends Directive {
  private at?: number;
  render(locale: Locale): string {
    const now = Date.now();
    this.at ??= now;
    return localize(messages, locale, 'failingSince', { time: shownTime(this.at, now) });
  }
}
const failingSince = directive(FailingSince);

/**
 * The error state, in words a wall can be read by: what failed and since when, in the
 * size the `--civic-state-font-size` token sets (a screen sets it large). While the same request is retried the sentence stays and a quiet
 * "正在重试…" replaces the retry note, so the error does not flicker into the skeleton. The
 * note sits outside the alert, so a retry is not announced again. A too-large answer is not
 * retried on its own, so it gets no note.
 */
export function renderError(
  error: CivicDataError,
  locale: Locale,
  onRetry: () => void,
  retrying = false,
): TemplateResult {
  const note = retrying ? 'retrying' : error.kind === 'too-large' ? undefined : 'autoRetry';
  return html`<div part="error" class="error" ?data-retrying=${retrying}>
    <p class="error-text" role="alert">${errorSentence(error, locale)}</p>
    <p class="error-since">${failingSince(locale)}</p>
    ${
      note
        ? html`<p part="retry-note" class="retry-note">${localize(messages, locale, note)}</p>`
        : nothing
    }
    ${unlessKiosk(
      html`<button part="retry-button" type="button" @click=${onRetry}>
        ${localize(messages, locale, 'retry')}
      </button>`,
    )}
  </div>`;
}

/** The marker over last good data: what failed, when the shown data was good and how old it is. */
export function renderStale(
  error: CivicDataError,
  receivedAt: number,
  locale: Locale,
  onRetry: () => void,
): TemplateResult {
  // The age follows the page's minute clock as well as the widget's own re-renders.
  return html`<div part="stale" class="stale" role="status">
    <span>${clockText((now) => staleSentence(receivedAt, now, locale))}</span>
    <span class="visually-hidden">${errorSentence(error, locale)}</span>
    ${unlessKiosk(
      html`<button part="retry-button" type="button" @click=${onRetry}>
        ${localize(messages, locale, 'retry')}
      </button>`,
    )}
  </div>`;
}

/** A quiet line saying that some rows were skipped (details are in `civic-error`). */
export function renderSkipped(count: number, locale: Locale): TemplateResult | typeof nothing {
  if (!count) return nothing;
  return html`<div part="notice" class="notice">
    ${localize(messages, locale, 'skipped', { count })}
  </div>`;
}

export const stateStyles = css`
  .skeleton {
    padding: var(--_c-space);
  }
  .skeleton-row {
    height: 1.5em;
    margin: calc(var(--_c-space) * 0.75) 0;
    border-radius: var(--_c-radius);
    background: var(--_c-surface-alt);
    animation: civic-pulse 1.4s ease-in-out infinite;
  }
  @keyframes civic-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .empty,
  .error {
    padding: calc(var(--_c-space) * 2);
    text-align: center;
    color: var(--_c-text-muted);
    font-size: var(--civic-state-font-size, 1em);
  }
  .error {
    color: var(--_c-danger);
  }
  .error-text,
  .error-since,
  .retry-note {
    margin: 0 0 var(--_c-space);
  }
  .error-since,
  .retry-note {
    color: var(--_c-text-muted);
    font-size: 0.8em;
  }
  .stale,
  .notice {
    display: flex;
    gap: var(--_c-space);
    align-items: center;
    padding: calc(var(--_c-space) / 2) var(--_c-space);
    font-size: 0.85em;
    color: var(--_c-warning);
    border-bottom: 1px dashed var(--_c-warning);
  }
  /* The sentence breaks at its spaces only ("3分钟前" stays whole); the button never breaks. */
  .stale {
    display: var(--civic-stale-display, flex);
    word-break: keep-all;
  }
  .stale button {
    flex: none;
    white-space: nowrap;
    padding: 0 var(--_c-space);
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-row {
      animation: none;
    }
  }
`;
