import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/screen/define.js';
import '../src/leaderboard/define.js';
import { manyUnits } from './data.js';

type Args = { theme: 'dark' | 'light'; kiosk: boolean; lang: string };

/**
 * The command-center screen's design language: a decorated title bar, framed panels placed on
 * a grid declared in attributes, the dark theme and its light variant, and kiosk mode. The
 * widgets read `data` here; demo/screen.html shows every widget on the demo backend.
 */
const meta: Meta<Args> = {
  title: 'Screen/Command-center screen',
  component: 'civic-screen',
  parameters: { layout: 'fullscreen' },
  args: { theme: 'dark', kiosk: false, lang: 'zh-CN' },
  render: ({ theme, kiosk, lang }) =>
    html`<div style="height: 90vh">
      <civic-screen
        theme=${theme}
        ?kiosk=${kiosk}
        lang=${lang}
        fullscreen
        columns="1fr 1fr 1fr"
        rows="1fr 1fr"
        areas="ranking progress events, ranking progress events"
      >
        <span slot="title">XX市创建全国文明城市指挥中心</span>
        <span slot="header-start">2026—2027 创建周期</span>
        <civic-panel area="ranking" heading="机关单位参与排行">
          <civic-unit-leaderboard
            .data=${manyUnits}
            metric="参与人次"
            auto-scroll
            interval="2"
          ></civic-unit-leaderboard>
        </civic-panel>
        <civic-panel area="progress" heading="测评体系达标进度"></civic-panel>
        <civic-panel area="events" heading="创城工作动态"></civic-panel>
      </civic-screen>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Dark: Story = {};

export const Light: Story = { args: { theme: 'light' } };

/** A wall nobody touches: no full-screen, pause or retry buttons; the list keeps moving. */
export const Kiosk: Story = { args: { kiosk: true } };
