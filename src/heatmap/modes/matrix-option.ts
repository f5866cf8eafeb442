import type { ChartTheme } from '../../chart/chart-theme.js';
import { getWidth } from 'zrender/lib/contain/text.js';
import { escapeRichText } from '../../chart/tooltip.js';
import { fitLabel, labelFont } from '../fit-label.js';
import {
  type HeatmapCells,
  type TextContext,
  dayHeading,
  metricLine,
  rowLabel,
  rowTitle,
  selectionDate,
  valueText,
} from '../cell-text.js';
import type { CellTarget } from '../../chart/cell-keyboard.js';
import { dayKeyOf } from '../../core/beijing-time.js';
import { ZERO_ROW, type MatrixView } from '../matrix-view.js';
import type { HeatmapOption } from '../extensions.js';
import { legendHeight, modeOptionBase, scaleLevel, type ModeInput } from '../visual-scale.js';
import { dayCellReadout, spokenAmount, spokenLevel, spokenRow } from '../readout.js';

/** The matrix's option: heatmap on a category grid, piecewise legend, marks, tooltip, aria. */
export type MatrixOption = HeatmapOption;

export interface MatrixOptionInput extends ModeInput {
  view: MatrixView;
  width: number;
  height: number;
  /** Day indices of the window to mark with a dashed line (first Saturdays), or none. */
  marks: readonly number[];
}

/** A row must be this many pixels high to be seen as a row; more points are summed. */
export const MIN_ROW_PX = 2;

/** Rows the chart can draw in `height` pixels: above it, points are aggregated. */
export function matrixRowBudget(height: number, fontSize: number): number {
  const plot = height - legendHeight({ fontSize } as ChartTheme) - fontSize * 2.5;
  return Math.max(1, Math.floor(plot / MIN_ROW_PX));
}

// Past this many cells ECharts draws in chunks between frames, so the page stays responsive
// while 100k cells draw; below it one pass is quicker.
const PROGRESSIVE_CHUNK = 10_000;

/**
 * The matrix: days across, labor points (or districts, or bands) down, one dense typed array
 * of `[day, row, value]` triples (no object per cell). Points where nobody went are labelled
 * with ⊘ and drawn in their own legend piece; districts are named on a right-hand axis.
 */
export function toMatrixOption(input: MatrixOptionInput): MatrixOption {
  const { view, theme, text } = input;
  const { rows, groups, days, positions } = view;
  const font = { fontFamily: theme.fontFamily, fontSize: theme.fontSize * 0.85 };
  // Row axis positions: a row's label, or '' on the blank line between two districts.
  const labels = Array.from({ length: view.axisSize }, () => '');
  const rowAt = new Int32Array(view.axisSize).fill(-1);
  rows.forEach((row, r) => {
    labels[positions[r]] = rowLabel(row, text.locale);
    rowAt[positions[r]] = r;
  });
  const districtAt = new Map(
    groups.map((g) => [Math.floor((positions[g.first] + positions[g.last]) / 2), g.name]),
  );
  const top = legendHeight(theme) + 6;
  const cell = Math.min(input.width / days, (input.height - top) / Math.max(1, view.axisSize));
  const labelWidth = Math.max(theme.fontSize * 4, Math.min(input.width * 0.3, theme.fontSize * 12));
  const named = groups.length > 0;
  // Names cut at a character boundary before zrender sees them (see fit-label.ts).
  const labelFontText = labelFont(font.fontSize, font.fontFamily);
  const markWidth = getWidth('⊘ ', labelFontText);
  const fit = (label: string, zero = false) =>
    fitLabel(label, zero ? labelWidth - markWidth : labelWidth, labelFontText);
  const shown = labels.map((label, i) => fit(label, rows[rowAt[i]]?.zero));
  return {
    ...modeOptionBase(input, (p) => matrixLines(view, (p as CellTarget).dataIndex, text), {
      max: view.max,
      dimension: 2,
      seriesIndex: [0],
      nobody: rows.some((row) => row.zero),
    }),
    grid: {
      left: 4,
      // Room for the last day's label when no district axis takes the right side.
      right: named ? 4 : theme.fontSize * 1.5,
      top,
      bottom: 4,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: Array.from({ length: days }, (_, d) => dayKeyOf(view.first + d)),
      axisLabel: { ...font, color: theme.textMuted, formatter: (key: string) => key.slice(5) },
      axisLine: { lineStyle: { color: theme.border } },
      axisTick: { show: false },
      splitArea: { show: false },
    },
    yAxis: [
      {
        type: 'category',
        data: labels,
        inverse: true,
        axisTick: { show: false },
        axisLine: { lineStyle: { color: theme.border } },
        axisLabel: {
          ...font,
          color: theme.text,
          width: labelWidth,
          overflow: 'truncate',
          // Only the mark is a styled run: a `}` inside a run would end it, and rich text has
          // no escape for it, so the name stays outside as plain (escaped) text.
          formatter: (label: string, i: number) => {
            const zero = rows[rowAt[i]]?.zero;
            const text = escapeRichText(labels[i] === label ? shown[i] : fit(label, zero));
            return zero ? `{nobody|⊘} ${text}` : text;
          },
          rich: { nobody: { ...font, color: theme.warning } },
        },
      },
      {
        type: 'category',
        data: labels,
        inverse: true,
        position: 'right',
        show: named,
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: {
          ...font,
          color: theme.textMuted,
          interval: (i: number) => districtAt.has(i),
          formatter: (_: string, i: number) => escapeRichText(districtAt.get(i) ?? ''),
        },
      },
    ],
    series: [
      {
        type: 'heatmap',
        id: 'cells',
        // A typed array of triples is ECharts' flat source; the option's type lists arrays only.
        data: view.data as unknown as number[][],
        dimensions: ['day', 'row', 'value'],
        encode: { x: 0, y: 1, value: 2 },
        progressive: PROGRESSIVE_CHUNK,
        progressiveThreshold: PROGRESSIVE_CHUNK * 2,
        itemStyle: { borderColor: theme.surface, borderWidth: cell >= 10 ? 1 : 0 },
        emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 2 } },
        markLine: {
          silent: true,
          symbol: ['none', 'none'],
          animation: false,
          label: { show: false },
          lineStyle: { color: theme.text, type: 'dashed', width: 1 },
          data: input.marks.map((d) => ({ xAxis: d })),
        },
      },
    ],
  };
}

function matrixLines(view: MatrixView, index: number, text: TextContext): string[] {
  const { row, day, value, approx } = matrixCell(view, index);
  return [
    rowTitle(row, text.locale),
    dayHeading(view.first + day, text),
    metricLine(valueText(value, approx, text.locale), text),
  ];
}

function matrixCell(view: MatrixView, index: number) {
  const r = Math.floor(index / view.days);
  return {
    row: view.rows[r],
    day: index - r * view.days,
    value: view.data[index * 3 + 2],
    approx: view.approx[index] === 1,
  };
}

/** The matrix's cells for the keyboard: data index = row × days + day, Up/Down a row. */
export function matrixCells(view: MatrixView, text: TextContext): HeatmapCells {
  return {
    size: view.rows.length * view.days,
    across: 1,
    down: view.days,
    rowLength: view.days,
    target: (dataIndex) => ({ seriesIndex: 0, dataIndex }),
    indexOf: ({ seriesIndex, dataIndex }) => (seriesIndex === 0 ? dataIndex : undefined),
    tooltip: ({ dataIndex }) => matrixLines(view, dataIndex, text),
    readout: (index) => {
      const { row, day, value, approx } = matrixCell(view, index);
      // A summed row speaks of a sum ("共参与").
      const amount = spokenAmount(value, approx, text, row.kind !== 'point');
      const level = spokenLevel(scaleLevel(value, view.max), text.locale);
      return dayCellReadout(view.first + day, spokenRow(row, text.locale), amount, level, text);
    },
    selection: (index) => {
      const { row, day, value, approx } = matrixCell(view, index);
      return {
        point: row.name || null,
        ...(row.district ? { district: row.district } : {}),
        date: selectionDate(view.first + day),
        value: value === ZERO_ROW ? 0 : value,
        approx,
        ...(row.kind === 'point' ? {} : { points: row.members.map((p) => view.points[p].name) }),
      };
    },
  };
}
