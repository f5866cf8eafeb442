// @ts-check
// One Lit element and nothing else: what any Lit widget carries.
import { LitElement, css, html } from 'lit';

customElements.define(
  'x-lit-alone',
  class extends LitElement {
    /** @override */
    static styles = css`
      :host {
        display: block;
      }
    `;
    /** @override */
    render() {
      return html`<p>${this.localName}</p>`;
    }
  },
);
