import { backoffDelay, type BackoffPolicy } from './backoff.js';
import { CAPPED_POLL_MS, LivePoll } from './live-poll.js';

/** What a topic's stream says: a message's data, or that the connection was lost. */
export type LiveSignal =
  | { data: string }
  | {
      lost: true;
      /** The connection had been up a while: likely a proxy reload, worth a grace period. */
      settled: boolean;
    };

/** How long a connection must have been up before its loss earns a grace period. */
export const SETTLED_MS = 10_000;

/** The meta tag naming a backend's multiplexed stream: `<meta name="civic-live-mux" content="/api/live">`. */
export const MUX_META = 'civic-live-mux';

/**
 * The most EventSources held per origin. A browser keeps at most 6 connections per host over
 * HTTP/1.1 and every open stream holds one, so without a multiplexed stream a page with many
 * live URLs would starve its own polling. Counted in the tab holding the connections, so it
 * holds browser-wide.
 */
export const MAX_STREAMS_PER_ORIGIN = 2;

/** What a subscriber asks of a topic. */
export interface LiveTopic {
  /** The multiplexed stream of the subscriber's page, if it names one. */
  mux?: string;
  /** How often to poll the topic while it waits for a stream (ms; 0: CAPPED_POLL_MS). */
  period?: number;
}

interface Connection {
  key: string;
  topics: string[];
  source?: EventSource;
  attempt: number;
  timer?: ReturnType<typeof setTimeout>;
  openedAt?: number;
}

/**
 * Holds the EventSources of a set of topics (live URLs): one multiplexed stream per backend
 * that offers one (named by its page's meta tag, same origin only), one stream per topic
 * otherwise, at most MAX_STREAMS_PER_ORIGIN per origin. The topics subscribed first get the
 * streams; the others are polled (LivePoll, at their widget's refresh or CAPPED_POLL_MS) and
 * take a stream, in order, when one closes. Reconnects on its own backoff: the browser's fixed
 * retry would hammer a dead backend.
 */
export class LiveTransport {
  private readonly connections = new Map<string, Connection>();
  /** The topics beyond the cap, by topic. */
  private readonly polls = new Map<string, LivePoll>();

  constructor(
    private readonly deliver: (topic: string, signal: LiveSignal) => void,
    private readonly backoff: BackoffPolicy,
  ) {}

  /** Opens what `topics` need (in the order they were subscribed), closes the rest. */
  set(topics: ReadonlyMap<string, LiveTopic>): void {
    const wanted = new Map<string, string[]>();
    for (const [topic, { mux }] of topics) {
      const key = mux && sameOrigin(mux, topic) ? mux : topic;
      wanted.set(key, [...(wanted.get(key) ?? []), topic]);
    }
    for (const [key, connection] of this.connections) {
      const list = wanted.get(key);
      if (!list || list.join('\n') !== connection.topics.join('\n')) this.drop(connection);
    }
    // Streams already open keep their slots: a new topic never takes one from a running stream.
    const open = new Map<string, number>();
    for (const key of this.connections.keys())
      open.set(originOf(key), (open.get(originOf(key)) ?? 0) + 1);
    const polled = new Set<string>();
    for (const [key, list] of wanted) {
      if (this.connections.has(key)) continue;
      const origin = originOf(key);
      const count = open.get(origin) ?? 0;
      if (count >= MAX_STREAMS_PER_ORIGIN) {
        for (const topic of list) polled.add(topic);
        continue;
      }
      open.set(origin, count + 1);
      const connection: Connection = { key, topics: list, attempt: 0 };
      this.connections.set(key, connection);
      this.open(connection);
    }
    for (const [topic, poll] of this.polls) {
      if (polled.has(topic)) continue;
      poll.stop();
      this.polls.delete(topic);
    }
    for (const topic of polled) {
      if (this.polls.has(topic)) continue;
      const period = topics.get(topic)?.period || CAPPED_POLL_MS;
      this.polls.set(topic, new LivePoll(topic, period, (signal) => this.deliver(topic, signal)));
    }
  }

  close(): void {
    for (const connection of this.connections.values()) this.drop(connection);
    for (const poll of this.polls.values()) poll.stop();
    this.polls.clear();
  }

  private drop(connection: Connection): void {
    connection.source?.close();
    clearTimeout(connection.timer);
    this.connections.delete(connection.key);
  }

  private open(connection: Connection): void {
    const multiplexed = connection.topics.length > 1 || connection.key !== connection.topics[0];
    const source = new EventSource(
      multiplexed ? muxUrl(connection.key, connection.topics) : connection.key,
    );
    connection.source = source;
    connection.openedAt = undefined;
    source.onopen = () => (connection.openedAt = Date.now());
    const received = (topic: string) => (message: MessageEvent) => {
      connection.attempt = 0;
      this.deliver(topic, { data: String(message.data) });
    };
    if (multiplexed) {
      for (const topic of connection.topics)
        source.addEventListener(pathOf(topic), received(topic));
    } else {
      source.onmessage = received(connection.topics[0]);
    }
    source.onerror = () => {
      source.close();
      const { openedAt } = connection;
      const settled = openedAt !== undefined && Date.now() - openedAt >= SETTLED_MS;
      for (const topic of connection.topics) this.deliver(topic, { lost: true, settled });
      if (this.connections.get(connection.key) !== connection) return;
      connection.timer = setTimeout(
        () => this.open(connection),
        backoffDelay(connection.attempt++, this.backoff),
      );
    };
  }
}

/** The multiplexed stream of the page, if it names one. */
export function pageMux(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${MUX_META}"]`);
  const content = meta?.content.trim();
  return content ? new URL(content, document.baseURI).href : undefined;
}

/** `mux?topic=/a/live&topic=/b/live`: each topic by path and query, its event type in the stream. */
export function muxUrl(mux: string, topics: readonly string[]): string {
  const url = new URL(mux);
  for (const topic of topics) url.searchParams.append('topic', pathOf(topic));
  return url.href;
}

function pathOf(topic: string): string {
  const url = new URL(topic);
  return url.pathname + url.search;
}

function originOf(url: string): string {
  return new URL(url).origin;
}

function sameOrigin(a: string, b: string): boolean {
  return new URL(a).origin === new URL(b).origin;
}
