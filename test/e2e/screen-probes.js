// @ts-check
// Functions the screen's end-to-end tests run inside the page (page.evaluate): each walks the
// whole composed tree, shadow roots included, so a widget's inner text is measured as a
// person sees it. Self-contained: nothing outside a function's body is reachable there.

/**
 * Every visible text on the screen that is clipped, wraps a short label, or is smaller than
 * `minPx` (CSS px at design size; the screen's scale multiplies every size alike).
 * @param {{ minPx: number }} options
 */
export function textProblems({ minPx }) {
  /** @type {string[]} */
  const problems = [];
  const up = (/** @type {Node} */ node) =>
    node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  const hiddenBy = (/** @type {Element} */ element) => {
    for (let at = /** @type {Node | null} */ (element); at; at = up(at)) {
      if (!(at instanceof Element)) continue;
      const style = getComputedStyle(at);
      if (style.display === 'none' || style.visibility === 'hidden') return true;
      // The visually hidden class: one clipped pixel, for screen readers only.
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') return true;
    }
    return false;
  };
  /** Ancestors that clip what they hold: overflow other than visible, or paint containment. */
  const clippers = (/** @type {Element} */ element) => {
    /** @type {Element[]} */
    const out = [];
    for (let at = up(element); at; at = up(at)) {
      if (!(at instanceof Element)) continue;
      const style = getComputedStyle(at);
      const paint = /paint|content|strict/.test(style.contain);
      if (paint || style.overflowX !== 'visible' || style.overflowY !== 'visible') out.push(at);
    }
    return out;
  };
  const describe = (/** @type {Element} */ element, /** @type {string} */ text) =>
    `${element.localName}${element.getAttribute('part') ? `::part(${element.getAttribute('part')})` : ''} "${text.slice(0, 30)}"`;

  /** @param {Node} root */
  const walk = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = /** @type {Node} */ (walker.nextNode())) {
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const text = (node.textContent ?? '').trim();
      // A slot's fallback text is laid out by the slot's box: the nearest ancestor with one.
      let parent = /** @type {Element | null} */ (node.parentElement);
      while (parent && getComputedStyle(parent).display === 'contents') {
        const next = up(parent);
        parent = next instanceof Element ? next : null;
      }
      if (!text || !parent || parent.closest('style, script, title, head')) continue;
      if (hiddenBy(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(parent);
      const size = parseFloat(style.fontSize);
      if (size < minPx - 0.05) problems.push(`small (${size}px): ${describe(parent, text)}`);
      // A block that holds its text wider than itself hides the rest (ellipsis, clip).
      if (style.display !== 'inline' && parent.scrollWidth > parent.clientWidth + 1)
        problems.push(`too wide: ${describe(parent, text)}`);
      // A short label without spaces (已完成, 总项数) must stay on one line.
      if (text.length <= 8 && !/\s/.test(text)) {
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) problems.push(`wraps: ${describe(parent, text)}`);
      }
      for (const clipper of clippers(parent)) {
        const edge = clipper.getBoundingClientRect();
        const cs = getComputedStyle(clipper);
        // A scrolling list moves its rows through its box on purpose: only its width counts.
        const scrolls =
          /auto|scroll/.test(cs.overflowY) && clipper.scrollHeight > clipper.clientHeight + 1;
        const outX = box.left < edge.left - 1 || box.right > edge.right + 1;
        const outY = !scrolls && (box.top < edge.top - 1 || box.bottom > edge.bottom + 1);
        if (outX || outY) {
          problems.push(
            `clipped by ${clipper.localName}.${clipper.className}: ${describe(parent, text)}`,
          );
          break;
        }
        // Rows scrolled out of a list are the list's business, not clipped text.
        if (scrolls) break;
      }
    }
  };
  walk(document.body);
  return problems;
}

/** Pairs of panels whose boxes overlap by more than a pixel. */
export function panelOverlaps() {
  const panels = [...document.querySelectorAll('civic-panel')].map((panel) => ({
    name: panel.getAttribute('area') ?? panel.getAttribute('heading') ?? '',
    box: panel.getBoundingClientRect(),
  }));
  /** @type {string[]} */
  const out = [];
  panels.forEach((a, i) =>
    panels.slice(i + 1).forEach((b) => {
      const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (w > 1 && h > 1) out.push(`${a.name} × ${b.name}`);
    }),
  );
  return out;
}

/** Every chart canvas with its backing size and its size on screen in device pixels. */
export function canvasResolutions() {
  /** @type {{ widget: string, width: number, shown: number }[]} */
  const out = [];
  /** @param {Node} root */
  const walk = (root) => {
    for (const element of /** @type {ParentNode} */ (root).querySelectorAll('*')) {
      if (element.shadowRoot) walk(element.shadowRoot);
      if (element instanceof HTMLCanvasElement) {
        const host = /** @type {ShadowRoot} */ (element.getRootNode()).host;
        const shown = element.getBoundingClientRect().width * devicePixelRatio;
        if (shown > 0) out.push({ widget: host?.localName ?? '', width: element.width, shown });
      }
    }
  };
  walk(document.body);
  return out;
}

/** Parts and hints a kiosk must not show, by widget: pause, retry, full screen, key hints. */
export function controlsShown() {
  /** @type {string[]} */
  const out = [];
  /** @param {Node} root */
  const walk = (root) => {
    for (const element of /** @type {ParentNode} */ (root).querySelectorAll('*')) {
      if (element.shadowRoot) walk(element.shadowRoot);
      const part = element.getAttribute('part') ?? '';
      if (/pause-button|retry-button|fullscreen-button/.test(part) || element.matches('.hint')) {
        const host = /** @type {ShadowRoot} */ (element.getRootNode()).host;
        out.push(`${host?.localName}: ${part || element.className}`);
      }
    }
  };
  walk(document.body);
  return out;
}
