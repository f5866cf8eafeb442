import { expect } from '@open-wc/testing';
import { scriptSnippet, widgetSnippets } from '../../src/builder/snippet.js';
import { describeIssues, describeSample } from '../../src/builder/issue-text.js';
import { BUILDER_WIDGETS } from '../../src/builder/widgets.js';
import { adaptRows } from '../../src/data/adapt/index.js';

const input = {
  tag: 'civic-unit-leaderboard',
  attributes: [
    ['src', '/api/rank?a=1&b="2"'],
    ['path', 'data.list'],
    ['fields', 'unit:deptName, score:joinCount'],
    ['refresh', ''],
  ] as const,
  fallback: '单位排行榜加载中<…>',
};

describe('snippets', () => {
  const snippets = widgetSnippets(input);

  it('writes the tag with escaped attributes and a plain-text fallback, empty values left out', () => {
    expect(snippets.tag).to.equal(
      '<civic-unit-leaderboard src="/api/rank?a=1&#38;b=&#34;2&#34;" path="data.list"' +
        ' fields="unit:deptName, score:joinCount">单位排行榜加载中&#60;…&#62;</civic-unit-leaderboard>',
    );
  });

  it('writes the placeholder with data- attributes', () => {
    expect(snippets.placeholder).to.equal(
      '<div data-civic="unit-leaderboard" data-src="/api/rank?a=1&#38;b=&#34;2&#34;"' +
        ' data-path="data.list" data-fields="unit:deptName, score:joinCount">' +
        '单位排行榜加载中&#60;…&#62;</div>',
    );
  });

  it('writes the text form, in single quotes around a value with double quotes', () => {
    expect(snippets.text).to.equal(
      `[civic-unit-leaderboard src='/api/rank?a=1&b="2"' path="data.list"` +
        ` fields="unit:deptName, score:joinCount"]`,
    );
    const both = { ...input, attributes: [['src', `/api/"x"'y'`]] as const };
    expect(widgetSnippets(both).text).to.equal(undefined);
  });

  it('the parsed tag has exactly the attributes given', () => {
    // An inert document: parsing the snippet defines and runs nothing.
    const parsed = new DOMParser().parseFromString(snippets.tag, 'text/html');
    const element = parsed.body.firstElementChild!;
    expect(element.getAttribute('src')).to.equal('/api/rank?a=1&b="2"');
    expect(element.getAttribute('fields')).to.equal('unit:deptName, score:joinCount');
    expect(element.hasAttribute('refresh')).to.equal(false);
    expect(element.textContent).to.equal('单位排行榜加载中<…>');
  });

  it('writes the script line', () => {
    expect(scriptSnippet('/static/civic-widgets/civic-widgets.iife.js')).to.equal(
      '<script src="/static/civic-widgets/civic-widgets.iife.js"></script>',
    );
  });
});

describe('describeIssues', () => {
  const board = BUILDER_WIDGETS.find((widget) => widget.tag === 'civic-unit-leaderboard')!;
  const rows = [
    { orgTitle: '省委办公厅', joinNum: 'abc' },
    { joinNum: 3 },
    { orgTitle: '团市委', joinNum: 2 },
  ];

  it('speaks Chinese and English, and tells a field not found from a picked one', () => {
    const fields = { score: 'joinNum' };
    const { issues } = (() => {
      try {
        return adaptRows(rows, board.schema, { fields });
      } catch (error) {
        return error as { issues: [] };
      }
    })();
    expect(describeIssues(issues, rows, board, fields, 'zh-CN')).to.deep.equal([
      '第 1 条数据：没有找到“单位名称”：请在第四步为它选择接口里的字段。',
      '第 2 条数据：没有找到“单位名称”：请在第四步为它选择接口里的字段。',
      '第 3 条数据：没有找到“单位名称”：请在第四步为它选择接口里的字段。',
    ]);
    const picked = { unit: 'orgTitle', score: 'joinNum' };
    const { issues: second } = adaptRows(rows, board.schema, { fields: picked });
    expect(describeIssues(second, rows, board, picked, 'zh-CN')).to.deep.equal([
      '第 1 条数据：“分数（如参与人次）”取自字段 joinNum，值是"abc"，不是数字。',
      '第 2 条数据：缺少“单位名称”：所选的字段 orgTitle 没有值。',
    ]);
    expect(describeIssues(second, rows, board, picked, 'en')).to.deep.equal([
      'Row 1: “Score (e.g. participations)” comes from joinNum, whose value "abc" is not a number.',
      'Row 2: “Unit name” is missing: the picked field orgTitle has no value.',
    ]);
  });
});

describe('describeSample', () => {
  it('says what a value is in the page language', () => {
    expect(describeSample('省委办公厅', 'zh-CN')).to.equal('"省委办公厅"');
    expect(describeSample(12, 'en')).to.equal('12');
    expect(describeSample([1, 2, 3], 'zh-CN')).to.equal('一个有 3 项的列表');
    expect(describeSample({ name: 'a', level: 1 }, 'zh-CN')).to.equal('一个对象（含 name、level）');
    expect(describeSample({ name: 'a', level: 1 }, 'en')).to.equal('an object with name, level');
    expect(describeSample(null, 'zh-CN')).to.equal('空值');
    expect(describeSample('😀'.repeat(41), 'en')).to.equal(`"${'😀'.repeat(40)}…"`);
  });
});
