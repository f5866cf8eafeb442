import { noChange, nothing, type ElementPart } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** Where a list's rows are, and how to reach one that is not in the DOM. */
export interface RovingFocusOptions {
  /** The element holding the rows (its direct children). */
  list: () => HTMLElement | null | undefined;
  /** Which of the list's children take focus, e.g. `.event` (headings between them do not). */
  rows: string;
  /**
   * The keys (`data-key`) of every focusable row in order, for a virtualised list where only
   * some are in the DOM. Without it the rows in the DOM are all of them.
   */
  keys?: () => readonly string[];
  /**
   * Focusable things inside a row (a link), rendered with `tabindex="-1"`: only those of the
   * row holding the stop are in the tab order, so a row's link is one Tab away from it and
   * 500 links are not 500 stops.
   */
  inner?: string;
  /** Brings the row with this key into the DOM (a virtualised list scrolls to it) and resolves with it. */
  reach?: (key: string) => Promise<HTMLElement | undefined>;
}

const MOVES: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, last) => last,
};

/**
 * One tab stop for a list of rows (the WAI-ARIA roving tabindex): rows render with
 * `tabindex="-1"` and this controller gives `0` to one of them, the last one focused or else
 * the first in the DOM; ↑/↓ move between rows, Home/End go to the first and last. It keeps the
 * stop after every update and whenever rows come and go without one (a virtualizer drawing
 * rows as the reader scrolls), so Tab always finds the list, and the row the reader left.
 * The leaderboard and the timeline share it; Enter stays with each widget.
 */
export class RovingFocus implements ReactiveController {
  /** The key of the row holding the tab stop (the last one focused). */
  key?: string;
  private stop?: HTMLElement;
  private watched?: HTMLElement;
  // Made on first use: an element may be constructed where there is no DOM (server rendering).
  private observer?: MutationObserver;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const list = this.options.list() ?? undefined;
    if (list !== this.watched) {
      this.observer?.disconnect();
      this.watched?.removeEventListener('focusin', this.onFocusIn);
      this.watched = list;
      list?.addEventListener('focusin', this.onFocusIn);
      if (list) {
        this.observer ??= new MutationObserver(() => this.sync());
        this.observer.observe(list, { childList: true });
      }
    }
    this.sync();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.watched?.removeEventListener('focusin', this.onFocusIn);
    this.watched = this.stop = undefined;
  }

  /** The row element with this key, if it is in the DOM. */
  rowOf(key: string | undefined): HTMLElement | undefined {
    if (key === undefined) return undefined;
    for (const row of this.rows()) if (row.dataset.key === key) return row;
    return undefined;
  }

  /** Gives the tab stop to the row with `key` if it is shown, else keeps one on the first row. */
  sync(): void {
    const target = this.rowOf(this.key) ?? this.rows()[0];
    if (target === this.stop && target?.tabIndex === 0) return;
    if (this.stop && this.stop !== target) this.setStop(this.stop, -1);
    if (target) this.setStop(target, 0);
    this.stop = target;
  }

  private setStop(row: HTMLElement, tabIndex: 0 | -1): void {
    row.tabIndex = tabIndex;
    const { inner } = this.options;
    if (inner)
      for (const element of row.querySelectorAll<HTMLElement>(inner)) element.tabIndex = tabIndex;
  }

  /** Handles ↑ ↓ Home End on a row; returns whether the key was one of them. */
  readonly onKeyDown = (event: KeyboardEvent): boolean => {
    const move = MOVES[event.key];
    const row = this.rowAround(event.target);
    if (!move || !row || event.altKey || event.ctrlKey || event.metaKey) return false;
    event.preventDefault();
    const keys = this.options.keys?.() ?? this.rows().map((r) => r.dataset.key!);
    const index = keys.indexOf(row.dataset.key!);
    const key = keys[move(index < 0 ? 0 : index, keys.length - 1)];
    if (key === undefined || key === row.dataset.key) return true;
    this.key = key;
    const shown = this.rowOf(key);
    if (shown) this.moveTo(shown);
    else void this.options.reach?.(key).then((reached) => reached && this.moveTo(reached));
    return true;
  };

  private moveTo(row: HTMLElement): void {
    if (row.dataset.key !== this.key) return; // the reader has moved on meanwhile
    this.sync();
    row.focus();
  }

  private rows(): HTMLElement[] {
    const list = this.options.list();
    return list ? [...list.querySelectorAll<HTMLElement>(`:scope > ${this.options.rows}`)] : [];
  }

  private rowAround(target: EventTarget | null): HTMLElement | undefined {
    const row = (target as Element | null)?.closest?.<HTMLElement>('[data-key]');
    const list = this.options.list();
    return row && row.parentElement === list && row.matches(this.options.rows) ? row : undefined;
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const row = this.rowAround(event.target);
    if (!row) return;
    this.key = row.dataset.key;
    this.sync();
  };
}

/**
 * Marks a row that the roving focus moves to: its key (`data-key`), and `tabindex="-1"` when it
 * is first drawn. Later renders leave the tab index alone, since RovingFocus gives 0 to one
 * row. Use as an element binding: `<div role="row" ${rovingRow(row.key)}>`.
 */
class RovingRowDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('rovingRow() is an element binding: <div ${rovingRow(key)}>');
    }
  }

  render(_key: string) {
    return nothing;
  }

  override update(part: ElementPart, [key]: [string]) {
    const row = part.element as HTMLElement;
    if (!row.hasAttribute('tabindex')) row.tabIndex = -1;
    if (row.dataset.key !== key) row.dataset.key = key;
    return noChange;
  }
}

/** The marks of a row the roving focus moves to (see RovingRowDirective). */
export const rovingRow = directive(RovingRowDirective);
