import { expect, fixture, html } from '@open-wc/testing';
import '../../src/leaderboard/define.js';
import '../../src/gauge/define.js';
import '../../src/timeline/define.js';
import '../../src/heatmap/define.js';
import { DEFAULT_MAX_BYTES } from '../../src/data/source.js';
import type { CivicErrorDetail } from '../../src/data/errors.js';
import type { Progress } from '../../src/gauge/progress.js';
import { newScope, stats, until } from '../helpers/api.js';
import { LeaderboardHarness } from '../helpers/leaderboard-harness.js';

/**
 * Widgets against the demo backend's /api/shapes/* fixtures: the exact answers of RuoYi,
 * JeecgBoot, Pig, yudao, Ant Design Pro, Django REST, Spring, Laravel, GraphQL and others.
 */

interface Watched<E extends HTMLElement> {
  element: E;
  errors: CivicErrorDetail[];
  loads: unknown[];
}

async function mount<E extends HTMLElement>(
  template: ReturnType<typeof html>,
): Promise<Watched<E>> {
  const errors: CivicErrorDetail[] = [];
  const loads: unknown[] = [];
  const host = await fixture<HTMLElement>(
    html`<div
      style="width: 640px"
      @civic-error=${(e: CustomEvent<CivicErrorDetail>) => errors.push(e.detail)}
      @civic-load=${(e: CustomEvent) => loads.push(e.detail)}
    >
      ${template}
    </div>`,
  );
  return { element: host.firstElementChild as E, errors, loads };
}

const stateOf = (element: Element) => element.getAttribute('state');
const partText = (element: Element, name: string) =>
  element
    .shadowRoot!.querySelector(`[part~="${name}"]`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim() ?? '';
const board = (src: string, extra = '') =>
  mount<HTMLElement>(
    html`<civic-unit-leaderboard
      src=${src}
      timeout="5"
      data-extra=${extra}
    ></civic-unit-leaderboard>`,
  );

describe('backend shapes: successes that carry nothing show 暂无数据', () => {
  for (const name of ['ruoyi-no-data', 'jeecg-null-result', 'no-content']) {
    it(name, async () => {
      const { element, errors } = await board(`/api/shapes/${name}`);
      await until(() => stateOf(element) === 'empty', `state="empty" for ${name}`);
      expect(partText(element, 'empty')).to.equal('暂无数据');
      expect(partText(element, 'error')).to.equal('');
      expect(errors).to.deep.equal([]);
    });
  }

  it('works for the gauge too (a record widget)', async () => {
    const { element } = await mount<HTMLElement>(
      html`<civic-progress-gauge src="/api/shapes/jeecg-null-result"></civic-progress-gauge>`,
    );
    await until(() => stateOf(element) === 'empty', 'gauge state="empty"');
    expect(partText(element, 'empty')).to.equal('暂无数据');
  });
});

describe('backend shapes: the rows of other templates and paginations', () => {
  const pages = [
    'alibaba-00000',
    'yudao-page',
    'pig-page',
    'ruoyi-plus-page',
    'django-page',
    'spring-page',
    'laravel-page',
    'bom-gbk',
  ];
  for (const name of pages) {
    it(name, async () => {
      const { element, errors } = await board(`/api/shapes/${name}`);
      await until(() => stateOf(element) === 'ready', `state="ready" for ${name}`);
      const h = new LeaderboardHarness(element as never);
      expect(h.units()).to.deep.equal(['市文明办', '市公安局', '市市场监管局']);
      expect(errors).to.deep.equal([]);
    });
  }
});

describe('backend shapes: failures show what the backend said, in the page language', () => {
  const cases: [string, string, Partial<CivicErrorDetail>][] = [
    [
      'antd-pro-login',
      '数据服务报告:请先登录！',
      { kind: 'backend', backendMessage: '请先登录！' },
    ],
    ['antd-pro-no-message', '数据服务报告失败(错误码 A0230)。', { kind: 'backend', code: 'A0230' }],
    [
      'token-401',
      '数据服务返回错误(状态码 401):Token失效,请重新登录',
      { kind: 'http', status: 401, backendMessage: 'Token失效,请重新登录' },
    ],
    [
      'spring-403',
      '数据服务返回错误(状态码 403):无权访问该资源',
      { kind: 'http', status: 403, backendMessage: '无权访问该资源' },
    ],
    [
      'graphql-error',
      '数据服务报告:字段 ranking 不存在',
      { kind: 'backend', backendMessage: '字段 ranking 不存在' },
    ],
  ];
  for (const [name, sentence, detail] of cases) {
    it(name, async () => {
      const { element, errors } = await board(`/api/shapes/${name}`);
      await until(() => stateOf(element) === 'error', `state="error" for ${name}`);
      expect(partText(element, 'error')).to.contain(sentence);
      expect(partText(element, 'error')).not.to.match(/[A-Za-z]{3,}\s[a-z]{3,}/);
      expect(errors[0]).to.include(detail);
    });
  }

  it('speaks English on an English page, with the backend text as sent', async () => {
    const { element } = await mount<HTMLElement>(
      html`<civic-unit-leaderboard
        lang="en"
        src="/api/shapes/antd-pro-no-message"
      ></civic-unit-leaderboard>`,
    );
    await until(() => stateOf(element) === 'error', 'state="error"');
    expect(partText(element, 'error')).to.contain(
      'The data service reports a failure (code A0230).',
    );
  });

  it('cuts a 500-character message at a character boundary, not inside an emoji', async () => {
    const { element, errors } = await board('/api/shapes/long-message');
    await until(() => errors[0], 'civic-error');
    const said = errors[0].backendMessage!;
    expect(said).to.equal(`${'错'.repeat(499)}…`);
    expect(said.length).to.be.at.most(500);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(partText(element, 'error'))).to.equal(false);
  });
});

describe('backend shapes: field forms', () => {
  it('maps a nested list with fields and reads "85%" as 85', async () => {
    const { element, loads, errors } = await mount<HTMLElement>(
      html`<civic-progress-gauge
        src="/api/shapes/gauge-nested"
        fields="categories.name:catName, categories[].done:ok"
      ></civic-progress-gauge>`,
    );
    await until(() => loads.length, 'civic-load');
    const progress = loads[0] as Progress;
    expect(progress.target).to.equal(85);
    expect(progress.done).to.equal(262);
    expect(progress.categories).to.deep.equal([
      { name: '公共文明引导', done: 9, total: 12 },
      { name: '农贸市场管理', done: 9, total: 16 },
    ]);
    expect(errors).to.deep.equal([]);
    await until(() => stateOf(element) === 'ready', 'ready');
    expect(element.shadowRoot!.textContent).to.contain('农贸市场管理');
  });

  it('reads "20161105" as 5 November 2016, not as epoch seconds', async () => {
    const { element, loads } = await mount<HTMLElement>(
      html`<civic-event-timeline src="/api/shapes/events-compact-dates"></civic-event-timeline>`,
    );
    await until(() => loads.length, 'civic-load');
    const times = (loads[0] as { time: number }[]).map((event) => event.time).sort();
    // China Standard Time: midnight of 5 Nov is 16:00 UTC the day before.
    expect(times).to.deep.equal([Date.UTC(2016, 10, 4, 16), Date.UTC(2016, 10, 6, 6, 30)]);
    await until(() => stateOf(element) === 'ready', 'ready');
    expect(element.shadowRoot!.textContent).to.contain('2016年11月5日');
  });
});

describe('backend shapes: 100,000 heatmap cells by src', () => {
  it('load under the heatmap default cap, which is larger than the base one', async () => {
    const { element, errors } = await mount<HTMLElement & { maxBytes: number }>(
      html`<civic-labor-heatmap
        src="/api/shapes/heatmap-100k"
        days="100"
        end="2026-11-08"
      ></civic-labor-heatmap>`,
    );
    const size = Number(
      (await fetch('/api/shapes/heatmap-100k', { method: 'HEAD' })).headers.get('content-length'),
    );
    expect(size, 'the fixture is over the base cap').to.be.above(DEFAULT_MAX_BYTES);
    expect(element.maxBytes).to.be.above(size);
    await until(() => stateOf(element) === 'ready', 'heatmap ready', 18_000);
    expect(errors.filter((e) => e.kind === 'too-large')).to.deep.equal([]);
  });

  it('over max-bytes: names max-bytes, and is not retried at the backoff', async () => {
    const scope = newScope();
    const { element, errors } = await mount<HTMLElement>(
      html`<civic-labor-heatmap
        src=${`/api/shapes/heatmap-100k?scope=${scope}`}
        max-bytes=${String(DEFAULT_MAX_BYTES)}
      ></civic-labor-heatmap>`,
    );
    await until(() => stateOf(element) === 'error', 'state="error"', 10_000);
    expect(errors[0]).to.include({ kind: 'too-large', maxBytes: DEFAULT_MAX_BYTES });
    const text = partText(element, 'error');
    expect(text).to.contain('数据量过大').and.contain('5 MB').and.contain('max-bytes');
    expect(text).not.to.contain('稍后将自动重试');
    // The first backoff retries within 1 s; three seconds later there is still one request.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect((await stats(scope)).requests).to.equal(1);
    expect(errors).to.have.length(1);
  });
});
