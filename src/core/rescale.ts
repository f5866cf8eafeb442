/**
 * A container that scales its content with a CSS transform or zoom (`<civic-screen>`)
 * announces it here, because nothing in the DOM reports it: the content keeps its layout
 * size, so no ResizeObserver fires, yet a canvas inside must be drawn at the new device
 * resolution to stay crisp.
 */
const RESCALE_EVENT = 'civic-rescale';

/** Tells every listener on the page that some content was scaled anew. */
export function announceRescale(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(RESCALE_EVENT));
}

/** Calls `listener` when content may have been scaled: a container's rescale or a window resize. */
export function onRescale(listener: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  // A window resize reaches a container's ResizeObserver only after its own event: wait a
  // little so the container has applied its new scale before anyone measures.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    clearTimeout(timer);
    timer = setTimeout(listener, 120);
  };
  window.addEventListener(RESCALE_EVENT, listener);
  window.addEventListener('resize', onResize);
  return () => {
    clearTimeout(timer);
    window.removeEventListener(RESCALE_EVENT, listener);
    window.removeEventListener('resize', onResize);
  };
}

/**
 * How many device pixels one CSS pixel of `element`'s own layout covers on screen: the
 * window's device pixel ratio times any scale a transform or zoom on an ancestor applies.
 * Rounded to a hundredth so sub-pixel jitter does not count as a change.
 */
export function devicePixelsPerPixel(element: HTMLElement): number {
  const ratio = typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1;
  const layoutWidth = element.offsetWidth;
  const shownWidth = element.getBoundingClientRect().width;
  const scale = layoutWidth > 0 && shownWidth > 0 ? shownWidth / layoutWidth : 1;
  return Math.round(ratio * scale * 100) / 100;
}
