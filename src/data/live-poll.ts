import { jittered } from './cache-policy.js';
import type { LiveSignal } from './live-transport.js';

/**
 * How often a live URL beyond the stream cap is polled when its widget sets no `refresh`.
 * A stream's data then arrives at most this late; a real stream takes over when a slot frees.
 */
export const CAPPED_POLL_MS = 15_000;

/** A poll reads no more than this before it gives up on finding the first message. */
const POLL_MAX_BYTES = 5 * 1024 * 1024;

/** A poll that has no message within this time brought nothing new (a quiet stream). */
const POLL_TIMEOUT_MS = 10_000;

/**
 * Polls a live URL while it has no stream of its own: a plain request that reads the stream's
 * first message (an SSE backend sends the current payload at once) and hangs up, so the
 * connection is held for one answer, like any poll. Asks at once, then every `period` ms ±10 %.
 */
export class LivePoll {
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly period: number,
    private readonly deliver: (signal: LiveSignal) => void,
  ) {
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.controller?.abort();
  }

  private async run(): Promise<void> {
    const controller = (this.controller = new AbortController());
    const timer = setTimeout(() => controller.abort(), POLL_TIMEOUT_MS);
    let signal: LiveSignal | undefined;
    try {
      const data = await firstMessage(this.url, controller.signal);
      if (data !== undefined) signal = { data };
    } catch {
      // A timeout is a quiet stream; anything else is a failed answer, shown as a lost link.
      if (!controller.signal.aborted) signal = { lost: true, settled: false };
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
    if (this.stopped) return;
    if (signal) this.deliver(signal);
    this.timer = setTimeout(() => void this.run(), jittered(this.period));
  }
}

/** The data of the first `message` event of an event stream; `undefined` if it ends first. */
async function firstMessage(url: string, signal: AbortSignal): Promise<string | undefined> {
  const response = await fetch(url, {
    headers: { Accept: 'text/event-stream' },
    cache: 'no-store',
    signal,
  });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return undefined;
    buffer += value;
    if (buffer.length > POLL_MAX_BYTES) throw new Error('message too large');
    const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n');
    buffer = blocks.pop() ?? '';
    for (const block of blocks) {
      const data = messageData(block);
      if (data !== undefined) return data;
    }
  }
}

/** The data of one SSE event block, when it is a `message` event carrying data. */
function messageData(block: string): string | undefined {
  let type = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') type = value;
    else if (field === 'data') data.push(value);
  }
  return type === 'message' && data.length ? data.join('\n') : undefined;
}
