import { noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets style properties through the CSSOM (`style.setProperty`) on every render, first one
 * included. Lit's `styleMap` writes its first render as a `style="…"` attribute string,
 * which a strict CSP (`style-src` without 'unsafe-inline') blocks as `style-src-attr`.
 * Use as an element binding: `<span ${cssomStyle({ 'inline-size': '40%' })}>`.
 */
class CssomStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) {
      throw new Error('cssomStyle() is an element binding: <span ${cssomStyle({...})}>');
    }
  }

  render(_properties: Readonly<Record<string, string | undefined>>) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string | undefined>>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (properties[name] === undefined) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

/** Style properties (kebab-case CSS names) set through the CSSOM, safe under a strict CSP. */
export const cssomStyle = directive(CssomStyleDirective);
