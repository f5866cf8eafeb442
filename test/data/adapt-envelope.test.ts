import { expect } from '@open-wc/testing';
import { CivicDataError } from '../../src/data/errors.js';
import {
  findList,
  getPath,
  parseFields,
  selectPayload,
  toFieldMap,
  unwrapEnvelope,
} from '../../src/data/adapt/index.js';

const rows = [{ unit: '省委办公厅', count: 50 }];

/** Runs `work` and returns the CivicDataError it throws (failing if it throws nothing else). */
function thrown(work: () => unknown): CivicDataError {
  try {
    work();
  } catch (error) {
    expect(error).to.be.instanceOf(CivicDataError);
    return error as CivicDataError;
  }
  throw new Error('expected a CivicDataError');
}

describe('unwrapEnvelope', () => {
  const successes: [string, unknown][] = [
    ['{code: 0, msg, data}', { code: 0, msg: 'ok', data: rows }],
    ['{code: 200, message, data}', { code: 200, message: '成功', data: rows }],
    ['{code: "0", data}', { code: '0', data: rows }],
    ['{code: "200", msg, data}', { code: '200', msg: 'ok', data: rows }],
    ['{code: 20000, data} (vue-element-admin)', { code: 20000, data: rows }],
    ['{status: "ok", result}', { status: 'ok', result: rows }],
    ['{status: "success", data}', { status: 'success', data: rows }],
    ['{status: "SUCCESS", result}', { status: 'SUCCESS', result: rows }],
    ['{status: 0, result}', { status: 0, result: rows }],
    ['{status: 200, result}', { status: 200, result: rows }],
    ['{status: true, result}', { status: true, result: rows }],
    ['{success: true, data}', { success: true, data: rows }],
    ['{errcode: 0, errmsg, data}', { errcode: 0, errmsg: 'ok', data: rows }],
    ['{code: true, data}', { code: true, data: rows }],
  ];
  for (const [name, body] of successes) {
    it(`unwraps ${name}`, () => {
      expect(unwrapEnvelope(body)).to.equal(rows);
    });
  }

  it('returns the body itself for a RuoYi page {code, msg, rows, total}', () => {
    const body = { total: 1, rows, code: 200, msg: '查询成功' };
    expect(unwrapEnvelope(body)).to.equal(body);
  });

  it('reads data: null as no data (undefined)', () => {
    expect(unwrapEnvelope({ code: 0, msg: 'ok', data: null })).to.equal(undefined);
  });

  const failures: [string, unknown, string][] = [
    ['{code: 500, msg}', { code: 500, msg: '服务器繁忙', data: null }, '服务器繁忙'],
    ['{code: 401, message}', { code: 401, message: 'Token expired' }, 'Token expired'],
    ['{code: "E001", msg}', { code: 'E001', msg: '参数错误', data: {} }, '参数错误'],
    ['{code: 1, data} without text', { code: 1, data: [] }, 'Backend error code 1'],
    ['{status: "error", message}', { status: 'error', message: 'No such unit' }, 'No such unit'],
    ['{status: "fail", result}', { status: 'fail', result: null }, 'Backend error code fail'],
    ['{status: 500, result}', { status: 500, result: null }, 'Backend error code 500'],
    ['{success: false, message}', { success: false, message: '无权限', data: null }, '无权限'],
    ['{success: false, data}', { success: false, data: null }, 'Backend error code false'],
    [
      '{errcode: 40001, errmsg}',
      { errcode: 40001, errmsg: 'invalid credential' },
      'invalid credential',
    ],
    [
      '{code: 500, msg: "  "} (blank text)',
      { code: 500, msg: '  ', data: null },
      'Backend error code 500',
    ],
    [
      '{code: 500, error: "x"}',
      { code: 500, error: 'Internal Server Error' },
      'Internal Server Error',
    ],
  ];
  for (const [name, body, message] of failures) {
    it(`throws a backend error with the backend's text for ${name}`, () => {
      const error = thrown(() => unwrapEnvelope(body));
      expect(error.kind).to.equal('backend');
      expect(error.message).to.equal(message);
    });
  }

  it('cuts a very long backend message', () => {
    const error = thrown(() => unwrapEnvelope({ code: 500, msg: 'x'.repeat(10_000) }));
    expect(error.message.length).to.equal(500);
  });

  const notEnvelopes: [string, unknown][] = [
    ['an array', rows],
    ['a record with a status word', { status: 'open', data: rows }],
    ['a record with status and no payload or message key', { status: 0, name: '文坛社区' }],
    ['a record with a code and no payload key', { code: 'HK-001', name: '文坛社区' }],
    ['a code that is an object', { code: { id: 1 }, data: rows }],
    ['a gauge record', { done: 262, total: 330 }],
    ['a string', 'hello'],
    ['null', null],
    ['a number', 42],
  ];
  for (const [name, body] of notEnvelopes) {
    it(`leaves ${name} unchanged`, () => {
      expect(unwrapEnvelope(body)).to.equal(body);
    });
  }

  it('lets success: true win over a code in the same body', () => {
    expect(unwrapEnvelope({ success: true, code: 'OK_LIST', data: rows })).to.equal(rows);
  });

  it('does not read envelope keys from the prototype', () => {
    const body = Object.create({ code: 500, msg: 'inherited' }) as object;
    expect(unwrapEnvelope(body)).to.equal(body);
  });
});

describe('getPath', () => {
  const body = {
    data: { list: rows, items: [{ rows: ['a'] }, { rows: ['b'] }], 'a.b': 1 },
    stats: { joinCount: '3000余' },
  };
  const cases: [string, unknown][] = [
    ['data.list', rows],
    ['data.items.0.rows', ['a']],
    ['data.items.1.rows.0', 'b'],
    ['data.items[1].rows[0]', 'b'],
    ['data["items"][0].rows', ['a']],
    ["data['a.b']", 1],
    [' data . list ', rows],
    ['stats.joinCount', '3000余'],
    ['', body],
    ['data..list', rows],
    ['data.missing', undefined],
    ['data.items.5.rows', undefined],
    ['data.items.-1', undefined],
    ['stats.joinCount.length', undefined],
    ['data.items[0', undefined],
    ['data]', undefined],
    ['__proto__', undefined],
    ['constructor.name', undefined],
    ['data.list.constructor', undefined],
    ['data.__proto__.toString', undefined],
  ];
  for (const [path, expected] of cases) {
    it(`reads ${JSON.stringify(path)}`, () => {
      expect(getPath(body, path)).to.deep.equal(expected);
    });
  }

  it('follows an own __proto__ key that JSON.parse created, not the prototype', () => {
    const parsed: unknown = JSON.parse('{"__proto__": {"x": 1}}');
    expect(getPath(parsed, '__proto__.x')).to.equal(1);
    expect(getPath({}, '__proto__.x')).to.equal(undefined);
  });

  it('reads nothing from primitives', () => {
    expect(getPath('abc', '0')).to.equal(undefined);
    expect(getPath(null, 'a')).to.equal(undefined);
    expect(getPath(undefined, 'a')).to.equal(undefined);
  });
});

describe('parseFields', () => {
  const cases: [string, Record<string, string>][] = [
    ['unit:deptName, score:stats.joinCount', { unit: 'deptName', score: 'stats.joinCount' }],
    ['  unit : deptName ,score: stats.joinCount  ', { unit: 'deptName', score: 'stats.joinCount' }],
    ['unit：deptName，score：joinCount', { unit: 'deptName', score: 'joinCount' }],
    ['unit:deptName\nscore:joinCount\r\n', { unit: 'deptName', score: 'joinCount' }],
    [
      'unit:deptName;score:joinCount、time:date',
      { unit: 'deptName', score: 'joinCount', time: 'date' },
    ],
    [',,unit:deptName,,', { unit: 'deptName' }],
    ['unit, :x, score:, :', {}],
    ['unit:a, unit:b', { unit: 'b' }],
    ['url:links[0].href', { url: 'links[0].href' }],
    ['', {}],
  ];
  for (const [attr, expected] of cases) {
    it(`parses ${JSON.stringify(attr)}`, () => {
      expect(parseFields(attr)).to.deep.equal(expected);
    });
  }

  it('skips a __proto__ entry without touching the prototype', () => {
    const map = parseFields('__proto__:polluted, constructor:x');
    expect(Object.getPrototypeOf(map)).to.equal(Object.prototype);
    expect(Object.keys(map)).to.deep.equal(['constructor']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('accepts a parsed map, keeping only string entries', () => {
    const map = toFieldMap({ unit: ' deptName ', score: 3 as unknown as string, x: '' });
    expect(map).to.deep.equal({ unit: 'deptName' });
  });
});

describe('selectPayload', () => {
  const envelope = { code: 0, msg: 'ok', data: { list: rows, total: 1 } };

  it('unwraps the envelope without a path', () => {
    expect(selectPayload(envelope, {})).to.deep.equal({ list: rows, total: 1 });
  });

  it('applies a path to the raw body, envelope included', () => {
    expect(selectPayload(envelope, { path: 'data.list' })).to.equal(rows);
  });

  it('says what is missing when the path leads nowhere', () => {
    const error = thrown(() => selectPayload(envelope, { path: 'data.records' }));
    expect(error.kind).to.equal('shape');
    expect(error.message).to.equal('Nothing at path "data.records"');
  });

  it("lets the backend's failure win over a path that leads nowhere", () => {
    const error = thrown(() =>
      selectPayload({ code: 500, msg: '数据库连接失败' }, { path: 'data.list' }),
    );
    expect(error.kind).to.equal('backend');
    expect(error.message).to.equal('数据库连接失败');
  });

  it("lets the backend's failure win over a path that leads to null", () => {
    const error = thrown(() =>
      selectPayload({ code: 500, msg: '超时', data: null }, { path: 'data' }),
    );
    expect(error.kind).to.equal('backend');
  });

  it('rejects a malformed path as a shape error', () => {
    const error = thrown(() => selectPayload(envelope, { path: 'data[0' }));
    expect(error.kind).to.equal('shape');
  });

  it('treats a blank path as no path', () => {
    expect(selectPayload(envelope, { path: '  ' })).to.deep.equal({ list: rows, total: 1 });
  });
});

describe('findList', () => {
  const cases: [string, unknown, unknown][] = [
    ['an array', rows, rows],
    ['{list}', { list: rows, total: 1 }, rows],
    ['{rows} (RuoYi)', { total: 1, rows, code: 200, msg: 'ok' }, rows],
    ['{records} (MyBatis-Plus page)', { records: rows, total: 1, size: 10 }, rows],
    ['{ranking}', { ranking: rows, updatedAt: '2016-11-05' }, rows],
    ['the only array', { unitRanks: rows, updatedAt: '2016-11-05' }, rows],
    ['a named list beside another array', { list: rows, tags: ['a'] }, rows],
    ['{data: {events}} (GraphQL)', { data: { events: rows } }, rows],
    ['{page: {records}}', { page: { records: rows } }, rows],
    ['two named lists (ambiguous)', { list: rows, items: rows }, undefined],
    ['two unnamed arrays (ambiguous)', { a: rows, b: rows }, undefined],
    ['an object without arrays', { done: 1 }, undefined],
    ['null', null, undefined],
    ['a string', 'list', undefined],
  ];
  for (const [name, payload, expected] of cases) {
    it(`finds the list in ${name}`, () => {
      expect(findList(payload)).to.equal(expected);
    });
  }
});
