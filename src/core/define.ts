/**
 * Registers a custom element unless the name is taken, so loading the IIFE bundle and an
 * ESM entry on one page (a CMS template and a developer's script) does not throw.
 */
export function defineOnce(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
