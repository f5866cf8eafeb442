import { css, unsafeCSS } from 'lit';

/** A theme's colours, by token name (`surface` is `--civic-color-surface`). */
type Palette = Readonly<Record<string, string>>;

const lightPalette: Palette = {
  surface: '#ffffff',
  'surface-alt': '#f4f6f9',
  text: '#1f2329',
  'text-muted': '#5c6370',
  border: '#d9dde3',
  accent: '#c8161d',
  up: '#c8161d',
  down: '#237804',
  warning: '#8a5a00',
  danger: '#b3261e',
};

/** The command-center palette, used by `theme="dark"`, auto theme in a dark scheme and civic-screen. */
const darkPalette: Palette = {
  surface: '#07162b',
  'surface-alt': '#0e2442',
  text: '#e8f1ff',
  'text-muted': '#9db4d3',
  border: '#1f4470',
  accent: '#3fb6ff',
  up: '#ff6b5e',
  down: '#5fd38d',
  warning: '#ffc65c',
  danger: '#ff8a80',
};

// Built from constants only, never from data, so unsafeCSS is safe here.
const privateTokens = (palette: Palette) =>
  unsafeCSS(
    Object.entries(palette)
      .map(([name, value]) => `--_c-${name}: var(--civic-color-${name}, ${value});`)
      .join('\n'),
  );

/** Sets the public `--civic-color-*` tokens to the dark palette, for a container's children. */
export const darkPublicTokens = unsafeCSS(
  Object.entries(darkPalette)
    .map(([name, value]) => `--civic-color-${name}: ${value};`)
    .join('\n'),
);

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
    ${privateTokens(lightPalette)}
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
    ${privateTokens(darkPalette)}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${privateTokens(darkPalette)}
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
