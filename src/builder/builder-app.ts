import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatFields } from '../data/adapt/index.js';
import { toCivicError } from '../data/errors.js';
import { pageHub } from '../data/source.js';
import type { Locale } from '../core/i18n.js';
import { errorSentence } from '../core/states.js';
import { words, type BuilderMessage } from './messages.js';
import { renderFieldMap } from './field-map.js';
import { renderSnippets } from './snippet-boxes.js';
import { renderDetection } from './detection-view.js';
import { renderChecks } from './checks-view.js';
import { renderOptions } from './options-panel.js';
import { optionAttributes } from './options.js';
import { LivePreview } from './preview.js';
import { scriptSnippet, widgetSnippets } from './snippet.js';
import { detectFor, type BuilderDetection } from './two-lists.js';
import { BUILDER_WIDGETS, type BuilderWidget } from './widgets.js';

type Form = 'tag' | 'placeholder' | 'text';

/**
 * The tag builder (配置器): a webmaster picks a widget, gives an answer of the backend (read
 * from a same-origin URL or pasted), checks the field map the adapt layer proposes, watches
 * the real widget with that data, and copies the markup. Rendered with lit-html into the
 * page's own DOM; it is an application page, not a widget.
 */
export class BuilderApp {
  private locale: Locale = 'zh-CN';
  private widget: BuilderWidget = BUILDER_WIDGETS[0];
  private src = '';
  private sample = '';
  /** The answer being configured; undefined until one is read or pasted. */
  private body: unknown;
  /** The address `body` was read from (the preview then fetches it too, as the page will). */
  private bodySrc?: string;
  private dataMessage = '';
  private busy = false;
  /** The person's choices: a path, and model field → source for fields they picked. */
  private path?: string;
  private choices: Record<string, string> = {};
  /** The widget options set, by attribute ('' for a boolean that is on). */
  private options: Record<string, string> = {};
  private copyMessage = '';
  private readonly preview = new LivePreview(() => this.update());
  private queued = false;

  constructor(
    private readonly root: HTMLElement,
    /** Where the runtime script is, as the page template names it. */
    private readonly runtimeUrl: string,
  ) {}

  start(): void {
    this.setLocale(this.locale);
  }

  private t(key: BuilderMessage, params?: Record<string, string | number>): string {
    return words(this.locale)(key, params);
  }

  /** Renders once per task however many things changed. */
  private update(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      render(this.template(), this.root);
    });
  }

  private setLocale(locale: Locale): void {
    this.locale = locale;
    document.documentElement.lang = locale;
    document.title = `${this.t('title')} · civic-widgets`;
    this.update();
  }

  private setWidget(tag: string): void {
    this.widget = BUILDER_WIDGETS.find((widget) => widget.tag === tag) ?? BUILDER_WIDGETS[0];
    this.path = undefined;
    this.choices = {};
    this.options = {};
    this.update();
  }

  private setBody(body: unknown, src?: string): void {
    this.body = body;
    this.bodySrc = src;
    this.dataMessage = '';
    this.path = undefined;
    this.choices = {};
  }

  private async readSrc(): Promise<void> {
    const src = this.src.trim();
    if (src === '') {
      this.dataMessage = this.t('noSrc');
      return this.update();
    }
    const url = parseUrl(src);
    if (!url) {
      this.dataMessage = this.t('badSrc');
      return this.update();
    }
    if (url.origin !== location.origin) {
      this.dataMessage = this.t('crossOrigin', { origin: location.origin });
      return this.update();
    }
    this.busy = true;
    this.dataMessage = this.t('fetching');
    this.update();
    try {
      const response = await pageHub.request(url.href);
      this.setBody(response.body, src);
    } catch (error) {
      const sentence = errorSentence(toCivicError(error), this.locale);
      this.dataMessage = this.t('fetchFailed', { sentence });
    } finally {
      this.busy = false;
      this.update();
    }
  }

  private useSample(): void {
    try {
      this.setBody(JSON.parse(this.sample));
    } catch (error) {
      this.dataMessage = this.t('badJson', { message: (error as Error).message });
    }
    this.update();
  }

  private choose(field: string, source: string): void {
    if (source === '') delete this.choices[field];
    else this.choices[field] = source;
    this.update();
  }

  private async copy(name: string, text: string, box: HTMLTextAreaElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copyMessage = this.t('copied', { form: name });
    } catch {
      // Pages served over plain http have no Clipboard API: select the text for Ctrl+C.
      box?.select();
      const copied = box !== null && document.execCommand('copy');
      this.copyMessage = copied ? this.t('copied', { form: name }) : this.t('copyFailed');
    }
    this.update();
  }

  private template(): TemplateResult {
    const detection =
      this.body === undefined
        ? undefined
        : detectFor(this.widget, this.body, { path: this.path, fields: this.choices });
    return html`<header class="masthead">
        <h1>${this.t('title')}</h1>
        <p>${this.t('intro')}</p>
        <label class="language"
          >${this.t('language')} / Language
          <select
            @change=${(e: Event) => this.setLocale((e.target as HTMLSelectElement).value as Locale)}
          >
            <option value="zh-CN" ?selected=${this.locale === 'zh-CN'} lang="zh-CN">中文</option>
            <option value="en" ?selected=${this.locale === 'en'} lang="en">English</option>
          </select>
        </label>
      </header>
      <main>
        ${this.widgetStep()} ${this.dataStep()}
        ${renderDetection({
          detection,
          shape: this.widget.shape,
          locale: this.locale,
          onPath: (path) => {
            this.path = path;
            this.update();
          },
        })}
        ${
          detection?.path === undefined
            ? nothing
            : renderFieldMap({
                proposals: detection.fields,
                widget: this.widget,
                choices: this.choices,
                locale: this.locale,
                onChoose: (field, source) => this.choose(field, source),
              })
        }
        ${renderOptions({
          tag: this.widget.tag,
          values: this.options,
          locale: this.locale,
          onChange: (name, value) => {
            if (value === undefined) delete this.options[name];
            else this.options[name] = value;
            this.update();
          },
        })}
        ${this.previewStep(detection)} ${this.copyStep(detection)}
      </main>`;
  }

  private widgetStep(): TemplateResult {
    return html`<section aria-labelledby="step-widget">
      <h2 id="step-widget">${this.t('stepWidget')}</h2>
      <label for="widget">${this.t('widget')}</label>
      <select
        id="widget"
        @change=${(e: Event) => this.setWidget((e.target as HTMLSelectElement).value)}
      >
        ${BUILDER_WIDGETS.map(
          (widget) =>
            html`<option value=${widget.tag} ?selected=${widget === this.widget}>
              ${widget.title[this.locale]} &lt;${widget.tag}&gt;
            </option>`,
        )}
      </select>
    </section>`;
  }

  private dataStep(): TemplateResult {
    return html`<section aria-labelledby="step-data">
      <h2 id="step-data">${this.t('stepData')}</h2>
      <label for="src">${this.t('src')}</label>
      <p class="help" id="src-help">${this.t('srcHelp')}</p>
      <div class="row">
        <input
          id="src"
          type="text"
          inputmode="url"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="src-help"
          .value=${live(this.src)}
          @input=${(e: Event) => {
            this.src = (e.target as HTMLInputElement).value;
            this.update();
          }}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && void this.readSrc()}
        />
        <button type="button" ?disabled=${this.busy} @click=${() => void this.readSrc()}>
          ${this.t('fetch')}
        </button>
      </div>
      <label for="sample">${this.t('sample')}</label>
      <p class="help" id="sample-help">${this.t('sampleHelp')}</p>
      <textarea
        id="sample"
        rows="6"
        spellcheck="false"
        aria-describedby="sample-help"
        .value=${live(this.sample)}
        @input=${(e: Event) => (this.sample = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <div class="row">
        <button type="button" @click=${() => this.useSample()}>${this.t('useSample')}</button>
      </div>
      <p class="message" role="status">${this.dataMessage}</p>
    </section>`;
  }

  private previewStep(detection: BuilderDetection | undefined): TemplateResult | typeof nothing {
    if (!detection) return nothing;
    const element = this.preview.show({
      tag: this.widget.tag,
      src: this.bodySrc,
      data: this.bodySrc === undefined ? this.body : undefined,
      path: detection.path,
      fields: formatFields(this.choices),
      options: optionAttributes(this.widget.tag, this.options),
    });
    return html`<section aria-labelledby="step-preview">
      <h2 id="step-preview">${this.t('stepPreview')}</h2>
      <p class="help">${this.t('previewHelp')}</p>
      <div class="preview">${element}</div>
      <h3 id="checks">${this.t('checks')}</h3>
      <div class="checks" role="status" aria-labelledby="checks">
        ${renderChecks({
          report: this.preview.report,
          detection,
          body: this.body,
          widget: this.widget,
          choices: this.choices,
          locale: this.locale,
        })}
      </div>
    </section>`;
  }

  private copyStep(detection: BuilderDetection | undefined): TemplateResult | typeof nothing {
    if (!detection || detection.path === undefined) return nothing;
    const input = {
      tag: this.widget.tag,
      attributes: [
        ['src', this.src.trim()],
        ['path', detection.path],
        ['fields', formatFields(this.choices)],
        ...optionAttributes(this.widget.tag, this.options),
      ] as const,
      fallback: this.t('fallback', { title: this.widget.title[this.locale] }),
    };
    const t = words(this.locale);
    const script = scriptSnippet(this.runtimeUrl);
    const snippets = widgetSnippets(input);
    const forms: [Form, string | undefined][] = [
      ['tag', snippets.tag],
      ['placeholder', snippets.placeholder],
      ['text', snippets.text],
    ];
    return html`<section aria-labelledby="step-copy">
      <h2 id="step-copy">${this.t('stepCopy')}</h2>
      ${renderSnippets(
        this.locale,
        [
          {
            id: 'script',
            name: t('scriptName'),
            title: t('script'),
            help: t('scriptHelp'),
            text: script,
          },
          ...forms.map(([form, text]) => ({
            id: form,
            name: t(`form.${form}`),
            title: t(`form.${form}`),
            help: t(text === undefined ? 'form.textUnavailable' : `form.${form}Help`),
            text,
          })),
        ],
        (name, text, box) => void this.copy(name, text, box),
      )}
      <p class="message" role="status">${this.copyMessage}</p>
    </section>`;
  }
}

/** The address typed, resolved against the page; undefined when it is not one. */
function parseUrl(text: string): URL | undefined {
  // Not URL.parse(): the builder must run in the older browsers portal offices still use.
  try {
    return new URL(text, document.baseURI);
  } catch {
    return undefined;
  }
}
