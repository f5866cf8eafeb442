import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/gauge/define.js';
import { progressAt } from '../demo/server/progress-data.js';
import { failAfterFirstLoad, widget } from './widget.js';

type Args = Record<string, unknown>;

/** The demo backend's answer at its first tick: 262 of 330 items, 27 categories, target 85%. */
const cityProgress = progressAt(0);

const meta: Meta<Args> = {
  title: 'Widgets/Progress gauge',
  component: 'civic-progress-gauge',
  parameters: { frameWidth: 420 },
  args: { deadline: '2027-05-01' },
  // `GaugeMode` is a named type in the manifest: its values are listed here.
  argTypes: { mode: { control: 'select', options: ['ring', 'half', 'bars', 'compact'] } },
  render: (args, context) => widget('civic-progress-gauge', args, context),
};
export default meta;

type Story = StoryObj<Args>;

/** The stories that show data set as a property (no fetch). */
const seed = { data: cityProgress };

export const RingLight: Story = { args: { ...seed, mode: 'ring' } };
export const RingDark: Story = { args: { ...seed, mode: 'ring', theme: 'dark' } };
export const HalfLight: Story = { args: { ...seed, mode: 'half' } };
export const HalfDark: Story = { args: { ...seed, mode: 'half', theme: 'dark' } };
/** One bar per category, worst first; plain DOM, no ECharts. */
export const BarsLight: Story = { args: { ...seed, mode: 'bars', limit: 10 } };
export const BarsDark: Story = { args: { ...seed, mode: 'bars', theme: 'dark', limit: 10 } };
/** One line for a portal sidebar; the table is there for screen readers and behind the button. */
export const CompactLight: Story = { args: { ...seed, mode: 'compact' } };
export const CompactDark: Story = { args: { ...seed, mode: 'compact', theme: 'dark' } };

export const English: Story = { args: { ...seed, lang: 'en' } };

/** After the deadline the countdown turns into "考察已开始". */
export const InspectionBegun: Story = { args: { ...seed, deadline: '2020-05-01' } };

/** "262余": an approximate count from the backend, and no categories. */
export const ApproximateWithoutCategories: Story = {
  args: { data: { code: 0, msg: 'ok', data: { done: '262余', total: 330 } } },
};

/** A command-center panel: big type scales the ring, its band and its text. */
export const Screen: Story = {
  parameters: { frameWidth: 720 },
  args: { ...seed, theme: 'dark', mode: 'half', '--civic-font-size': '24px' },
};

/** The demo backend's `/api/progress`, polled every 5 seconds. */
export const FromBackend: Story = { args: { src: '/api/progress', refresh: 5 } };

/** Live pushes over server-sent events: new figures every 5 seconds. */
export const Live: Story = { args: { theme: 'dark', live: '/api/progress/live' } };

export const Loading: Story = { args: { timeout: 3600, src: '/api/progress?fault=timeout' } };

export const Empty: Story = { args: { data: { done: 0, total: 0 } } };

/** An error status: a sentence in the page's language, with a retry button. */
export const ServerError: Story = { args: { src: '/api/progress?fault=500' } };

/** The first answer arrives, then the backend fails: last good data with the stale marker. */
export const Stale: Story = {
  args: { src: '/api/progress', refresh: 2 },
  render: (args, context) =>
    failAfterFirstLoad(widget('civic-progress-gauge', args, context), '/api/progress?fault=500'),
};
