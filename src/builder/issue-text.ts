import { explainIssue, type FieldMap, type IssueExplanation } from '../data/adapt/index.js';
import type { ValidationIssue } from '../data/errors.js';
import type { Locale } from '../core/i18n.js';
import { words, zhTypeWords } from './messages.js';
import type { ListName } from './two-lists.js';
import type { BuilderWidget } from './widgets.js';

// Enough of a value to recognise it, as the adapter's own messages clip it.
const MAX_TEXT = 40;
const MAX_KEYS = 8;

/** A value of the answer in a few words of the page's language: `"省委办公厅"`, `12`, a list of 3. */
export function describeSample(value: unknown, locale: Locale): string {
  const t = words(locale);
  if (value === undefined || value === null) return t('value.nothing');
  if (typeof value === 'string') {
    const chars = Array.from(value);
    return JSON.stringify(
      chars.length > MAX_TEXT ? `${chars.slice(0, MAX_TEXT).join('')}…` : value,
    );
  }
  if (Array.isArray(value)) return t('value.list', { count: value.length });
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return t('value.emptyObject');
    const shown = keys.slice(0, MAX_KEYS).join(t('value.separator'));
    return t('value.object', { keys: keys.length > MAX_KEYS ? `${shown}…` : shown });
  }
  return String(value);
}

/** A model field as a person knows it: `outcomes[2].value` → the label of `outcomes.value`. */
function fieldLabel(widget: BuilderWidget, field: string, locale: Locale): string {
  const key = field.replace(/\[\d+\]/g, '');
  return widget.fields[locale][key] ?? key;
}

function sentence(
  explained: IssueExplanation,
  widget: BuilderWidget,
  mapped: FieldMap,
  locale: Locale,
  list?: ListName,
): string {
  const t = words(locale);
  if (explained.kind === 'more') return t('issue.more', { count: explained.count });
  // Rows are counted from 1 for people; a record's own fields (row -1) have no row.
  const row = explained.row + 1;
  const prefix =
    explained.row < 0
      ? ''
      : list
        ? t('listRowPrefix', { list: t(`listName.${list}`), row })
        : t('rowPrefix', { row });
  if (explained.kind === 'not-object') {
    return prefix + t('issue.not-object', { value: describeSample(explained.value, locale) });
  }
  const field = fieldLabel(widget, explained.field, locale);
  if (explained.kind === 'missing') {
    const picked = Object.hasOwn(mapped, explained.field.replace(/\[\d+\]/g, ''));
    return prefix + t(picked ? 'issue.missing' : 'issue.unmapped', { ...explained, field });
  }
  const type = locale === 'en' ? explained.expected : zhTypeWords[explained.type];
  const value = describeSample(explained.value, locale);
  const params = { source: explained.source, field, type, value, min: explained.min ?? '' };
  return prefix + t(`issue.${explained.kind}`, params);
}

/**
 * The adapter's issues as sentences in the page's language, built from each issue's parts and
 * the rows it names (the widgets' own issue messages are English, for developers). `mapped`
 * holds the fields a person picked: a missing one is then their pick, not a field not found.
 * `list` names the list of a two-list answer the rows are counted in.
 */
export function describeIssues(
  issues: readonly ValidationIssue[],
  rows: readonly unknown[],
  widget: BuilderWidget,
  mapped: FieldMap,
  locale: Locale,
  list?: ListName,
): string[] {
  return issues.map((issue) =>
    sentence(explainIssue(issue, rows, widget.schema), widget, mapped, locale, list),
  );
}
