import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/heatmap/define.js';
import type { LaborCell } from '../src/heatmap/heatmap-model.js';
import { laborPointsData, SEED_DAY } from '../demo/server/labor-points-data.js';
import { failAfterFirstLoad, widget } from './widget.js';

type Args = Record<string, unknown>;

/** The demo backend's answer at its first tick: 35 labor points of 外海/礼乐/江南街道, 60 days. */
const seedAnswer = { code: 0, msg: 'ok', data: laborPointsData(0) };
/** The made-up outline of the three streets (served with the Storybook build from demo/). */
const OUTLINE = '/demo/district.geojson';

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
  parameters: { frameWidth: 900 },
  args: { mode: 'matrix', days: 60, 'mark-days': 'first-saturday', 'map-src': OUTLINE },
  // `HeatmapMode` and `HeatmapSort` are named types in the manifest: their values are listed here.
  argTypes: {
    mode: { control: 'select', options: ['matrix', 'calendar', 'map'] },
    sort: { control: 'select', options: ['total', 'name'] },
  },
  render: (args, context) => widget('civic-labor-heatmap', args, context),
};
export default meta;

type Story = StoryObj<Args>;

/** The stories that show data set as a property (no fetch). */
const seed = { data: seedAnswer };

/** Points × days, grouped by street; the first Saturdays are dashed. */
export const MatrixLight: Story = { args: seed };
export const MatrixDark: Story = { args: { ...seed, theme: 'dark' } };
/** All points summed per day; 2017-07-01 starts its month on the volunteer day. */
export const CalendarLight: Story = { args: { ...seed, mode: 'calendar' } };
export const CalendarDark: Story = { args: { ...seed, mode: 'calendar', theme: 'dark' } };
/** One point's days. */
export const CalendarOnePoint: Story = { args: { ...seed, mode: 'calendar', point: '金溪社区' } };
/** The points on the made-up outline of the three streets; hollow diamonds had nobody. */
export const MapLight: Story = { args: { ...seed, mode: 'map' } };
export const MapDark: Story = { args: { ...seed, mode: 'map', theme: 'dark' } };
export const SortedByName: Story = { args: { ...seed, sort: 'name' } };
export const English: Story = { args: { ...seed, lang: 'en' } };

/** 500 points × 200 days: summed by street, since the rows outnumber the pixels. */
export const HundredThousandCells: Story = {
  args: { days: 200, 'mark-days': undefined },
  render: (args, context) => {
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
    // Set here rather than as an arg: 100,000 cells are too many for the Controls panel.
    const heatmap = widget('civic-labor-heatmap', args, context);
    heatmap.data = { points, cells };
    return heatmap;
  },
};

/** The demo backend's `/api/labor-points`, polled every 10 seconds. */
export const FromBackend: Story = { args: { src: '/api/labor-points', refresh: 10 } };

export const Loading: Story = {
  args: { timeout: 3600, src: echo(smallAnswer, { fault: 'timeout' }) },
};

export const Empty: Story = { args: { data: { code: 0, data: { list: [] } } } };

/** An error status: a sentence in the page's language, with a retry button. */
export const ServerError: Story = { args: { src: echo(smallAnswer, { fault: '500' }) } };

/** The first answer arrives, then the backend fails: last good data with the stale marker. */
export const Stale: Story = {
  args: { refresh: 2, src: echo(smallAnswer) },
  render: (args, context) =>
    failAfterFirstLoad(
      widget('civic-labor-heatmap', args, context),
      echo(smallAnswer, { fault: '500' }),
    ),
};

/** An outline in projected metres: the map says what is wrong; the list and table stay. */
export const BadOutline: Story = {
  args: {
    ...seed,
    mode: 'map',
    'map-src': echo({
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
    }),
  },
};
