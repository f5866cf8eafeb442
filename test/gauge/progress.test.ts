import { expect } from '@open-wc/testing';
import {
  msUntilShanghaiMidnight,
  shanghaiDayNumber as shanghaiDay,
} from '../../src/core/beijing-time.js';
import { formatPercent } from '../../src/core/format.js';
import { adaptRecord } from '../../src/data/adapt/index.js';
import { itemsToTarget, progressTexts } from '../../src/gauge/messages.js';
import {
  daysUntil,
  normalizeProgress,
  percentOf,
  progressSchema,
  toPercentTarget,
  worstCategories,
  type Progress,
} from '../../src/gauge/progress.js';

const adapt = (body: unknown, fields?: string) =>
  normalizeProgress(adaptRecord<Progress>(body, progressSchema, { fields }).value);

/** 2027-05-01 00:00 China Standard Time is 2027-04-30 16:00 UTC. */
const DEADLINE = Date.UTC(2027, 3, 30, 16);

describe('progress model', () => {
  it('computes the percent with one decimal, within 0–100', () => {
    expect(percentOf(262, 330)).to.equal(79.4);
    expect(percentOf(330, 330)).to.equal(100);
    expect(percentOf(1, 3)).to.equal(33.3);
    expect(percentOf(2, 3)).to.equal(66.7);
    expect(percentOf(400, 330)).to.equal(100);
    expect(percentOf(5, 0)).to.equal(0);
  });

  it('reads a {code,msg,data} answer, with 330 items by default and approx flags', () => {
    const model = adapt({ code: 0, msg: 'ok', data: { done: '262余', deadline: '2027-05-01' } });
    expect(model).to.include({ done: 262, total: 330, approx: true, deadline: DEADLINE });
    expect(model.totalApprox).to.equal(undefined);
  });

  it('reads other field names and a field mapping', () => {
    expect(adapt({ completed: 12, totalCount: '15余' })).to.include({
      done: 12,
      total: 15,
      totalApprox: true,
    });
    const mapped = adapt(
      { stat: { ok: 100, all: 200 }, rows: [{ cat: '诚信建设', ok: 3, all: 11 }] },
      'done:stat.ok, total:stat.all, categories:rows, categories.name:cat, categories.done:ok',
    );
    expect(mapped).to.deep.include({
      done: 100,
      total: 200,
      categories: [{ name: '诚信建设', done: 3, total: 11 }],
    });
  });

  it('takes a target as a percent or as a fraction, and drops one out of range', () => {
    expect(toPercentTarget(85)).to.equal(85);
    expect(toPercentTarget(0.85)).to.equal(85);
    expect(toPercentTarget(0)).to.equal(undefined);
    expect(toPercentTarget(120)).to.equal(undefined);
    expect(toPercentTarget(Number.NaN)).to.equal(undefined);
    expect(adapt({ done: 1, target: '0.9' }).target).to.equal(90);
    expect(adapt({ done: 1, target: 150 })).to.not.have.property('target');
  });

  it('ranks categories worst first, stable by items left then name, with unique keys', () => {
    const ranked = worstCategories([
      { name: 'B', done: 5, total: 10 },
      { name: 'A', done: 1, total: 2 },
      { name: 'C', done: 9, total: 9 },
      { name: 'D', done: 0, total: 4 },
      { name: 'D', done: 4, total: 4 },
      { name: 'E', done: 0, total: 0 },
    ]);
    expect(ranked.map((c) => c.key)).to.deep.equal(['D', 'B', 'A', 'C', 'D#2', 'E']);
    expect(ranked.map((c) => c.percent)).to.deep.equal([0, 50, 50, 100, 100, 0]);
    expect(worstCategories([], 5)).to.deep.equal([]);
    expect(worstCategories(undefined)).to.deep.equal([]);
    expect(worstCategories(ranked, 2)).to.have.length(2);
  });
});

describe('countdown in Asia/Shanghai', () => {
  it('counts calendar days, changing at midnight China Standard Time', () => {
    // 23:59:59 on 30 April in Shanghai is 15:59:59 UTC: the eve of the inspection.
    expect(daysUntil(DEADLINE, Date.UTC(2027, 3, 30, 15, 59, 59))).to.equal(1);
    // 00:00 on 1 May in Shanghai, still 30 April in UTC: the inspection has begun.
    expect(daysUntil(DEADLINE, Date.UTC(2027, 3, 30, 16, 0, 0))).to.equal(0);
    expect(daysUntil(DEADLINE, Date.UTC(2027, 4, 2, 12))).to.equal(-1);
    // Early morning in Shanghai is the previous day in UTC: still counts from Shanghai's day.
    expect(daysUntil(DEADLINE, Date.UTC(2027, 3, 20, 17))).to.equal(10);
    expect(daysUntil(DEADLINE, Date.UTC(2027, 3, 20, 15))).to.equal(11);
  });

  it('knows when the next Shanghai midnight is', () => {
    const now = Date.UTC(2027, 3, 30, 15, 59, 0);
    expect(msUntilShanghaiMidnight(now)).to.equal(60_000);
    expect(shanghaiDay(now + 60_000)).to.equal(shanghaiDay(now) + 1);
  });

  it('words the countdown, the last day and the start in both languages', () => {
    const model: Progress = { done: 262, total: 330, deadline: DEADLINE };
    const at = (utcHour: number, day: number) => Date.UTC(2027, 3, day, utcHour);
    expect(progressTexts(model, 'zh-CN', at(3, 20)).countdown).to.equal('距实地考察还有 11 天');
    expect(progressTexts(model, 'en', at(3, 20)).countdown).to.equal('11 days to inspection');
    expect(progressTexts(model, 'en', at(3, 30)).countdown).to.equal('1 day to inspection');
    const begun = progressTexts(model, 'zh-CN', at(17, 30));
    expect(begun).to.include({ countdown: '考察已开始', started: true });
    expect(progressTexts(model, 'en', at(3, 1 + 40)).countdown).to.equal('Inspection has begun');
    expect(
      progressTexts(model, 'en', Date.UTC(2024, 0, 1)).countdown,
      'thousands are grouped in English',
    ).to.equal('1,216 days to inspection');
    expect(progressTexts(model, 'zh-CN', Date.UTC(2024, 0, 1)).countdown).to.equal(
      '距实地考察还有 1216 天',
    );
  });
});

describe('progress texts', () => {
  it('says done/total with the percent, marking approximate counts', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(progressTexts({ done: 262, total: 330 }, 'zh-CN', now).summary).to.equal(
      '已完成 262/330 项(79.4%)',
    );
    expect(progressTexts({ done: 262, total: 330, approx: true }, 'en', now).summary).to.equal(
      '262+ of 330 items done (79.4%)',
    );
    expect(progressTexts({ done: 262, total: 330, approx: true }, 'zh-CN', now).summary).to.equal(
      '已完成 262余/330 项(79.4%)',
    );
  });

  it('says how many items the target still needs, or that it is reached', () => {
    expect(itemsToTarget(262, 330, 85)).to.equal(19);
    expect(itemsToTarget(263, 330, 80), '0.8 × 330 is 264, not 264.00000000000006').to.equal(1);
    expect(itemsToTarget(300, 330, 85)).to.equal(0);
    const now = Date.UTC(2026, 0, 1);
    expect(progressTexts({ done: 262, total: 330, target: 85 }, 'zh-CN', now).target).to.equal(
      '目标 85%,还差 19 项',
    );
    expect(progressTexts({ done: 300, total: 330, target: 85 }, 'en', now).target).to.equal(
      'Target 85%: reached',
    );
  });

  it('joins everything into one description for the chart', () => {
    const texts = progressTexts(
      { done: 262, total: 330, target: 85, deadline: DEADLINE },
      'zh-CN',
      Date.UTC(2027, 3, 20, 3),
    );
    expect(texts.description).to.equal(
      '已完成 262/330 项(79.4%);目标 85%,还差 19 项;距实地考察还有 11 天',
    );
  });

  it('formats percents in both languages', () => {
    expect(formatPercent(79.4 / 100, 'zh-CN')).to.equal('79.4%');
    expect(formatPercent(85 / 100, 'en')).to.equal('85%');
  });
});
