import { nothing } from 'lit';
import { directive } from 'lit/directive.js';
import { getCommittedValue, getDirectiveClass } from 'lit/directive-helpers.js';
import {
  repeat,
  type ItemTemplate,
  type KeyFn,
  type RepeatDirective,
} from 'lit/directives/repeat.js';
import type { ChildPart } from 'lit';

/**
 * Lit's `repeat`, minus a leak. Each item part gets a start and an end marker comment, but
 * lit-html 3.3's `removePart` removes a dropped item's content and start marker only, so every
 * removed item leaves its end marker behind: a virtualised list scrolled through 10,000 rows
 * gathers thousands of comments while showing twenty rows. After `repeat` has updated, this
 * removes the end marker of every part it dropped (a no-op once Lit removes it itself).
 * Workaround for lit/lit#5298 (regression of lit/lit#4975 in lit-html 3.3.1; fix proposed in
 * lit/lit#5299): delete this directive once the lit in package.json carries that fix.
 */
const Repeat = getDirectiveClass(repeat([], () => nothing)) as typeof RepeatDirective;

class RepeatRowsDirective extends Repeat {
  override update<T>(
    containerPart: ChildPart,
    args: [Iterable<T>, KeyFn<T> | ItemTemplate<T>, ItemTemplate<T>],
  ): ReturnType<RepeatDirective['update']> {
    const before = getCommittedValue(containerPart);
    const result = super.update(containerPart, args);
    if (Array.isArray(before)) {
      const kept = new Set(getCommittedValue(containerPart) as unknown[]);
      for (const part of before as (ChildPart | null)[]) {
        if (part && !kept.has(part)) (part.endNode as ChildNode | null)?.remove();
      }
    }
    return result;
  }
}

/** Drop-in for `repeat` from `lit/directives/repeat.js` whose removed items leave nothing behind. */
export const repeatRows = directive(RepeatRowsDirective) as unknown as typeof repeat;
