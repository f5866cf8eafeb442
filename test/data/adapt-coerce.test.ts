import { expect } from '@open-wc/testing';
import {
  coerceBoolean,
  coerceCount,
  coerceDate,
  coerceNumber,
  coerceString,
  coerceUrl,
} from '../../src/data/adapt/index.js';

const label = (value: unknown): string => {
  if (typeof value === 'number' || value === undefined) return String(value);
  return JSON.stringify(value) ?? String(value);
};

describe('coerceCount', () => {
  // input → [value, approx], or undefined when it is not a figure.
  const table: [unknown, [number, boolean] | undefined][] = [
    [3900, [3900, false]],
    [0, [0, false]],
    [-5, [-5, false]],
    [2.5, [2.5, false]],
    ['3,900', [3900, false]],
    ['3900', [3900, false]],
    [' 3900 ', [3900, false]],
    ['1,234,567.5', [1234567.5, false]],
    ['3000余', [3000, true]],
    ['3,000余', [3000, true]],
    ['100多', [100, true]],
    ['3000+', [3000, true]],
    ['3000多人', [3000, true]],
    ['约500', [500, true]],
    ['大约500人', [500, true]],
    ['500左右', [500, true]],
    ['50人以上', [50, true]],
    ['逾10000', [10000, true]],
    ['1.2万', [12000, false]],
    ['1.1万', [11000, false]],
    ['1.2万余', [12000, true]],
    ['3000余万', [30000000, true]],
    ['2亿', [200000000, false]],
    ['5千', [5000, false]],
    ['50人', [50, false]],
    ['80余车', [80, true]],
    ['3000余人次', [3000, true]],
    ['128个', [128, false]],
    ['29个社区', [29, false]],
    ['共计425', [425, false]],
    ['3000', [3000, false]],
    ['3,900', [3900, false]],
    ['3000+', [3000, true]],
    ['+3000', [3000, false]],
    ['-12', [-12, false]],
    ['.5', [0.5, false]],
    ['abc', undefined],
    ['', undefined],
    ['   ', undefined],
    ['余', undefined],
    ['3,9000', undefined],
    ['1,2', undefined],
    ['12abc', undefined],
    ['3000 apples', undefined],
    ['0x10', undefined],
    ['1e5', undefined],
    ['Infinity', undefined],
    ['9'.repeat(400), undefined],
    ['2016年11月5日', undefined],
    [null, undefined],
    [undefined, undefined],
    [NaN, undefined],
    [Infinity, undefined],
    [-Infinity, undefined],
    [true, undefined],
    [{}, undefined],
    [[3000], undefined],
    [{ value: 3000 }, undefined],
  ];
  for (const [input, expected] of table) {
    it(`${label(input)} → ${expected ? `${expected[0]}${expected[1] ? ' (approx)' : ''}` : 'undefined'}`, () => {
      const result = coerceCount(input);
      expect(result).to.deep.equal(
        expected ? { value: expected[0], approx: expected[1] } : undefined,
      );
      expect(coerceNumber(input)).to.equal(expected?.[0]);
    });
  }
});

describe('coerceDate', () => {
  const utc = (iso: string): number => Date.parse(iso);
  const table: [unknown, number | undefined][] = [
    ['2016-11-05T09:20:00+08:00', utc('2016-11-05T01:20:00Z')],
    ['2016-11-05T01:20:00Z', utc('2016-11-05T01:20:00Z')],
    ['2016-11-05T01:20:00z', utc('2016-11-05T01:20:00Z')],
    ['2016-11-05T09:20:00.250+0800', utc('2016-11-05T01:20:00.250Z')],
    ['2016-11-05T09:20:00.123456+08', utc('2016-11-05T01:20:00.123Z')],
    ['2016-11-04T20:20:00-05:00', utc('2016-11-05T01:20:00Z')],
    ['2016-11-05 09:20', utc('2016-11-05T01:20:00Z')],
    ['2016-11-05T09:20', utc('2016-11-05T01:20:00Z')],
    ['2016-11-05 09:20:30', utc('2016-11-05T01:20:30Z')],
    ['2016-11-05', utc('2016-11-04T16:00:00Z')],
    ['2016/11/05 09:20', utc('2016-11-05T01:20:00Z')],
    ['2016/11/5', utc('2016-11-04T16:00:00Z')],
    ['2016年11月5日', utc('2016-11-04T16:00:00Z')],
    ['2016年11月5日 09:20', utc('2016-11-05T01:20:00Z')],
    ['2016年11月5日9时20分', utc('2016-11-05T01:20:00Z')],
    ['2016-11-05 09:20', utc('2016-11-05T01:20:00Z')],
    // Across the Shanghai day boundary: early morning in Shanghai is the previous UTC day.
    ['2016-11-05 00:30', utc('2016-11-04T16:30:00Z')],
    ['2016-11-05 07:59', utc('2016-11-04T23:59:00Z')],
    ['2016-11-05 08:00', utc('2016-11-05T00:00:00Z')],
    ['2016-12-31 23:59:59', utc('2016-12-31T15:59:59Z')],
    ['2017-01-01 00:00', utc('2016-12-31T16:00:00Z')],
    ['2016-02-29', utc('2016-02-28T16:00:00Z')],
    [1478308800, 1478308800000],
    [1478308800000, 1478308800000],
    ['1478308800', 1478308800000],
    ['1478308800000', 1478308800000],
    [0, 0],
    ['2016-13-45', undefined],
    ['2016-11-31', undefined],
    ['2017-02-29', undefined],
    ['2016-11-05 24:00', undefined],
    ['2016-11-05 09:60', undefined],
    ['2016-11-05T09:20+25:00', undefined],
    ['2016年13月5日', undefined],
    ['5 Nov 2016', undefined],
    ['tomorrow', undefined],
    ['', undefined],
    [NaN, undefined],
    [Infinity, undefined],
    [1e20, undefined],
    [null, undefined],
    [true, undefined],
    [{}, undefined],
  ];
  for (const [input, expected] of table) {
    it(`${label(input)} → ${expected === undefined ? 'undefined' : new Date(expected).toISOString()}`, () => {
      expect(coerceDate(input)).to.equal(expected);
    });
  }

  it('keeps years below 100 as written (Go zero time)', () => {
    expect(coerceDate('0001-01-01T00:00:00Z')).to.equal(-62135596800000);
  });
});

describe('coerceUrl', () => {
  const base = 'https://www.hainan.gov.cn/news/2016/index.html';
  const table: [unknown, string | undefined][] = [
    ['https://www.hainan.gov.cn/a.html', 'https://www.hainan.gov.cn/a.html'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/x  ', 'https://example.org/x'],
    ['HTTPS://EXAMPLE.ORG/X', 'https://example.org/X'],
    ['detail/8.html', 'https://www.hainan.gov.cn/news/2016/detail/8.html'],
    ['/news/8.html', 'https://www.hainan.gov.cn/news/8.html'],
    ['//cdn.example.org/a', 'https://cdn.example.org/a'],
    ['?id=8', 'https://www.hainan.gov.cn/news/2016/index.html?id=8'],
    ['javascript:alert(1)', undefined],
    ['  JaVaScRiPt:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['java\nscript:alert(1)', undefined],
    ['\u0001javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['ftp://example.org/a', undefined],
    ['mailto:a@example.org', undefined],
    ['blob:https://example.org/1', undefined],
    ['', undefined],
    ['   ', undefined],
    ['\u0000', undefined],
    [null, undefined],
    [42, undefined],
    [{ href: 'https://example.org' }, undefined],
  ];
  for (const [input, expected] of table) {
    it(`${label(input)} → ${String(expected)}`, () => {
      expect(coerceUrl(input, base)).to.equal(expected);
    });
  }

  it('keeps an entity-spelled scheme harmless: it is a relative http(s) path', () => {
    const url = coerceUrl('javascript&colon;alert(1)', base);
    expect(url).to.match(/^https:\/\/www\.hainan\.gov\.cn\//);
  });

  it('resolves against the page when no base is given', () => {
    expect(coerceUrl('/x.html')).to.equal(new URL('/x.html', location.href).href);
  });

  it('survives an invalid base for absolute URLs', () => {
    expect(coerceUrl('https://example.org/', 'not a base')).to.equal('https://example.org/');
    expect(coerceUrl('x.html', 'not a base')).to.equal(undefined);
  });
});

describe('coerceBoolean', () => {
  const table: [unknown, boolean | undefined][] = [
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ['true', true],
    [' FALSE ', false],
    ['1', true],
    ['0', false],
    ['yes', true],
    ['no', false],
    ['是', true],
    ['否', false],
    [2, undefined],
    ['maybe', undefined],
    [null, undefined],
    [{}, undefined],
  ];
  for (const [input, expected] of table) {
    it(`${label(input)} → ${String(expected)}`, () => {
      expect(coerceBoolean(input)).to.equal(expected);
    });
  }
});

describe('coerceString', () => {
  const table: [unknown, string | undefined][] = [
    ['  省委办公厅 ', '省委办公厅'],
    ['<b>x</b>', '<b>x</b>'],
    [3900, '3900'],
    [2.5, '2.5'],
    ['', undefined],
    ['   ', undefined],
    [NaN, undefined],
    [null, undefined],
    [undefined, undefined],
    [true, undefined],
    [{ name: 'x' }, undefined],
    [['x'], undefined],
  ];
  for (const [input, expected] of table) {
    it(`${label(input)} → ${String(expected)}`, () => {
      expect(coerceString(input)).to.equal(expected);
    });
  }
});
