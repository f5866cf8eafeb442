/**
 * Charts on pages that enforce Trusted Types (`require-trusted-types-for 'script'`).
 *
 * zrender's canvas painter clears its root with `root.innerHTML = ''` when it starts and
 * when it is disposed; those are its only HTML sinks (checked in zrender 6 / ECharts 6.1).
 * On such a page a plain string assignment throws, so `echarts.init` fails. The usual fix,
 * a `default` policy, would change how every sink on the whole page behaves. Instead, the
 * chart's own container, a `<div>` inside our shadow root, gets an own `innerHTML` setter
 * that empties it with `replaceChildren()` (not a sink) and refuses any other value. No
 * policy is created, the page's CSP needs no new `trusted-types` name, and nothing else on
 * the page is affected. HTML tooltips, which assign markup strings, are avoided by
 * building tooltips as rich text (see tooltip.ts).
 *
 * If a chart still cannot start (another renderer, a future zrender), the controller
 * catches the error; `isTrustedTypesError` lets it say why.
 */

// Read at import; on a server (no DOM) there is no chart root to guard.
const innerHtml =
  typeof Element === 'undefined'
    ? undefined
    : Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');

/** Lets zrender clear `root` on a Trusted Types page; idempotent. */
export function guardChartRoot(root: HTMLElement): void {
  if (Object.hasOwn(root, 'innerHTML') || !innerHtml?.get) return;
  const read = innerHtml.get;
  Object.defineProperty(root, 'innerHTML', {
    configurable: true,
    get(this: HTMLElement) {
      return read.call(this);
    },
    set(this: HTMLElement, value: unknown) {
      if (value !== '' && value !== null) {
        throw new TypeError('A chart root only accepts an empty innerHTML');
      }
      this.replaceChildren();
    },
  });
}

/**
 * Whether an error is a Trusted Types violation (a string reached an HTML or script sink).
 * Read by name, not `instanceof`, so an error from another realm (an iframe) counts too.
 */
export function isTrustedTypesError(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return (
    name === 'TypeError' &&
    typeof message === 'string' &&
    /Trusted(HTML|Script|ScriptURL|Types?)\b/.test(message)
  );
}
