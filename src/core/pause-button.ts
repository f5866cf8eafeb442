import { html, nothing, type TemplateResult } from 'lit';
import type { AutoScrollController } from './auto-scroll-controller.js';
import { localize, type Locale, type MessageTable } from './i18n.js';
import { unlessKiosk } from './kiosk.js';

const messages: MessageTable<'pause' | 'resume'> = {
  'zh-CN': { pause: '暂停滚动', resume: '继续滚动' },
  en: { pause: 'Pause scrolling', resume: 'Resume scrolling' },
};

/**
 * The pause button of an auto-scrolling list (WCAG 2.2.2: moving content can be paused):
 * shown only while auto-scroll is active, pressed while the person has paused it. On a kiosk
 * wall nobody can press it, so it is left out there and the list keeps moving.
 */
export function renderPauseButton(
  scroller: AutoScrollController,
  locale: Locale,
): TemplateResult | typeof nothing {
  if (!scroller.active) return nothing;
  const paused = scroller.userPaused;
  return html`${unlessKiosk(
    html`<button
      part="pause-button"
      type="button"
      aria-pressed=${paused ? 'true' : 'false'}
      @click=${() => scroller.toggle()}
    >
      ${localize(messages, locale, paused ? 'resume' : 'pause')}
    </button>`,
  )}`;
}
