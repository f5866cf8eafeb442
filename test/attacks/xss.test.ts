import { expect } from '@open-wc/testing';
import { echoUrl, until } from '../helpers/api.js';
import { MAX_TEXT } from '../../src/data/adapt/coerce.js';
import { cutText } from '../../src/data/adapt/cut-text.js';
import {
  mountWidget,
  readShownText,
  removeMounted,
  skipUnlessAvailable,
  tagCounts,
  watchUncaught,
  WIDGETS,
  type Mounted,
  type WidgetDescriptor,
} from '../helpers/widget-matrix.js';
import { shownText, XSS_CORPUS, type XssVector } from './xss-corpus.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Attributes that load or run something when they hold a URL or code. */
const URL_ATTRIBUTES = ['src', 'srcdoc', 'action', 'formaction', 'data', 'xlink:href', 'poster'];
/** Elements a widget must never hold because of data, whatever its own template has. */
const NEVER = ['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link'];
const BASELINES = ['baseline 基准', 'x:baseline 基准'];
const NEUTRAL = BASELINES[0];
/** A URL the demo backend takes (Node's default limit for a request head is 16 KB). */
const MAX_URL = 12_000;

const uncaught = watchUncaught();
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});

/** Everything wrong with how a widget shows `vector`; empty when it is shown as text only. */
function inspect(
  mounted: Mounted,
  expected: string,
  baselines: Map<string, number>[],
  label: string,
): string[] {
  const problems: string[] = [];
  const element = mounted.element;
  if (window.__xss !== undefined) problems.push('the canary was set: script ran');
  // Text past MAX_TEXT characters is cut by the adapter (at a character boundary, then "…");
  // what is kept must be literal.
  const kept = expected.length > MAX_TEXT ? cutText(expected, MAX_TEXT).slice(0, -1) : expected;
  if (!readShownText(element).includes(kept)) problems.push('not shown literally');
  const counts = tagCounts(element);
  const differences = baselines.map((baseline) =>
    [...new Set([...counts.keys(), ...baseline.keys()])]
      .filter((tag) => tag !== 'a' && (counts.get(tag) ?? 0) !== (baseline.get(tag) ?? 0))
      .map((tag) => `<${tag}> × ${counts.get(tag) ?? 0} instead of × ${baseline.get(tag) ?? 0}`),
  );
  if (differences.every((list) => list.length)) problems.push(...differences[0]);
  for (const tag of NEVER) {
    if (element.shadowRoot!.querySelector(tag)) problems.push(`a <${tag}> element`);
  }
  for (const node of element.shadowRoot!.querySelectorAll('*')) {
    for (const { name, value } of node.attributes) {
      if (name.startsWith('on')) problems.push(`<${node.localName} ${name}>`);
      if (URL_ATTRIBUTES.includes(name)) problems.push(`<${node.localName} ${name}="${value}">`);
      if (name === 'style' && expected.length > 2 && value.includes(expected))
        problems.push(`data in the style of <${node.localName}>`);
      if (name === 'href' && node.localName !== 'a') problems.push(`href on <${node.localName}>`);
    }
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      const protocol = new URL(node.href).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') problems.push(`a link to ${protocol}`);
    }
  }
  return problems.map((problem) => `${label}: ${problem}`);
}

function describeVector(vector: XssVector, index: number): string {
  const text = JSON.stringify(vector.text);
  return `#${index} ${vector.family} ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The next `type` event of `element`; fails after three seconds. */
function nextEvent(element: HTMLElement, type: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within 3 s`)), 3000);
    element.addEventListener(
      type,
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * Mounts a widget with benign text and reads the elements of its own template: once with a
 * text that is a valid relative URL (a link where a widget links) and once with one that is
 * not (no link), each after a second update (a leaderboard row then has its movement).
 */
async function mountBaseline(widget: WidgetDescriptor): Promise<{
  mounted: Mounted;
  baselines: Map<string, number>[];
}> {
  const mounted = mountWidget(widget);
  const baselines = [];
  for (const text of BASELINES) {
    for (const round of ['', ' ']) {
      Object.assign(mounted.element, widget.hostileProperties(text + round), {
        data: widget.makeHostileData(text + round),
      });
      await mounted.element.updateComplete;
    }
    await until(() => readShownText(mounted.element).includes(text), 'the baseline shown');
    baselines.push(tagCounts(mounted.element));
  }
  return { mounted, baselines };
}

describe('XSS corpus', () => {
  it('has at least 100 vectors, each one visible text after trimming', () => {
    expect(XSS_CORPUS.length).to.be.at.least(100);
    for (const vector of XSS_CORPUS) expect(shownText(vector.text)).not.to.equal('');
  });
});

/**
 * Feeds every vector in turn and collects what is wrong. `feed` hands one text to the widget
 * and resolves once the widget has taken it (false: skipped). When the text shown before
 * contains the next one, a neutral text goes in between, so an old rendering never passes
 * for a new one.
 */
async function feedCorpus(
  mounted: Mounted,
  baselines: Map<string, number>[],
  feed: (text: string) => Promise<boolean>,
  expectedOf: (text: string) => string = shownText,
): Promise<{ problems: string[]; fed: number }> {
  const problems: string[] = [];
  const shows = async (text: string) => {
    if (readShownText(mounted.element).includes(text)) return;
    await nextFrame();
    await until(() => readShownText(mounted.element).includes(text), 'shown', 2000).catch(
      () => undefined,
    );
  };
  let fed = 0;
  let previous = '';
  for (const [index, vector] of XSS_CORPUS.entries()) {
    const expected = expectedOf(vector.text);
    if (previous.includes(expected) && (await feed(NEUTRAL))) await shows(NEUTRAL);
    if (!(await feed(vector.text))) continue;
    fed++;
    await shows(expected);
    problems.push(...inspect(mounted, expected, baselines, describeVector(vector, index)));
    previous = expected;
  }
  await settle();
  return { problems, fed };
}

/** `civic-error`s hostile text must not cause: anything but a refused link. */
function unexpectedErrors(mounted: Mounted) {
  return mounted.errors.filter(
    (error) => error.kind !== 'shape' || !error.issues?.every((issue) => issue.field === 'url'),
  );
}

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> shows hostile text as text`, function () {
    this.timeout(60_000);
    before(async function () {
      await skipUnlessAvailable(this, widget);
    });
    beforeEach(() => {
      delete window.__xss;
      violations.length = 0;
    });
    afterEach(async () => {
      await settle();
      removeMounted();
      expect(window.__xss, 'the canary').to.equal(undefined);
      expect(violations, 'CSP violations').to.deep.equal([]);
      expect(uncaught.take(), 'uncaught exceptions').to.deep.equal([]);
    });

    it(`in ${widget.textFields.join(', ')}, set through the data property`, async () => {
      const { mounted, baselines } = await mountBaseline(widget);
      const { problems } = await feedCorpus(mounted, baselines, async (text) => {
        Object.assign(mounted.element, widget.hostileProperties(text), {
          data: widget.makeHostileData(text),
        });
        await mounted.element.updateComplete;
        return true;
      });
      expect(problems).to.deep.equal([]);
      expect(mounted.element.getAttribute('state')).to.equal('ready');
      expect(unexpectedErrors(mounted)).to.deep.equal([]);
    });

    it(`in ${widget.textFields.join(', ')}, from the backend (src)`, async () => {
      const { mounted, baselines } = await mountBaseline(widget);
      Object.assign(mounted.element, { data: undefined });
      const { problems, fed } = await feedCorpus(mounted, baselines, async (text) => {
        const src = echoUrl(widget.makeHostileData(text));
        if (src.length > MAX_URL) return false;
        const answer = nextEvent(mounted.element, 'civic-load');
        Object.assign(mounted.element, widget.hostileProperties(text), { src });
        await answer;
        await mounted.element.updateComplete;
        return true;
      });
      expect(problems).to.deep.equal([]);
      expect(fed, 'vectors that fit in a URL').to.be.at.least(100);
      expect(mounted.element.getAttribute('state')).to.equal('ready');
      expect(unexpectedErrors(mounted)).to.deep.equal([]);
    });

    it('renders 20,000 unbroken characters in every text field without freezing the page', async () => {
      const { mounted } = await mountBaseline(widget);
      const text = `${'A'.repeat(20_000)}<script>top.__xss=1</script>`;
      const started = performance.now();
      Object.assign(mounted.element, widget.hostileProperties(text), {
        data: widget.makeHostileData(text),
      });
      await mounted.element.updateComplete;
      await nextFrame();
      await nextFrame();
      const took = performance.now() - started;
      // Backend text is kept up to MAX_TEXT characters, as text; the rest is cut, not run.
      expect(readShownText(mounted.element)).to.contain(text.slice(0, 3000));
      expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
      // A backend can send this; one frame of a wall screen must not become seconds.
      expect(took, 'ms until drawn').to.be.below(500);
    });

    it("in the backend's own error message ({code: 5001, msg})", async () => {
      const failure = (msg: string) => echoUrl({ code: 5001, msg });
      const mounted = mountWidget(widget, { src: failure(NEUTRAL) });
      await until(() => readShownText(mounted.element).includes(NEUTRAL), 'the baseline');
      const baselines = [tagCounts(mounted.element)];
      const { problems, fed } = await feedCorpus(
        mounted,
        baselines,
        async (text) => {
          const src = failure(text);
          if (src.length > MAX_URL) return false;
          const answer = nextEvent(mounted.element, 'civic-error');
          mounted.element.setAttribute('src', src);
          await answer;
          await mounted.element.updateComplete;
          return true;
        },
        // The envelope reader keeps 500 characters of a backend's message, trimmed.
        (text) => shownText(cutText(shownText(text), 500)),
      );
      expect(problems).to.deep.equal([]);
      expect(fed).to.be.at.least(100);
      expect(new Set(mounted.errors.map((error) => error.kind))).to.deep.equal(
        new Set(['backend']),
      );
    });
  });
}
