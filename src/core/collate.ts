/** Name order for Chinese readers, shared by every widget that sorts names. */

// Made on first use, not at module load: the first Intl object of a page costs about 10 ms of
// ICU loading, and sorts reach the collator only to break ties, so many renders never need it.
let collator: Intl.Collator | undefined;

/** Compares names as Chinese readers sort them (by pinyin), for stable orders. */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator('zh-CN');
  return collator.compare(a, b);
}

// Only widgets that sort import this module, and their first render reaches a tie almost
// always (all-done categories, equal scores): the collator is made while the page is idle,
// typically while the first answer is on its way, instead of inside that render (6–7 ms of
// a gauge's first render, measured with bench/profile.js).
if (typeof requestIdleCallback === 'function') {
  requestIdleCallback(() => (collator ??= new Intl.Collator('zh-CN')), { timeout: 2000 });
}
