import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { repeatRows } from '../core/repeat-rows.js';
import { AutoScrollController } from '../core/auto-scroll-controller.js';
import { CivicListElement } from '../core/list-element.js';
import { cssomStyle } from '../core/cssom-style.js';
import { RovingFocus, rovingRow } from '../core/roving-focus.js';
import { renderPauseButton } from '../core/pause-button.js';
import { CivicSelectEvent } from '../core/events.js';
import { FlipController } from '../core/flip-controller.js';
import { formatCount } from '../core/format.js';
import { localize, type Locale } from '../core/i18n.js';
import { leaderboardStyles } from './leaderboard.styles.js';
import { leaderboardMessages as messages } from './messages.js';
import {
  rankUnits,
  ranksByKey,
  unitRankingSchema,
  type RankedUnit,
  type UnitRanking,
} from './ranking.js';

/**
 * Which units contribute most, and who moved up or down.
 *
 * @summary A ranking of units by score, as a keyboard-navigable table that can scroll itself.
 *
 * @tagname civic-unit-leaderboard
 *
 * @cssproperty --civic-leaderboard-row-height - Height of one row (default 2.5em).
 * @cssproperty --civic-leaderboard-row-bg - Row background colour (default: the theme surface).
 * @cssproperty --civic-leaderboard-row-alt-bg - Background colour of every other row.
 * @cssproperty --civic-leaderboard-top-color - Ring of the rank badges of ranks 1 to 3 (default: the accent).
 * @cssproperty --civic-leaderboard-medal-1 - Badge of rank 1 (default: gold).
 * @cssproperty --civic-leaderboard-medal-2 - Badge of rank 2 (default: silver).
 * @cssproperty --civic-leaderboard-medal-3 - Badge of rank 3 (default: bronze).
 * @cssproperty --civic-leaderboard-medal-text - Number on the badges (default: a dark grey that reads on all three).
 * @cssproperty --civic-leaderboard-bar-color - Value bar (default: the accent).
 * @cssproperty --civic-leaderboard-bar-track - The track behind the value bar (default: the theme border).
 * @cssproperty --civic-leaderboard-max-height - Height of the scrolling list (default: the host's height, else all rows).
 *
 * @csspart toolbar - The line above the table with the caption and the pause button.
 * @csspart caption - The caption (the metric).
 * @csspart pause-button - Pauses and resumes auto-scroll.
 * @csspart table - The table.
 * @csspart header - The header row.
 * @csspart viewport - The scrolling area holding the rows.
 * @csspart row - A unit's row. Its value bar is its background image: restyle it with `background-color` (or `--civic-leaderboard-row-bg`), not the `background` shorthand, which would clear the bar.
 * @csspart rank - The rank cell.
 * @csspart medal - The badge holding the rank of ranks 1 to 3.
 * @csspart unit - The unit name cell.
 * @csspart score - The score cell.
 * @csspart movement - The movement cell (↑2, ↓1, 新).
 *
 * @fires {CivicSelectEvent} civic-select - A row was clicked or Enter was pressed on it; `detail` is the RankedUnit.
 */
export class CivicUnitLeaderboard extends CivicListElement<UnitRanking> {
  static override styles = [...CivicListElement.styles, leaderboardStyles];

  /** Caption and column label of the score, e.g. 参与人次, 服务时长(小时). */
  @property() metric?: string;

  /** Show at most this many units; 0 shows all. */
  @property({ type: Number }) limit = 0;

  /** Show only units of this group (system or district); ranks are counted within it. */
  @property() group?: string;

  /** Step through the rows by themselves, one row every `interval` seconds. */
  @property({ type: Boolean, attribute: 'auto-scroll', reflect: true }) autoScroll = false;

  /** Seconds per auto-scroll step. */
  @property({ type: Number }) interval = 3;

  /**
   * `value` (default): a bar under each unit, its length proportional to the score (the
   * highest shown is full length), as rankings on portals and screens both have it;
   * `none`: rows without bars.
   */
  @property() bars: 'value' | 'none' = 'value';

  @query('.viewport') private viewport?: HTMLElement;

  private readonly flip = new FlipController(this, () => this.viewport);
  private readonly scroller = new AutoScrollController(this, {
    viewport: () => this.viewport,
    enabled: () => this.autoScroll,
    interval: () => this.interval,
  });

  private readonly roving = new RovingFocus(this, {
    list: () => this.viewport,
    rows: '[role="row"]',
  });

  private ranked: RankedUnit[] = [];
  private previousRanks?: Map<string, number>;

  protected override skeletonRows = 8;

  protected override readonly rowSchema = unitRankingSchema;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.shownModel;
    if (!model || !this.changes(changed, 'shownModel', 'group', 'limit')) return;
    // New data after earlier data: the movement arrows compare with the ranks shown before.
    if ((changed as PropertyValues).get('shownModel')) this.previousRanks = ranksByKey(this.ranked);
    this.flip.capture();
    this.ranked = rankUnits(model, {
      group: this.group,
      limit: this.limit,
      previousRanks: this.previousRanks,
    });
  }

  protected override renderModel(): TemplateResult {
    const locale = this.locale;
    const metric = this.metric || localize(messages, locale, 'metric');
    const rows = this.ranked;
    const top = rows[0]?.score ?? 0; // ranked highest first
    const bars = this.bars !== 'none';
    return html`<div part="toolbar" class="toolbar">
        <span part="caption" class="caption" id="caption">${metric}</span>
        ${renderPauseButton(this.scroller, locale)}
      </div>
      <div
        part="table"
        class="table ${bars ? 'bars' : ''}"
        role="table"
        aria-labelledby="caption"
        aria-rowcount=${rows.length + 1}
      >
        <div role="rowgroup">
          <div part="header" class="row head" role="row">
            <span role="columnheader" class="rank">${localize(messages, locale, 'rank')}</span>
            <span role="columnheader">${localize(messages, locale, 'unit')}</span>
            <span role="columnheader" class="score">${metric}</span>
            <span role="columnheader" class="movement"
              >${localize(messages, locale, 'movement')}</span
            >
          </div>
        </div>
        <div
          part="viewport"
          class="viewport"
          role="rowgroup"
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
        >
          ${repeatRows(
            rows,
            (row) => row.key,
            (row) => this.renderRow(row, bars && top > 0 ? row.score / top : 0, locale),
          )}
        </div>
      </div>`;
  }

  /** `share`: the score as a fraction of the highest, the length of the value bar. */
  private renderRow(row: RankedUnit, share: number, locale: Locale): TemplateResult {
    return html`<div
      part="row"
      class="row"
      role="row"
      ${rovingRow(row.key)}
      ${cssomStyle({ '--_bar': String(share) })}
    >
      ${this.renderRank(row.rank)}
      <span part="unit" class="unit" role="cell">${row.unit}</span>
      <span part="score" class="score" role="cell"
        >${formatCount(row.score, locale, row.approx)}</span
      >
      ${this.renderMovement(row, locale)}
    </div>`;
  }

  /** Ranks 1 to 3 sit in a medal: a shape and the number, not colour alone. */
  private renderRank(rank: number): TemplateResult {
    if (rank > 3) return html`<span part="rank" class="rank" role="cell">${rank}</span>`;
    return html`<span part="rank" class="rank top" role="cell"
      ><span part="medal" class="medal medal-${rank}">${rank}</span></span
    >`;
  }

  private renderMovement({ movement }: RankedUnit, locale: Locale): TemplateResult {
    const { kind } = movement;
    if (kind === 'unknown') return html`<span part="movement" class="movement" role="cell"></span>`;
    const by = 'by' in movement ? movement.by : 0;
    const symbol =
      kind === 'up'
        ? `↑${by}`
        : kind === 'down'
          ? `↓${by}`
          : kind === 'new'
            ? locale === 'en'
              ? 'new'
              : '新'
            : '–';
    return html`<span part="movement" class="movement ${kind}" role="cell">
      <span aria-hidden="true">${symbol}</span>
      <span class="visually-hidden">${localize(messages, locale, kind, { by })}</span>
    </span>`;
  }

  private rowOf(event: Event): HTMLElement | undefined {
    return (
      (event.target as HTMLElement).closest<HTMLElement>('[role="row"][data-key]') ?? undefined
    );
  }

  private select(rowElement: HTMLElement): void {
    const row = this.ranked.find((r) => r.key === rowElement.dataset.key);
    if (row) this.emit(new CivicSelectEvent(row));
  }

  private readonly onClick = (event: MouseEvent): void => {
    const row = this.rowOf(event);
    if (row) this.select(row);
  };

  /** One tab stop for the table (RovingFocus moves it with the arrows), Enter selects. */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const row = this.rowOf(event);
    if (!row) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(row);
      return;
    }
    this.roving.onKeyDown(event);
  };
}
