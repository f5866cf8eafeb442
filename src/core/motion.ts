/** Whether the person asked for less motion; read live so a change applies at once. */
const reducedMotionQuery =
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;

export function prefersReducedMotion(): boolean {
  return reducedMotionQuery?.matches ?? false;
}

/** Calls `listener` when the reduced-motion preference changes; returns the unsubscribe. */
export function onReducedMotionChange(listener: () => void): () => void {
  reducedMotionQuery?.addEventListener('change', listener);
  return () => reducedMotionQuery?.removeEventListener('change', listener);
}
