/** The languages every widget speaks; zh-CN is the default. */
export type Locale = 'zh-CN' | 'en';

/** A message table: one entry per locale with the same keys. */
export type MessageTable<Key extends string> = Readonly<
  Record<Locale, Readonly<Record<Key, string>>>
>;

/** Maps any BCP 47 tag to a supported locale: English for `en*`, Chinese otherwise. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'zh-CN';
}

/**
 * The language of an element: its own or nearest ancestor's `lang`, crossing shadow roots,
 * so a widget inside another component follows the page.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang'))
      return toLocale(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'zh-CN';
}

/** Looks up a message and fills `{name}` placeholders. */
export function localize<Key extends string>(
  table: MessageTable<Key>,
  locale: Locale,
  key: Key,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return table[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
