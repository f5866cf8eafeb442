import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareNames } from '../../src/core/collate.js';

describe('compareNames', () => {
  it('orders names by pinyin, as a zh-CN collator does', () => {
    const names = ['张家湾社区', '安贞街道', '北京市文明办', 'Zeta', '阿拉善', '安贞街道'];
    expect([...names].sort(compareNames)).to.deep.equal(
      [...names].sort(new Intl.Collator('zh-CN').compare),
    );
    expect(compareNames('安', '北')).to.be.lessThan(0);
  });

  it('agrees with Intl.Collator on any strings', () => {
    const collator = new Intl.Collator('zh-CN');
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareNames(a, b))).to.equal(Math.sign(collator.compare(a, b)));
      }),
    );
  });
});
