/**
 * Markup that survives rich-text editors, turned into widgets: placeholders
 * (`<div data-civic="unit-leaderboard" data-src="…">fallback</div>`) anywhere on the page, and
 * text forms (`[civic-unit-leaderboard src="…"]`) only inside the containers a template marks
 * for scanning, so text typed into a comment box never becomes a widget.
 */
import { parseTextForm } from './text-form.js';
import { TAG_SELECTOR, setDocumented, tagNamed } from './tags.js';

/** Marks a container whose paragraphs are scanned for text forms (also, as a selector, on the script). */
export const SCAN_ATTRIBUTE = 'data-civic-scan';
export const PLACEHOLDER_SELECTOR = '[data-civic]';

/** Elements a text form may fill: its whole text is the form. */
export const BLOCKS =
  'p,div,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,pre,center,section,article';
/** Blocks the widget goes inside rather than replacing, so lists and tables keep their shape. */
const KEEP = new Set(['li', 'td', 'th', 'dd', 'dt']);

/** Editing areas are left alone: a widget saved back by an editor would be lost markup. */
const editable = (element: Element) => (element as HTMLElement).isContentEditable === true;

/**
 * Replaces a placeholder with its widget: documented `data-*` attributes without the prefix,
 * its `id` and `class`, and its content as the widget's fallback.
 * @returns the widget, or undefined when `data-civic` names no known tag (the placeholder stays)
 */
export function upgradePlaceholder(placeholder: Element): HTMLElement | undefined {
  const tag = tagNamed(placeholder.getAttribute('data-civic'));
  if (!tag || editable(placeholder) || !placeholder.parentNode) return undefined;
  const widget = document.createElement(tag);
  for (const { name, value } of Array.from(placeholder.attributes)) {
    if (name === 'id' || name === 'class') widget.setAttribute(name, value);
    else if (name.startsWith('data-') && name !== 'data-civic')
      setDocumented(widget, name.slice(5), value);
  }
  widget.append(...Array.from(placeholder.childNodes));
  placeholder.replaceWith(widget);
  return widget;
}

/**
 * Text as a reader sees it: `<br>` and block boundaries are spaces, so a form split across
 * spans, lines and an editor's wrappers reads as one.
 */
function readText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (!(node instanceof Element)) return '';
  if (node.localName === 'br') return ' ';
  if (node.localName === 'script' || node.localName === 'style') return '';
  if (node.matches(TAG_SELECTOR)) return ' '; // a widget's fallback is not the block's text
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += readText(child);
  return node.matches(BLOCKS) ? ` ${text} ` : text;
}

/**
 * Turns every text form inside `region` (the scan container `container`, or an element inside
 * it) into its widget. Where blocks nest, the innermost one whose whole text is the form is
 * used; the container itself is kept, with the widget inside.
 * @returns the widgets made
 */
export function scanTextForms(region: Element, container: Element = region): HTMLElement[] {
  const candidates = [region, ...Array.from(region.querySelectorAll(BLOCKS))].filter(
    // A form inside a widget's fallback stays fallback text.
    (block) =>
      !editable(block) &&
      !block.parentElement?.closest(TAG_SELECTOR) &&
      /civic-/i.test(block.textContent ?? ''),
  );
  const found = candidates.flatMap((block) => {
    const form = parseTextForm(readText(block));
    return form ? [{ block, form }] : [];
  });
  const innermost = found.filter(({ block }) =>
    found.every((other) => other.block === block || !block.contains(other.block)),
  );
  return innermost.map(({ block, form }) => {
    const widget = document.createElement(form.tag);
    for (const [name, value] of form.attributes) {
      if (!setDocumented(widget, name, value))
        console.warn(`civic-widgets: <${form.tag}> has no attribute "${name}"; left out`);
    }
    if (block === container || KEEP.has(block.localName)) block.replaceChildren(widget);
    else block.replaceWith(widget);
    return widget;
  });
}
