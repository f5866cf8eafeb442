import { expect } from '@open-wc/testing';
import {
  adaptRecord,
  coerceDate,
  coerceNumber,
  coerceString,
  cutText,
  isNoData,
  parseFields,
  readEnvelope,
} from '../../src/data/adapt/index.js';
import { retryDelay } from '../../src/data/schedule.js';
import { DEFAULT_BACKOFF } from '../../src/data/backoff.js';
import { CivicDataError } from '../../src/data/errors.js';

const rows = [{ unit: '市文明办', score: 1 }];
const cst = (y: number, m: number, d: number, h = 0, min = 0, s = 0) =>
  Date.UTC(y, m - 1, d, h - 8, min, s);

describe('success codes', () => {
  const successes: unknown[] = [
    0,
    200,
    20000,
    '0',
    '00',
    '0000',
    '00000',
    '000000',
    '200',
    'OK',
    'Success',
  ];
  for (const code of successes) {
    it(`reads code ${JSON.stringify(code)} as success`, () => {
      expect(readEnvelope({ code, msg: '一切ok', data: rows })).to.deep.equal({
        ok: true,
        data: rows,
        message: '',
      });
    });
  }

  it('reads code 1, "A0230" and success:false as failures, quoting the right code', () => {
    expect(readEnvelope({ code: 1, msg: '失败', data: null })).to.include({ ok: false, code: '1' });
    expect(readEnvelope({ code: 'A0230', msg: '超时' })).to.include({ code: 'A0230' });
    expect(
      readEnvelope({ success: false, errorCode: '401', errorMessage: '请先登录！' }),
    ).to.include({ ok: false, code: '401', backendMessage: '请先登录！' });
    expect(readEnvelope({ success: false, data: null })).to.include({ ok: false, code: undefined });
  });

  it('reads GraphQL errors without data as a failure, and keeps partial data', () => {
    expect(readEnvelope({ errors: [{ message: '无权限' }], data: null })).to.include({
      ok: false,
      backendMessage: '无权限',
    });
    expect(readEnvelope({ errors: [{ message: 'x' }], data: { ranking: rows } })).to.equal(
      undefined,
    );
  });
});

describe('isNoData', () => {
  const empty: [string, unknown][] = [
    ['no body (204)', undefined],
    ['null', null],
    ['RuoYi {code: 200, msg}', { code: 200, msg: '操作成功' }],
    [
      'JeecgBoot {success: true, result: null}',
      { success: true, message: '', code: 200, result: null, timestamp: 1 },
    ],
    ['{code: 0, data: null}', { code: 0, msg: 'ok', data: null }],
  ];
  for (const [name, body] of empty) {
    it(`is true for ${name}`, () => expect(isNoData(body, {})).to.equal(true));
  }
  it('is false for a failure, a RuoYi page and plain rows', () => {
    expect(isNoData({ code: 500, msg: '错误' }, {})).to.equal(false);
    expect(isNoData({ code: 200, msg: 'ok', rows, total: 1 }, {})).to.equal(false);
    expect(isNoData(rows, {})).to.equal(false);
  });
  it('is true for null at the path', () => {
    expect(isNoData({ code: 0, data: { list: null } }, { path: 'data.list' })).to.equal(true);
  });
});

describe('field forms', () => {
  it('reads percent strings where a number is expected', () => {
    expect(coerceNumber('85%')).to.equal(85);
    expect(coerceNumber('85.5 %')).to.equal(85.5);
    expect(coerceNumber('85％')).to.equal(85);
    expect(coerceNumber('85%%')).to.equal(undefined);
  });

  it('reads compact dates in China Standard Time, and keeps real epochs', () => {
    expect(coerceDate('20161105')).to.equal(cst(2016, 11, 5));
    expect(coerceDate(20161105)).to.equal(cst(2016, 11, 5));
    expect(coerceDate('201611051430')).to.equal(cst(2016, 11, 5, 14, 30));
    expect(coerceDate('20161105143005')).to.equal(cst(2016, 11, 5, 14, 30, 5));
    expect(coerceDate('20161341')).to.equal(20161341 * 1000);
    expect(coerceDate('1478304000')).to.equal(1478304000 * 1000);
    expect(coerceDate('1478304000000')).to.equal(1478304000000);
  });

  it('names nested list fields as categories.name or categories[].name', () => {
    expect(
      parseFields('categories.name:catName, categories[].done:ok, list.*.total:all'),
    ).to.deep.equal({
      'categories.name': 'catName',
      'categories.done': 'ok',
      'list.total': 'all',
    });
    const schema = {
      categories: {
        type: 'list' as const,
        of: {
          name: { type: 'string' as const, required: true },
          done: { type: 'number' as const },
        },
      },
    };
    const { value } = adaptRecord({ categories: [{ catName: '志愿服务', ok: '3' }] }, schema, {
      fields: 'categories[].name:catName, categories.done:ok',
    });
    expect(value).to.deep.equal({ categories: [{ name: '志愿服务', done: 3 }] });
  });
});

describe('cutText', () => {
  it('never splits a surrogate pair or a grapheme cluster', () => {
    expect(cutText('abc', 3)).to.equal('abc');
    expect(cutText(`${'a'.repeat(3)}😀b`, 5)).to.equal('aaa…');
    expect(cutText(`aa👨‍👩‍👧bb`, 6)).to.equal('aa…');
    expect(cutText('é'.normalize('NFD').repeat(3), 4)).to.equal(`${'é'.normalize('NFD')}…`);
  });

  it('cuts 4,000-character fields at a character boundary', () => {
    const text = coerceString(`${'字'.repeat(3997)}😀😀尾`)!;
    expect(text.length).to.be.at.most(4000);
    expect(text.endsWith('😀…')).to.equal(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text)).to.equal(false);
  });
});

describe('retryDelay', () => {
  const tooLarge = new CivicDataError('too-large', 'x', { maxBytes: 10 });
  it('does not retry a too-large answer at the backoff', () => {
    expect(retryDelay(tooLarge, 0, DEFAULT_BACKOFF, 0)).to.equal(undefined);
    expect(retryDelay(tooLarge, 0, DEFAULT_BACKOFF, 5)).to.equal(DEFAULT_BACKOFF.cap);
    expect(retryDelay(tooLarge, 0, DEFAULT_BACKOFF, 300)).to.equal(300_000);
  });
  it('retries other failures at the backoff', () => {
    const delay = retryDelay(new CivicDataError('http', 'x'), 0, DEFAULT_BACKOFF, 0)!;
    expect(delay).to.be.within(DEFAULT_BACKOFF.base / 2, DEFAULT_BACKOFF.base);
  });
});
