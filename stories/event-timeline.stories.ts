import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/timeline/define.js';
import type { CampaignEvent } from '../src/timeline/timeline-model.js';
import { eventsAt } from '../demo/server/events-data.js';
import { failAfterFirstLoad, widget } from './widget.js';

type Args = Record<string, unknown>;

/** The seed events and the first ten live ones of the demo backend, as it sends them. */
const seedPayload = { code: 0, msg: 'ok', data: eventsAt(9) };

const MIN = 60_000;
/** Events of the last hours, so relative times ("3 分钟前", "昨天 09:20") show. */
function recentEvents(now = Date.now()): CampaignEvent[] {
  const at = (minutesAgo: number) => now - minutesAgo * MIN;
  return [
    {
      time: at(2),
      title: '省委办公厅党员干部到文坛社区清理杂草和垃圾',
      unit: '省委办公厅',
      place: '文坛社区',
      participants: 50,
    },
    {
      time: at(25),
      title: '省贸促会集中清理青年路城中村小广告',
      unit: '省贸促会',
      place: '青年路城中村',
      participants: 50,
      approx: true,
      outcomes: [{ label: '清理小广告', value: 3000, unit: '处', approx: true }],
    },
    {
      time: at(190),
      title: '省政府办公厅到万华社区打扫环境卫生',
      unit: '省政府办公厅',
      participants: 30,
      approx: true,
      outcomes: [{ label: '清扫地面', value: 3000, unit: '平方米', approx: true }],
    },
    {
      time: at(26 * 60),
      title: '区直部门挂点社区开展志愿服务行动',
      unit: '区直部门',
      participants: 1800,
      approx: true,
      participantsUnit: '人次',
      url: 'http://www.example.gov.cn/wmcj/content_1.html',
    },
  ];
}

/** `count` synthetic events two minutes apart, for the virtualisation story. */
function manyEvents(count: number): CampaignEvent[] {
  const start = Date.UTC(2024, 2, 2, 10, 0);
  const units = ['省委办公厅', '省委组织部', '省人社厅', '省贸促会', '省档案局'];
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    time: start - i * 2 * MIN,
    title: `志愿服务活动 第 ${count - i} 场`,
    unit: units[i % units.length],
    place: '文坛社区',
    participants: 10 + (i % 40),
  }));
}

const meta: Meta<Args> = {
  title: 'Widgets/Event timeline',
  component: 'civic-event-timeline',
  parameters: { frameWidth: 560 },
  render: (args, context) => widget('civic-event-timeline', args, context),
};
export default meta;

type Story = StoryObj<Args>;

/** The stories that show data set as a property (no fetch). */
const seed = { data: seedPayload };

export const Light: Story = { args: seed };

export const Dark: Story = { args: { ...seed, theme: 'dark' } };

export const English: Story = { args: { ...seed, lang: 'en' } };

export const OldestFirst: Story = { args: { ...seed, order: 'asc' } };

/** `unit` and `category` filter on exact names. */
export const OneUnit: Story = { args: { ...seed, unit: '省贸促会' } };

/** Relative times ("2 分钟前", "昨天 09:20") follow one page-wide minute clock. */
export const RelativeTimes: Story = {
  render: (args, context) => {
    const timeline = widget('civic-event-timeline', args, context);
    timeline.data = recentEvents();
    return timeline;
  },
};

/**
 * New events every 3 seconds through `data`, as polling or server push would bring them.
 * Scroll down: they wait behind the "N 条新动态" button instead of moving the list.
 */
export const LiveAdditions: Story = {
  args: { theme: 'dark' },
  render: (args, context) => {
    const timeline = widget('civic-event-timeline', args, context);
    let events = recentEvents();
    timeline.data = events;
    let n = 0;
    const timer = setInterval(() => {
      if (!timeline.isConnected) return clearInterval(timer);
      n += 1;
      const title = `第 ${n} 条新动态:省直机关工委组织党员到土尾社区张贴宣传海报`;
      events = [{ time: Date.now(), title, unit: '省直机关工委', participants: 20 + n }, ...events];
      timeline.data = events;
    }, 3000);
    return timeline;
  },
};

/** The demo backend with server-sent events, one new event every 5 seconds. */
export const LiveFromBackend: Story = {
  args: { theme: 'dark', src: '/api/events', live: '/api/events/live' },
};

/**
 * 10,000 events: from 200 rows the list is virtualised (the virtualizer is loaded then), and
 * only the rows near the view are in the DOM.
 */
export const TenThousandEvents: Story = {
  args: { 'max-items': 20000 },
  render: (args, context) => {
    // Set here rather than as an arg: 10,000 events are too many for the Controls panel.
    const timeline = widget('civic-event-timeline', args, context);
    timeline.data = manyEvents(10_000);
    return timeline;
  },
};

/** A screen panel: steps one event every 2 seconds; pauses on hover, focus or the button. */
export const AutoScroll: Story = {
  args: { ...seed, theme: 'dark', 'auto-scroll': true, interval: 2 },
  render: (args, context) => {
    const timeline = widget('civic-event-timeline', args, context);
    timeline.style.height = '360px';
    return timeline;
  },
};

export const Loading: Story = { args: { timeout: 3600, src: '/api/events?fault=timeout' } };

export const Empty: Story = { args: { data: [] } };

/** A backend that answers `{code: 5001, msg}`: its own message is shown, with a retry button. */
export const BackendError: Story = { args: { src: '/api/events?fault=backend-error' } };

/** Good data first, then a failing refresh: the events stay, marked stale with their age. */
export const Stale: Story = {
  args: { src: '/api/events', refresh: 2 },
  render: (args, context) =>
    failAfterFirstLoad(widget('civic-event-timeline', args, context), '/api/events?fault=500'),
};

/** Markup and `javascript:` links from a backend stay text; only http(s) links are links. */
export const HostileText: Story = {
  args: {
    data: [
      {
        time: '2016-11-05 09:00',
        title: '<img src=x onerror=alert(1)>',
        unit: '<script>alert(1)</script>',
        url: 'javascript:alert(1)',
      },
    ],
  },
};
