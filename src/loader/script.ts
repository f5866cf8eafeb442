/**
 * The `<script>` element that loaded this bundle, read while it runs (`currentScript` is
 * only set then). A CMS that injects it some other way still leaves a `src` naming the file.
 */
export function scriptOfLoader(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  const named = document.querySelectorAll<HTMLScriptElement>('script[src*="civic-widgets"]');
  return named[named.length - 1] ?? null;
}
