import type { FieldMap } from './types.js';

// Webmasters type these attributes in Chinese input modes: accept full-width separators too.
const ENTRY_SEPARATOR = /[,;\n\r\uFF0C\uFF1B\u3001]+/;
const KEY_SEPARATOR = /[:\uFF1A]/;
// "categories[].name", "categories[*].name", "categories.*.name" all name a field of each item.
const EACH_ITEM = /\[\s*\*?\s*\]|\.\*(?=\.|$)/g;

/** A model field name as the schema spells it: `categories[].name` is `categories.name`. */
function modelField(name: string): string {
  return name.replace(EACH_ITEM, '').trim();
}

/**
 * Parses the `fields` attribute: `"unit:deptName, score:stats.joinCount"` → model field →
 * source path. A field inside a nested list is named through the list:
 * `categories.name:catName` (also written `categories[].name`) reads each category's name.
 * Tolerates spaces, newlines, `,` `;` `、` and the full-width colon; entries without a name
 * or a path are skipped rather than failing the widget. A `__proto__` entry is skipped too:
 * no schema field has that name, and assigning it would change the map's prototype.
 */
export function parseFields(attr: string): FieldMap {
  const map: Record<string, string> = {};
  if (typeof attr !== 'string') return map;
  for (const entry of attr.split(ENTRY_SEPARATOR)) {
    const match = KEY_SEPARATOR.exec(entry);
    if (!match) continue;
    const field = modelField(entry.slice(0, match.index));
    const source = entry.slice(match.index + 1).trim();
    if (field === '' || source === '' || field === '__proto__') continue;
    map[field] = source;
  }
  return map;
}

/**
 * The field map of `AdaptOptions.fields`, parsed when it is the attribute text. Only own,
 * non-empty string entries of a given map are kept, so a map built from untrusted JSON
 * cannot point a field at an inherited property.
 */
export function toFieldMap(fields: string | FieldMap | undefined): FieldMap {
  if (typeof fields === 'string') return parseFields(fields);
  const map: Record<string, string> = {};
  if (typeof fields !== 'object' || fields === null) return map;
  for (const field of Object.keys(fields)) {
    const source: unknown = fields[field];
    const name = modelField(field);
    if (typeof source === 'string' && source.trim() !== '' && name !== '__proto__') {
      map[name] = source.trim();
    }
  }
  return map;
}
