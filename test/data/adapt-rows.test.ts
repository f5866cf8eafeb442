import { expect } from '@open-wc/testing';
import { CivicDataError } from '../../src/data/errors.js';
import { adaptRecord, adaptRows, MAX_ISSUES, type RowSchema } from '../../src/data/adapt/index.js';

const unitSchema: RowSchema = {
  unit: { type: 'string', required: true, aliases: ['deptName', 'name'] },
  score: { type: 'count', required: true, min: 0 },
  previousRank: { type: 'integer', min: 1 },
  group: { type: 'string' },
  link: { type: 'url' },
};

const eventSchema: RowSchema = {
  time: { type: 'date', required: true },
  title: { type: 'string', required: true },
  participants: { type: 'count', approxField: 'participantsApprox' },
  outcomes: {
    type: 'list',
    of: { label: { type: 'string', required: true }, value: { type: 'count' } },
  },
};

interface UnitRow {
  unit: string;
  score: number;
  approx?: boolean;
  previousRank?: number;
  group?: string;
  link?: string;
}

function thrown(work: () => unknown): CivicDataError {
  try {
    work();
  } catch (error) {
    expect(error).to.be.instanceOf(CivicDataError);
    return error as CivicDataError;
  }
  throw new Error('expected a CivicDataError');
}

describe('adaptRows', () => {
  it('adapts an enveloped list with a field map', () => {
    const body = {
      code: 0,
      msg: 'ok',
      data: {
        list: [
          { deptName: '省委办公厅', stats: { joinCount: 50 }, rank: '2' },
          { deptName: '省贸促会', stats: { joinCount: '50余' }, sys: '省直' },
        ],
      },
    };
    const result = adaptRows<UnitRow>(body, unitSchema, {
      fields: 'unit:deptName, score:stats.joinCount, previousRank:rank, group:sys',
    });
    expect(result.rows).to.deep.equal([
      { unit: '省委办公厅', score: 50, previousRank: 2 },
      { unit: '省贸促会', score: 50, approx: true, group: '省直' },
    ]);
    expect(result.issues).to.deep.equal([]);
    expect(result.total).to.equal(2);
  });

  it('leaves missing optional fields absent, not undefined-valued', () => {
    const { rows } = adaptRows<UnitRow>([{ unit: 'A', score: 1, group: null }], unitSchema);
    expect(Object.keys(rows[0])).to.deep.equal(['unit', 'score']);
  });

  it('reads the field name first, then the aliases in order', () => {
    const { rows } = adaptRows<UnitRow>(
      [
        { unit: 'own', deptName: 'alias', score: 1 },
        { deptName: '省委组织部', name: 'later', score: 95 },
        { name: '省人社厅', score: 3 },
      ],
      unitSchema,
    );
    expect(rows.map((row) => row.unit)).to.deep.equal(['own', '省委组织部', '省人社厅']);
  });

  it('uses only the mapped path when the field map names the field', () => {
    const result = adaptRows<UnitRow>(
      [
        { unit: 'ignored', org: { title: '省档案局' }, score: 1 },
        { unit: 'ignored', score: 2 },
      ],
      unitSchema,
      { fields: { unit: 'org.title' } },
    );
    expect(result.rows).to.deep.equal([{ unit: '省档案局', score: 1 }]);
    expect(result.issues[0].message).to.equal('row 1: field "unit" (from "org.title") is missing');
  });

  it('keeps good rows and names the row and field of each bad one', () => {
    const result = adaptRows<UnitRow>(
      [
        { unit: '省委办公厅', joinCount: 50 },
        { unit: '省委台办', joinCount: 'abc' },
        { deptName: '', joinCount: 30 },
        { unit: '省接待办', joinCount: 20, previousRank: 0 },
        { unit: '省海洋与渔业厅', joinCount: -3 },
        { unit: '省工业和信息化厅', joinCount: 12, previousRank: 2.5, link: 'javascript:alert(1)' },
      ],
      unitSchema,
      { fields: 'score:joinCount', baseUrl: 'https://www.hainan.gov.cn/' },
    );
    expect(result.rows).to.deep.equal([
      { unit: '省委办公厅', score: 50 },
      { unit: '省接待办', score: 20 },
      { unit: '省工业和信息化厅', score: 12 },
    ]);
    expect(result.total).to.equal(6);
    // Rows 1, 2 and 4 are left out; row 5 is kept without its bad optional values.
    expect(result.skipped).to.equal(3);
    expect(result.issues).to.deep.equal([
      {
        row: 1,
        field: 'score',
        source: 'joinCount',
        message: 'row 1: field "score" (from "joinCount") is "abc", not a number',
      },
      {
        row: 2,
        field: 'unit',
        source: 'deptName',
        message: 'row 2: field "unit" (from "deptName") is "", not text',
      },
      {
        row: 3,
        field: 'previousRank',
        source: 'previousRank',
        message: 'row 3: field "previousRank" is 0, below the minimum 1',
      },
      {
        row: 4,
        field: 'score',
        source: 'joinCount',
        message: 'row 4: field "score" (from "joinCount") is -3, below the minimum 0',
      },
      {
        row: 5,
        field: 'previousRank',
        source: 'previousRank',
        message: 'row 5: field "previousRank" is 2.5, not a whole number',
      },
      {
        row: 5,
        field: 'link',
        source: 'link',
        message: 'row 5: field "link" is "javascript:alert(1)", not an http(s) URL',
      },
    ]);
  });

  it('says which names it tried for a missing required field', () => {
    const result = adaptRows<UnitRow>([{ unit: 'A', score: 1 }, { score: 2 }], unitSchema);
    expect(result.issues).to.deep.equal([
      {
        row: 1,
        field: 'unit',
        source: 'unit',
        message: 'row 1: field "unit" is missing (tried "unit", "deptName", "name")',
      },
    ]);
  });

  it('reports a row that is not an object with field "*"', () => {
    const result = adaptRows<UnitRow>([{ unit: 'A', score: 1 }, 'B', null, [1]], unitSchema);
    expect(result.rows).to.have.length(1);
    expect(result.issues.map((issue) => [issue.row, issue.field, issue.message])).to.deep.equal([
      [1, '*', 'row 1 is "B", not an object'],
      [2, '*', 'row 2 is null, not an object'],
      [3, '*', 'row 3 is a list of 1 items, not an object'],
    ]);
  });

  it('adapts nested lists and names nested issues field[i].sub', () => {
    const result = adaptRows(
      [
        {
          time: '2017-08-14 09:00',
          title: '高新区创文志愿服务',
          participants: '1800余',
          outcomes: [
            { label: '清理卫生死角', value: '100余' },
            { label: '清运垃圾', value: '80余车' },
            { label: '清除小广告', value: 'many' },
            { value: 4000 },
            'oops',
          ],
        },
      ],
      eventSchema,
    );
    expect(result.rows).to.deep.equal([
      {
        time: Date.parse('2017-08-14T01:00:00Z'),
        title: '高新区创文志愿服务',
        participants: 1800,
        participantsApprox: true,
        outcomes: [
          { label: '清理卫生死角', value: 100, approx: true },
          { label: '清运垃圾', value: 80, approx: true },
          { label: '清除小广告' },
        ],
      },
    ]);
    expect(
      result.issues.map((issue) => [issue.row, issue.field, issue.source, issue.message]),
    ).to.deep.equal([
      [
        0,
        'outcomes[2].value',
        'outcomes.2.value',
        'row 0: field "outcomes[2].value" (from "outcomes.2.value") is "many", not a number',
      ],
      [
        0,
        'outcomes[3].label',
        'outcomes.3.label',
        'row 0: field "outcomes[3].label" (from "outcomes.3.label") is missing',
      ],
      [
        0,
        'outcomes[4]',
        'outcomes.4',
        'row 0: field "outcomes[4]" (from "outcomes.4") is "oops", not an object',
      ],
    ]);
  });

  it('maps nested fields with a dotted field-map key', () => {
    const { rows } = adaptRows(
      [{ time: 0, title: 't', results: [{ name: '疏通下水道', num: '3' }] }],
      eventSchema,
      { fields: 'outcomes:results, outcomes.label:name, outcomes.value:num' },
    );
    expect(rows[0]).to.deep.include({ outcomes: [{ label: '疏通下水道', value: 3 }] });
  });

  it('reports a list field holding something else', () => {
    const result = adaptRows([{ time: 0, title: 't', outcomes: 'none' }], eventSchema);
    expect(result.rows).to.deep.equal([{ time: 0, title: 't' }]);
    expect(result.issues[0].message).to.equal('row 0: field "outcomes" is "none", not a list');
    expect(result.skipped, 'the row is kept').to.equal(0);
  });

  it('treats an empty list as an empty state', () => {
    expect(adaptRows({ code: 0, data: { list: [] } }, unitSchema)).to.deep.equal({
      rows: [],
      issues: [],
      skipped: 0,
      total: 0,
    });
  });

  it('throws a shape error with the first issue when no row is usable', () => {
    const error = thrown(() => adaptRows([{ deptName: 'A' }, { deptName: 'B' }], unitSchema));
    expect(error.kind).to.equal('shape');
    expect(error.message).to.equal('No usable row: row 0: field "score" is missing');
    expect(error.issues).to.have.length(2);
  });

  it('says what it found instead of a list', () => {
    const error = thrown(() => adaptRows({ code: 0, msg: 'ok', data: { total: 3 } }, unitSchema));
    expect(error.kind).to.equal('shape');
    expect(error.message).to.equal('Expected a list of rows, got an object with keys total');
  });

  it('names the path when a path leads to something other than a list', () => {
    const error = thrown(() =>
      adaptRows({ data: { list: { code: 1, msg: 'x' } } }, unitSchema, { path: 'data.list' }),
    );
    expect(error.message).to.equal(
      'Expected a list of rows at "data.list", got an object with keys code, msg',
    );
  });

  it('asks for a path when the payload holds several lists', () => {
    const error = thrown(() => adaptRows({ list: [], items: [] }, unitSchema));
    expect(error.message).to.contain('several lists (list, items)');
  });

  it('passes a backend failure through as a backend error', () => {
    const error = thrown(() => adaptRows({ code: 500, msg: '服务器繁忙', data: null }, unitSchema));
    expect(error.kind).to.equal('backend');
    expect(error.message).to.equal('服务器繁忙');
  });

  it(`lists at most ${MAX_ISSUES} issues and sums up the rest`, () => {
    const list = Array.from({ length: 1000 }, (_, i) => ({
      unit: `u${i}`,
      score: i % 2 ? 'x' : i,
    }));
    const result = adaptRows<UnitRow>(list, unitSchema);
    expect(result.rows).to.have.length(500);
    expect(result.issues).to.have.length(MAX_ISSUES + 1);
    expect(result.issues[MAX_ISSUES]).to.deep.equal({
      row: -1,
      field: '*',
      source: '',
      message: '450 more issues not listed',
    });
  });

  it('adapts 100k rows', () => {
    const list = Array.from({ length: 100_000 }, (_, i) => ({
      deptName: `单位${i}`,
      stats: { joinCount: i % 3 === 0 ? `${i}余` : String(i) },
      rank: i + 1,
    }));
    const result = adaptRows<UnitRow>(
      { code: 200, msg: 'ok', data: { records: list } },
      unitSchema,
      {
        fields: 'unit:deptName, score:stats.joinCount, previousRank:rank',
      },
    );
    expect(result.rows).to.have.length(100_000);
    expect(result.total).to.equal(100_000);
    expect(result.rows[99_999]).to.deep.equal({
      unit: '单位99999',
      score: 99_999,
      approx: true,
      previousRank: 100_000,
    });
  });

  it('adapts 100k bad rows into a capped report', () => {
    const list = Array.from({ length: 100_000 }, (_, i) => ({ unit: `u${i}`, score: 'n/a' }));
    const error = thrown(() => adaptRows(list, unitSchema));
    expect(error.issues).to.have.length(MAX_ISSUES + 1);
    expect(error.issues?.[MAX_ISSUES].message).to.equal('99950 more issues not listed');
  });

  it('never writes to a prototype through field names or source keys', () => {
    const schema = JSON.parse(
      '{"__proto__": {"type": "string"}, "constructor": {"type": "string"}}',
    ) as RowSchema;
    const body: unknown = JSON.parse('[{"__proto__": "p", "constructor": "c", "polluted": 1}]');
    const { rows } = adaptRows<Record<string, unknown>>(
      body,
      { ...unitSchema, ...schema },
      {
        fields: 'unit:constructor, score:polluted',
      },
    );
    expect(rows).to.have.length(1);
    expect(rows[0].unit).to.equal('c');
    expect(Object.getOwnPropertyDescriptor(rows[0], '__proto__')?.value).to.equal('p');
    expect(Object.getPrototypeOf(rows[0])).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('does not read a field named like an Object.prototype member from the prototype', () => {
    const schema: RowSchema = {
      unit: { type: 'string', required: true },
      toString: { type: 'string' as const },
    };
    const { rows } = adaptRows<Record<string, unknown>>([{ unit: 'A' }], schema);
    expect(Object.hasOwn(rows[0], 'toString')).to.equal(false);
  });
});

describe('adaptRecord', () => {
  const gaugeSchema: RowSchema = {
    done: { type: 'integer', required: true, min: 0 },
    total: { type: 'integer', required: true, min: 1 },
    deadline: { type: 'date' },
    categories: {
      type: 'list',
      of: {
        name: { type: 'string', required: true },
        done: { type: 'integer' },
        total: { type: 'integer' },
      },
    },
  };

  it('adapts an enveloped record', () => {
    const body = {
      code: 0,
      msg: 'ok',
      data: {
        done: '262',
        total: 330,
        deadline: '2017-10-31',
        categories: [{ name: '市容环境', done: 20, total: 27 }],
      },
    };
    const { value, issues } = adaptRecord(body, gaugeSchema);
    expect(value).to.deep.equal({
      done: 262,
      total: 330,
      deadline: Date.parse('2017-10-30T16:00:00Z'),
      categories: [{ name: '市容环境', done: 20, total: 27 }],
    });
    expect(issues).to.deep.equal([]);
  });

  it('reports top-level issues with row -1 and no row prefix', () => {
    const { value, issues } = adaptRecord({ done: 1, total: 330, deadline: 'soon' }, gaugeSchema);
    expect(value).to.deep.equal({ done: 1, total: 330 });
    expect(issues).to.deep.equal([
      {
        row: -1,
        field: 'deadline',
        source: 'deadline',
        message: 'field "deadline" is "soon", not a date',
      },
    ]);
  });

  it('names nested items of a record by field[i].sub', () => {
    const { issues, skipped } = adaptRecord(
      { done: 1, total: 2, categories: [{ done: 1 }, 'x', { name: 'ok', done: 1, total: 1 }] },
      gaugeSchema,
    );
    expect(skipped, 'the unnamed and the non-object category').to.equal(2);
    expect(issues[0]).to.deep.equal({
      row: -1,
      field: 'categories[0].name',
      source: 'categories.0.name',
      message: 'field "categories[0].name" (from "categories.0.name") is missing',
    });
  });

  it('throws a shape error when a required field is missing', () => {
    const error = thrown(() =>
      adaptRecord({ done: 1 }, gaugeSchema, { fields: 'total:stats.all' }),
    );
    expect(error.kind).to.equal('shape');
    expect(error.message).to.equal('field "total" (from "stats.all") is missing');
    expect(error.issues?.[0].row).to.equal(-1);
  });

  it('unwraps a one-element list around the record', () => {
    expect(adaptRecord([{ done: 1, total: 2 }], gaugeSchema).value).to.deep.equal({
      done: 1,
      total: 2,
    });
  });

  it('rejects a payload that is not an object', () => {
    const error = thrown(() => adaptRecord({ data: [1, 2] }, gaugeSchema, { path: 'data' }));
    expect(error.message).to.equal('Expected an object at "data", got a list of 2 items');
  });
});
