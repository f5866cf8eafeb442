import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/gauge/define.js';
import type { GaugeMode } from '../src/gauge/progress-gauge.js';
import { progressAt } from '../demo/server/progress-data.js';

interface Args {
  mode: GaugeMode;
  theme: 'light' | 'dark' | 'auto';
  lang: 'zh-CN' | 'en';
  deadline: string;
  target?: number;
  limit?: number;
}

/** The demo backend's answer at its first tick: 262 of 330 items, 27 categories, target 85%. */
const cityProgress = progressAt(0);

const frame = (theme: string, content: TemplateResult) =>
  html`<div class=${theme === 'dark' ? 'sb-dark' : ''} style="max-width:420px">${content}</div>`;

const gauge = (args: Args, data: unknown = cityProgress) =>
  frame(
    args.theme,
    html`<civic-progress-gauge
      mode=${args.mode}
      theme=${args.theme}
      lang=${args.lang}
      deadline=${args.deadline}
      target=${args.target ?? nothing}
      limit=${args.limit ?? nothing}
      .data=${data}
    ></civic-progress-gauge>`,
  );

const meta: Meta<Args> = {
  title: 'Widgets/Progress gauge',
  component: 'civic-progress-gauge',
  args: { mode: 'ring', theme: 'light', lang: 'zh-CN', deadline: '2027-05-01' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['ring', 'half', 'bars', 'compact'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    target: { control: { type: 'number', min: 0, max: 100 } },
    limit: { control: { type: 'number', min: 0, max: 27 } },
  },
  render: (args) => gauge(args),
};
export default meta;

type Story = StoryObj<Args>;

export const RingLight: Story = {};
export const RingDark: Story = { args: { theme: 'dark' } };
export const HalfLight: Story = { args: { mode: 'half' } };
export const HalfDark: Story = { args: { mode: 'half', theme: 'dark' } };
/** One bar per category, worst first; plain DOM, no ECharts. */
export const BarsLight: Story = { args: { mode: 'bars', limit: 10 } };
export const BarsDark: Story = { args: { mode: 'bars', theme: 'dark', limit: 10 } };
/** One line for a portal sidebar; the table is there for screen readers and behind the button. */
export const CompactLight: Story = { args: { mode: 'compact' } };
export const CompactDark: Story = { args: { mode: 'compact', theme: 'dark' } };

export const English: Story = { args: { lang: 'en' } };

/** After the deadline the countdown turns into "考察已开始". */
export const InspectionBegun: Story = { args: { deadline: '2020-05-01' } };

/** "262余": an approximate count from the backend, and no categories. */
export const ApproximateWithoutCategories: Story = {
  render: (args) => gauge(args, { code: 0, msg: 'ok', data: { done: '262余', total: 330 } }),
};

/** A command-center panel: big type scales the ring, its band and its text. */
export const Screen: Story = {
  args: { theme: 'dark', mode: 'half' },
  render: (args) =>
    html`<div class="sb-dark" style="width:720px">
      <civic-progress-gauge
        mode=${args.mode}
        theme=${args.theme}
        lang=${args.lang}
        deadline=${args.deadline}
        style="--civic-font-size:24px"
        .data=${cityProgress}
      ></civic-progress-gauge>
    </div>`,
};

/** The demo backend's `/api/progress`, polled every 5 seconds (dev server only). */
export const FromBackend: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-progress-gauge
        mode=${args.mode}
        theme=${args.theme}
        lang=${args.lang}
        src="/api/progress"
        refresh="5"
      ></civic-progress-gauge>`,
    ),
};

export const Loading: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-progress-gauge
        theme=${args.theme}
        lang=${args.lang}
        timeout="3600"
        src="/api/progress?fault=timeout"
      ></civic-progress-gauge>`,
    ),
};

export const Empty: Story = {
  render: (args) => gauge(args, { done: 0, total: 0 }),
};

export const ServerError: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-progress-gauge
        theme=${args.theme}
        lang=${args.lang}
        src="/api/progress?fault=500"
      ></civic-progress-gauge>`,
    ),
};

/** The first answer arrives, then the backend fails: last good data with the stale marker. */
export const Stale: Story = {
  render: (args) => {
    const scope = `story-stale-${Date.now()}`;
    const breakBackend = () =>
      fetch(`/api/_fault?scope=${scope}&fault=500`, { method: 'POST' }).catch(() => undefined);
    return frame(
      args.theme,
      html`<civic-progress-gauge
        theme=${args.theme}
        lang=${args.lang}
        refresh="2"
        src="/api/progress?scope=${scope}"
        @civic-load=${breakBackend}
      ></civic-progress-gauge>`,
    );
  },
};
