import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import Vue from 'vue2/dist/vue.esm.browser.js';
import '../../src/leaderboard/define.js';
import type { CivicUnitLeaderboard } from '../../src/leaderboard/unit-leaderboard.js';
import type { UnitRanking } from '../../src/leaderboard/ranking.js';
import { until } from '../helpers/api.js';

const rows: UnitRanking[] = [
  { unit: '省委办公厅', score: 50 },
  { unit: '省委组织部', score: 95 },
];

const errorText = (element: HTMLElement) =>
  element.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('a data attribute that holds "[object Object]"', () => {
  it('passes an axe check while it shows the advice', async () => {
    const element = await fixture<CivicUnitLeaderboard>(
      html`<civic-unit-leaderboard data="[object Object]"></civic-unit-leaderboard>`,
    );
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('says in Chinese and in English how to bind it, and fires civic-error', async () => {
    const element = document.createElement('civic-unit-leaderboard');
    const failed = oneEvent(element, 'civic-error');
    element.setAttribute('data', '[object Object],[object Object]');
    document.body.append(element);
    const { detail } = await failed;
    expect(detail.kind).to.equal('shape');
    expect(detail.message).to.contain(':data.prop');
    await element.updateComplete;
    expect(errorText(element)).to.contain('[object Object]').and.contain(':data.prop');
    expect(errorText(element)).to.match(/[\u4e00-\u9fff]/);
    element.lang = 'en';
    await until(() => errorText(element).includes('Bind it as a property'), 'English');
    element.remove();
  });

  it('leaves other text and the data property alone', async () => {
    const element = await fixture<CivicUnitLeaderboard>(
      html`<civic-unit-leaderboard data="rows" .data=${rows}></civic-unit-leaderboard>`,
    );
    await element.updateComplete;
    expect(errorText(element)).to.equal('');
    expect(element.shadowRoot!.querySelectorAll('[part~="row"]')).to.have.length(2);
  });

  it('catches Vue 2.7 binding an array without .prop, and .prop works', async () => {
    Vue.config.ignoredElements = [/^civic-/];
    const host = document.createElement('div');
    document.body.append(host);
    const errors: string[] = [];
    const app = new Vue({
      data: () => ({ rows }),
      methods: {
        onError: (event: CustomEvent<{ message: string }>) => errors.push(event.detail.message),
      },
      template: `<div>
        <civic-unit-leaderboard id="attribute" :data="rows" @civic-error="onError" />
        <civic-unit-leaderboard id="property" :data.prop="rows" />
      </div>`,
    }).$mount(host);
    const wrong = app.$el.querySelector<CivicUnitLeaderboard>('#attribute')!;
    const right = app.$el.querySelector<CivicUnitLeaderboard>('#property')!;
    await until(() => errorText(wrong).includes(':data.prop'), 'the advice');
    expect(wrong.getAttribute('data')).to.match(/^\[object Object\]/);
    expect(errors.join()).to.contain(':data.prop');
    await until(() => right.getAttribute('state') === 'ready', 'the .prop binding');
    expect(right.shadowRoot!.querySelectorAll('[part~="row"]')).to.have.length(2);
    app.$destroy();
    host.remove();
  });
});
