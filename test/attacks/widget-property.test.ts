import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { CivicErrorDetail } from '../../src/core/events.js';
import {
  KINDS_BY_SOURCE,
  mountWidget,
  removeMounted,
  skipUnlessAvailable,
  visibleText,
  watchUncaught,
  WIDGETS,
} from '../helpers/widget-matrix.js';

const STATES = ['loading', 'ready', 'empty', 'error'];
const uncaught = watchUncaught();

/** Not a blank box: visible text, or the loading skeleton. */
function blank(element: HTMLElement): boolean {
  return visibleText(element) === '' && !element.shadowRoot!.querySelector('[part~="skeleton"]');
}

/** What is wrong with a `civic-error` detail, if anything. */
function badDetail(detail: CivicErrorDetail): string | undefined {
  const kinds = KINDS_BY_SOURCE[detail.source];
  if (!kinds) return `source ${String(detail.source)}`;
  if (!kinds.includes(detail.kind)) return `kind ${String(detail.kind)} from ${detail.source}`;
  if (typeof detail.message !== 'string') return 'message is not a string';
  if (detail.status !== undefined && !Number.isInteger(detail.status)) return 'status';
  for (const issue of detail.issues ?? []) {
    const { row, field, source, message } = issue;
    if (!Number.isInteger(row) || row < -1) return `issue row ${row}`;
    if (typeof field !== 'string' || typeof source !== 'string' || typeof message !== 'string')
      return `issue ${JSON.stringify(issue)}`;
  }
  return undefined;
}

// Any JSON a backend could send, with the options a webmaster could type.
const input = fc.record({
  data: fc.jsonValue({ maxDepth: 4 }),
  path: fc.option(fc.oneof(fc.constantFrom('data', 'data.list', 'list.0', 'a.b'), fc.string()), {
    nil: undefined,
  }),
  fields: fc.option(
    fc.oneof(fc.constantFrom('unit:name,score:value', 'title:t, time:d', 'done:a'), fc.string()),
    { nil: undefined },
  ),
});

for (const widget of WIDGETS) {
  describe(`<${widget.tag}> given any JSON as data`, function () {
    this.timeout(60_000);
    before(async function () {
      await skipUnlessAvailable(this, widget);
    });
    afterEach(() => {
      removeMounted();
      expect(uncaught.take(), 'uncaught exceptions and unhandled rejections').to.deep.equal([]);
    });

    it('never throws, ends in loading/ready/empty/error, reports only valid civic-error details', async () => {
      const mounted = mountWidget(widget);
      await fc.assert(
        fc.asyncProperty(input, async ({ data, path, fields }) => {
          const before = mounted.errors.length;
          Object.assign(mounted.element, { data, path, fields });
          await mounted.element.updateComplete;
          const state = mounted.element.getAttribute('state');
          expect(STATES, `state="${state}"`).to.include(state);
          for (const detail of mounted.errors.slice(before)) {
            expect(badDetail(detail), JSON.stringify(detail)).to.equal(undefined);
          }
          expect(blank(mounted.element), 'a blank box').to.equal(false);
          expect(uncaught.take()).to.deep.equal([]);
        }),
        { numRuns: 300 },
      );
    });

    it('shows every value on a fresh widget too (no earlier good data to fall back on)', async () => {
      await fc.assert(
        fc.asyncProperty(input, async ({ data, path, fields }) => {
          const mounted = mountWidget(widget, {}, { data, path, fields });
          await mounted.element.updateComplete;
          const state = mounted.element.getAttribute('state');
          expect(STATES, `state="${state}"`).to.include(state);
          expect(mounted.element.hasAttribute('stale')).to.equal(false);
          expect(mounted.errors.map(badDetail).filter(Boolean)).to.deep.equal([]);
          if (state === 'error') expect(mounted.errors.length).to.be.greaterThan(0);
          expect(blank(mounted.element), 'a blank box').to.equal(false);
          mounted.element.remove();
        }),
        { numRuns: 100 },
      );
    });
  });
}
