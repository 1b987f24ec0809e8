import type { Locator, Page } from 'playwright-core';
import { until } from './drivers/driver';

/*
 * Moving through a page with the keyboard alone, as the end-to-end tests do: Tab to a
 * control (every element passed on the way must show its focus), act on it, and wait for
 * the focus to land where it should.
 */

/** Where the keyboard focus is, and whether the user can see it. */
export interface FocusState {
  /** The focused element, described for failure messages; "the page" when no element has the focus. */
  element: string;
  isTarget: boolean;
  /** How the focus shows, or why it does not (null when no element has the focus). */
  indicator: { visible: true; how: string } | { visible: false; why: string } | null;
}

/**
 * Runs in the page: the focused element and its focus indicator, which is an outline or a
 * box-shadow that differs from the element's unfocused one. Self-contained, as Playwright
 * sends its source to the page.
 */
export function readFocus(target: Element | null): FocusState {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return { element: 'the page', isTarget: false, indicator: null };
  const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const type = element.getAttribute('type');
  const description = `<${element.tagName.toLowerCase()}${type ? ` type=${type}` : ''}${element.className ? ` class="${element.className}"` : ''}> "${name}"`;
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  let indicator: FocusState['indicator'];
  if (!element.matches(':focus-visible')) indicator = { visible: false, why: 'it does not match :focus-visible' };
  else if (box.width === 0 || box.height === 0 || style.visibility !== 'visible') indicator = { visible: false, why: 'the element is not shown' };
  else if (outlined) indicator = { visible: true, how: `outline ${style.outlineWidth} ${style.outlineStyle}` };
  else {
    const focusedShadow = style.boxShadow;
    element.blur();
    const restingShadow = getComputedStyle(element).boxShadow;
    element.focus();
    indicator =
      focusedShadow !== restingShadow
        ? { visible: true, how: `box-shadow ${focusedShadow}` }
        : { visible: false, why: `no outline (${style.outlineStyle} ${style.outlineWidth}) and the same box-shadow as unfocused` };
  }
  return { element: description, isTarget: element === target, indicator };
}

export function indicatorProblem(focus: FocusState): string | undefined {
  return focus.indicator && !focus.indicator.visible ? `${focus.element}: focus not visible (${focus.indicator.why})` : undefined;
}

/**
 * Presses Tab (Shift+Tab when the target comes before the focus) until `target` has the
 * focus, and checks that every element passed on the way shows its focus. Fails naming
 * the last elements reached when the target is not reached within `maxPresses`.
 */
async function tabTo(page: Page, target: Locator, maxPresses: number): Promise<void> {
  await target.waitFor({ state: 'attached' });
  const backwards = await target.evaluate(
    (element) => document.activeElement !== null && Boolean(element.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const path: string[] = [];
  for (let presses = 0; presses <= maxPresses; presses++) {
    const focus = await target.evaluate(readFocus);
    const problem = indicatorProblem(focus);
    if (problem) throw new Error(`On the way to ${target}: ${problem}`);
    if (focus.isTarget) return;
    path.push(focus.element);
    await page.keyboard.press(key);
  }
  throw new Error(`${maxPresses} presses of ${key} did not reach ${target}; the last elements reached:\n${path.slice(-12).join('\n')}`);
}

/**
 * `tabTo` and `press` (Tab, then the key that acts on the control) for a page where
 * `maxPresses` is more Tab presses than it has focusable elements: reaching that many means
 * the focus never gets to the target.
 */
export function keyboardWithin(maxPresses: number) {
  return {
    tabTo: (page: Page, target: Locator) => tabTo(page, target, maxPresses),
    press: async (page: Page, target: Locator, key: 'Enter' | 'Space') => {
      await tabTo(page, target, maxPresses);
      await page.keyboard.press(key);
    },
  };
}

export async function expectFocused(target: Locator, what: string): Promise<void> {
  await until(() => target.evaluate((element) => element === document.activeElement), Boolean, `the focus on ${what}`);
}
