import { css } from 'lit';

/** The dark screen palette, used by `theme="dark"` and by auto theme in a dark scheme. */
const darkTokens = css`
  --_c-surface: var(--civic-color-surface, #07162b);
  --_c-surface-alt: var(--civic-color-surface-alt, #0e2442);
  --_c-text: var(--civic-color-text, #e8f1ff);
  --_c-text-muted: var(--civic-color-text-muted, #9db4d3);
  --_c-border: var(--civic-color-border, #1f4470);
  --_c-accent: var(--civic-color-accent, #3fb6ff);
  --_c-up: var(--civic-color-up, #ff6b5e);
  --_c-down: var(--civic-color-down, #5fd38d);
  --_c-warning: var(--civic-color-warning, #ffc65c);
  --_c-danger: var(--civic-color-danger, #ff8a80);
`;

/**
 * Design tokens. Every widget reads the private `--_c-*` values, which chain a page's
 * `--civic-*` custom property to the built-in literal of the current theme:
 * `light` (portal), `dark` (command-center screen), or auto by `prefers-color-scheme`.
 * Typography is set on the inner base element, not on the host, so a CMS reset such as
 * `* { font-size: 12px }` that reaches the host does not reach the widget's text.
 * The tokens are documented on CivicElement, where the manifest picks them up.
 */
export const themeStyles = css`
  :host {
    --_c-surface: var(--civic-color-surface, #ffffff);
    --_c-surface-alt: var(--civic-color-surface-alt, #f4f6f9);
    --_c-text: var(--civic-color-text, #1f2329);
    --_c-text-muted: var(--civic-color-text-muted, #5c6370);
    --_c-border: var(--civic-color-border, #d9dde3);
    --_c-accent: var(--civic-color-accent, #c8161d);
    --_c-up: var(--civic-color-up, #c8161d);
    --_c-down: var(--civic-color-down, #237804);
    --_c-warning: var(--civic-color-warning, #8a5a00);
    --_c-danger: var(--civic-color-danger, #b3261e);
    --_c-font: var(
      --civic-font-family,
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      'Source Han Sans SC',
      system-ui,
      sans-serif
    );
    --_c-font-size: var(--civic-font-size, 14px);
    --_c-radius: var(--civic-radius, 4px);
    --_c-space: var(--civic-space, 8px);
    display: block;
    box-sizing: border-box;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  .base {
    box-sizing: border-box;
    height: 100%;
    background: var(--_c-surface);
    color: var(--_c-text);
    font-family: var(--_c-font);
    font-size: var(--_c-font-size);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    border-radius: var(--_c-radius);
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_c-accent);
    outline-offset: 1px;
  }
  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_c-border);
    border-radius: var(--_c-radius);
    padding: 2px calc(var(--_c-space) * 1.25);
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
