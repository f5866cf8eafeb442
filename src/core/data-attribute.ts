import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { CivicErrorEvent } from './events.js';
import { localize, type Locale, type MessageTable } from './i18n.js';

/**
 * `data` is a property only. A framework that binds an object as an attribute writes its
 * text instead: Vue 2's `:data="rows"` (without `.prop`) gives `data="[object Object]"`, and
 * the widget would stay blank. This guard notices that text, says how to bind the value, and
 * fires `civic-error` with the same advice. Other text in a `data` attribute is left alone.
 */

/** What `String(value)` makes of an object or of an array of objects. */
const STRINGIFIED = /^\[object \w+\](,\[object \w+\])*$/;

const messages: MessageTable<'bound-as-text'> = {
  'zh-CN': {
    'bound-as-text':
      '组件的 data 收到的是文字“{text}”:页面框架把对象写成了 HTML 属性。' +
      '请按属性绑定:Vue 2 写 :data.prop="rows",Angular 写 [data]="rows"。',
  },
  en: {
    'bound-as-text':
      'The data of this widget is the text "{text}": the framework wrote an object into an ' +
      'HTML attribute. Bind it as a property instead: :data.prop="rows" in Vue 2, ' +
      '[data]="rows" in Angular.',
  },
};

/** The `data` attribute's text when it is a stringified object, else undefined. */
export function stringifiedData(attribute: string | null): string | undefined {
  const text = attribute?.trim();
  return text && STRINGIFIED.test(text) ? text : undefined;
}

/** Watches the host's `data` attribute; `render` shows the advice while the mistake lasts. */
export class DataAttributeGuard implements ReactiveController {
  private text?: string;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.check());
    this.observer.observe(this.host, { attributeFilter: ['data'] });
    this.check();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** The error shown instead of the widget's own state, or undefined when all is well. */
  render(locale: Locale): TemplateResult | undefined {
    if (!this.text) return undefined;
    return html`<div part="error" class="error" role="alert">
      <p class="error-text">${localize(messages, locale, 'bound-as-text', { text: this.text })}</p>
    </div>`;
  }

  private check(): void {
    const text = stringifiedData(this.host.getAttribute('data'));
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
    if (!text) return;
    const message = `data is the text "${text}": bind it as a property (Vue 2: :data.prop="rows")`;
    this.host.dispatchEvent(new CivicErrorEvent({ source: 'data', kind: 'shape', message }));
  }
}
