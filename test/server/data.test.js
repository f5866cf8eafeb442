// @ts-check
// The demo data: deterministic rankings that evolve with the tick.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CYCLE,
  UNITS,
  demoTimeAt,
  mulberry32,
  rankData,
  rankingAt,
  scoresAt,
} from '../../demo/server/data.js';

/** @param {string | number} count */
const numeric = (count) => parseInt(String(count), 10);

test('units come from the seeds, grouped by system', () => {
  assert.ok(UNITS.length >= 20 && UNITS.length <= 30);
  assert.equal(new Set(UNITS.map((unit) => unit.id)).size, UNITS.length);
  assert.equal(new Set(UNITS.map((unit) => unit.name)).size, UNITS.length);
  for (const unit of UNITS) {
    assert.ok(['省直机关', '谢家集区'].includes(unit.system), unit.name);
    assert.ok(unit.base >= 50 && unit.base <= 400, unit.name);
  }
});

test('the PRNG is seeded', () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  const values = Array.from({ length: 5 }, () => a());
  assert.deepEqual(
    values,
    Array.from({ length: 5 }, () => b()),
  );
  for (const value of values) assert.ok(value >= 0 && value < 1);
});

test('rankingAt is deterministic, sorted, and its lastRank is the rank one tick before', () => {
  assert.deepEqual(rankingAt(42), rankingAt(42));
  for (let tick = 1; tick < 60; tick++) {
    const now = rankingAt(tick);
    const before = rankingAt(tick - 1);
    const scores = now.map((row) => numeric(row.joinCount));
    for (let i = 1; i < scores.length; i++) assert.ok(scores[i - 1] >= scores[i]);
    for (const row of now) {
      const previous = before.findIndex((other) => other.deptId === row.deptId) + 1;
      assert.equal(row.lastRank, previous, `${row.deptName} at tick ${tick}`);
    }
  }
});

test('scores grow every tick and ranks change often', () => {
  let changed = 0;
  for (let tick = 1; tick < CYCLE; tick++) {
    const now = scoresAt(tick);
    const before = scoresAt(tick - 1);
    assert.ok(
      now.every((score, u) => score >= before[u]),
      `no score shrinks at tick ${tick}`,
    );
    assert.ok(
      now.some((score, u) => score > before[u]),
      `something grows at tick ${tick}`,
    );
    if (rankingAt(tick).some((row, i) => row.lastRank !== i + 1)) changed++;
  }
  assert.ok(changed > CYCLE / 5, `ranks changed at ${changed} of ${CYCLE} ticks`);
  for (const score of scoresAt(CYCLE - 1)) assert.ok(score < 1000, 'stays plausible');
});

test('one unit reports an approximate figure', () => {
  const approx = rankingAt(0).filter((row) => typeof row.joinCount === 'string');
  assert.deepEqual(
    approx.map((row) => row.joinCount),
    ['120余'],
  );
});

test('a new demo day starts from the base scores', () => {
  assert.deepEqual(scoresAt(CYCLE), scoresAt(0));
  assert.equal(demoTimeAt(0), '2026-12-03 09:00');
  assert.equal(demoTimeAt(20), '2026-12-03 09:20');
  assert.equal(demoTimeAt(CYCLE), '2026-12-04 09:00');
  const data = rankData(3);
  assert.equal(data.total, data.list.length);
  assert.equal(data.updatedAt, '2026-12-03 09:03');
});
