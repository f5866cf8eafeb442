import { expect } from '@open-wc/testing';
import {
  adaptRecord,
  adaptRows,
  answerKeys,
  detectAnswer,
  detectEnvelope,
  explainIssue,
  findCandidates,
  formatFields,
  getPath,
  pathStep,
  proposeFields,
} from '../../src/data/adapt/index.js';
import { unitRankingSchema } from '../../src/leaderboard/ranking.js';
import { progressSchema } from '../../src/gauge/progress.js';
import { campaignEventSchema } from '../../src/timeline/timeline-model.js';
import { CivicDataError } from '../../src/data/errors.js';

const units = [
  { deptName: '省委办公厅', joinCount: 50 },
  { deptName: '市文明办', joinCount: '3000余' },
];
// The same units under names no alias knows.
const strange = [
  { orgTitle: '省委办公厅', stats: { joinNum: 50 }, note: 'a' },
  { orgTitle: '市文明办', stats: { joinNum: 30 }, note: 'b' },
];

const shapes: [string, unknown, string][] = [
  ['RuoYi rows', { code: 200, msg: '操作成功', rows: units, total: 2 }, 'rows'],
  ['RuoYi data', { code: 200, msg: '操作成功', data: units }, 'data'],
  [
    'JeecgBoot',
    {
      success: true,
      message: '操作成功!',
      code: 200,
      result: { records: units, total: 2, size: 10, current: 1, pages: 1 },
      timestamp: 1733212800000,
    },
    'result.records',
  ],
  ['a bare array', units, ''],
  ['a nested list', { code: 0, data: { page: { list: units, pageNum: 1 } } }, 'data.page.list'],
];

describe('detectAnswer on real envelopes', () => {
  for (const [name, body, path] of shapes) {
    it(`${name}: finds "${path}" and both fields by their aliases`, () => {
      const found = detectAnswer(body, unitRankingSchema, { shape: 'list' });
      expect(found.path).to.equal(path);
      expect(found.candidates[0]).to.include({ path, length: 2, auto: true });
      const byField = Object.fromEntries(found.fields.map((f) => [f.field, f]));
      expect(byField.unit).to.include({
        source: 'deptName',
        by: 'alias',
        required: true,
        usable: true,
      });
      expect(byField.score).to.include({ source: 'joinCount', by: 'alias' });
      expect(byField.group).to.include({ by: 'none' });
      expect(byField.group.source).to.equal(undefined);
      // What the widget reads with the proposed path is what was detected.
      const adapted = adaptRows(body, unitRankingSchema, { path: found.path });
      expect(adapted.rows.map((row) => (row as { unit: string }).unit)).to.deep.equal([
        '省委办公厅',
        '市文明办',
      ]);
    });
  }

  it('reads the envelope members and its verdict', () => {
    const ruoyi = detectEnvelope(shapes[0][1]);
    expect(ruoyi?.ok).to.equal(true);
    expect(ruoyi?.members).to.deep.equal([
      { key: 'code', value: 200 },
      { key: 'msg', value: '操作成功' },
      { key: 'total', value: 2 },
    ]);
    expect(detectEnvelope(units)).to.equal(undefined);
    const failed = detectAnswer({ code: 500, msg: '服务器内部错误' }, unitRankingSchema, {
      shape: 'list',
    });
    expect(failed.envelope).to.include({ ok: false, message: '服务器内部错误' });
    expect(failed.path).to.equal(undefined);
  });

  it('ranks lists by recognised fields when the widget would not pick one itself', () => {
    const body = { code: 0, data: { depts: units, logs: [{ at: 1, who: 'x' }, { at: 2 }, {}] } };
    const candidates = findCandidates(body, unitRankingSchema, 'list');
    expect(candidates.map((c) => c.path)).to.deep.equal(['data.depts', 'data.logs']);
    expect(candidates.every((c) => !c.auto)).to.equal(true);
    expect(detectAnswer(body, unitRankingSchema, { shape: 'list' }).path).to.equal('data.depts');
    // A path a person chose wins.
    expect(
      detectAnswer(body, unitRankingSchema, { shape: 'list', path: 'data.logs' }).path,
    ).to.equal('data.logs');
  });

  it('a path that leads nowhere is reported as no path', () => {
    const found = detectAnswer(shapes[0][1], unitRankingSchema, { shape: 'list', path: 'nope' });
    expect(found.path).to.equal(undefined);
    expect(found.fields.every((f) => f.by === 'none')).to.equal(true);
  });
});

describe('mapping unrecognised keys', () => {
  const body = { code: 200, msg: 'ok', data: { page: { list: strange } } };

  it('lists the rows own keys, nested objects as dotted paths, with a first value', () => {
    const keys = answerKeys([{ orgTitle: null }, ...strange]);
    expect(keys.map((key) => key.path)).to.deep.equal(['orgTitle', 'stats.joinNum', 'note']);
    expect(keys.map((key) => key.sample)).to.deep.equal(['省委办公厅', 50, 'a']);
  });

  it('leaves unknown fields unrecognised and names the keys that fit their type', () => {
    const found = detectAnswer(body, unitRankingSchema, { shape: 'list' });
    const score = found.fields.find((f) => f.field === 'score')!;
    expect(score.by).to.equal('none');
    expect(score.fitting).to.deep.equal(['stats.joinNum']);
    const unit = found.fields.find((f) => f.field === 'unit')!;
    expect(unit.by).to.equal('none');
    expect(unit.fitting).to.include('orgTitle');
  });

  it('an alias holding values the adapter refuses is found but not usable', () => {
    const rows = [
      { dept: { name: '团市委' }, joinCount: 'n/a' },
      { dept: { name: '市文明办' }, joinCount: 'n/a' },
    ];
    const fields = proposeFields(rows, unitRankingSchema);
    expect(fields.find((f) => f.field === 'unit')).to.include({ source: 'dept', usable: false });
    expect(fields.find((f) => f.field === 'score')).to.include({
      source: 'joinCount',
      usable: false,
    });
    // One good value is enough to read the field; the bad rows are the adapter's issues.
    rows[1].joinCount = '12';
    const score = proposeFields(rows, unitRankingSchema).find((f) => f.field === 'score')!;
    expect(score).to.include({ usable: true });
    expect(score.fitting).to.not.include('joinCount');
  });

  it('picked keys become a fields attribute the widget reads', () => {
    const fields = formatFields({ unit: 'orgTitle', score: 'stats.joinNum' });
    expect(fields).to.equal('unit:orgTitle, score:stats.joinNum');
    const found = detectAnswer(body, unitRankingSchema, { shape: 'list', fields });
    expect(found.fields.find((f) => f.field === 'unit')).to.include({
      by: 'mapped',
      source: 'orgTitle',
    });
    const adapted = adaptRows(body, unitRankingSchema, { path: found.path, fields });
    expect(adapted.rows).to.deep.equal([
      { unit: '省委办公厅', score: 50 },
      { unit: '市文明办', score: 30 },
    ]);
  });

  it('quotes keys the path syntax would split, and the adapter reads them back', () => {
    expect(pathStep('a.b')).to.equal("['a.b']");
    expect(pathStep("it's")).to.equal('["it\'s"]');
    expect(pathStep(' x')).to.equal("[' x']");
    const rows = [{ 'dept.name': '团市委', n: 3 }];
    const [key] = answerKeys(rows);
    expect(key.path).to.equal("['dept.name']");
    expect(getPath(rows[0], key.path)).to.equal('团市委');
  });

  it('does not offer keys that the fields attribute cannot name', () => {
    const rows = [{ 'a,b': '团市委', 'c：d': 1, unitName: 'x' }];
    const unit = proposeFields(rows, unitRankingSchema).find((f) => f.field === 'unit')!;
    expect(unit.keys.map((k) => k.path)).to.deep.equal(['unitName']);
  });
});

describe('nested lists', () => {
  it('a gauge record: categories under another name, their fields mapped inside', () => {
    const body = {
      code: 200,
      data: { finishCount: 262, catList: [{ catName: '公共秩序', ok: 20, all: 25 }] },
    };
    const first = detectAnswer(body, progressSchema, { shape: 'record' });
    expect(first.path).to.equal('data');
    expect(first.fields.find((f) => f.field === 'done')).to.include({ source: 'finishCount' });
    const categories = first.fields.find((f) => f.field === 'categories')!;
    expect(categories.by).to.equal('none');
    expect(categories.fitting).to.deep.equal(['catList']);
    const catList = first.keys.find((key) => key.path === 'catList')!;
    expect(catList.items?.map((key) => key.path)).to.deep.equal(['catName', 'ok', 'all']);

    const fields = formatFields({
      categories: 'catList',
      'categories.name': 'catName',
      'categories.done': 'ok',
      'categories.total': 'all',
    });
    const mapped = detectAnswer(body, progressSchema, { shape: 'record', fields });
    const nested = mapped.fields.filter((f) => f.field.startsWith('categories.'));
    expect(nested.map((f) => [f.field, f.by, f.source])).to.deep.include.members([
      ['categories.name', 'mapped', 'catName'],
      ['categories.done', 'mapped', 'ok'],
      ['categories.total', 'mapped', 'all'],
    ]);
    expect(nested.find((f) => f.field === 'categories.name')!.keys.map((k) => k.path)).to.include(
      'catName',
    );
    const { value } = adaptRecord<{ categories: unknown[] }>(body, progressSchema, {
      path: mapped.path,
      fields,
    });
    expect(value.categories).to.deep.equal([{ name: '公共秩序', done: 20, total: 25 }]);
  });

  it('a timeline: nested outcomes found by alias, their fields by alias too', () => {
    const rows = [
      { createTime: '2026-11-05 09:20', title: '清洁家园', results: [{ name: '垃圾', num: 3 }] },
    ];
    const fields = proposeFields(rows, campaignEventSchema);
    expect(fields.find((f) => f.field === 'outcomes')).to.include({ source: 'results' });
    expect(fields.find((f) => f.field === 'outcomes.label')).to.include({ source: 'name' });
    expect(fields.find((f) => f.field === 'outcomes.value')).to.include({ source: 'num' });
  });
});

describe('explainIssue', () => {
  function issuesOf(body: unknown, fields?: string) {
    try {
      return adaptRows(body, unitRankingSchema, { fields }).issues;
    } catch (error) {
      return (error as CivicDataError).issues ?? [];
    }
  }

  it('tells a missing field from a value of the wrong type, from the issue parts', () => {
    const rows = [
      { deptName: '省委办公厅', joinCount: 'abc' },
      { joinCount: 5 },
      { deptName: '团市委', joinCount: -3 },
      'not a row',
      { deptName: '市文明办', joinCount: 2 },
    ];
    const explained = issuesOf(rows).map((issue) => explainIssue(issue, rows, unitRankingSchema));
    expect(explained).to.deep.equal([
      {
        kind: 'invalid',
        row: 0,
        field: 'score',
        source: 'joinCount',
        value: 'abc',
        type: 'count',
        expected: 'not a number',
        min: 0,
      },
      { kind: 'missing', row: 1, field: 'unit', source: 'unit' },
      {
        kind: 'below-min',
        row: 2,
        field: 'score',
        source: 'joinCount',
        value: -3,
        type: 'count',
        expected: 'below the minimum 0',
        min: 0,
      },
      { kind: 'not-object', row: 3, value: 'not a row' },
    ]);
  });

  it('counts the issues beyond the cap', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ deptName: `u${i}` }));
    const issues = issuesOf([...rows, { deptName: 'ok', joinCount: 1 }]);
    const last = issues[issues.length - 1];
    expect(explainIssue(last, rows, unitRankingSchema)).to.deep.equal({ kind: 'more', count: 10 });
  });

  it('names fields inside nested lists', () => {
    const rows = [{ time: '2026-11-05', title: 't', outcomes: [{ label: '垃圾', value: 'x' }] }];
    const { issues } = adaptRows(rows, campaignEventSchema);
    expect(explainIssue(issues[0], rows, campaignEventSchema)).to.include({
      kind: 'invalid',
      field: 'outcomes[0].value',
      type: 'count',
      value: 'x',
    });
  });
});
