import type { CivicEventTimeline } from '../../src/timeline/event-timeline.js';
import { nextFrame, until } from './api.js';

/** Finds the parts of a timeline, so tests read as arrange / act / assert. */
export class TimelineHarness {
  constructor(readonly element: CivicEventTimeline) {}

  private get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  list(): HTMLElement {
    return this.part('list')!;
  }

  /** Rows in the DOM (headings and events); the virtualizer keeps only those near the view. */
  rows(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[role="listitem"]')];
  }

  events(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="event"]')];
  }

  event(key: string): HTMLElement | undefined {
    return this.events().find((row) => row.dataset.key === key);
  }

  /** Titles of the rendered events, in list order (the virtualizer keeps DOM order). */
  titles(): string[] {
    return this.events().map((row) => this.text(row, 'title'));
  }

  headings(): string[] {
    return [...this.root.querySelectorAll('[part~="day-heading"]')].map((h) =>
      clean(h.textContent),
    );
  }

  text(row: HTMLElement, part: string): string {
    return clean(row.querySelector(`[part~="${part}"]`)?.textContent);
  }

  /** The event row nearest the top of the visible area, and its offset from the list's top. */
  anchor(): { key: string; offset: number } {
    const top = this.list().getBoundingClientRect().top;
    const visible = this.events()
      .map((row) => ({ row, offset: row.getBoundingClientRect().top - top }))
      .filter(({ offset }) => offset >= -1)
      .sort((a, b) => a.offset - b.offset)[0];
    return { key: visible.row.dataset.key!, offset: Math.round(visible.offset) };
  }

  /** Waits until the virtualizer has drawn rows for the current items. */
  async settled(): Promise<void> {
    await this.element.updateComplete;
    await until(
      () => this.rows().length > 0 || this.element.getAttribute('state') !== 'ready',
      'rows',
    );
    await nextFrame();
    await nextFrame();
  }
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
