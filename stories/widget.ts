import type { StoryContext } from '@storybook/web-components-vite';
import { CATEGORY, handlerArg } from '../.storybook/arg-types.js';

/**
 * Creates a widget from a story's args, the way a page would write it: every attribute
 * control becomes an attribute (booleans present or absent), properties (`data`) are set,
 * CSS custom properties go on the element's style, and each event is recorded in the
 * Actions panel. `theme` follows the toolbar unless the story sets it; `lang` is inherited
 * from the frame the preview puts around each story (see .storybook/preview.ts).
 */
export function widget<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  args: Record<string, unknown>,
  { argTypes, globals }: Pick<StoryContext, 'argTypes' | 'globals'>,
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [key, argType] of Object.entries(argTypes)) {
    const value = args[key];
    switch (argType.table?.category) {
      case CATEGORY.attribute:
        if (value === true) element.setAttribute(key, '');
        else if (value !== undefined && value !== false && value !== '')
          element.setAttribute(key, String(value));
        break;
      case CATEGORY.property:
        if (value !== undefined) Object.assign(element, { [key]: value });
        break;
      case CATEGORY.token:
        if (value) element.style.setProperty(key, String(value));
        break;
      case CATEGORY.event: {
        const handler = args[handlerArg(key)];
        if (typeof handler === 'function') element.addEventListener(key, handler as EventListener);
        break;
      }
    }
  }
  if ('theme' in argTypes && !element.hasAttribute('theme'))
    element.setAttribute('theme', String(globals.theme ?? 'light'));
  return element;
}

/**
 * The stale state: the first answer is shown, then `src` moves to a failing URL, so the next
 * refresh fails and the last good data stays with its marker.
 */
export function failAfterFirstLoad<Widget extends HTMLElement & { src?: string }>(
  element: Widget,
  failingSrc: string,
): Widget {
  element.addEventListener('civic-load', () => (element.src = failingSrc), { once: true });
  return element;
}
