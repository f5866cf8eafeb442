/**
 * Counts what a widget may leave behind on the page: pending timeouts, running intervals,
 * listeners on window, document and media queries, observers still observing, and open
 * EventSources. Installed when this module is imported (before any widget module, so one
 * that keeps a reference to `setTimeout` is counted too); `snapshot()` lists what is
 * outstanding, with where each was created.
 */

type Kind = 'timeout' | 'interval' | 'listener' | 'observer' | 'event-source';

interface Outstanding {
  kind: Kind;
  what: string;
  /** Where it was created (the stack is formatted only when a leak is reported). */
  trace: Error;
}

const outstanding = new Map<unknown, Outstanding>();

/** The first stack frame outside this file. */
function origin(trace: Error): string {
  const frames = (trace.stack ?? '').split('\n').slice(1);
  const frame = frames.find((line) => !line.includes('leak-tracker')) ?? '';
  return frame
    .trim()
    .replace(/^at /, '')
    .replace(/\?[^:)]*/, '');
}

function track(key: unknown, kind: Kind, what: string): void {
  outstanding.set(key, { kind, what, trace: new Error() });
}

const native = {
  setTimeout: window.setTimeout.bind(window),
  setInterval: window.setInterval.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
  clearInterval: window.clearInterval.bind(window),
};

const timerKey = (id: unknown) => `timer:${String(id)}`;

window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id: number = native.setTimeout(
    (...params: unknown[]) => {
      outstanding.delete(timerKey(id));
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...params);
    },
    delay,
    ...args,
  );
  track(timerKey(id), 'timeout', `setTimeout(…, ${delay ?? 0})`);
  return id;
}) as typeof window.setTimeout;

window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id = native.setInterval(handler, delay, ...args);
  track(timerKey(id), 'interval', `setInterval(…, ${delay ?? 0})`);
  return id;
}) as typeof window.setInterval;

// Either clear function clears either kind of timer (one id space).
window.clearTimeout = ((id?: number) => {
  outstanding.delete(timerKey(id));
  native.clearTimeout(id);
}) as typeof window.clearTimeout;
window.clearInterval = ((id?: number) => {
  outstanding.delete(timerKey(id));
  native.clearInterval(id);
}) as typeof window.clearInterval;

/** Listeners count on targets that outlive a widget; the widget's own nodes go with it. */
function isPageTarget(target: unknown): boolean {
  return target === window || target === document || target instanceof MediaQueryList;
}

function listenerKey(target: EventTarget, type: string, listener: unknown, options: unknown) {
  const capture =
    typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions)?.capture);
  return JSON.stringify([targetName(target), type, capture]) + listenerIds.get(listener as object);
}

const listenerIds = new WeakMap<object, number>();
let nextListenerId = 0;
const listenerKeys = new Map<string, object>();

function targetName(target: EventTarget): string {
  if (target === window) return 'window';
  if (target === document) return 'document';
  return target instanceof MediaQueryList ? `matchMedia(${target.media})` : 'target';
}

const nativeAdd = EventTarget.prototype.addEventListener;
const nativeRemove = EventTarget.prototype.removeEventListener;

EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  nativeAdd.call(this, type, listener, options);
  if (!listener || !isPageTarget(this) || (typeof options === 'object' && options.once)) return;
  if (!listenerIds.has(listener)) listenerIds.set(listener, nextListenerId++);
  const key = listenerKey(this, type, listener, options);
  let token = listenerKeys.get(key);
  if (!token) {
    token = {};
    listenerKeys.set(key, token);
  }
  track(token, 'listener', `${targetName(this)}.addEventListener('${type}')`);
};

EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  nativeRemove.call(this, type, listener, options);
  if (!listener || !isPageTarget(this) || !listenerIds.has(listener)) return;
  const key = listenerKey(this, type, listener, options);
  const token = listenerKeys.get(key);
  if (token) outstanding.delete(token);
  listenerKeys.delete(key);
};

/** An observer counts while it observes anything (targets are not held: that would leak). */
function wrapObserver<T extends { new (...args: never[]): object }>(name: string, Base: T): T {
  const Wrapped = class extends (Base as unknown as {
    new (...args: unknown[]): {
      observe(target: Node, options?: unknown): void;
      unobserve?(target: Node): void;
      disconnect(): void;
    };
  }) {
    private targets = new WeakSet<Node>();
    private count = 0;
    override observe(target: Node, options?: unknown): void {
      super.observe(target, options);
      if (!this.targets.has(target)) {
        this.targets.add(target);
        this.count++;
      }
      track(this, 'observer', `new ${name}()`);
    }
    override unobserve(target: Node): void {
      super.unobserve?.(target);
      if (this.targets.delete(target) && --this.count === 0) outstanding.delete(this);
    }
    override disconnect(): void {
      super.disconnect();
      this.targets = new WeakSet();
      this.count = 0;
      outstanding.delete(this);
    }
  };
  return Wrapped as unknown as T;
}

window.ResizeObserver = wrapObserver('ResizeObserver', ResizeObserver);
window.MutationObserver = wrapObserver('MutationObserver', MutationObserver);
window.IntersectionObserver = wrapObserver('IntersectionObserver', IntersectionObserver);

const NativeEventSource = window.EventSource;
window.EventSource = class extends NativeEventSource {
  constructor(url: string | URL, init?: EventSourceInit) {
    super(url, init);
    track(this, 'event-source', `new EventSource(${String(url)})`);
  }
  override close(): void {
    super.close();
    outstanding.delete(this);
  }
};

/** What is outstanding now. */
export function snapshot(): Map<unknown, Outstanding> {
  return new Map(outstanding);
}

/** What is outstanding now and was not in `before`, as readable lines. */
export function leftSince(before: Map<unknown, Outstanding>): string[] {
  return [...outstanding]
    .filter(([key]) => !before.has(key))
    .map(([, { what, trace }]) => `${what} from ${origin(trace)}`);
}
