import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
import { electLeader } from './leader.js';
import { LiveTransport, pageMux, type LiveSignal, type LiveTopic } from './live-transport.js';

/** Receives a topic's signals in this page. */
export type LiveSink = (signal: LiveSignal) => void;

/** What tabs of one origin tell each other on the `civic-widgets-live` BroadcastChannel. */
type ShareMessage =
  | { type: 'topics'; tab: string; topics: Array<[string, LiveTopic]> }
  | { type: 'hello' }
  | { type: 'bye'; tab: string }
  | { type: 'signal'; topic: string; signal: LiveSignal };

const CHANNEL = 'civic-widgets-live';

/**
 * The live connections of a browser: every widget, hub and tab of one origin shares them.
 * One tab is the leader (electLeader: the Web Lock `civic-widgets-live`, or a heartbeat where
 * there are no Web Locks) and opens the streams for the topics of every tab (LiveTransport:
 * one multiplexed stream when the backend offers one); it passes each message to the other
 * tabs over a BroadcastChannel. When the leader closes, another tab takes over, asks every
 * tab for its topics and opens the streams itself. Without BroadcastChannel every page leads
 * itself: one connection per page.
 */
export class LiveLink {
  private readonly sinks = new Map<string, Set<LiveSink>>();
  /** This page's topics, in the order they were subscribed. */
  private readonly mux = new Map<string, LiveTopic>();
  /** Topics of the other tabs, by tab (the leader's view). */
  private readonly remote = new Map<string, Map<string, LiveTopic>>();
  /** The last signal passed to this page's sinks, per topic: repeats are dropped. */
  private readonly last = new Map<string, LiveSignal>();
  private readonly tab = Math.random().toString(36).slice(2);
  private channel?: BroadcastChannel;
  private transport?: LiveTransport;
  private started = false;
  private pending = false;
  private backoff: BackoffPolicy = DEFAULT_BACKOFF;

  /**
   * @param name the BroadcastChannel and the lock the tabs share
   * @param locks the Web Locks to elect with (null: the heartbeat)
   */
  constructor(
    private readonly name = CHANNEL,
    private readonly locks: LockManager | null | undefined = globalThis.navigator?.locks,
  ) {}

  /**
   * Subscribes to a topic (a live URL); returns the unsubscribe function. `period` (ms): how
   * often to poll it while the stream cap keeps it without a stream (see LiveTransport).
   */
  subscribe(topic: string, sink: LiveSink, backoff?: BackoffPolicy, period?: number): () => void {
    if (backoff && !this.started) this.backoff = backoff;
    let set = this.sinks.get(topic);
    if (!set) {
      set = new Set();
      this.sinks.set(topic, set);
      this.mux.set(topic, { mux: pageMux(), period });
      this.changed();
    }
    set.add(sink);
    // A second hub on a topic already streaming gets its latest message at once.
    const known = this.last.get(topic);
    if (known && 'data' in known) queueMicrotask(() => set.has(sink) && sink(known));
    return () => {
      const current = this.sinks.get(topic);
      if (!current?.delete(sink) || current.size) return;
      this.sinks.delete(topic);
      this.mux.delete(topic);
      this.last.delete(topic);
      this.changed();
    };
  }

  /** Coalesces the topic changes of one task (a page's widgets connect together). */
  private changed(): void {
    this.start();
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      if (this.transport) this.transport.set(this.allTopics());
      else this.post({ type: 'topics', tab: this.tab, topics: [...this.mux] });
    });
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    if (typeof BroadcastChannel === 'undefined') return this.lead();
    this.channel = new BroadcastChannel(this.name);
    this.channel.onmessage = (event: MessageEvent<ShareMessage>) => this.receive(event.data);
    addEventListener('pagehide', () => this.post({ type: 'bye', tab: this.tab }));
    electLeader(
      this.name,
      () => {
        this.lead();
        this.post({ type: 'hello' });
      },
      () => this.follow(),
      this.locks,
    );
  }

  private lead(): void {
    this.transport = new LiveTransport((topic, signal) => {
      this.local(topic, signal);
      this.post({ type: 'signal', topic, signal });
    }, this.backoff);
    this.transport.set(this.allTopics());
  }

  /** Another tab leads now: its streams serve this one. */
  private follow(): void {
    this.transport?.close();
    this.transport = undefined;
    this.remote.clear();
    this.remoteLast.clear();
    this.post({ type: 'topics', tab: this.tab, topics: [...this.mux] });
  }

  private receive(message: ShareMessage): void {
    switch (message.type) {
      case 'hello':
        if (!this.transport) this.post({ type: 'topics', tab: this.tab, topics: [...this.mux] });
        return;
      case 'signal':
        if (!this.transport) this.local(message.topic, message.signal);
        return;
      case 'bye':
        if (this.transport && this.remote.delete(message.tab)) this.transport.set(this.allTopics());
        return;
      case 'topics':
        if (!this.transport) return;
        this.remote.set(message.tab, new Map(message.topics));
        this.transport.set(this.allTopics());
        // A tab that just asked gets what the others already have, without waiting for a change.
        for (const [topic] of message.topics) {
          const known = this.last.get(topic) ?? this.remoteLast.get(topic);
          if (known && 'data' in known) this.post({ type: 'signal', topic, signal: known });
        }
        return;
    }
  }

  /** The leader's last data per topic it streams for other tabs only. */
  private readonly remoteLast = new Map<string, LiveSignal>();

  private local(topic: string, signal: LiveSignal): void {
    if (!this.sinks.has(topic)) {
      if (this.transport) this.remoteLast.set(topic, signal);
      return;
    }
    const before = this.last.get(topic);
    if (before && 'data' in before && 'data' in signal && before.data === signal.data) return;
    this.last.set(topic, signal);
    for (const sink of this.sinks.get(topic) ?? []) sink(signal);
  }

  private allTopics(): Map<string, LiveTopic> {
    const all = new Map(this.mux);
    for (const topics of this.remote.values())
      for (const [topic, spec] of topics) if (!all.has(topic)) all.set(topic, spec);
    return all;
  }

  private post(message: ShareMessage): void {
    this.channel?.postMessage(message);
  }
}

/** The browser's live connections, shared by every hub of the page. */
export const pageLive = new LiveLink();
