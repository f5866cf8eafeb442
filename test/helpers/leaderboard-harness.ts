import type { CivicUnitLeaderboard } from '../../src/leaderboard/unit-leaderboard.js';

/** Finds the parts of a leaderboard, so tests read as arrange / act / assert. */
export class LeaderboardHarness {
  constructor(readonly element: CivicUnitLeaderboard) {}

  private get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  rows(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="row"]')];
  }

  row(unit: string): HTMLElement | undefined {
    return this.rows().find((row) => row.dataset.key === unit);
  }

  units(): string[] {
    return this.rows().map((row) => row.querySelector('[part~="unit"]')!.textContent!.trim());
  }

  cell(row: HTMLElement, part: 'rank' | 'unit' | 'score' | 'movement'): string {
    return row.querySelector(`[part~="${part}"]`)!.textContent!.replace(/\s+/g, ' ').trim();
  }

  viewport(): HTMLElement {
    return this.part('viewport')!;
  }
}
