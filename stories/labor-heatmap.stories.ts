import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/heatmap/define.js';
import type { HeatmapMode } from '../src/heatmap/labor-heatmap.js';
import type { LaborCell } from '../src/heatmap/heatmap-model.js';
import { laborPointsData, SEED_DAY } from '../demo/server/labor-points-data.js';

interface Args {
  mode: HeatmapMode;
  theme: 'light' | 'dark' | 'auto';
  lang: 'zh-CN' | 'en';
  days: number;
  sort: 'total' | 'name';
  markDays: boolean;
  point?: string;
}

/** The demo backend's answer at its first tick: 35 labor points of 外海/礼乐/江南街道, 60 days. */
const seedAnswer = { code: 0, msg: 'ok', data: laborPointsData(0) };
/** The made-up outline of the three streets (served by the dev server from demo/). */
const OUTLINE = '/demo/district.geojson';

const frame = (theme: string, content: TemplateResult) =>
  html`<div class=${theme === 'dark' ? 'sb-dark' : ''} style="max-width:900px">${content}</div>`;

const heatmap = (args: Args, data: unknown = seedAnswer) =>
  frame(
    args.theme,
    html`<civic-labor-heatmap
      mode=${args.mode}
      theme=${args.theme}
      lang=${args.lang}
      days=${args.days}
      sort=${args.sort}
      point=${args.point ?? nothing}
      mark-days=${args.markDays ? 'first-saturday' : nothing}
      map-src=${OUTLINE}
      .data=${data}
    ></civic-labor-heatmap>`,
  );

/** A small answer through the demo backend's echo endpoint (for the states that need a URL). */
const echo = (body: unknown, params: Record<string, string> = {}) =>
  `/api/echo?${new URLSearchParams({ body: JSON.stringify(body), ...params })}`;
const smallAnswer = {
  code: 0,
  msg: 'ok',
  data: {
    list: seedAnswer.data.list
      .filter((row) => row.date === SEED_DAY && row.district === '外海街道')
      .map(({ point, date, value }) => ({ point, date, value })),
  },
};

const meta: Meta<Args> = {
  title: 'Widgets/Labor heatmap',
  component: 'civic-labor-heatmap',
  args: { mode: 'matrix', theme: 'light', lang: 'zh-CN', days: 60, sort: 'total', markDays: true },
  argTypes: {
    mode: { control: 'inline-radio', options: ['matrix', 'calendar', 'map'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    days: { control: { type: 'number', min: 1, max: 400 } },
    sort: { control: 'inline-radio', options: ['total', 'name'] },
    markDays: { control: 'boolean' },
    point: { control: 'text' },
  },
  render: (args) => heatmap(args),
};
export default meta;

type Story = StoryObj<Args>;

/** Points × days, grouped by street; the first Saturdays are dashed. */
export const MatrixLight: Story = {};
export const MatrixDark: Story = { args: { theme: 'dark' } };
/** All points summed per day; 2017-07-01 starts its month on the volunteer day. */
export const CalendarLight: Story = { args: { mode: 'calendar' } };
export const CalendarDark: Story = { args: { mode: 'calendar', theme: 'dark' } };
/** One point's days. */
export const CalendarOnePoint: Story = { args: { mode: 'calendar', point: '金溪社区' } };
/** The points on the made-up outline of the three streets; hollow diamonds had nobody. */
export const MapLight: Story = { args: { mode: 'map' } };
export const MapDark: Story = { args: { mode: 'map', theme: 'dark' } };
export const SortedByName: Story = { args: { sort: 'name' } };
export const English: Story = { args: { lang: 'en' } };

/** 500 points × 200 days: summed by street, since the rows outnumber the pixels. */
export const HundredThousandCells: Story = {
  args: { days: 200, markDays: false },
  render: (args) => {
    const start = Date.parse('2017-01-01T09:00:00+08:00');
    const streets = ['外海街道', '礼乐街道', '江南街道'];
    const points = Array.from({ length: 500 }, (_, p) => ({
      name: `点位${p + 1}`,
      district: streets[p % 3],
    }));
    const cells: LaborCell[] = [];
    for (let p = 0; p < 500; p++) {
      for (let d = 0; d < 200; d++) {
        cells.push({
          point: `点位${p + 1}`,
          date: start + d * 86_400_000,
          value: (p * 7 + d * 13) % 60,
        });
      }
    }
    return heatmap(args, { points, cells });
  },
};

/** The demo backend's `/api/labor-points`, polled every 10 seconds (dev server only). */
export const FromBackend: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-labor-heatmap
        mode=${args.mode}
        theme=${args.theme}
        days=${args.days}
        mark-days="first-saturday"
        map-src=${OUTLINE}
        src="/api/labor-points"
        refresh="10"
      ></civic-labor-heatmap>`,
    ),
};

export const Loading: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-labor-heatmap
        theme=${args.theme}
        timeout="3600"
        src=${echo(smallAnswer, { fault: 'timeout' })}
      ></civic-labor-heatmap>`,
    ),
};

export const Empty: Story = { render: (args) => heatmap(args, { code: 0, data: { list: [] } }) };

export const ServerError: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-labor-heatmap
        theme=${args.theme}
        src=${echo(smallAnswer, { fault: '500' })}
      ></civic-labor-heatmap>`,
    ),
};

/** The first answer arrives, then the backend fails: last good data with the stale marker. */
export const Stale: Story = {
  render: (args) => {
    const scope = `story-heatmap-stale-${Date.now()}`;
    const breakBackend = () =>
      fetch(`/api/_fault?scope=${scope}&fault=500`, { method: 'POST' }).catch(() => undefined);
    return frame(
      args.theme,
      html`<civic-labor-heatmap
        theme=${args.theme}
        refresh="2"
        src=${echo(smallAnswer, { scope })}
        @civic-load=${breakBackend}
      ></civic-labor-heatmap>`,
    );
  },
};

/** An outline in projected metres: the map says what is wrong; the list and table stay. */
export const BadOutline: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-labor-heatmap
        mode="map"
        theme=${args.theme}
        map-src=${echo({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { name: '外海街道' },
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [12_590_000, 2_580_000],
                    [12_600_000, 2_580_000],
                    [12_600_000, 2_590_000],
                    [12_590_000, 2_580_000],
                  ],
                ],
              },
            },
          ],
        })}
        .data=${seedAnswer}
      ></civic-labor-heatmap>`,
    ),
};
