import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onReducedMotionChange, prefersReducedMotion } from './motion.js';

export interface AutoScrollOptions {
  /** The scroll container. */
  viewport: () => HTMLElement | null | undefined;
  /** Whether the widget asks for auto-scroll (its `auto-scroll` attribute). */
  enabled: () => boolean;
  /** Seconds per step. */
  interval: () => number;
  /**
   * Where the next step goes: the top of the next item, or 0 to start over. By default the
   * viewport's children by `offsetTop`; a virtualised list, whose rows are placed with
   * transforms, supplies its own.
   */
  nextStop?: (viewport: HTMLElement) => number;
}

/**
 * Steps a scroll container one item at a time for unattended screens, with a smooth scroll
 * the compositor runs. It pauses while the pointer is over it, while anything in it has
 * focus, while the page is hidden and when the person presses pause; it never moves when
 * reduced motion is asked for. At the end it returns to the top. Data updates do not reset
 * the position, since the container and its keyed items survive re-renders.
 */
export class AutoScrollController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private hovered = false;
  private focused = false;
  private stopWatchingMotion?: () => void;
  private viewport?: HTMLElement;
  /** The person pressed pause. */
  userPaused = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AutoScrollOptions,
  ) {
    host.addController(this);
  }

  /** Auto-scroll is asked for and allowed (not under reduced motion). */
  get active(): boolean {
    return this.options.enabled() && !prefersReducedMotion();
  }

  /** Whether it is currently held still, for any reason. */
  get paused(): boolean {
    return this.userPaused || this.hovered || this.focused || document.hidden;
  }

  /** The pause button. */
  toggle(): void {
    this.userPaused = !this.userPaused;
    this.host.requestUpdate();
    this.arm();
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.onFocusIn);
    this.host.addEventListener('focusout', this.onFocusOut);
    document.addEventListener('visibilitychange', this.arm);
    this.stopWatchingMotion = onReducedMotionChange(() => {
      this.host.requestUpdate();
      this.arm();
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.host.removeEventListener('focusin', this.onFocusIn);
    this.host.removeEventListener('focusout', this.onFocusOut);
    document.removeEventListener('visibilitychange', this.arm);
    this.stopWatchingMotion?.();
    this.bindViewport(undefined);
  }

  hostUpdated(): void {
    this.bindViewport(this.options.viewport() ?? undefined);
    this.arm();
  }

  private bindViewport(viewport: HTMLElement | undefined): void {
    if (viewport === this.viewport) return;
    this.viewport?.removeEventListener('pointerenter', this.onEnter);
    this.viewport?.removeEventListener('pointerleave', this.onLeave);
    this.viewport = viewport;
    viewport?.addEventListener('pointerenter', this.onEnter);
    viewport?.addEventListener('pointerleave', this.onLeave);
  }

  /** Starts the step timer when moving is allowed, stops it otherwise. */
  private readonly arm = (): void => {
    const run = this.active && !this.paused && this.viewport !== undefined;
    if (!run) {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else if (this.timer === undefined) {
      this.timer = setTimeout(this.step, Math.max(1, this.options.interval()) * 1000);
    }
  };

  private readonly step = (): void => {
    this.timer = undefined;
    const viewport = this.viewport;
    if (viewport && this.active && !this.paused) {
      const top = (this.options.nextStop ?? nextStop)(viewport);
      // The element's own method, not one a virtualizer puts on it: the virtualizer checks at
      // every scroll event whether a managed scroll has arrived, and a step aimed at a row
      // already drawn needs none of that. Looked up here, not at import, since the module
      // also loads in Node (server rendering).
      const nativeScrollTo: (this: Element, options: ScrollToOptions) => void =
        Element.prototype.scrollTo;
      nativeScrollTo.call(viewport, { top, behavior: 'smooth' });
    }
    this.arm();
  };

  private readonly onEnter = () => this.setHover(true);
  private readonly onLeave = () => this.setHover(false);
  private readonly onFocusIn = () => this.setFocus(true);
  private readonly onFocusOut = (event: FocusEvent) => {
    if (!this.host.contains(event.relatedTarget as Node | null)) this.setFocus(false);
  };

  private setHover(on: boolean): void {
    this.hovered = on;
    this.host.requestUpdate();
    this.arm();
  }

  private setFocus(on: boolean): void {
    this.focused = on;
    this.host.requestUpdate();
    this.arm();
  }
}

/**
 * The top of the next item below the current position, or 0 after the last one.
 * The viewport is positioned, so its items' offsetTop is measured from it.
 */
function nextStop(viewport: HTMLElement): number {
  const top = viewport.scrollTop;
  if (top + viewport.clientHeight >= viewport.scrollHeight - 1) return 0;
  for (const item of viewport.children) {
    const offset = (item as HTMLElement).offsetTop;
    if (offset > top + 1) return offset;
  }
  return 0;
}
