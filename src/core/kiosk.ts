import { nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type ChildPart } from 'lit/async-directive.js';

/**
 * Kiosk mode: a wall nobody touches. A container marks it with a `kiosk` attribute (as
 * `<civic-screen kiosk>` does); every widget inside, in its light DOM or in another
 * component's shadow root, leaves out the controls a pointer or a keyboard needs (pause,
 * retry, full screen) and their hints. What they did runs by itself there: auto-scroll
 * keeps moving and failed requests are retried automatically.
 */
const listeners = new Set<() => void>();

/** Whether `node` sits inside a container marked `kiosk`, across shadow boundaries. */
export function isKiosk(node: Node | null | undefined): boolean {
  for (let at = node; at;) {
    if (at instanceof Element && at.hasAttribute('kiosk') && at.localName === 'civic-screen')
      return true;
    at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
  }
  return false;
}

/** A container calls this when its `kiosk` attribute changed, so the controls follow. */
export function announceKiosk(): void {
  for (const listener of [...listeners]) listener();
}

class UnlessKioskDirective extends AsyncDirective {
  private content?: TemplateResult;
  private host?: Node;

  render(content: TemplateResult): TemplateResult | typeof nothing {
    this.content = content;
    return isKiosk(this.host) ? nothing : content;
  }

  override update(part: ChildPart, [content]: [TemplateResult]) {
    // The host element is connected when it renders; the template's own nodes may not be yet.
    this.host = part.options?.host as Node | undefined;
    if (this.isConnected) listeners.add(this.refresh);
    return this.render(content);
  }

  protected override disconnected(): void {
    listeners.delete(this.refresh);
  }

  protected override reconnected(): void {
    listeners.add(this.refresh);
    this.refresh();
  }

  private readonly refresh = (): void => {
    if (this.content) this.setValue(isKiosk(this.host) ? nothing : this.content);
  };
}

/** Renders `content` (a control or a hint) except inside a kiosk container. */
export const unlessKiosk = directive(UnlessKioskDirective);
