/**
 * `civic-widgets/svelte`: types only. Declares every widget tag in Svelte 5's
 * `SvelteHTMLElements`, with its properties (`limit={3}`, `data={rows}`: Svelte sets a
 * property when the element has one) and its events as `on` + the event's exact name
 * (`oncivic-select={onSelect}`). Load it once: `import type {} from 'civic-widgets/svelte'`.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { CivicElementOf, CivicEventProps, CivicProperties, CivicTagName } from './tags.js';

/** The attributes of a widget tag in a Svelte template. */
export type CivicSvelteProps<Tag extends CivicTagName> = Omit<
  HTMLAttributes<CivicElementOf<Tag>>,
  keyof CivicProperties<Tag> | `on${string}`
> &
  CivicProperties<Tag> &
  CivicEventProps<Tag>;

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tags in
  interface SvelteHTMLElements extends CivicSvelteElements {}
}

type CivicSvelteElements = { [Tag in CivicTagName]: CivicSvelteProps<Tag> };
