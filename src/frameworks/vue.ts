/**
 * `civic-widgets/vue`: types only. Declares every widget tag in Vue's `GlobalComponents`, so
 * templates checked by vue-tsc (Volar) know its properties (`:limit="3"`, `:data="rows"`)
 * and its events (`@civic-select`). Load it once: `import type {} from 'civic-widgets/vue'`.
 * Vue itself must treat the tags as custom elements: `isCustomElement: (tag) => tag.startsWith('civic-')`.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { CivicElementOf, CivicEvents, CivicProperties, CivicTagName } from './tags.js';

/**
 * A widget as Vue's type checker sees a component: `$props` and `$emit` exist only in types
 * (the pattern of Vue's guide for custom elements not built with Vue).
 */
export type CivicVueComponent<Tag extends CivicTagName> = new () => CivicElementOf<Tag> & {
  /** @deprecated Types only: not on the element. */
  $props: Omit<HTMLAttributes, keyof CivicProperties<Tag>> & CivicProperties<Tag> & PublicProps;
  /** @deprecated Types only: not on the element. */
  $emit: EmitFn<{
    [Name in keyof CivicEvents<Tag>]: (event: CivicEvents<Tag>[Name]) => void;
  }>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tags in
  interface GlobalComponents extends CivicGlobalComponents {}
}

type CivicGlobalComponents = { [Tag in CivicTagName]: CivicVueComponent<Tag> };
