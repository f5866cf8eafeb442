import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { localize, type Locale } from '../core/i18n.js';
import { PoliteAnnouncer } from '../core/announcer.js';
import { Arrivals } from './arrivals.js';
import { timelineMessages as messages } from './messages.js';
import type { TimelineEvent } from './timeline-model.js';
import { TOP, TopReturn } from './top-return.js';

export interface ArrivalsControllerOptions {
  /** The scrolling list. */
  viewport: () => HTMLElement | null | undefined;
  /** The visually hidden polite region (aria-live) that announcements go to. */
  region: () => HTMLElement | null | undefined;
  /** Key of the first event of the list as built, to give it focus. */
  firstKey: () => string | undefined;
}

/**
 * Arrivals in the timeline (by refresh or by server push): which new events enter at once and which wait above a
 * reader who has scrolled away (with the "N 条新动态" button that brings them), one polite
 * announcement per refresh, and a reliable way back to the top. Its parts that follow the
 * host's lifecycle (the announcer, the way back to the top) are controllers of their own.
 */
export class ArrivalsController {
  readonly arrivals = new Arrivals();
  readonly toTop: TopReturn;
  private readonly announcer: PoliteAnnouncer;
  private focusNewest = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ArrivalsControllerOptions,
  ) {
    this.toTop = new TopReturn(host, options.viewport);
    this.announcer = new PoliteAnnouncer(host, options.region);
  }

  /**
   * Takes a newly built list and returns the events to show now. `refresh` is false for the
   * first list and for new options, which show everything and announce nothing.
   */
  receive(
    events: TimelineEvent[],
    refresh: boolean,
    newestFirst: boolean,
    locale: Locale,
  ): TimelineEvent[] {
    const { arrivals } = this;
    const arrived = refresh
      ? arrivals.receive(events, newestFirst && !this.canInsertAtTop())
      : arrivals.reset(events);
    if (arrived.length) {
      const { title } = arrived[0];
      this.announcer.add(arrived.length, (count) =>
        count === 1
          ? localize(messages, locale, 'announceOne', { title })
          : localize(messages, locale, 'announce', { count }),
      );
    }
    return arrivals.visible(events);
  }

  /** The button over the list while events wait above the reader. */
  renderNotice(locale: Locale): TemplateResult | typeof nothing {
    const count = this.arrivals.heldCount;
    if (!count) return nothing;
    const text =
      count === 1
        ? localize(messages, locale, 'newEvent')
        : localize(messages, locale, 'newEvents', { count });
    return html`<button part="new-events" class="new-events" type="button" @click=${this.showNew}>
      ${text}
    </button>`;
  }

  /** For the list's scroll listener: back at the top, the waiting events come in. */
  readonly onScroll = (): void => {
    if (this.arrivals.heldCount && this.canInsertAtTop()) this.release();
  };

  /** Whether rows may appear above the reader: at the top, and not reading with the keyboard. */
  private canInsertAtTop(): boolean {
    const viewport = this.options.viewport();
    return !viewport || (viewport.scrollTop <= TOP && !viewport.matches(':focus-within'));
  }

  /**
   * Goes to the top; the held events come in when it gets there (see onScroll). Releasing
   * them first would insert rows above the reader while the virtualizer is still scrolling.
   */
  private readonly showNew = (event: Event): void => {
    // The button disappears: a keyboard user goes on to the newest event, not the page body.
    this.focusNewest = (event.currentTarget as HTMLElement).matches(':focus-visible');
    if ((this.options.viewport()?.scrollTop ?? 0) <= TOP) this.release();
    else this.toTop.go();
  };

  private release(): void {
    this.arrivals.release();
    this.host.requestUpdate();
    if (!this.focusNewest) return;
    this.focusNewest = false;
    // The virtualizer draws rows a frame or two after the update; try for a few frames.
    let frames = 10;
    const attempt = () => {
      const key = this.options.firstKey();
      const rows = this.options.viewport()?.querySelectorAll<HTMLElement>(':scope > .event');
      const row = [...(rows ?? [])].find((candidate) => candidate.dataset.key === key);
      if (row) row.focus({ preventScroll: true });
      else if (--frames > 0) requestAnimationFrame(attempt);
    };
    void this.host.updateComplete.then(() => requestAnimationFrame(attempt));
  }
}
