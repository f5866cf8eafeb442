import { lightPalette } from '../core/theme.js';

/**
 * The widget's design tokens as plain values a chart option can use. A canvas cannot read
 * CSS custom properties, so the chart controller reads the host's computed `--_c-*` tokens
 * (which already chain a page's `--civic-*` overrides to the light or dark literal) and
 * hands them to the option builder.
 */
export interface ChartTheme {
  surface: string;
  surfaceAlt: string;
  text: string;
  textMuted: string;
  border: string;
  accent: string;
  up: string;
  down: string;
  warning: string;
  danger: string;
  /** Font stack of the widget (`--_c-font`, as computed). */
  fontFamily: string;
  /**
   * Base text size in CSS pixels (`--_c-font-size`, as computed): the page's size with the
   * widget's floor (大字版), or a fixed `--civic-font-size`. Every chart text is sized from it;
   * CivicChartElement reads it again when it changes (FontSizeWatch).
   */
  fontSize: number;
}

type ColorToken = Exclude<keyof ChartTheme, 'fontFamily' | 'fontSize'>;

/** Each colour of a chart theme by its palette name (its token is `--_c-<name>`). */
const COLOR_NAMES: Readonly<Record<ColorToken, string>> = {
  surface: 'surface',
  surfaceAlt: 'surface-alt',
  text: 'text',
  textMuted: 'text-muted',
  border: 'border',
  accent: 'accent',
  up: 'up',
  down: 'down',
  warning: 'warning',
  danger: 'danger',
};

const COLOR_KEYS = Object.keys(COLOR_NAMES) as ColorToken[];

/** The light theme's literals (core's light palette), used when a token is missing or not a colour. */
export const FALLBACK_THEME: Readonly<ChartTheme> = {
  ...(Object.fromEntries(COLOR_KEYS.map((key) => [key, lightPalette[COLOR_NAMES[key]]])) as Record<
    ColorToken,
    string
  >),
  fontFamily: 'sans-serif',
  fontSize: 14,
};

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour (named, `rgb()`, system colours such as `CanvasText` under forced colours)
 * as the `#rrggbb` / `rgba()` text zrender can parse and blend; undefined when the text is
 * not a colour. A 2D context normalises colours without touching the document.
 */
export function normalizeColor(value: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe) return text;
  // Two different sentinels: an invalid colour leaves the previous value in place.
  probe.fillStyle = '#000000';
  probe.fillStyle = text;
  const first = probe.fillStyle;
  probe.fillStyle = '#ffffff';
  probe.fillStyle = text;
  return first === probe.fillStyle ? first : undefined;
}

/**
 * Reads the current tokens at `element` (the chart's container: custom properties inherit
 * into it, so light and dark themes, page overrides and `::part` overrides all arrive).
 * Font family and size are the element's computed ones, so `1rem` or `2vw` come out in px.
 */
export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const theme = { ...FALLBACK_THEME };
  for (const key of COLOR_KEYS) {
    const value = style.getPropertyValue(`--_c-${COLOR_NAMES[key]}`);
    theme[key] = normalizeColor(value) ?? FALLBACK_THEME[key];
  }
  theme.fontFamily = style.fontFamily || FALLBACK_THEME.fontFamily;
  const size = parseFloat(style.fontSize);
  theme.fontSize = size > 0 ? size : FALLBACK_THEME.fontSize;
  return theme;
}
