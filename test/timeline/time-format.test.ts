import { expect } from '@open-wc/testing';
import {
  dayKey,
  formatClock,
  formatDayHeading,
  isoShanghai,
  shanghaiParts,
} from '../../src/core/beijing-time.js';
import { formatRelativeTime } from '../../src/timeline/time-format.js';
import { formatOutcome, formatParticipants } from '../../src/timeline/timeline-items.js';
import type { TimelineEvent } from '../../src/timeline/timeline-model.js';

/** An instant given as China Standard Time. */
const cst = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 8, mi);
const MIN = 60_000;

describe('timeline time formatting (pure)', () => {
  const now = cst(2016, 11, 5, 10, 0);

  it('says how long ago in Chinese with a fixed clock', () => {
    expect(formatRelativeTime(now - 20_000, now, 'zh-CN')).to.equal('刚刚');
    expect(formatRelativeTime(now - MIN, now, 'zh-CN')).to.equal('1 分钟前');
    expect(formatRelativeTime(now - 3 * MIN, now, 'zh-CN')).to.equal('3 分钟前');
    expect(formatRelativeTime(now - 59 * MIN, now, 'zh-CN')).to.equal('59 分钟前');
    expect(formatRelativeTime(cst(2016, 11, 5, 7, 40), now, 'zh-CN')).to.equal('2 小时前');
    expect(formatRelativeTime(cst(2016, 11, 4, 9, 20), now, 'zh-CN')).to.equal('昨天 09:20');
    expect(formatRelativeTime(cst(2016, 11, 2, 9, 20), now, 'zh-CN')).to.equal('09:20');
  });

  it('says how long ago in English with a fixed clock', () => {
    expect(formatRelativeTime(now, now, 'en')).to.equal('just now');
    expect(formatRelativeTime(now - MIN, now, 'en')).to.equal('1 minute ago');
    expect(formatRelativeTime(now - 3 * MIN, now, 'en')).to.equal('3 minutes ago');
    expect(formatRelativeTime(now - 61 * MIN, now, 'en')).to.equal('1 hour ago');
    expect(formatRelativeTime(cst(2016, 11, 4, 23, 50), now, 'en')).to.equal('Yesterday 23:50');
  });

  it('counts yesterday by the Shanghai calendar, not by 24 hours', () => {
    const justAfterMidnight = cst(2016, 11, 5, 0, 30);
    // 40 minutes ago, but on the previous Shanghai day: still minutes under an hour.
    expect(formatRelativeTime(cst(2016, 11, 4, 23, 50), justAfterMidnight, 'zh-CN')).to.equal(
      '40 分钟前',
    );
    expect(formatRelativeTime(cst(2016, 11, 4, 22, 0), justAfterMidnight, 'zh-CN')).to.equal(
      '昨天 22:00',
    );
  });

  it('shows a future time (a scheduled event) as its clock time', () => {
    expect(formatRelativeTime(now + 30 * MIN, now, 'zh-CN')).to.equal('10:30');
  });

  it('groups by the Asia/Shanghai day, which differs from the UTC day around midnight', () => {
    const t = Date.UTC(2016, 10, 4, 16, 30); // 2016-11-04 16:30 UTC = 11-05 00:30 in Shanghai
    expect(new Date(t).toISOString().slice(0, 10)).to.equal('2016-11-04');
    expect(dayKey(t)).to.equal('2016-11-05');
    expect(dayKey(t - 31 * MIN)).to.equal('2016-11-04');
    expect(formatClock(t)).to.equal('00:30');
    expect(isoShanghai(t)).to.equal('2016-11-05T00:30+08:00');
    expect(shanghaiParts(cst(2017, 8, 14, 23, 59))).to.deep.equal({
      year: 2017,
      month: 8,
      day: 14,
      hour: 23,
      minute: 59,
    });
  });

  it('writes day headings in both languages, with the year only when it is not this year', () => {
    const day = cst(2016, 11, 5, 9, 0);
    expect(formatDayHeading(day, 'zh-CN', now)).to.equal('11月5日 星期六');
    expect(formatDayHeading(day, 'en', now)).to.equal('Sat, Nov 5');
    const later = cst(2024, 1, 1);
    expect(formatDayHeading(day, 'zh-CN', later)).to.equal('2016年11月5日 星期六');
    expect(formatDayHeading(day, 'en', later)).to.equal('Sat, Nov 5, 2016');
    expect(formatDayHeading(cst(2017, 8, 14, 0, 5), 'zh-CN', later)).to.equal(
      '2017年8月14日 星期一',
    );
  });

  it('formats approximate head counts and outcome figures', () => {
    const event = {
      key: 'k',
      time: now,
      title: 't',
      participants: 1800,
      approx: true,
      participantsUnit: '人次',
    } as TimelineEvent;
    expect(formatParticipants(event, 'zh-CN')).to.equal('1800余人次');
    expect(formatParticipants(event, 'en')).to.equal('1,800+ person-times');
    expect(
      formatParticipants({ ...event, approx: false, participantsUnit: '人' }, 'zh-CN'),
    ).to.equal('1800人');
    expect(formatParticipants({ ...event, participants: undefined }, 'zh-CN')).to.equal('');
    const ads = { label: '清理小广告', value: 3000, unit: '处', approx: true };
    expect(formatOutcome(ads, 'zh-CN')).to.equal('清理小广告 3000余处');
    expect(formatOutcome(ads, 'en')).to.equal('清理小广告 3,000+ 处');
    expect(formatOutcome({ label: '清扫', value: 3000, unit: '平方米' }, 'zh-CN')).to.equal(
      '清扫 3000平方米',
    );
    expect(formatOutcome({ label: '宣传', value: 12000 }, 'zh-CN')).to.equal('宣传 1.2万');
  });
});
