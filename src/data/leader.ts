/** How often a leader without Web Locks says it is alive; three silent beats end its term. */
export const BEAT_MS = 1000;

type Beat =
  { type: 'probe' } | { type: 'beat'; id: string; since: number } | { type: 'resign'; id: string };

/**
 * Elects one tab of an origin: `lead` is called when this tab takes over, `follow` when it
 * hands over again. With Web Locks the lock decides (held until the page goes away; the
 * browser hands it to the next tab waiting). Without them (a page over plain HTTP is not a
 * secure context), tabs elect over a BroadcastChannel: the leader beats every second, a tab
 * that hears nothing for three beats takes over, and of two leaders the newer one stays (an
 * old leader in a throttled background tab yields rather than taking the role back).
 */
export function electLeader(
  name: string,
  lead: () => void,
  follow: () => void,
  locks: LockManager | null | undefined = globalThis.navigator?.locks,
): void {
  if (locks) {
    void locks.request(name, () => {
      lead();
      return new Promise<never>(() => {});
    });
    return;
  }
  const id = Math.random().toString(36).slice(2);
  const channel = new BroadcastChannel(`${name}:election`);
  let since = 0; // when this tab became leader; 0 while it follows
  let heard = 0; // when a leader last beat
  const beat = () => channel.postMessage({ type: 'beat', id, since } satisfies Beat);
  const check = () => {
    if (since || Date.now() - heard < 3 * BEAT_MS) return;
    since = Date.now();
    beat();
    lead();
  };
  channel.onmessage = ({ data }: MessageEvent<Beat>) => {
    if (data.type === 'probe') {
      if (since) beat();
    } else if (data.type === 'resign') {
      heard = 0;
      setTimeout(check, Math.random() * 100);
    } else if (data.id !== id) {
      heard = Date.now();
      const newer = data.since > since || (data.since === since && data.id > id);
      if (since && newer) {
        since = 0;
        follow();
      }
    }
  };
  setInterval(() => (since ? beat() : check()), BEAT_MS);
  addEventListener('pagehide', () => {
    if (since) channel.postMessage({ type: 'resign', id } satisfies Beat);
  });
  // A leader answers the probe at once; without an answer this tab leads.
  channel.postMessage({ type: 'probe' } satisfies Beat);
  setTimeout(check, 300);
}
