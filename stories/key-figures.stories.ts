import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/key-figures/define.js';
import { overviewAt } from '../demo/server/overview-data.js';
import { failAfterFirstLoad, widget } from './widget.js';

type Args = Record<string, unknown>;

/** The demo backend's figures at its first tick: 3900 人次, 128 个劳动点位, "120余" 个单位. */
const overview = overviewAt(0).list;

const meta: Meta<Args> = {
  title: 'Widgets/Key figures',
  component: 'civic-key-figures',
  parameters: { frameWidth: 760 },
  args: { label: '今日概况' },
  render: (args, context) => widget('civic-key-figures', args, context),
};
export default meta;

type Story = StoryObj<Args>;

/** The stories that show data set as a property (no fetch). */
const seed = { data: overview };

export const Light: Story = { args: seed };

export const Dark: Story = { args: { ...seed, theme: 'dark' } };

export const English: Story = { args: { ...seed, lang: 'en', label: 'Today' } };

/** The size of a command-center wall: the base text 18px, so the figures are 54px. */
export const Screen: Story = {
  args: { ...seed, theme: 'dark' },
  parameters: { frameWidth: 1200 },
  render: (args, context) => {
    const figures = widget('civic-key-figures', args, context);
    figures.style.setProperty('--civic-font-size', '18px');
    return figures;
  },
};

/** Figures the backend writes as "at least" texts are shown as written and never count. */
export const AtLeastFigures: Story = {
  args: {
    data: [
      { label: '清理小广告', value: '3000余', unit: '张' },
      { label: '清理卫生死角', value: '100多', unit: '处' },
      { label: '发放倡议书', value: '11000+', unit: '份' },
    ],
  },
};

/** The demo backend, polled: today's participation grows and counts up to each new value. */
export const FromBackend: Story = { args: { src: '/api/overview', refresh: 5 } };

/** Live pushes over server-sent events. */
export const Live: Story = { args: { theme: 'dark', live: '/api/overview/live' } };

/** An object keyed by figure instead of a list: each key is the figure's label. */
export const KeyedObject: Story = {
  args: {
    data: { code: 0, msg: 'ok', data: { 今日参与: 3900, 劳动点位: 128, 参与单位: '120余' } },
  },
};

export const Loading: Story = { args: { timeout: 3600, src: '/api/overview?fault=timeout' } };

export const Empty: Story = { args: { data: [] } };

/** A backend that answers `{code: 5001, msg}`: its own message is shown, with a retry button. */
export const BackendError: Story = { args: { src: '/api/overview?fault=backend-error' } };

/** Good figures first, then a failing refresh: they stay, marked stale with their age. */
export const Stale: Story = {
  args: { src: '/api/overview', refresh: 2 },
  render: (args, context) =>
    failAfterFirstLoad(widget('civic-key-figures', args, context), '/api/overview?fault=500'),
};
