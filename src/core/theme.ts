import { css, unsafeCSS, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** A theme's colours, by token name (`surface` is `--civic-color-surface`). */
type Palette = Readonly<Record<string, string>>;

/** The portal palette: the literal behind each `--_c-*` token of the light theme. */
export const lightPalette: Palette = {
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

/** The command-center palette: `theme="dark"`, a dark page, `<civic-screen>`, `auto` on a dark OS. */
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
 * `--civic-*` custom property to the built-in literal of the current theme, which
 * `ThemeController` writes to the host as `resolved-theme`: `light` (portal) or `dark`
 * (command-center screen). `theme="dark"` and `theme="auto"` (by `prefers-color-scheme`)
 * also work in CSS alone, before the script has run.
 * Typography is set on the inner base element, not on the host. Its size follows the page
 * (`1em` there is the host's size, which the page's own text size reaches: a 大字版 raising
 * the root, the body or a content class to 20px raises the widget too), with a floor of
 * `--civic-font-size-min`, so a CMS reset such as `* { font-size: 12px }` that reaches the host
 * does not shrink the widget. `--civic-font-size` fixes the size instead (a screen's design).
 * Measured against the real reset (test/a11y): reading the parent's computed size by script
 * gives the same number, since the reset reaches the parent too, and would need a script.
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
    --_c-font-size: var(--civic-font-size, max(var(--civic-font-size-min, 14px), 1em));
    --_c-radius: var(--civic-radius, 4px);
    --_c-space: var(--civic-space, 8px);
    display: block;
    box-sizing: border-box;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']),
  :host([resolved-theme='dark']:not([theme='light'])) {
    ${privateTokens(darkPalette)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${privateTokens(darkPalette)}
      color-scheme: dark;
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
  /* Sized in the widget's em, so a ResizeObserver on it sees the text size change (see
     FontSizeWatch). Positioned against the host, whose containment makes it the containing block. */
  .font-probe {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1em;
    block-size: 1em;
    font-size: var(--_c-font-size);
    visibility: hidden;
    pointer-events: none;
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

/** A theme a widget is drawn in. */
export type ThemeName = 'light' | 'dark';
/** The `theme` attribute: a theme, or `auto` for the visitor's OS setting. */
export type ThemeSetting = ThemeName | 'auto';

const THEME_WORDS: ReadonlySet<string> = new Set(['light', 'dark', 'auto']);
const darkOs = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

function asSetting(value: string | null | undefined): ThemeSetting | undefined {
  const word = value?.trim().toLowerCase();
  return word && THEME_WORDS.has(word) ? (word as ThemeSetting) : undefined;
}

/** The parent of a node, crossing out of a shadow root to its host. */
function parentOf(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

/**
 * `color-scheme` as the page sets it (CSS on any ancestor, inherited, or the
 * `<meta name="color-scheme">`): `dark` alone asks for dark, `light dark` leaves it to the
 * OS, as the browser itself does for its form controls and scrollbars.
 */
function colorSchemeTheme(parent: Element): ThemeSetting | undefined {
  let scheme = getComputedStyle(parent).colorScheme;
  if (!scheme || scheme === 'normal') {
    scheme = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  }
  const words = scheme.toLowerCase().split(/\s+/);
  const dark = words.includes('dark');
  if (!dark) return undefined;
  return words.includes('light') ? 'auto' : 'dark';
}

/**
 * What the page around `element` asks for, nearest first: a `data-civic-theme` attribute
 * (`light`, `dark` or `auto`) on any ancestor, an enclosing `<civic-screen>` (dark unless
 * `theme="light"`), then the page's `color-scheme`. Nothing asked: light, the portal look,
 * whatever the visitor's OS prefers.
 */
export function pageTheme(element: Element): ThemeSetting {
  for (let node = parentOf(element); node; node = parentOf(node)) {
    if (!(node instanceof Element)) continue;
    const asked = asSetting(node.getAttribute('data-civic-theme'));
    if (asked) return asked;
    if (node.localName === 'civic-screen') {
      return node.getAttribute('theme') === 'light' ? 'light' : 'dark';
    }
  }
  const parent = parentOf(element);
  const scheme = parent instanceof Element ? colorSchemeTheme(parent) : undefined;
  return scheme ?? 'light';
}

/** The theme a widget is drawn in: its own `theme`, else what the page asks for. */
export function resolveTheme(element: Element, setting: string | null | undefined): ThemeName {
  const chosen = asSetting(setting) ?? pageTheme(element);
  if (chosen === 'auto') return darkOs() ? 'dark' : 'light';
  return chosen;
}

/** A host whose theme is resolved: a widget with the `theme` attribute. */
export type ThemedHost = ReactiveControllerHost & HTMLElement & { theme?: string | null };

const themed = new Set<ThemeController>();
let attributeWatch: MutationObserver | undefined;
let rootWatch: MutationObserver | undefined;
let osWatch: MediaQueryList | undefined;
const refreshAll = () => themed.forEach((controller) => controller.refresh());

// One set of observers for the page: data-civic-theme and civic-screen's theme anywhere, the
// root's and body's class and style (where a page's dark-mode switch writes), the OS setting.
function watchPage(on: boolean): void {
  if (on && !attributeWatch) {
    attributeWatch = new MutationObserver(refreshAll);
    attributeWatch.observe(document.documentElement, {
      attributeFilter: ['data-civic-theme', 'theme'],
      subtree: true,
    });
    rootWatch = new MutationObserver(refreshAll);
    for (const root of [document.documentElement, document.body]) {
      if (root) rootWatch.observe(root, { attributeFilter: ['class', 'style'] });
    }
    osWatch =
      typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
    osWatch?.addEventListener('change', refreshAll);
  } else if (!on && attributeWatch) {
    attributeWatch.disconnect();
    rootWatch?.disconnect();
    osWatch?.removeEventListener('change', refreshAll);
    attributeWatch = rootWatch = osWatch = undefined;
  }
}

/**
 * Writes the widget's resolved theme to its `resolved-theme` attribute, where the styles and
 * the chart's colours read it. Without a `theme` of its own a widget follows the page (see
 * `pageTheme`), not the visitor's OS: a light portal stays light on a dark-mode computer.
 * Resolved when connected, when `theme` changes and when the page's theme changes.
 */
export class ThemeController implements ReactiveController {
  private setting?: string | null;

  constructor(private readonly host: ThemedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    themed.add(this);
    watchPage(true);
    this.refresh();
  }

  hostDisconnected(): void {
    themed.delete(this);
    if (themed.size === 0) watchPage(false);
  }

  hostUpdate(): void {
    if (this.host.theme !== this.setting) this.refresh();
  }

  /** Resolves the theme again and writes it to the host. */
  refresh(): void {
    this.setting = this.host.theme;
    const theme = resolveTheme(this.host, this.setting);
    if (this.host.getAttribute('resolved-theme') !== theme) {
      this.host.setAttribute('resolved-theme', theme);
    }
  }
}
