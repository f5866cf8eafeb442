// @ts-check
// Hostile strings a backend (or whoever can write into its database) may send. Each one,
// if ever interpreted as markup, script, URL or style, sets `window.__xss` (`top.__xss` from
// inside a frame). Plain JavaScript, so the browser suites (TypeScript) and the end-to-end
// test under strict CSP + Trusted Types (node) share one list.

/**
 * @typedef {object} XssVector
 * @property {string} family what kind of trick it is
 * @property {string} text the string put into every text field
 * @property {boolean} [long] too long for a URL (`/api/echo?body=`): fed as `data` only
 */

const RUN = 'top.__xss=1';

/** @type {Record<string, string[]>} */
const FAMILIES = {
  'script tag': [
    `<script>${RUN}</script>`,
    `<SCRIPT>${RUN}</SCRIPT>`,
    `<script src=data:,${RUN}></script>`,
    `<script type="module">${RUN}</script>`,
    `<script>/*</script><script>*/${RUN}</script>`,
    `<scr<script>ipt>${RUN}</scr</script>ipt>`,
    `"><script>${RUN}</script>`,
    `'><script>${RUN}</script>`,
    `</title><script>${RUN}</script>`,
    `<<script>${RUN}//<</script>`,
    `<script\ttype="text/javascript">${RUN};</script>`,
    `</script><script>${RUN}</script>`,
  ],
  'event handler': [
    `<img src=x onerror=${RUN}>`,
    `<img src=x onerror="${RUN}">`,
    `<IMG SRC=x OnErRoR=${RUN}>`,
    `<img/src=x/onerror=${RUN}>`,
    `<img src=x onerror=&#116;op.__xss=1>`,
    `<img src="x\`onerror=${RUN}>`,
    `<body onload=${RUN}>`,
    `<body onpageshow=${RUN}>`,
    `<svg onload=${RUN}>`,
    `<svg/onload=${RUN}>`,
    `<input autofocus onfocus=${RUN}>`,
    `<select autofocus onfocus=${RUN}>`,
    `<textarea autofocus onfocus=${RUN}></textarea>`,
    `<details open ontoggle=${RUN}>`,
    `<video><source onerror=${RUN}></video>`,
    `<audio src=x onerror=${RUN}>`,
    `<marquee onstart=${RUN}>`,
    `<div onmouseover=${RUN}>hover</div>`,
    `<iframe onload=${RUN}></iframe>`,
    `<object data=x onerror=${RUN}>`,
    `<style onload=${RUN}></style>`,
    `<x contenteditable autofocus onfocus=${RUN}>`,
    `" onmouseover="${RUN}`,
    `' onfocus='${RUN}' autofocus x='`,
    `\` onclick=\`${RUN}`,
  ],
  'javascript:, data: and vbscript: URL': [
    `javascript:${RUN}`,
    `JaVaScRiPt:${RUN}`,
    `\tjavascript:${RUN}`,
    `java\tscript:${RUN}`,
    `java\nscript:${RUN}`,
    `java&#x09;script:${RUN}`,
    `&#106;avascript:${RUN}`,
    `&#x6A;avascript:${RUN}`,
    `javascript&colon;${RUN}`,
    `javascript://%0A${RUN}`,
    `\u0001javascript:${RUN}`,
    `javascript\u0000:${RUN}`,
    `data:text/html,<script>${RUN}</script>`,
    `DATA:text/html;base64,PHNjcmlwdD50b3AuX194c3M9MTwvc2NyaXB0Pg==`,
    `data:image/svg+xml,<svg onload=${RUN}>`,
    'vbscript:msgbox(1)',
    `VBScript:${RUN}`,
    `<a href="javascript:${RUN}">x</a>`,
    `<a href=" &#14;  javascript:${RUN}">x</a>`,
    `https://example.org/" onmouseover="${RUN}`,
    `https://example.org/<script>${RUN}</script>`,
    '//evil.example/x.js',
    `<form action=javascript:${RUN}><button>x</button></form>`,
    `<base href="javascript:${RUN}//">`,
    `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  ],
  'SVG and MathML': [
    `<svg><script>${RUN}</script></svg>`,
    `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
    `<svg><a xlink:href="javascript:${RUN}"><text x=20 y=20>x</text></a></svg>`,
    `<svg><foreignObject><img src=x onerror=${RUN}></foreignObject></svg>`,
    `<svg><set attributeName=onmouseover to=${RUN}>`,
    `<svg><style><img src=x onerror=${RUN}></style></svg>`,
    `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${RUN}'/></svg>#x"/></svg>`,
    `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
    `<math href="javascript:${RUN}">x</math>`,
    `<math><maction actiontype="statusline" xlink:href="javascript:${RUN}">x</maction></math>`,
    `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  ],
  'frames and embedded documents': [
    `<iframe srcdoc="<script>${RUN}</script>"></iframe>`,
    `<iframe srcdoc="&lt;img src=x onerror=${RUN}&gt;"></iframe>`,
    `<iframe src="javascript:${RUN}"></iframe>`,
    `<embed src="javascript:${RUN}">`,
    `<object data="data:text/html,<script>${RUN}</script>"></object>`,
    `<frameset onload=${RUN}>`,
    `<template><img src=x onerror=${RUN}></template>`,
    `<link rel=import href="data:text/html,<script>${RUN}</script>">`,
  ],
  'template literal and other templating': [
    `\${${RUN}}`,
    `\${window.__xss=1}`,
    `\`\${${RUN}}\``,
    `{{constructor.constructor('${RUN}')()}}`,
    '{{7*7}}',
    `<%= ${RUN} %>`,
    `#{${RUN}}`,
    `');${RUN};//`,
    `";${RUN};//`,
    `\\";${RUN};//`,
  ],
  'Lit markers': [
    '<!--?lit$123$-->',
    '<?lit$1234567$>',
    'lit$123$',
    `<!--?lit$0$--><img src=x onerror=${RUN}>`,
    '<!---->',
    '<!--',
    '-->',
    `<![CDATA[<img src=x onerror=${RUN}>]]>`,
  ],
  'CSS injection': [
    '</style><style>*{display:none!important}</style>',
    `</style><img src=x onerror=${RUN}>`,
    `x{}*{background:url(javascript:${RUN})}`,
    `expression(${RUN})`,
    `width:expression(${RUN})`,
    '@import url(//evil.example/x.css);',
    `<style>@import 'javascript:${RUN}';</style>`,
    `<div style="background:url(javascript:${RUN})">x</div>`,
    `<div style="width: expression(${RUN})">x</div>`,
    ';}</style><link rel=stylesheet href=//evil.example/x.css>',
    '-moz-binding:url(//evil.example/x.xml#xss)',
  ],
  'unicode tricks': [
    '\u202Egnp.exe',
    `\u202E>tpircs/<${RUN}>tpircs<`,
    `\u2066<script>${RUN}</script>\u2069`,
    `\u200B<script>${RUN}</script>`,
    `a\u200C\u200D\uFEFFb<img src=x onerror=${RUN}>`,
    `<scr\u0000ipt>${RUN}</scr\u0000ipt>`,
    'nul\u0000byte',
    `\uFF1Cscript\uFF1E${RUN}\uFF1C/script\uFF1E`,
    's\u0338c\u0338r\u0338i\u0338p\u0338t\u0338',
    '\u{1F468}\u200D\u{1F469}\u200D\u{1F467} family',
    `\u0645\u0631\u062D\u0628\u0627<script>${RUN}</script>`,
    `line\r\n<script>${RUN}</script>`,
    `sep\u2028\u2029<img src=x onerror=${RUN}>`,
    'tab\vvertical\fform',
    '\uFFFD\uFFFE replacement',
  ],
  'entities, encodings and lookalikes': [
    '<b>bold</b>',
    '&lt;script&gt;top.__xss=1&lt;/script&gt;',
    '&amp;lt;img src=x onerror=top.__xss=1&amp;gt;',
    '%3Cscript%3Etop.__xss%3D1%3C%2Fscript%3E',
    '\\u003cscript\\u003etop.__xss=1\\u003c/script\\u003e',
    '<!DOCTYPE html><html><body>',
    '<?xml version="1.0"?><x/>',
    '__proto__',
    'constructor',
    '{"code":0,"data":[]}',
    'null',
  ],
};

/** @type {XssVector[]} */
export const XSS_CORPUS = [
  ...Object.entries(FAMILIES).flatMap(([family, texts]) => texts.map((text) => ({ family, text }))),
  {
    family: 'very long',
    text: `<img src=x onerror=${RUN}>`.repeat(40),
  },
  // Unbroken text costs the timeline quadratic layout time (see xss.test.ts): long, not huge.
  { family: 'very long', text: `${'A'.repeat(5_000)}<script>${RUN}</script>`, long: true },
  {
    family: 'very long',
    text: `${'lorem ipsum '.repeat(8_000)}<script>${RUN}</script>`,
    long: true,
  },
  { family: 'very long', text: '<b>'.repeat(20_000), long: true },
];

/** What a widget must show for a vector: the text as adapt keeps it (trimmed, not blank). */
export function shownText(/** @type {string} */ text) {
  return text.trim();
}
