import { fixture, html } from '@open-wc/testing';
import { BuilderApp } from '../../src/builder/builder-app.js';
import { until } from '../helpers/api.js';

/**
 * The tag builder mounted in the test page, driven through its own controls, so tests read as
 * arrange / act / assert. The widgets are defined by the test's imports, as the runtime
 * script defines them on the builder page.
 */
export class BuilderHarness {
  private constructor(readonly root: HTMLElement) {}

  static async open(): Promise<BuilderHarness> {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    new BuilderApp(root, '/dist/civic-widgets.iife.js').start();
    await until(() => root.querySelector('#sample'), 'the builder');
    return new BuilderHarness(root);
  }

  private find<E extends Element>(selector: string): E {
    const element = this.root.querySelector<E>(selector);
    if (!element) throw new Error(`no ${selector}`);
    return element;
  }

  /** Renders are queued to the end of the task. */
  settled(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve));
  }

  async choose(selector: string, value: string): Promise<void> {
    const control = this.find<HTMLSelectElement | HTMLInputElement>(selector);
    control.value = value;
    control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input'));
    await this.settled();
  }

  async check(selector: string, on: boolean): Promise<void> {
    const box = this.find<HTMLInputElement>(selector);
    box.checked = on;
    box.dispatchEvent(new Event('change'));
    await this.settled();
  }

  async widget(tag: string): Promise<void> {
    await this.choose('#widget', tag);
  }

  /** Pastes `body` as the sample answer and uses it. */
  async paste(body: unknown): Promise<void> {
    const sample = this.find<HTMLTextAreaElement>('#sample');
    sample.value = JSON.stringify(body);
    sample.dispatchEvent(new Event('input'));
    this.button(/使用这段数据|Use this sample/).click();
    await until(() => this.root.querySelector('#snippet-tag'), 'the snippets');
  }

  /** Reads the answer of `url`, as the webmaster's API address. */
  async read(url: string): Promise<void> {
    await this.choose('#src', url);
    this.button(/读取接口|Read the API/).click();
    await until(() => this.root.querySelector('#snippet-tag'), 'the snippets');
  }

  button(name: RegExp): HTMLButtonElement {
    const found = [...this.root.querySelectorAll('button')].find((button) =>
      name.test(button.textContent ?? ''),
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  /** The text of a snippet box: `tag`, `placeholder`, `text`. */
  snippet(form: string): string {
    return this.find<HTMLTextAreaElement>(`#snippet-${form}`).value;
  }

  preview<E extends HTMLElement = HTMLElement>(): E {
    return this.find<E>('.preview > *');
  }

  text(selector: string): string {
    return this.find(selector).textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
}
