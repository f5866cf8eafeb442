import type { TooltipComponentFormatterCallbackParams as TooltipParams } from 'echarts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ChartTheme } from './chart-theme.js';

/**
 * Rich text is parsed for `{style|text}` runs; a zero-width space after each `{` keeps a
 * backend's braces as plain characters.
 */
export function escapeRichText(text: string): string {
  return text.replace(/\{/g, '{\u200b');
}

/**
 * A tooltip drawn on the canvas (`renderMode: 'richText'`) from plain lines of text.
 * ECharts' HTML tooltip puts markup strings with `style=` into the page: that breaks under
 * a strict CSP (style-src-attr) and, even with a DOM formatter, assigns `innerHTML = ''`,
 * which throws under Trusted Types. Rich text touches no DOM at all.
 */
export function richTextTooltip(
  theme: ChartTheme,
  lines: (params: TooltipParams) => readonly string[],
): TooltipComponentOption {
  return {
    renderMode: 'richText',
    backgroundColor: theme.surface,
    borderColor: theme.border,
    textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: theme.fontSize },
    formatter: (params) => lines(params).map(escapeRichText).join('\n'),
  };
}
