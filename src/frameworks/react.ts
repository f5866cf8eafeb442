/**
 * `civic-widgets/react`: types only. Declares every widget tag in React 19's JSX, with its
 * properties and its events as `on` + the event's exact name, which React 19 adds as a
 * listener (`oncivic-select`). Load it once: `import type {} from 'civic-widgets/react'`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CivicElementOf, CivicEventProps, CivicProperties, CivicTagName } from './tags.js';

/** `on` + event name → listener, e.g. `oncivic-select: (event: CivicSelectEvent<RankedUnit>) => void`. */
export type CivicReactEvents<Tag extends CivicTagName> = CivicEventProps<Tag>;

/** The props of a widget tag in JSX: HTML attributes, the widget's properties and its events. */
export type CivicReactProps<Tag extends CivicTagName> = Omit<
  DetailedHTMLProps<HTMLAttributes<CivicElementOf<Tag>>, CivicElementOf<Tag>>,
  keyof CivicProperties<Tag>
> &
  CivicProperties<Tag> &
  CivicReactEvents<Tag>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tags in
    interface IntrinsicElements extends CivicIntrinsicElements {}
  }
}

type CivicIntrinsicElements = { [Tag in CivicTagName]: CivicReactProps<Tag> };
