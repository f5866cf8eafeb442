import { expect } from '@open-wc/testing';
import { scanTextForms, upgradePlaceholder } from '../../src/loader/markup.js';
import { watchPage } from '../../src/loader/page.js';
import { until } from '../helpers/api.js';

/** A fresh piece of page, built with DOM calls from markup the test writes itself. */
function area(markup: string): HTMLElement {
  const template = document.createElement('template');
  // Test-authored markup, the way an editor saved it.
  template.setHTMLUnsafe(markup);
  const element = document.createElement('div');
  element.append(template.content);
  document.body.append(element);
  return element;
}

describe('the placeholder form', () => {
  afterEach(() => document.body.replaceChildren());

  it('becomes the widget: documented data-* attributes, id, class, and its content as fallback', () => {
    const page = area(
      `<div id="rank" class="box" data-civic="unit-leaderboard" data-src="/api/rank" data-path="data.list"
        data-fields="unit:deptName, score:joinCount" data-refresh="60" data-auto-scroll
        data-onclick="alert(1)" data-style="color:red" onclick="alert(2)"><p>排行榜加载中…</p></div>`,
    );
    const widget = upgradePlaceholder(page.querySelector('[data-civic]')!);
    expect(widget?.localName).to.equal('civic-unit-leaderboard');
    expect(page.firstElementChild).to.equal(widget);
    const attributes = Object.fromEntries(
      Array.from(widget!.attributes).map((attribute) => [attribute.name, attribute.value]),
    );
    expect(attributes).to.deep.equal({
      id: 'rank',
      class: 'box',
      src: '/api/rank',
      path: 'data.list',
      fields: 'unit:deptName, score:joinCount',
      refresh: '60',
      'auto-scroll': '',
    });
    expect(widget!.querySelector('p')?.textContent).to.equal('排行榜加载中…');
  });

  it('stays as it is when it names no known widget, or sits in an editing area', () => {
    const page = area(
      `<div data-civic="unit-ranking">a</div><div contenteditable="true"><div data-civic="unit-leaderboard">b</div></div>`,
    );
    for (const placeholder of Array.from(page.querySelectorAll('[data-civic]')))
      expect(upgradePlaceholder(placeholder)).to.equal(undefined);
    expect(page.querySelectorAll('[data-civic]').length).to.equal(2);
  });
});

describe('text forms in a scan container', () => {
  afterEach(() => document.body.replaceChildren());

  it('read a form split across spans, <br>, &nbsp; and an editor’s wrappers', () => {
    const page = area(`<div class="article">
      <p><span style="font-size:14px">[civic-unit-leaderboard</span><br><span>&nbsp;src=“/api/rank”</span> <b>path</b>=＂data.list＂]</p>
      <div><p>[civic-event-timeline limit="8"</p><p>label="工作动态"]</p></div>
      <table><tbody><tr><td>[civic-progress-gauge mode="ring"]</td></tr></tbody></table>
      <p>正文里提到 [civic-unit-leaderboard] 的说明。</p>
    </div>`);
    const container = page.querySelector('.article')!;
    const made = scanTextForms(container);
    expect(made.map((widget) => widget.localName)).to.deep.equal([
      'civic-unit-leaderboard',
      'civic-event-timeline',
      'civic-progress-gauge',
    ]);
    expect(made[0].getAttribute('src')).to.equal('/api/rank');
    expect(made[0].getAttribute('path')).to.equal('data.list');
    expect(made[0].parentElement).to.equal(container, 'the paragraph is replaced');
    expect(made[1].getAttribute('label')).to.equal('工作动态');
    expect(made[2].parentElement?.localName).to.equal('td', 'the table keeps its cell');
    expect(container.textContent).to.contain('正文里提到 [civic-unit-leaderboard] 的说明。');
  });

  it('keep a src as typed: an editor’s relative path is not resolved', () => {
    const page = area(`<p>[civic-unit-leaderboard src="../../api/rank?a=1&amp;b=2"]</p>`);
    const [board] = scanTextForms(page);
    expect(board.getAttribute('src')).to.equal('../../api/rank?a=1&b=2');
  });

  it('put the widget inside a container whose whole text is the form', () => {
    const page = area(`<div data-civic-scan>[civic-screen design-width="1920"]</div>`);
    const container = page.firstElementChild!;
    const [screen] = scanTextForms(container);
    expect(screen.parentElement).to.equal(container);
    expect(screen.getAttribute('design-width')).to.equal('1920');
  });

  it('leave undocumented attributes out, with a warning', () => {
    const page = area(
      `<p>[civic-unit-leaderboard src="/api/rank" onclick="alert(1)" style="x"]</p>`,
    );
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const [board] = scanTextForms(page);
      expect(board.getAttributeNames()).to.deep.equal(['src']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.length).to.equal(2);
  });
});

describe('watching the page', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.replaceChildren();
  });

  function watch(scan?: string) {
    const script = document.createElement('script');
    if (scan !== undefined) script.setAttribute('data-civic-scan', scan);
    const reported: string[][] = [];
    stop = watchPage({ script, onTags: (tags) => reported.push([...tags].sort()) });
    return reported;
  }

  it('scans only marked containers: by attribute or by the script’s selector', () => {
    const page = area(`
      <div class="comments"><p>[civic-unit-leaderboard src="/api/planted"]</p></div>
      <div class="article"><p>[civic-unit-leaderboard src="/api/a"]</p></div>
      <div data-civic-scan><p>[civic-event-timeline src="/api/b"]</p></div>`);
    const reported = watch('.article');
    expect(page.querySelector('.comments p')?.textContent).to.contain('/api/planted');
    expect(page.querySelector('.article > civic-unit-leaderboard')?.getAttribute('src')).to.equal(
      '/api/a',
    );
    expect(page.querySelector('[data-civic-scan] > civic-event-timeline')).to.not.equal(null);
    expect(reported).to.deep.equal([['civic-event-timeline', 'civic-unit-leaderboard']]);
  });

  it('scans nothing by default', () => {
    const page = area(`<p>[civic-unit-leaderboard src="/api/a"]</p>`);
    const reported = watch();
    expect(page.querySelector('civic-unit-leaderboard')).to.equal(null);
    expect(reported).to.deep.equal([]);
  });

  it('ignores a script selector that is not CSS', () => {
    const page = area(`<div class="a"><p>[civic-unit-leaderboard]</p></div>`);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      watch('.a[');
    } finally {
      console.warn = warn;
    }
    expect(page.querySelector('civic-unit-leaderboard')).to.equal(null);
  });

  it('turns what the page adds later into widgets, and reports their tags', async () => {
    const page = area(`<div class="article"></div>`);
    const reported = watch('.article');
    const article = page.querySelector('.article')!;
    const paragraph = document.createElement('p');
    paragraph.textContent = '[civic-progress-gauge mode="ring"]';
    article.append(paragraph);
    const placeholder = document.createElement('div');
    placeholder.dataset.civic = 'event-timeline';
    placeholder.dataset.limit = '5';
    placeholder.textContent = '加载中';
    page.append(placeholder);
    const later = document.createElement('section');
    later.setAttribute('data-civic-scan', '');
    later.append(Object.assign(document.createElement('p'), { textContent: '[civic-screen]' }));
    page.append(later);
    await until(() => reported.flat().length >= 3, 'three tags reported');
    expect(article.querySelector('civic-progress-gauge')?.getAttribute('mode')).to.equal('ring');
    expect(page.querySelector('civic-event-timeline')?.textContent).to.equal('加载中');
    expect(later.querySelector('civic-screen')).to.not.equal(null);
    expect([...new Set(reported.flat())].sort()).to.deep.equal([
      'civic-event-timeline',
      'civic-progress-gauge',
      'civic-screen',
    ]);
  });

  it('reads a paragraph again when text is added to it', async () => {
    const page = area(`<div class="article"><p><span>[civic-unit-leaderboard</span></p></div>`);
    watch('.article');
    const paragraph = page.querySelector('p')!;
    paragraph.append(' src="/api/rank"]');
    await until(() => !!page.querySelector('civic-unit-leaderboard'), 'the widget');
    expect(page.querySelector('civic-unit-leaderboard')?.getAttribute('src')).to.equal('/api/rank');
  });

  it('leaves a form in a placeholder’s fallback as fallback text', () => {
    const page = area(
      `<div class="article"><div data-civic="unit-leaderboard"><p>[civic-event-timeline]</p></div></div>`,
    );
    watch('.article');
    expect(page.querySelector('civic-unit-leaderboard p')?.textContent).to.equal(
      '[civic-event-timeline]',
    );
    expect(page.querySelector('civic-event-timeline')).to.equal(null);
  });
});
