/**
 * Registers a custom element unless the name is taken, so loading the IIFE bundle and an
 * ESM entry on one page (a CMS template and a developer's script) does not throw.
 */
export function defineOnce(name: string, constructor: CustomElementConstructor): void {
  // On a server nothing is defined: the tag stays as written, with its light-DOM fallback,
  // until the browser upgrades it. Lit's Node build brings a registry of its own, and
  // @lit-labs/ssr's DOM shim a document without elements; only a real page has both.
  if (typeof customElements === 'undefined' || !globalThis.document?.documentElement) return;
  if (!customElements.get(name)) customElements.define(name, constructor);
}
