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
  /** Base text size in CSS pixels (`--_c-font-size`, as computed). */
  fontSize: number;
}

type ColorToken = Exclude<keyof ChartTheme, 'fontFamily' | 'fontSize'>;

const COLOR_TOKENS: Readonly<Record<ColorToken, string>> = {
  surface: '--_c-surface',
  surfaceAlt: '--_c-surface-alt',
  text: '--_c-text',
  textMuted: '--_c-text-muted',
  border: '--_c-border',
  accent: '--_c-accent',
  up: '--_c-up',
  down: '--_c-down',
  warning: '--_c-warning',
  danger: '--_c-danger',
};

/** The light theme's literals, used when a token is missing or not a colour. */
export const FALLBACK_THEME: Readonly<ChartTheme> = {
  surface: '#ffffff',
  surfaceAlt: '#f4f6f9',
  text: '#1f2329',
  textMuted: '#5c6370',
  border: '#d9dde3',
  accent: '#c8161d',
  up: '#c8161d',
  down: '#237804',
  warning: '#8a5a00',
  danger: '#b3261e',
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
  for (const key of Object.keys(COLOR_TOKENS) as ColorToken[]) {
    theme[key] = normalizeColor(style.getPropertyValue(COLOR_TOKENS[key])) ?? FALLBACK_THEME[key];
  }
  theme.fontFamily = style.fontFamily || FALLBACK_THEME.fontFamily;
  const size = parseFloat(style.fontSize);
  theme.fontSize = size > 0 ? size : FALLBACK_THEME.fontSize;
  return theme;
}
