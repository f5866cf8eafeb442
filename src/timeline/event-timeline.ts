import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { cache } from 'lit/directives/cache.js';
import { AutoScrollController } from '../core/auto-scroll-controller.js';
import { CivicListElement } from '../core/list-element.js';
import { renderPauseButton } from '../core/pause-button.js';
import { RovingFocus } from '../core/roving-focus.js';
import { CivicSelectEvent } from '../core/events.js';
import { localize, type Locale } from '../core/i18n.js';
import { minuteClock } from '../core/minute-clock.js';
import { timelineMessages as messages } from './messages.js';
import { timelineStyles } from './timeline.styles.js';
import { nextRowTop, renderItem } from './timeline-items.js';
import { ArrivalsController } from './arrivals-controller.js';
import { TimelineRows } from './timeline-rows.js';
import {
  campaignEventSchema,
  DEFAULT_MAX_ITEMS,
  groupByDay,
  keyEvents,
  selectEvents,
  type CampaignEvent,
  type TimelineEvent,
  type TimelineItem,
} from './timeline-model.js';

// One list element for each way of rendering rows: `cache` keys on the template, so each gets its
// own, and the other is kept aside meanwhile. The virtualised one keeps its virtualizer, which
// has learnt the rows' heights, for the next time the list is long (see TimelineRows).
const virtualList = (list: TemplateResult) => html`${list}`;
const directList = (list: TemplateResult) => html`${list}`;

/**
 * What happened, in order: the campaign's events grouped by day in China Standard Time.
 *
 * @summary The campaign's events as they arrive, with day headings and relative times, virtualised when long.
 *
 * @tagname civic-event-timeline
 *
 * @csspart toolbar - The line above the list holding the pause button.
 * @csspart pause-button - Pauses and resumes auto-scroll.
 * @csspart new-events - The "N 条新动态" button shown when events arrived above the reader.
 * @csspart list - The scrolling list. Below 200 rows every row is in the DOM; from 200 it is virtualised (only rows near the view are), in another element.
 * @csspart day-heading - A day heading (11月5日 星期六).
 * @csspart event - An event's row.
 * @csspart time - Its relative time (3 分钟前, 昨天 09:20).
 * @csspart title - Its title.
 * @csspart meta - Unit, place and head count.
 * @csspart outcomes - The list of outcome figures.
 * @csspart outcome - One outcome (清理小广告 3000余处).
 * @csspart link - The link to the article.
 * @csspart announcer - The visually hidden polite region (aria-live) announcing new events.
 *
 * @cssproperty --civic-timeline-height - Height of the widget when the page does not size it (default 480px).
 * @cssproperty --civic-timeline-line-color - Colour of the line down the timeline (default: the theme border).
 * @cssproperty --civic-timeline-dot-color - Colour of each event's dot (default: the accent).
 * @cssproperty --civic-timeline-heading-bg - Background of the day headings (default: the alternate surface).
 * @cssproperty --civic-timeline-time-width - Width of the time column (default 5.5em; 8.5em in English).
 *
 * @fires {CivicSelectEvent} civic-select - An event was clicked or Enter was pressed on it; `detail` is the TimelineEvent.
 */
export class CivicEventTimeline extends CivicListElement<CampaignEvent> {
  static override styles = [...CivicListElement.styles, timelineStyles];

  /** `desc`: newest first (default); `asc`: oldest first. */
  @property({ reflect: true }) order: 'asc' | 'desc' = 'desc';

  /** Show only events of this unit (exact name, e.g. 省委办公厅). */
  @property() unit?: string;

  /** Show only events of this category (e.g. 环境卫生清理). */
  @property() category?: string;

  /** Show at most this many events; 0 shows all that are kept. */
  @property({ type: Number }) limit = 0;

  /** Keep at most this many (the newest) events, so a screen running for weeks stays flat in memory. */
  @property({ type: Number, attribute: 'max-items' }) maxItems = DEFAULT_MAX_ITEMS;

  /** Step through the events by themselves, one every `interval` seconds. */
  @property({ type: Boolean, attribute: 'auto-scroll', reflect: true }) autoScroll = false;

  /** Seconds per auto-scroll step. */
  @property({ type: Number }) interval = 4;

  /** Accessible name of the list; 活动动态 / Campaign events by default. */
  @property() label?: string;

  /** `aria-level` of the day headings, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @query('.viewport') private viewport?: HTMLElement;

  private readonly scroller = new AutoScrollController(this, {
    viewport: () => this.viewport,
    enabled: () => this.autoScroll,
    interval: () => this.interval,
    nextStop: (viewport) => {
      const top = nextRowTop(viewport);
      if (top === 0) this.newEvents.toTop.aim();
      return top;
    },
  });
  private readonly newEvents = new ArrivalsController(this, {
    viewport: () => this.viewport,
    region: () => this.renderRoot.querySelector<HTMLElement>('.announcer'),
    firstKey: () => this.items.find((item) => item.kind === 'event')?.key,
  });
  private readonly rows = new TimelineRows(this, () => this.viewport);
  // One tab stop for the list; a virtualised list scrolls to the row the arrows ask for.
  private readonly roving = new RovingFocus(this, {
    list: () => this.viewport,
    rows: '.event',
    inner: 'a[href]',
    keys: () => this.items.filter((item) => item.kind === 'event').map((item) => item.key),
    reach: (key) => this.rows.reach(key),
  });

  private items: TimelineItem[] = [];
  private built = false;

  protected override skeletonRows = 6;

  protected override readonly rowSchema = campaignEventSchema;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.shownModel;
    if (!model) return;
    const options = this.changes(changed, 'order', 'unit', 'category', 'limit', 'maxItems');
    if (options || this.changes(changed, 'shownModel') || this.newEvents.arrivals.changed) {
      // New options show a new list: nothing is held back or announced.
      const events = selectEvents(keyEvents(model), {
        order: this.order,
        unit: this.unit,
        category: this.category,
        limit: this.limit,
        maxItems: this.maxItems,
      });
      const refresh = this.built && !options;
      const shown = this.newEvents.receive(events, refresh, this.order !== 'asc', this.locale);
      this.items = groupByDay(shown);
      this.built = true;
    }
  }

  protected override renderModel(): TemplateResult {
    const locale = this.locale;
    const items = this.items;
    const context = {
      locale,
      now: minuteClock.now(),
      size: items.length,
      headingLevel: this.headingLevel,
      entering: this.newEvents.arrivals.entering,
    };
    const rows = this.rows.render(items, (item, index) => renderItem(item, index, context));
    const list = html`<div
      part="list"
      class="viewport"
      role="list"
      aria-label=${this.label || localize(messages, locale, 'label')}
      @scroll=${this.newEvents.onScroll}
      @click=${this.onClick}
      @keydown=${this.onKeyDown}
    >
      ${rows}
    </div>`;
    return html`${this.renderToolbar(locale)}
      <div class="frame ${locale === 'en' ? 'en' : ''}">
        ${this.newEvents.renderNotice(locale)}
        ${cache(this.rows.virtual ? virtualList(list) : directList(list))}
      </div>`;
  }

  /** The base states plus a polite region that exists before anything is announced into it. */
  protected override render(): TemplateResult {
    return html`${super.render()}
      <div
        part="announcer"
        class="announcer visually-hidden"
        role="status"
        aria-live="polite"
      ></div>`;
  }

  private renderToolbar(locale: Locale): TemplateResult | typeof nothing {
    if (!this.scroller.active) return nothing;
    return html`<div part="toolbar" class="toolbar">
      ${renderPauseButton(this.scroller, locale)}
    </div>`;
  }

  private eventOf(event: Event): TimelineEvent | undefined {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.event');
    const key = row?.dataset.key;
    const item = this.items.find((entry) => entry.key === key);
    return item?.kind === 'event' ? item.event : undefined;
  }

  private readonly onClick = (event: MouseEvent): void => {
    if ((event.target as HTMLElement).closest('a')) return;
    const selected = this.eventOf(event);
    if (selected) this.emit(new CivicSelectEvent(selected));
  };

  /** Enter selects the focused event; ↑ ↓ Home End move between events (RovingFocus). */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const row = event.target as HTMLElement;
    if (!row.classList.contains('event')) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const selected = this.eventOf(event);
      if (selected) this.emit(new CivicSelectEvent(selected));
      return;
    }
    this.roving.onKeyDown(event);
  };
}
