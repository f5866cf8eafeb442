// @ts-check
// The floor of the whole-page cases: what the portal (four panels) or the screen (five) shows,
// made with raw ECharts (modular imports: gauge, heatmap) and plain DOM (leaderboard, bars,
// timeline), from the same demo API as the widgets. No adapting, no states, no accessible
// extras: the least work that shows the same data. Each panel gets `data-state="ready"` once
// its data is drawn (a chart: at ECharts' `finished`), which is what the driver waits for.
import { GaugeChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, VisualMapContinuousComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([GaugeChart, HeatmapChart, GridComponent, VisualMapContinuousComponent, CanvasRenderer]);

const hidden = { show: false };

/** @param {{ done: number, total: number, target?: number }} data */
function gaugeOption(data) {
  const percent = Math.round((data.done / data.total) * 1000) / 10;
  const frame = {
    type: /** @type {const} */ ('gauge'),
    radius: '90%',
    startAngle: 90,
    endAngle: -270,
    min: 0,
    max: 100,
    silent: true,
    axisTick: hidden,
    splitLine: hidden,
    axisLabel: hidden,
    anchor: hidden,
  };
  return {
    animation: false,
    series: [
      {
        ...frame,
        pointer: hidden,
        progress: { show: true, width: 16, itemStyle: { color: '#c8102e' } },
        axisLine: { lineStyle: { width: 16, color: [[1, '#e5e5e5']] } },
        title: { offsetCenter: [0, '26%'], color: '#666', fontSize: 14 },
        detail: {
          offsetCenter: [0, '-6%'],
          fontSize: 32,
          fontWeight: 'bold',
          formatter: '{value}%',
        },
        data: [{ value: percent, name: `${data.done}/${data.total}` }],
      },
      {
        ...frame,
        axisLine: hidden,
        progress: hidden,
        pointer: { show: true, icon: 'rect', width: 4, length: 24, offsetCenter: [0, '-72%'] },
        title: hidden,
        detail: hidden,
        data: [{ value: data.target ?? 0 }],
      },
    ],
  };
}

/** @param {{ point: string, date: string, value: number }[]} rows */
function heatmapOption(rows) {
  /** @type {Map<string, number>} */
  const points = new Map();
  /** @type {Map<string, number>} */
  const dates = new Map();
  let max = 0;
  const data = rows.map((row) => {
    let y = points.get(row.point);
    if (y === undefined) points.set(row.point, (y = points.size));
    let x = dates.get(row.date);
    if (x === undefined) dates.set(row.date, (x = dates.size));
    if (row.value > max) max = row.value;
    return [x, y, row.value];
  });
  return {
    animation: false,
    grid: { left: 110, right: 16, top: 48, bottom: 32 },
    xAxis: { type: 'category', data: [...dates.keys()] },
    yAxis: { type: 'category', data: [...points.keys()] },
    visualMap: { min: 0, max, orient: 'horizontal', left: 'center', top: 0 },
    series: [{ type: 'heatmap', data }],
  };
}

/** @param {string} tag @param {string} [text] @param {string} [className] */
function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** @param {string} url */
const get = async (url) => (await (await fetch(url)).json()).data;

/**
 * ECharts draws inside `setOption` (unless in chunks): the listener goes on first.
 * @param {HTMLElement} panel @param {object} option
 */
function chartPanel(panel, option) {
  const root = el('div', undefined, 'chart');
  panel.append(root);
  const chart = init(root);
  chart.on('finished', () => panel.setAttribute('data-state', 'ready'));
  chart.setOption(option);
}

/** @type {Record<string, (panel: HTMLElement) => Promise<void>>} */
const PANELS = {
  async gauge(panel) {
    const data = await get('/api/progress');
    chartPanel(panel, gaugeOption(data));
    panel.append(el('p', `已完成 ${data.done}/${data.total} 项`));
  },
  async bars(panel) {
    const data = await get('/api/progress');
    const list = el('ul', undefined, 'bars');
    for (const c of data.categories.slice(0, 8)) {
      const item = el('li', `${c.name} ${c.done}/${c.total}`);
      const bar = el('span', undefined, 'bar');
      bar.style.width = `${(c.done / c.total) * 100}%`;
      item.append(bar);
      list.append(item);
    }
    panel.append(list);
    panel.setAttribute('data-state', 'ready');
  },
  async heatmap(panel) {
    const data = await get('/api/labor-points');
    // The widget's `days`: the last N days of the answer.
    const days = [...new Set(data.list.map((/** @type {any} */ row) => row.date))].sort();
    const from = days[Math.max(0, days.length - Number(panel.dataset.days ?? days.length))];
    const rows = data.list.filter((/** @type {any} */ row) => row.date >= from);
    chartPanel(panel, heatmapOption(rows));
  },
  async leaderboard(panel) {
    const data = await get('/api/rank');
    const rows = [...data.list]
      .sort((a, b) => b.joinCount - a.joinCount)
      .slice(0, Number(panel.dataset.limit ?? data.list.length));
    const table = el('table');
    rows.forEach((row, i) => {
      const tr = el('tr');
      tr.append(el('td', String(i + 1)), el('td', row.deptName), el('td', String(row.joinCount)));
      table.append(tr);
    });
    panel.append(table);
    panel.setAttribute('data-state', 'ready');
  },
  async timeline(panel) {
    const data = await get('/api/events');
    const list = el('ol', undefined, 'events');
    for (const event of data.list) {
      const item = el('li');
      item.append(el('time', event.time), el('span', event.title), el('span', event.unit));
      list.append(item);
    }
    panel.append(list);
    panel.setAttribute('data-state', 'ready');
  },
};

for (const panel of document.querySelectorAll('[data-panel]')) {
  const kind = /** @type {HTMLElement} */ (panel).dataset.panel ?? '';
  void PANELS[kind]?.(/** @type {HTMLElement} */ (panel));
}
