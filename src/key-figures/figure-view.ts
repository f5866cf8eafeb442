import { formatCount, formatNumber } from '../core/format.js';
import { localize, type Locale } from '../core/i18n.js';
import type { KeyFigure } from './figures.js';
import { keyFiguresMessages as messages } from './messages.js';

/** Digits after the point a figure is shown with (the count-up keeps them); at most 2. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(Math.abs(value));
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 2 : Math.min(2, text.length - dot - 1);
}

/** A figure's number as shown: exact, in the page's language ("3900"; en "3,900"). */
export function figureNumber(value: number, locale: Locale, decimals = decimalsOf(value)): string {
  return formatNumber(value, locale, decimals);
}

/** How a figure moved since the previous period. */
export interface FigureTrend {
  kind: 'up' | 'down' | 'flat';
  /** What the eye reads: "▲ 400", "▼ 3", "– 持平" (a shape, not colour alone). */
  shown: string;
  /** What a screen reader says: "较上期增加 400 人次". */
  sentence: string;
}

/** A figure as the widget shows it. */
export interface FigureView {
  /** Stable identity across updates (the id or label, made unique). */
  key: string;
  label: string;
  /** The final text of the figure: the exact value, or the backend's "3000余" as written. */
  text: string;
  /** The number to count up to; undefined for a figure shown as written (no count-up). */
  countTo?: number;
  decimals: number;
  unit?: string;
  trend?: FigureTrend;
}

/** Differences below this are rounding noise of the subtraction (82.1 − 81.8), i.e. flat. */
const EPSILON = 1e-9;

function trendOf(figure: KeyFigure, locale: Locale, decimals: number): FigureTrend | undefined {
  const change =
    figure.change ?? (figure.previous !== undefined ? figure.value - figure.previous : undefined);
  if (change === undefined || !Number.isFinite(change)) return undefined;
  const t = (key: 'up' | 'down' | 'flat' | 'flatShown', by = '') =>
    localize(messages, locale, key, { by });
  if (Math.abs(change) < EPSILON)
    return { kind: 'flat', shown: `– ${t('flatShown')}`, sentence: t('flat') };
  const places = Math.max(
    decimals,
    figure.previous !== undefined ? decimalsOf(figure.previous) : 0,
  );
  const by = figureNumber(Math.abs(change), locale, Math.min(2, places || decimalsOf(change)));
  const withUnit = figure.unit ? `${by} ${figure.unit}` : by;
  return change > 0
    ? { kind: 'up', shown: `▲ ${by}`, sentence: t('up', withUnit) }
    : { kind: 'down', shown: `▼ ${by}`, sentence: t('down', withUnit) };
}

/**
 * The view of each figure, in the backend's order. A figure the backend wrote as an
 * "at least" text ("3000余", "100多", "3000+") is shown exactly as written and never counts
 * up: counting to 3000 would claim a precision the source does not have.
 */
export function toFigureViews(figures: readonly KeyFigure[], locale: Locale): FigureView[] {
  const seen = new Map<string, number>();
  return figures.map((figure) => {
    const id = figure.id ?? figure.label;
    const repeats = seen.get(id) ?? 0;
    seen.set(id, repeats + 1);
    const key = repeats ? `${id}#${repeats + 1}` : id;
    const decimals = decimalsOf(figure.value);
    const asWritten = figure.approx
      ? (figure.valueText ?? formatCount(figure.value, locale, true))
      : undefined;
    return {
      key,
      label: figure.label,
      text: asWritten ?? figureNumber(figure.value, locale, decimals),
      countTo: asWritten === undefined ? figure.value : undefined,
      decimals,
      // "82.1%" is read as 82.1: its unit is the percent sign.
      unit: figure.unit ?? (/[%％]$/.test(figure.valueText ?? '') ? '%' : undefined),
      trend: trendOf(figure, locale, decimals),
    };
  });
}
