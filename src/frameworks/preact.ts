/**
 * `civic-widgets/preact`: types only. Declares every widget tag in Preact's JSX, with its
 * properties (`limit={3}`, `data={rows}`: Preact sets a property when the element has one)
 * and its events as `on` + the event's exact name (`oncivic-select={onSelect}`).
 * Load it once: `import type {} from 'civic-widgets/preact'`.
 */
import type { JSX } from 'preact';
import type { CivicElementOf, CivicEventProps, CivicProperties, CivicTagName } from './tags.js';

/** The props of a widget tag in Preact's JSX. */
export type CivicPreactProps<Tag extends CivicTagName> = Omit<
  JSX.HTMLAttributes<CivicElementOf<Tag>>,
  keyof CivicProperties<Tag>
> &
  CivicProperties<Tag> &
  CivicEventProps<Tag>;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact declares JSX as a namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tags in
    interface IntrinsicElements extends CivicPreactElements {}
  }
}

type CivicPreactElements = { [Tag in CivicTagName]: CivicPreactProps<Tag> };
