import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './drivers';
import { storedTabState, until, type ExtensionDriver, type JobTab, type PanelView } from './drivers/driver';

/** A saved Indeed listing, opened from search results: its job key is the one parameter Indeed needs to open the job. */
const LISTING = 'https://uk.indeed.com/viewjob?jk=8c1f2a9b3d4e5f60&from=serp&vjs=3';
/** The address kept for it: origin, path and the job key, nothing else. */
const KEPT = 'https://uk.indeed.com/viewjob?jk=8c1f2a9b3d4e5f60';
/** Where the page moves, in-page: a campaign's tracking, the user's own search words and a fragment. */
const TRACKED = '/viewjob?jk=8c1f2a9b3d4e5f60&utm_source=x&keywords=my+secret#frag';

/** The listing as a hostile page rewrites it: a title that ends by reversing what follows, a company with a zero-width space. */
const HOSTILE_TITLE = 'Data Scientist\u202e';
const HOSTILE_COMPANY = 'Con\u200btoso Ltd';

for (const { name, launch } of BROWSERS) {
  describe(`${name}: page text and addresses a hostile page gives`, () => {
    let browser: ExtensionDriver;
    let tab: JobTab;
    const state = () => storedTabState(browser, tab.tabId);

    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('keeps the job key of a listing opened from search results, and none of their parameters', async () => {
      tab = await browser.openTab(LISTING);
      const shown = await until(state, (value) => Boolean(value?.job), 'the listing recognised');
      expect(shown?.job).toMatchObject({ title: 'Software Engineer, Payments Infrastructure', jobId: '8c1f2a9b3d4e5f60' });
      expect(shown?.job?.url).toBe(KEPT);
    });

    it('stores the title and company without bidi controls or zero-width characters, and the address without tracking or search words', async () => {
      await tab.page.evaluate(
        ([title, company, address]) => {
          // The heading's first text, before the hidden " - job post" Indeed appends.
          const heading = document.querySelector('[data-testid="jobsearch-JobInfoHeader-title"] > span')?.firstChild;
          const employer = document.querySelector('[data-testid="inlineHeader-companyName"] a');
          if (!heading || !employer) throw new Error('fixture markup changed');
          heading.textContent = title;
          employer.textContent = company;
          history.pushState({}, '', address);
        },
        [HOSTILE_TITLE, HOSTILE_COMPANY, TRACKED] as const,
      );
      // The page is at the tracked address, with the hostile text in it.
      expect(await tab.page.evaluate(() => [location.search, location.hash, document.querySelector('h1')?.textContent], undefined)).toEqual([
        '?jk=8c1f2a9b3d4e5f60&utm_source=x&keywords=my+secret',
        '#frag',
        `${HOSTILE_TITLE} - job post`,
      ]);

      const read = await until(state, (value) => value?.job?.title.startsWith('Data Scientist') === true, 'the rewritten listing');
      expect(read?.job).toMatchObject({ site: 'Indeed', title: 'Data Scientist', company: 'Contoso Ltd', jobId: '8c1f2a9b3d4e5f60', url: KEPT });
      // A company PrepPanel does not know gets the general guide of the role.
      expect(read?.guideId).toBe('general-data-scientist');
    });

    it("shows the job in the side panel with the page's strings isolated, and the words after them in order", async () => {
      const panel = await browser.openPanel(tab.tabId);
      await panel.waitFor('[data-testid="guide-provenance"] bdi');
      expect(await panel.text('[data-testid="job-title"]')).toBe('Data Scientist');
      expect(await isolation(panel, '[data-testid="job-title"] > *')).toEqual({ tag: 'BDI', unicodeBidi: 'isolate' });
      // The company and location of the header (components/shared/JobMeta) are isolated by CSS.
      expect(await isolation(panel, '[data-testid="job-header"] .job-meta li > span')).toEqual({ tag: 'SPAN', unicodeBidi: 'isolate' });
      expect(await panel.text('[data-testid="job-header"] .job-meta li > span')).toBe('Contoso Ltd');
      expect(await isolation(panel, '[data-testid="guide-provenance"] bdi')).toEqual({ tag: 'BDI', unicodeBidi: 'isolate' });
      expect(await panel.text('[data-testid="guide-provenance"]')).toMatch(/^Guide: the general Data Scientist guide: no guide for Contoso Ltd yet — /);
      // As laid out on screen, the words around the company's name read on in order (a
      // right-to-left override left in it would lay out "yet — read from the" backwards).
      const words = ['no', 'guide', 'for', 'Contoso', 'Ltd', 'yet', '—', 'read', 'from', 'the'];
      expect(await wordsInReadingOrder(panel, '[data-testid="guide-provenance"]', words)).toBe(true);
      expect(await panel.attribute('[data-testid="job-header"] a[href]', 'href')).toBe(KEPT);
      await panel.close();
    });
  });
}

/** The tag of the element `selector` finds, and its computed `unicode-bidi`. */
function isolation(panel: PanelView, selector: string): Promise<{ tag: string; unicodeBidi: string } | null> {
  return panel.page.evaluate((css) => {
    const element = document.querySelector(css);
    return element ? { tag: element.tagName, unicodeBidi: getComputedStyle(element).unicodeBidi } : null;
  }, selector);
}

/**
 * Whether `words` follow one another in `selector`'s text and are laid out in that order:
 * each on a later line than the one before, or on the same line further right.
 */
function wordsInReadingOrder(panel: PanelView, selector: string, words: readonly string[]): Promise<boolean> {
  return panel.page.evaluate(
    ([css, wanted]) => {
      const root = document.querySelector(css);
      if (!root) return false;
      // Every word of the text, in document order, with its box on screen.
      const laidOut: { word: string; box: DOMRect }[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          laidOut.push({ word: match[0], box: range.getBoundingClientRect() });
        }
      }
      const start = laidOut.findIndex((_, at) => wanted.every((word, offset) => laidOut[at + offset]?.word === word));
      if (start < 0) return false;
      const boxes = laidOut.slice(start, start + wanted.length).map(({ box }) => box);
      return boxes.every((box, at) => {
        const before = boxes[at - 1];
        if (!before) return true;
        const sameLine = Math.abs(box.top - before.top) < box.height / 2;
        return sameLine ? box.left >= before.right - 0.5 : box.top > before.top;
      });
    },
    [selector, words] as const,
  );
}
