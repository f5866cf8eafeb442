import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { sameJson } from '../../src/data/same-json.js';

describe('sameJson', () => {
  it('is true for equal JSON, whatever the key order', () => {
    expect(sameJson({ a: [1, { b: '二' }], c: null }, { c: null, a: [1, { b: '二' }] })).to.equal(
      true,
    );
    expect(sameJson(JSON.parse('[1,"x",true]'), [1, 'x', true])).to.equal(true);
  });

  it('tells apart values, lengths, missing keys, arrays from objects', () => {
    expect(sameJson({ a: 1 }, { a: 2 })).to.equal(false);
    expect(sameJson([1, 2], [1, 2, 3])).to.equal(false);
    expect(sameJson({ a: undefined }, { b: undefined })).to.equal(false);
    expect(sameJson([], {})).to.equal(false);
    expect(sameJson({}, [])).to.equal(false);
    expect(sameJson(null, {})).to.equal(false);
    expect(sameJson(0, -0)).to.equal(false);
  });

  it('compares other objects by identity only', () => {
    expect(sameJson(new Date(0), new Date(0))).to.equal(false);
    const date = new Date(0);
    expect(sameJson({ at: date }, { at: date })).to.equal(true);
  });

  it('agrees with comparing JSON texts of sorted-key values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameJson(a, structuredClone(a))).to.equal(true);
        if (sameJson(a, b)) expect(JSON.stringify(sorted(a))).to.equal(JSON.stringify(sorted(b)));
      }),
    );
  });
});

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
    );
  return value;
}
