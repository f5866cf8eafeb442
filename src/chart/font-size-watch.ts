import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells a widget when its text size changes: a page's 大字版 switch (a class on the body or
 * the content, the root's size raised by script), browser text zoom, a `--civic-font-size`
 * change. No event announces those, and a ResizeObserver on the widget sees nothing when its
 * box keeps its size. So the watch puts an invisible 1em × 1em probe (class `font-probe`,
 * styled in theme.ts) in the shadow root, ahead of what Lit renders, and observes the probe:
 * its box changes exactly when the text size does. The chart widgets use it to re-read their
 * fonts, since a canvas cannot follow CSS by itself.
 */
export class FontSizeWatch implements ReactiveController {
  private probe?: HTMLElement;
  private observer?: ResizeObserver;
  private size = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: (fontSize: number) => void,
  ) {
    host.addController(this);
  }

  /** The widget's text size in CSS pixels, as last measured (0 before the first measure). */
  get fontSize(): number {
    return this.size;
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver(this.measure);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root || !this.observer || this.probe?.parentNode === root) return;
    const probe = (this.probe ??= document.createElement('span'));
    probe.className = 'font-probe';
    probe.setAttribute('aria-hidden', 'true');
    // Before Lit's own marker, so nothing Lit renders or clears ever touches it.
    root.prepend(probe);
    this.observer.observe(probe);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.probe?.remove();
  }

  // The observed box, not the rendered one: a screen scaling its design is no text change.
  private readonly measure = (entries: ResizeObserverEntry[]): void => {
    const size = entries[entries.length - 1]?.contentRect.height ?? 0;
    // The first measure is the size the widget was drawn with: nothing to redraw.
    const first = this.size === 0;
    if (!(size > 0) || size === this.size) return;
    this.size = size;
    if (!first) this.onChange(size);
  };
}
