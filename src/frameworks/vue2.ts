/**
 * `civic-widgets/vue2`: types only, for Vue 2.7. Declares every widget tag in
 * `GlobalComponents`, which vue-tsc (Volar) reads for Vue 2.7 as for Vue 3: templates know
 * each tag's properties and its events (`@civic-select`). Load it once:
 * `import type {} from 'civic-widgets/vue2'`; tell Vue the tags are custom elements with
 * `Vue.config.ignoredElements = [/^civic-/]`.
 *
 * Vue 2 sets every binding as an attribute unless told otherwise, so objects and arrays need
 * the `.prop` modifier: `<civic-unit-leaderboard :data.prop="rows">`. Without it the widget
 * receives the text "[object Object]" and shows an error saying so.
 */
import type { CivicElementOf, CivicEvents, CivicProperties, CivicTagName } from './tags.js';

type UnionToIntersection<Union> = (Union extends unknown ? (arg: Union) => void : never) extends (
  arg: infer Intersection,
) => void
  ? Intersection
  : never;

/** `$emit` with one signature per event, the form Volar reads events from. */
export type CivicVue2Emit<Tag extends CivicTagName> = UnionToIntersection<
  {
    [Name in keyof CivicEvents<Tag>]: (event: Name, payload: CivicEvents<Tag>[Name]) => void;
  }[keyof CivicEvents<Tag>]
>;

/** A widget as Vue 2.7's type checker sees a component (`$props`, `$emit` exist only in types). */
export type CivicVue2Component<Tag extends CivicTagName> = new () => CivicElementOf<Tag> & {
  /** @deprecated Types only: not on the element. */
  $props: CivicProperties<Tag> & { class?: unknown; style?: unknown; key?: string | number };
  /** @deprecated Types only: not on the element. */
  $emit: CivicVue2Emit<Tag>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tags in
  interface GlobalComponents extends CivicVue2GlobalComponents {}
}

type CivicVue2GlobalComponents = { [Tag in CivicTagName]: CivicVue2Component<Tag> };
