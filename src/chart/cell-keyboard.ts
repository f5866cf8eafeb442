import type { ReactiveControllerHost } from 'lit';
import type { EChartsType } from 'echarts/core';
import { PoliteAnnouncer } from '../core/announcer.js';

/** Where a cell is in the chart's option. */
export interface CellTarget {
  seriesIndex: number;
  dataIndex: number;
}

/**
 * The cells of a chart as the keyboard walks them: a run of indices, `across` apart from
 * the cell to the right and `down` from the one below, and what each one says and selects.
 */
export interface CellSet<Selection = unknown> {
  size: number;
  /** Index step of ArrowLeft / ArrowRight (e.g. a calendar week; 1 in a grid). */
  across: number;
  /** Index step of ArrowUp / ArrowDown (a grid row, a calendar day, one point of a list). */
  down: number;
  /** Cells per row when Left / Right / Home / End stay inside a row (a grid); 0 otherwise. */
  rowLength: number;
  target(index: number): CellTarget;
  /** The cell of a clicked or hovered item; undefined for items that are no cell (marks). */
  indexOf(target: CellTarget): number | undefined;
  /** The tooltip's lines of an item. */
  tooltip(target: CellTarget): string[];
  /** One sentence for the live readout. */
  readout(index: number): string;
  selection(index: number): Selection;
}

/** The index a key moves to, the same index at an edge, or undefined for other keys. */
export function moveIndex(index: number, key: string, cells: CellSet): number | undefined {
  const { size, down, rowLength } = cells;
  const across = rowLength ? 1 : cells.across;
  const column = rowLength ? index % rowLength : index;
  const lastColumn = rowLength ? rowLength - 1 : size - 1;
  switch (key) {
    case 'ArrowLeft':
      return column - across >= 0 ? index - across : index;
    case 'ArrowRight':
      return column + across <= lastColumn && index + across < size ? index + across : index;
    case 'ArrowUp':
      return index - down >= 0 ? index - down : index;
    case 'ArrowDown':
      return index + down < size ? index + down : index;
    case 'Home':
      return index - column;
    case 'End':
      return Math.min(size - 1, index - column + lastColumn);
    default:
      return undefined;
  }
}

/**
 * The keyboard's cell: highlighted in the chart (ECharts' own emphasis and tooltip, through
 * `dispatchAction`, so nothing is drawn twice) and read out in a polite aria-live region. Holding
 * an arrow key moves many cells a second; the readout says only the latest at most every
 * `gap` ms, so a screen reader is not flooded.
 */
export class FocusCell {
  private current = -1;
  private shown?: CellTarget;
  private readonly announcer: PoliteAnnouncer;

  constructor(
    host: ReactiveControllerHost,
    region: () => HTMLElement | null | undefined,
    private readonly chart: () => EChartsType | undefined,
    gap = 400,
  ) {
    this.announcer = new PoliteAnnouncer(host, region, gap);
  }

  /** The focused cell's index, -1 when none. */
  get index(): number {
    return this.current;
  }

  /** Moves the focus to a cell, highlights it and reads it out. */
  show(cells: CellSet<unknown>, index: number): void {
    if (index < 0 || index >= cells.size) return;
    this.current = index;
    const target = cells.target(index);
    this.dispatch(target);
    const text = cells.readout(index);
    this.announcer.add(1, () => text);
  }

  /**
   * A key on the chart: arrows, Home and End move (the first key shows the first cell),
   * Enter or Space select, Escape hides the highlight.
   */
  keydown<S>(event: KeyboardEvent, cells: CellSet<S> | undefined, select: (index: number) => void) {
    if (!cells?.size || !this.chart()) return;
    const index = Math.min(this.current, cells.size - 1);
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (index >= 0) select(index);
      return;
    }
    if (event.key === 'Escape') return this.blur();
    const next = index < 0 ? 0 : moveIndex(index, event.key, cells);
    if (next === undefined) return;
    event.preventDefault();
    this.show(cells, next);
  }

  /** The chart got the focus: the last cell again, or the first. */
  focus(cells: CellSet<unknown> | undefined): void {
    if (cells?.size) this.show(cells, Math.max(0, Math.min(this.current, cells.size - 1)));
  }

  /** Takes the highlight and the tooltip away; the index stays for the next visit. */
  blur(): void {
    this.dispatch(undefined);
  }

  /** Forgets the cell (new data, another mode): indices no longer mean the same cell. */
  reset(): void {
    this.blur();
    this.current = -1;
  }

  private dispatch(target: CellTarget | undefined): void {
    const chart = this.chart();
    if (!chart || chart.isDisposed()) return;
    if (this.shown) chart.dispatchAction({ type: 'downplay', ...this.shown });
    this.shown = target;
    if (target) {
      chart.dispatchAction({ type: 'highlight', ...target });
      chart.dispatchAction({ type: 'showTip', ...target });
    } else {
      chart.dispatchAction({ type: 'hideTip' });
    }
  }
}
