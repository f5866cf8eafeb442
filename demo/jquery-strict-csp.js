/*
 * What jQuery 1.x (here 1.12.4) needs on a page with a strict Content-Security-Policy or with
 * Trusted Types enforced. Load it before jQuery. The civic widgets need none of this: it is
 * about jQuery alone.
 *
 * 1. While it loads, jQuery 1.x tests whether `focusin` events exist with
 *    `div.setAttribute("onfocusin", "t")` whenever `"onfocusin" in window` is false, which it
 *    is in Chromium. That inline handler is a `script-src-attr` violation under
 *    `script-src 'self'`, and under `require-trusted-types-for 'script'` it throws, so jQuery
 *    never finishes loading. Chromium does fire native focusin events, so saying so up front
 *    (`window.onfocusin = null`) is both true and enough to skip the test.
 * 2. Under Trusted Types, jQuery's other feature tests (some at load, some on the first
 *    `.css()` or `.outerHeight()`) assign a few fixed HTML strings to `innerHTML`. A `default`
 *    policy lets exactly those through and refuses everything else, such as `.html(text)` or
 *    `$("<p>" + text + "</p>")` (a refused string still throws and is reported), so the page
 *    keeps the protection of Trusted Types: code that builds HTML needs a policy of its own. The page's CSP must then name the policy: `trusted-types lit-html default`
 *    (`lit-html` is the policy the widgets' Lit library creates for itself).
 *    Where Trusted Types are not enforced, the policy is created but never consulted.
 */
/* global window */
(function () {
  'use strict';

  if (!('onfocusin' in window)) window.onfocusin = null;

  var tt = window.trustedTypes;
  if (!tt || !tt.createPolicy || tt.defaultPolicy) return;

  /** jQuery 1.12.4's feature-test markup (Sizzle's carries a random id), and emptying. */
  var ALLOWED = [
    /^$/,
    /^<a id='sizzle\d+'><\/a><select id='sizzle\d+-\r\\' msallowcapture=''><option selected=''><\/option><\/select>$/,
    /^<a href='#'><\/a>$/,
    /^<input\/>$/,
    /^ {2}<link\/><table><\/table><a href='\/a'>a<\/a><input type='checkbox'\/>$/,
    /^<textarea>x<\/textarea>$/,
    /^<table><tr><td><\/td><td>t<\/td><\/tr><\/table>$/,
  ];

  tt.createPolicy('default', {
    createHTML: function (html) {
      for (var i = 0; i < ALLOWED.length; i++) {
        if (ALLOWED[i].test(html)) return html;
      }
      return null; // refused: the assignment throws and is reported as a violation
    },
  });
})();
