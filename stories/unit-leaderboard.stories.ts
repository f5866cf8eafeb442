import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/leaderboard/define.js';
import { manyUnits, seedRanking } from './data.js';

interface Args {
  theme: 'light' | 'dark' | 'auto';
  lang: 'zh-CN' | 'en';
  metric: string;
  limit: number;
  autoScroll: boolean;
}

const frame = (theme: string, content: TemplateResult) =>
  html`<div class=${theme === 'dark' ? 'sb-dark' : ''} style="max-width:520px">${content}</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/Unit leaderboard',
  component: 'civic-unit-leaderboard',
  args: { theme: 'light', lang: 'zh-CN', metric: '参与人次', limit: 0, autoScroll: false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  },
  render: (args) =>
    frame(
      args.theme,
      html`<civic-unit-leaderboard
        theme=${args.theme}
        lang=${args.lang}
        metric=${args.metric}
        limit=${args.limit}
        ?auto-scroll=${args.autoScroll}
        .data=${seedRanking}
      ></civic-unit-leaderboard>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

export const Light: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const English: Story = { args: { lang: 'en', metric: 'Participations' } };

export const Top5: Story = { args: { limit: 5 } };

/** A screen panel: fixed height, steps one row every 2 seconds, pauses on hover, focus or the button. */
export const AutoScroll: Story = {
  args: { theme: 'dark', autoScroll: true },
  render: (args) =>
    html`<civic-unit-leaderboard
      style="height:320px;max-width:520px"
      theme=${args.theme}
      lang=${args.lang}
      auto-scroll
      interval="2"
      .data=${manyUnits}
    ></civic-unit-leaderboard>`,
};

/** The demo backend's envelope, unwrapped by `path` and mapped by `fields` (dev server only). */
export const FromBackend: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-unit-leaderboard
        theme=${args.theme}
        src="/api/rank"
        path="data.list"
        fields="unit:deptName, score:joinCount, previousRank:lastRank, group:system"
        refresh="5"
      ></civic-unit-leaderboard>`,
    ),
};

/** Live pushes over server-sent events (dev server only). */
export const Live: Story = {
  args: { theme: 'dark' },
  render: (args) =>
    frame(
      args.theme,
      html`<civic-unit-leaderboard
        theme=${args.theme}
        live="/api/rank/live"
      ></civic-unit-leaderboard>`,
    ),
};

export const Loading: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-unit-leaderboard
        theme=${args.theme}
        timeout="3600"
        src="/api/rank?fault=timeout"
      ></civic-unit-leaderboard>`,
    ),
};

export const Empty: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-unit-leaderboard theme=${args.theme} .data=${[]}></civic-unit-leaderboard>`,
    ),
};

/** A backend that answers `{code: 5001, msg}`: its own message is shown, with a retry button. */
export const BackendError: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-unit-leaderboard
        theme=${args.theme}
        src="/api/rank?fault=backend-error"
      ></civic-unit-leaderboard>`,
    ),
};

export const HttpError: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-unit-leaderboard
        theme=${args.theme}
        src="./no-such-endpoint.json"
      ></civic-unit-leaderboard>`,
    ),
};

/** Good data first, then a failing refresh: the rows stay, marked stale with their age. */
export const Stale: Story = {
  render: (args) => {
    const board = document.createElement('civic-unit-leaderboard');
    board.theme = args.theme;
    board.src = '/api/rank';
    board.refresh = 2;
    board.addEventListener('civic-load', () => (board.src = '/api/rank?fault=500'), { once: true });
    return frame(args.theme, html`${board}`);
  },
};

/** Some rows unusable: the good ones are shown with a notice; `civic-error` names row and field. */
export const SkippedRows: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-unit-leaderboard
        theme=${args.theme}
        .data=${[...seedRanking.slice(0, 4), { unit: '省档案局', score: 'abc' }, { score: 12 }]}
      ></civic-unit-leaderboard>`,
    ),
};

/** Hostile unit names render as text. */
export const HostileText: Story = {
  render: (args) =>
    frame(
      args.theme,
      html`<civic-unit-leaderboard
        theme=${args.theme}
        .data=${[
          { unit: '<img src=x onerror=alert(1)>', score: 9 },
          { unit: '<script>alert(1)</script>', score: 8 },
          { unit: '\u202Eevil\u202C', score: 7 },
        ]}
      ></civic-unit-leaderboard>`,
    ),
};
