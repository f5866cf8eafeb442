import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CivicDataError, type ValidationIssue } from '../../src/data/errors.js';
import {
  adaptRecord,
  adaptRows,
  coerceCount,
  coerceDate,
  coerceUrl,
  findList,
  getPath,
  MAX_ISSUES,
  parseFields,
  selectPayload,
  unwrapEnvelope,
  type AdaptOptions,
  type FieldSpec,
  type FieldType,
  type RowSchema,
} from '../../src/data/adapt/index.js';

const TYPES: FieldType[] = [
  'string',
  'number',
  'count',
  'integer',
  'date',
  'url',
  'boolean',
  'list',
];
// Names that matter: envelope and list keys, prototype members, and a few plain ones.
const NAMES = ['code', 'msg', 'data', 'list', 'rows', 'status', 'success', 'unit', 'score', 'time'];
const HOSTILE = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const key = fc.oneof(fc.constantFrom(...NAMES, ...HOSTILE), fc.string({ maxLength: 6 }));
const path = fc.oneof(
  key,
  fc.array(fc.oneof(key, fc.nat(3).map(String)), { maxLength: 4 }).map((parts) => parts.join('.')),
  fc.string({ maxLength: 12 }),
);
// Values a backend really sends, so rows get past the first check and into coercion.
const fieldValue = fc.oneof(
  fc.constantFrom('3000余', '1.2万', '约500', '2016-11-05 09:20', '2016年11月5日', 'javascript:x'),
  fc.constantFrom('https://example.org/a', '/a.html', '是', 'true', '', ' ', '省委办公厅'),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
);
const row = fc.dictionary(
  key,
  fc.oneof(fieldValue, fc.array(fc.dictionary(key, fieldValue), { maxLength: 3 })),
  {
    maxKeys: 6,
  },
);
const envelopeBody = fc.record({
  code: fc.constantFrom<unknown>(0, 200, '0', 'ok', 500, 'E1', true, false, null),
  msg: fc.oneof(fc.string({ maxLength: 8 }), fc.constant(undefined)),
  data: fc.oneof(
    fc.array(row, { maxLength: 8 }),
    fc.record({ list: fc.array(row, { maxLength: 8 }) }),
    row,
  ),
});
const anyBody = fc.oneof(
  fc.jsonValue(),
  fc.anything({
    key,
    withNullPrototype: true,
    withBoxedValues: true,
    withSparseArray: true,
    withTypedArray: true,
    withDate: true,
    withObjectString: true,
  }),
  fc.array(row, { maxLength: 8 }),
  envelopeBody,
);

const leafSpec: fc.Arbitrary<FieldSpec> = fc.record(
  {
    type: fc.constantFrom(...TYPES.filter((type) => type !== 'list')),
    required: fc.boolean(),
    min: fc.integer({ min: -5, max: 5 }),
    aliases: fc.array(key, { maxLength: 2 }),
    approxField: key,
  },
  { requiredKeys: ['type'] },
);
const flatSchema = fc.dictionary(key, leafSpec, { minKeys: 1, maxKeys: 5 });
const schema: fc.Arbitrary<RowSchema> = fc
  .tuple(flatSchema, key, fc.boolean(), flatSchema)
  .map(([fields, listName, required, of]) => ({
    ...fields,
    [listName]: { type: 'list', required, of },
  }));
const options: fc.Arbitrary<AdaptOptions> = fc.record(
  {
    path: fc.oneof(path, fc.constantFrom('data', 'data.list', 'data[0]')),
    fields: fc.oneof(
      fc.dictionary(key, path, { maxKeys: 4 }),
      fc
        .array(fc.tuple(key, path), { maxLength: 4 })
        .map((pairs) => pairs.map((pair) => pair.join(':')).join(',')),
      fc.string({ maxLength: 20 }),
    ),
    baseUrl: fc.constantFrom('https://www.hainan.gov.cn/news/', 'not a url', 'javascript:void 0'),
  },
  { requiredKeys: [] },
);

/** Runs `work`; anything thrown must be a CivicDataError of our own making, not a crash. */
function expectOnlyCivicErrors(work: () => void): void {
  try {
    work();
  } catch (error) {
    if (!(error instanceof CivicDataError)) throw error;
    expect(['shape', 'backend']).to.include(error.kind);
    expect(error.message).not.to.match(/^Could not adapt/);
    if (error.issues) expectWellNamed(error.issues, Infinity);
  }
}

function expectWellNamed(issues: readonly ValidationIssue[], total: number): void {
  expect(issues.length).to.be.at.most(MAX_ISSUES + 1);
  for (const issue of issues) {
    expect(Number.isInteger(issue.row) && issue.row >= -1 && issue.row < total).to.equal(true);
    expect(issue.field).to.be.a('string').and.not.equal('');
    expect(issue.source).to.be.a('string');
    expect(issue.message).to.be.a('string').and.not.equal('');
    if (issue.row >= 0) expect(issue.message.startsWith(`row ${issue.row}`)).to.equal(true);
  }
}

describe('adapt properties', () => {
  it('the envelope, path and list helpers never throw anything but CivicDataError', () => {
    fc.assert(
      fc.property(anyBody, options, (body, opts) => {
        expectOnlyCivicErrors(() => unwrapEnvelope(body));
        expectOnlyCivicErrors(() => selectPayload(body, opts));
        findList(body);
        getPath(body, opts.path ?? '');
      }),
      { numRuns: 500 },
    );
  });

  it('adaptRows never throws anything but CivicDataError, and every issue names a row and a field', () => {
    fc.assert(
      fc.property(
        anyBody,
        schema,
        fc.option(options, { nil: undefined }),
        (body, rowSchema, opts) => {
          expectOnlyCivicErrors(() => {
            const result = adaptRows<Record<string, unknown>>(body, rowSchema, opts);
            expect(result.rows.length).to.be.at.most(result.total);
            expectWellNamed(result.issues, result.total);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('adaptRecord never throws anything but CivicDataError, and issues name a field', () => {
    fc.assert(
      fc.property(
        anyBody,
        schema,
        fc.option(options, { nil: undefined }),
        (body, recordSchema, opts) => {
          expectOnlyCivicErrors(() =>
            expectWellNamed(adaptRecord(body, recordSchema, opts).issues, 0),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('good rows come out with exactly the schema fields they had', () => {
    const good = fc.record({
      unit: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
      score: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(good, { minLength: 1, maxLength: 20 }), (list) => {
        const schemaOfUnits: RowSchema = {
          unit: { type: 'string', required: true },
          score: { type: 'count' },
        };
        const { rows, issues } = adaptRows(list, schemaOfUnits);
        expect(issues).to.deep.equal([]);
        expect(rows).to.deep.equal(list.map(({ unit, score }) => ({ unit: unit.trim(), score })));
      }),
    );
  });

  it('reads any whole number written plainly, with thousands separators or an at-least mark', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('余', '多', '+', '多人', '余人次'), (n, mark) => {
        expect(coerceCount(String(n))).to.deep.equal({ value: n, approx: false });
        expect(coerceCount(n.toLocaleString('en-US'))).to.deep.equal({ value: n, approx: false });
        expect(coerceCount(`${n}${mark}`)).to.deep.equal({ value: n, approx: true });
      }),
    );
  });

  it('reads back any instant written as Shanghai wall-clock time', () => {
    const instant = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 0, 1) });
    fc.assert(
      fc.property(instant, (ms) => {
        const whole = ms - (ms % 1000);
        const wall = new Date(whole + 8 * 3600_000).toISOString().slice(0, 19);
        expect(coerceDate(wall.replace('T', ' '))).to.equal(whole);
        expect(coerceDate(`${wall}+08:00`)).to.equal(whole);
      }),
    );
  });

  it('gives only http(s) URLs, whatever the text', () => {
    const scheme = fc
      .tuple(
        fc.constantFrom('javascript', 'data', 'vbscript'),
        fc.array(fc.constantFrom('\t', '\n', '\r'), { maxLength: 3 }),
      )
      .chain(([name, noise]) =>
        fc
          .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
          .map(
            (upper) =>
              [...name].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join('') +
              noise.join(''),
          ),
      );
    fc.assert(
      fc.property(
        fc.string(),
        scheme,
        fc.constantFrom('', ' ', '\u0001', '\t'),
        (text, evil, lead) => {
          const url = coerceUrl(text, 'https://example.org/');
          expect(url === undefined || /^https?:/.test(url)).to.equal(true);
          expect(coerceUrl(`${lead}${evil}:alert(1)`, 'https://example.org/')).to.equal(undefined);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('paths and field maps never reach Object.prototype', () => {
    fc.assert(
      fc.property(path, fc.string(), (anyPath, attr) => {
        if (anyPath.replace(/[\s.]/g, '') !== '') expect(getPath({}, anyPath)).to.equal(undefined);
        const map = parseFields(attr);
        expect(Object.getPrototypeOf(map)).to.equal(Object.prototype);
        for (const value of Object.values(map)) expect(value).to.be.a('string');
      }),
      { numRuns: 300 },
    );
  });
});
