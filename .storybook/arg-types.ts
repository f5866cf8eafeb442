/**
 * Controls and Docs tables from custom-elements.json, limited to the public API: one row per
 * attribute (its property named beside it), the properties without an attribute (`data`),
 * the documented events, slots, CSS custom properties and parts. Private and protected
 * members (controllers, caches) and undocumented analyzer finds are left out. Each row gets
 * the control its type calls for; stories/widget.ts applies every one to the element.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';

interface Item {
  name?: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}

interface Declaration {
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** Where a row came from: stories/widget.ts reads it to know how to apply the value. */
export const CATEGORY = {
  attribute: 'attributes',
  property: 'properties',
  event: 'events',
  slot: 'slots',
  token: 'css custom properties',
  part: 'css shadow parts',
} as const;

/** Values of a union of string literals (`'light' | 'dark' | 'auto'`), else undefined. */
function literalOptions(type: string): string[] | undefined {
  const members = type.split('|').map((part) => part.trim());
  const literals = members
    .filter((part) => /^'[^']*'$/.test(part))
    .map((part) => part.slice(1, -1));
  const rest = members.filter((part) => !/^'[^']*'$/.test(part) && part !== 'undefined');
  return literals.length && !rest.length ? literals : undefined;
}

/** The control a type calls for: number, boolean, text otherwise (unions get a select above). */
function controlOf(type: string | undefined): InputType['control'] {
  const text = type ?? 'string';
  const bare = text.replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  if (bare === 'number') return { type: 'number' };
  if (bare === 'boolean') return { type: 'boolean' };
  return { type: 'text' };
}

function row(
  item: Item,
  category: string,
  control: InputType['control'],
  extra: InputType = {},
): InputType {
  const type = item.type?.text;
  return {
    name: item.name,
    description: item.description ?? '',
    control,
    table: {
      category,
      type: type ? { summary: type } : undefined,
      defaultValue: item.default === undefined ? undefined : { summary: item.default },
    },
    ...extra,
  };
}

/** `civic-select` → `onCivicSelect`, the arg an action is recorded under. */
export const handlerArg = (event: string) =>
  `on${event.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;

function declarationOf(manifest: Manifest, tag: string): Declaration | undefined {
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName === tag) return declaration;
  return undefined;
}

/** The argTypes of one tag's public API. */
export function publicArgTypes(manifest: Manifest, tag: string): ArgTypes {
  const element = declarationOf(manifest, tag);
  if (!element) return {};
  const argTypes: ArgTypes = {};
  for (const attribute of element.attributes ?? []) {
    if (!attribute.name) continue;
    // `lang` is observed by the base class outside any decorator, so the analyzer gives it no
    // type; the widgets speak these two.
    const options =
      attribute.name === 'lang' ? ['zh-CN', 'en'] : literalOptions(attribute.type?.text ?? '');
    const field = attribute.fieldName;
    argTypes[attribute.name] = row(
      {
        ...attribute,
        description:
          field && field !== attribute.name
            ? `${attribute.description ?? ''} (property \`${field}\`)`
            : attribute.description,
      },
      CATEGORY.attribute,
      options ? { type: 'select' } : controlOf(attribute.type?.text),
      options ? { options } : {},
    );
  }
  const reflected = new Set((element.attributes ?? []).map((attribute) => attribute.fieldName));
  for (const member of element.members ?? []) {
    const isPublicField =
      member.kind === 'field' && !member.privacy && !member.static && member.description;
    if (!member.name || !isPublicField || reflected.has(member.name)) continue;
    // A read-only property is documented but has nothing to set.
    argTypes[member.name] = row(
      member,
      CATEGORY.property,
      member.readonly ? false : { type: 'object' },
    );
  }
  const seen = new Set<string>();
  for (const event of element.events ?? []) {
    if (!event.name || !event.description || seen.has(event.name)) continue;
    seen.add(event.name);
    argTypes[event.name] = row(event, CATEGORY.event, false);
    argTypes[handlerArg(event.name)] = { action: event.name, table: { disable: true } };
  }
  for (const slot of element.slots ?? [])
    argTypes[`slot:${slot.name || 'default'}`] = row(
      { ...slot, name: slot.name || '(default)' },
      CATEGORY.slot,
      false,
    );
  for (const token of element.cssProperties ?? [])
    if (token.name)
      argTypes[token.name] = row(
        token,
        CATEGORY.token,
        token.name.startsWith('--civic-color-') ? { type: 'color' } : { type: 'text' },
      );
  for (const part of element.cssParts ?? [])
    if (part.name) argTypes[`part:${part.name}`] = row(part, CATEGORY.part, false);
  return argTypes;
}
