// @ts-check
// The five rich-text editors, as a CMS's admin page runs them: the editor's own files from npm,
// a host element, and the page's script that creates the editor (test/editors/settings/, the
// default one and, where the guide documents one, the relaxed one). Each editor says how to
// tell it is ready, how to load HTML as its source mode does, and how to read what it saves.
// The three functions run in the admin page (/** @type {any} */ (window).evaluate), so each one names the page's
// globals itself: `any(window)`, written out, since a closure does not travel.

/**
 * `tag`, `placeholder` and `text` are pasted as HTML (as source mode does); `typed` is the text
 * form typed into the editing area, with a Chinese IME's quotes and a full-width space.
 * @typedef {'tag' | 'placeholder' | 'text' | 'typed'} Form
 */

/**
 * @typedef {object} Editor
 * @property {string} name file names: settings/<name>.js, fixtures/<name>-<form>.html
 * @property {string} label name and version the guide uses
 * @property {readonly string[]} scripts
 * @property {readonly string[]} styles
 * @property {string} host the page's elements the editor is created on
 * @property {{ default: readonly Form[], relaxed?: readonly Form[] }} works the forms whose widget
 *   shows its data after two saves, measured: in the default settings and, where the guide
 *   documents them, in the relaxed ones (settings/<name>.relaxed.js; typing is left out there,
 *   the settings change what is kept of markup, not of text)
 * @property {() => boolean} ready
 * @property {() => void} focus puts the caret into the editing area, for typing
 * @property {(html: string) => void | Promise<void>} load
 * @property {() => string} save
 */

/** @type {readonly Editor[]} */
export const EDITORS = [
  {
    name: 'ckeditor4',
    label: 'CKEditor 4.22',
    scripts: ['/vendor/ckeditor4/ckeditor.js'],
    styles: [],
    host: '<textarea id="content" name="content"></textarea>',
    works: { default: ['text', 'typed'], relaxed: ['tag', 'text'] },
    ready: () => /** @type {any} */ (window).CKEDITOR?.instances.content?.status === 'ready',
    focus: () => /** @type {any} */ (window).CKEDITOR.instances.content.focus(),
    load: (html) =>
      new Promise((resolve) =>
        /** @type {any} */ (window).CKEDITOR.instances.content.setData(html, { callback: resolve }),
      ),
    save: () => /** @type {any} */ (window).CKEDITOR.instances.content.getData(),
  },
  {
    name: 'tinymce',
    label: 'TinyMCE 8',
    scripts: ['/vendor/tinymce/tinymce.min.js'],
    styles: [],
    host: '<textarea id="content" name="content"></textarea>',
    works: {
      default: ['placeholder', 'text', 'typed'],
      relaxed: ['tag', 'placeholder', 'text', 'typed'],
    },
    ready: () => /** @type {any} */ (window).tinymce?.get('content')?.initialized === true,
    focus: () => /** @type {any} */ (window).tinymce.get('content').focus(),
    load: (html) => void (/** @type {any} */ (window).tinymce.get('content').setContent(html)),
    save: () => /** @type {any} */ (window).tinymce.get('content').getContent(),
  },
  {
    name: 'kindeditor',
    label: 'KindEditor 4.1.10',
    scripts: ['/vendor/kindeditor/kindeditor-all-min.js', '/vendor/kindeditor/lang/zh-CN.js'],
    styles: [],
    host: '<textarea id="content" name="content"></textarea>',
    works: { default: ['text', 'typed'], relaxed: ['tag', 'text'] },
    ready: () => /** @type {any} */ (window).editor?.isCreated === true,
    focus: () => /** @type {any} */ (window).editor.focus(),
    load: (html) => void (/** @type {any} */ (window).editor.html(html)),
    save: () => /** @type {any} */ (window).editor.html(),
  },
  {
    name: 'wangeditor',
    label: 'wangEditor 5',
    scripts: ['/vendor/wangeditor/index.js'],
    styles: ['/vendor/wangeditor/css/style.css'],
    host: '<div id="toolbar"></div><div id="content"></div>',
    works: { default: ['text', 'typed'] },
    ready: () => /** @type {any} */ (window).editor !== undefined,
    focus: () => /** @type {any} */ (window).editor.focus(),
    load: (html) => void (/** @type {any} */ (window).editor.setHtml(html)),
    save: () => /** @type {any} */ (window).editor.getHtml(),
  },
  {
    name: 'quill',
    label: 'Quill 2',
    scripts: ['/vendor/quill/quill.js'],
    styles: ['/vendor/quill/quill.snow.css'],
    host: '<div id="content"></div>',
    works: { default: ['text', 'typed'] },
    ready: () => /** @type {any} */ (window).quill !== undefined,
    focus: () => /** @type {any} */ (window).quill.focus(),
    load: (html) => void (/** @type {any} */ (window).quill.clipboard.dangerouslyPasteHTML(html)),
    save: () => /** @type {any} */ (window).quill.root.innerHTML,
  },
];
