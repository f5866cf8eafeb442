// @ts-check
// The multiplexed live stream: the topics a page needs, on one connection. A browser holds at
// most 6 connections per host over HTTP/1.1 and every open EventSource keeps one, so a page
// with three live panels in two tabs would leave no connection for polling. The widgets open
// one stream per page (one per browser across tabs) when the page names this endpoint:
//   <meta name="civic-live-mux" content="/api/live">
// Protocol, for a real backend to copy: `GET /api/live?topic=/a/live&topic=/b/live` answers
// `text/event-stream`; each message names its topic as the SSE event type (`event: /a/live`,
// the topic exactly as asked) and carries the same payload as the topic's own stream: the
// current one at once, then each change.

/** @typedef {import('node:http').ServerResponse} ServerResponse */

const SSE_TYPE = 'text/event-stream; charset=utf-8';
const HEARTBEAT_MS = 15_000;

/**
 * @typedef {object} Topic
 * @property {string} name the `topic` parameter as the client sent it
 * @property {(tick: number) => { body: string }} answerAt the topic's payload at a tick
 */

/**
 * Streams every topic's payload now and whenever it changes; returns the cleanup.
 * @param {ServerResponse} res
 * @param {Topic[]} topics
 * @param {{ tickAt: () => number, untilNextTick: () => number, tickMs: number, drop?: boolean }} clock
 *   `drop`: end the stream after the first messages (the `drop` fault)
 * @returns {() => void}
 */
export function serveMultiplexed(res, topics, { tickAt, untilNextTick, tickMs, drop }) {
  res.writeHead(200, {
    'Content-Type': SSE_TYPE,
    'Cache-Control': 'no-cache, no-transform',
    // nginx passes every message on at once instead of filling its proxy buffer first.
    'X-Accel-Buffering': 'no',
  });
  /** @type {Map<string, string>} */
  const last = new Map();
  let lastWrite = Date.now();
  const write = (/** @type {string} */ chunk) => {
    if (res.writableEnded || res.destroyed) return;
    res.write(chunk);
    lastWrite = Date.now();
  };
  const send = () => {
    const tick = tickAt();
    for (const topic of topics) {
      const payload = topic.answerAt(tick).body;
      if (last.get(topic.name) === payload) continue;
      last.set(topic.name, payload);
      write(`event: ${topic.name}\ndata: ${payload}\n\n`);
    }
  };
  write('retry: 2000\n\n');
  send();
  if (drop) {
    res.end();
    return () => {};
  }
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const schedule = () => {
    timer = setTimeout(onTick, Math.min(tickMs, Math.max(5, untilNextTick())));
  };
  const onTick = () => {
    // A client that has not taken the last messages skips a tick rather than being buffered.
    if (!res.writableNeedDrain) send();
    if (Date.now() - lastWrite >= HEARTBEAT_MS) write(': ping\n\n');
    schedule();
  };
  schedule();
  return () => clearTimeout(timer);
}
