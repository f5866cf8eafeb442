// The timeline is one tab stop: ↑ ↓ Home End move between events, in a short list and in the
// virtualised long one, where Home and End reach rows that are not in the DOM yet.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/timeline/define.js';
import type { CivicEventTimeline } from '../../src/timeline/event-timeline.js';
import { until } from '../helpers/api.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';
import { manyEvents, seedEvents } from './fixtures.js';

const MIN = 60_000;
const start = Date.UTC(2026, 10, 2, 6, 0);
/** The key of the i-th event of manyEvents (newest first, a minute apart). */
const key = (i: number) => `m${Math.round(start / MIN) - i}`;

async function mount(data: unknown[], theme = 'light', lang = 'zh-CN'): Promise<TimelineHarness> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button>before</button>
      <civic-event-timeline
        style="height:400px"
        theme=${theme}
        lang=${lang}
        .data=${data}
      ></civic-event-timeline>
      <button>after</button>
    </div>`,
  );
  const h = new TimelineHarness(wrapper.querySelector<CivicEventTimeline>('civic-event-timeline')!);
  await h.settled();
  return h;
}

const focusedKey = (h: TimelineHarness) =>
  (h.element.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;

const tabStops = (h: TimelineHarness) =>
  [...h.element.shadowRoot!.querySelectorAll<HTMLElement>('[tabindex="0"]')].filter(
    (element) => element.closest('[part~="list"]') !== null,
  );

/** Tab from the button before the widget. */
async function tabIn(h: TimelineHarness): Promise<void> {
  h.element.parentElement!.querySelector('button')!.focus();
  await sendKeys({ press: 'Tab' });
}

describe('<civic-event-timeline> keyboard', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  it('passes an axe check, is one tab stop, and moves with ↑ ↓ Home End in both themes and languages', async () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['zh-CN', 'en']) {
        const h = await mount(seedEvents, theme, lang);
        await expect(h.element).to.be.accessible();
        const events = h.events();
        expect(events.length).to.be.greaterThan(3);
        expect(tabStops(h)).to.deep.equal([events[0]]);
        await tabIn(h);
        expect(focusedKey(h)).to.equal(events[0].dataset.key);
        await sendKeys({ press: 'ArrowDown' });
        expect(focusedKey(h), 'day headings are skipped').to.equal(events[1].dataset.key);
        await sendKeys({ press: 'End' });
        expect(focusedKey(h)).to.equal(events.at(-1)!.dataset.key);
        await sendKeys({ press: 'ArrowDown' });
        expect(focusedKey(h), 'stays on the last').to.equal(events.at(-1)!.dataset.key);
        await sendKeys({ press: 'ArrowUp' });
        expect(focusedKey(h)).to.equal(events.at(-2)!.dataset.key);
        expect(tabStops(h).filter((stop) => stop.localName !== 'a')).to.deep.equal([events.at(-2)]);
        const links = [...h.element.shadowRoot!.querySelectorAll('a')];
        expect(links.length, 'the seed has links').to.be.greaterThan(0);
        expect(links.filter((a) => a.tabIndex === 0 && !events.at(-2)!.contains(a))).to.deep.equal(
          [],
        );
        // Tab goes to the event's own link, if it has one, then out of the list: no other row's.
        const link = events.at(-2)!.querySelector('a');
        await sendKeys({ press: 'Tab' });
        if (link) {
          expect(h.element.shadowRoot!.activeElement).to.equal(link);
          await sendKeys({ press: 'Tab' });
        }
        expect(document.activeElement, 'Tab leaves the list').to.equal(
          h.element.parentElement!.querySelectorAll('button')[1],
        );
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(h.element.shadowRoot!.activeElement, 'and comes back to the same event').to.equal(
          link ?? events.at(-2),
        );
        await sendKeys({ press: 'Home' });
        expect(focusedKey(h)).to.equal(events[0].dataset.key);
      }
    }
  });

  it('reaches the last and first of 300 virtualised events with End and Home', async () => {
    const h = await mount(manyEvents(300, start));
    await until(() => h.list().querySelector('[virtualizer-sizer]') !== null, 'virtualised');
    await h.settled();
    await expect(h.element).to.be.accessible();
    expect(h.events().length).to.be.lessThan(100);
    expect(tabStops(h).length).to.equal(1);
    await tabIn(h);
    expect(focusedKey(h)).to.equal(key(0)); // newest first
    await sendKeys({ press: 'End' });
    await until(() => focusedKey(h) === key(299), 'focus on the oldest event');
    expect(h.list().scrollTop).to.be.greaterThan(1000);
    await sendKeys({ press: 'ArrowUp' });
    await until(() => focusedKey(h) === key(298), 'one up');
    await sendKeys({ press: 'Home' });
    await until(() => focusedKey(h) === key(0), 'focus back on the newest');
    expect(tabStops(h).length).to.equal(1);

    // Scrolled away with the wheel, the stop moves to a drawn row: Tab still finds the list.
    // Scrolled again on every check: a pinned row (after Home) may take the first one back.
    await until(() => {
      h.list().scrollTop = h.list().scrollHeight / 2;
      return !h.event(key(0));
    }, 'the newest row no longer drawn');
    await h.settled();
    expect(tabStops(h).length).to.equal(1);
    h.element.parentElement!.querySelectorAll('button')[1].focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedKey(h)).to.be.a('string');
  });
});
