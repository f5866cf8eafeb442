import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/leaderboard/define.js';
import { manyUnits, seedRanking } from './data.js';
import { failAfterFirstLoad, widget } from './widget.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Widgets/Unit leaderboard',
  component: 'civic-unit-leaderboard',
  parameters: { frameWidth: 520 },
  args: { metric: '参与人次' },
  render: (args, context) => widget('civic-unit-leaderboard', args, context),
};
export default meta;

type Story = StoryObj<Args>;

/** The stories that show data set as a property (no fetch). */
const seed = { data: seedRanking };

export const Light: Story = { args: seed };

export const Dark: Story = { args: { ...seed, theme: 'dark' } };

export const English: Story = { args: { ...seed, lang: 'en', metric: 'Participations' } };

export const Top5: Story = { args: { ...seed, limit: 5 } };

/** A screen panel: fixed height, steps one row every 2 seconds, pauses on hover, focus or the button. */
export const AutoScroll: Story = {
  args: { theme: 'dark', 'auto-scroll': true, interval: 2, data: manyUnits },
  render: (args, context) => {
    const board = widget('civic-unit-leaderboard', args, context);
    board.style.height = '320px';
    return board;
  },
};

/** The demo backend's envelope, unwrapped by `path` and mapped by `fields`. */
export const FromBackend: Story = {
  args: {
    src: '/api/rank',
    path: 'data.list',
    fields: 'unit:deptName, score:joinCount, previousRank:lastRank, group:system',
    refresh: 5,
  },
};

/** Live pushes over server-sent events: a new ranking every 5 seconds. */
export const Live: Story = {
  args: {
    theme: 'dark',
    live: '/api/rank/live',
    fields: 'unit:deptName, score:joinCount, previousRank:lastRank, group:system',
  },
};

export const Loading: Story = {
  args: { timeout: 3600, src: '/api/rank?fault=timeout' },
};

export const Empty: Story = { args: { data: [] } };

/** A backend that answers `{code: 5001, msg}`: its own message is shown, with a retry button. */
export const BackendError: Story = {
  args: { src: '/api/rank?fault=backend-error' },
};

/** An error status: a sentence in the page's language, with a retry button. */
export const HttpError: Story = {
  args: { src: '/api/rank?fault=500' },
};

/** Good data first, then a failing refresh: the rows stay, marked stale with their age. */
export const Stale: Story = {
  args: { src: '/api/rank', refresh: 2 },
  render: (args, context) =>
    failAfterFirstLoad(widget('civic-unit-leaderboard', args, context), '/api/rank?fault=500'),
};

/** Some rows unusable: the good ones are shown with a notice; `civic-error` names row and field. */
export const SkippedRows: Story = {
  args: {
    data: [...seedRanking.slice(0, 4), { unit: '省档案局', score: 'abc' }, { score: 12 }],
  },
};

/** Hostile unit names render as text. */
export const HostileText: Story = {
  args: {
    data: [
      { unit: '<img src=x onerror=alert(1)>', score: 9 },
      { unit: '<script>alert(1)</script>', score: 8 },
      { unit: '\u202Eevil\u202C', score: 7 },
    ],
  },
};
