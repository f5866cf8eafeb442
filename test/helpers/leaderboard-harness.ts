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

/** Where a row's value bar is drawn (px from the row's padding edge): its start, length and track. */
export interface BarBox {
  left: number;
  width: number;
  track: number;
}

/**
 * A row's value bar as drawn: the first of its background layers (the bar; the second is its
 * track), read off the computed `background-size` and `background-position-x`, which resolve
 * to `calc(P% - Lpx)` or plain lengths of the row's padding box. Undefined without bars.
 */
export function barBox(row: HTMLElement): BarBox | undefined {
  const style = getComputedStyle(row);
  if (!style.backgroundImage.includes('gradient')) return undefined;
  const box = row.clientWidth;
  const resolve = (value: string): number => {
    const calc = /^calc\((-?[\d.]+)% ([+-]) ([\d.]+)px\)$/.exec(value);
    if (calc) return (Number(calc[1]) / 100) * box + (calc[2] === '-' ? -1 : 1) * Number(calc[3]);
    if (value.endsWith('%')) return (parseFloat(value) / 100) * box;
    if (value.endsWith('px')) return parseFloat(value);
    throw new Error(`unexpected background length: ${value}`);
  };
  // Layers are separated by ", " outside parentheses; each size is "width height".
  const layers = (list: string) => list.split(/,(?![^(]*\))/).map((layer) => layer.trim());
  const [bar, track] = layers(style.backgroundSize).map((size) =>
    resolve(size.split(/ (?![^(]*\))/)[0]),
  );
  const left = resolve(layers(style.backgroundPositionX)[0]);
  return { left, width: bar, track };
}
