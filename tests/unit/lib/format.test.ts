import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, formatCount, formatDateTime, formatDay, formatMoney, formatMoneyRange } from '../../../lib/format';

// Exact strings are asserted in a named locale: the default is the runtime's (the browser's UI
// language in the extension, usually en-US under Node).
const GB = 'en-GB';
const US = 'en-US';
const DE = 'de-DE';

// Local time, as the views show it.
const NOW = new Date(2026, 10, 30, 9).getTime();
const THIS_YEAR = new Date(2026, 10, 25, 14, 5).getTime();
const LAST_YEAR = new Date(2024, 0, 2, 8).getTime();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatDay', () => {
  it('leaves out the year in the year of now, and writes it in any other', () => {
    expect(formatDay(THIS_YEAR, NOW, GB)).toBe('25 Nov');
    expect(formatDay(LAST_YEAR, NOW, GB)).toBe('2 Jan 2024');
    // The year is now's, not the calendar's today: a date next year has its year too.
    expect(formatDay(new Date(2027, 0, 1).getTime(), NOW, GB)).toBe('1 Jan 2027');
    // 31 December and 1 January of one year are the same year.
    expect(formatDay(new Date(2026, 0, 1).getTime(), new Date(2026, 11, 31, 23, 59).getTime(), GB)).toBe('1 Jan');
  });

  it('writes the day in another locale its own way', () => {
    expect(formatDay(THIS_YEAR, NOW, US)).toBe('Nov 25');
    expect(formatDay(LAST_YEAR, NOW, US)).toBe('Jan 2, 2024');
    expect(formatDay(THIS_YEAR, NOW, DE)).toMatch(/^25\.\sNov\.?$/);
    expect(formatDay(LAST_YEAR, NOW, DE)).toMatch(/^2\.\sJan\.?\s2024$/);
  });

  it('takes now and the locale from the runtime when not given', () => {
    expect(formatDay(Date.now())).toBe(formatDay(Date.now(), Date.now(), undefined));
    expect(formatDay(THIS_YEAR, NOW)).toBe(new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(THIS_YEAR));
  });
});

describe('formatDateTime', () => {
  it('writes the day with its year and the time', () => {
    expect(formatDateTime(THIS_YEAR, GB)).toBe('25 Nov 2026, 14:05');
    // en-US: a 12-hour clock (ICU puts a narrow no-break space before PM).
    expect(formatDateTime(THIS_YEAR, US)).toMatch(/^Nov 25, 2026, 2:05\sPM$/);
    expect(formatDateTime(LAST_YEAR, DE)).toBe('02.01.2024, 08:00');
  });
});

describe('formatBytes', () => {
  it('counts in decimal units, moving up where a figure would reach 1,000', () => {
    expect(formatBytes(0, GB)).toBe('0 bytes');
    expect(formatBytes(1, GB)).toBe('1 byte');
    expect(formatBytes(999, GB)).toBe('999 bytes');
    expect(formatBytes(1_000, GB)).toBe('1 KB');
    expect(formatBytes(1_250, GB)).toBe('1.3 KB');
    expect(formatBytes(3_000, GB)).toBe('3 KB');
    expect(formatBytes(999_949, GB)).toBe('999.9 KB');
    // 999.95 KB would round to "1,000 KB": it is 1 MB.
    expect(formatBytes(999_950, GB)).toBe('1 MB');
    expect(formatBytes(1_000_000, GB)).toBe('1 MB');
    expect(formatBytes(1_234_567, GB)).toBe('1.2 MB');
    expect(formatBytes(5 * 1_000 ** 3, GB)).toBe('5 GB');
    // Past the last unit the figure grows.
    expect(formatBytes(2_500 * 1_000 ** 4, GB)).toBe('2,500 TB');
  });

  it('writes the figure the locale way, the unit as PrepPanel names it', () => {
    expect(formatBytes(1_234_567, DE)).toBe('1,2 MB');
    expect(formatBytes(2_500 * 1_000 ** 4, DE)).toBe('2.500 TB');
  });
});

describe('formatMoney and formatMoneyRange', () => {
  it('writes whole units of the currency', () => {
    expect(formatMoney(50_000, 'GBP', GB)).toBe('£50,000');
    expect(formatMoney(49_999.6, 'GBP', GB)).toBe('£50,000');
    expect(formatMoney(120_000, 'USD', GB)).toBe('US$120,000');
    expect(formatMoney(120_000, 'USD', US)).toBe('$120,000');
  });

  it('writes a range, one figure when both ends meet, and a + when the top is open', () => {
    expect(formatMoneyRange({ min: 50_000, max: 80_000 }, 'GBP', GB)).toBe('£50,000–£80,000');
    expect(formatMoneyRange({ min: 85_000, max: 150_000, openEnded: true }, 'GBP', GB)).toBe('£85,000–£150,000+');
    expect(formatMoneyRange({ min: 60_000, max: 60_000 }, 'GBP', GB)).toBe('£60,000');
    expect(formatMoneyRange({ min: 60_000, max: 60_000, openEnded: true }, 'GBP', GB)).toBe('£60,000+');
    expect(formatMoneyRange({ min: 50_000, max: 80_000, openEnded: false }, 'EUR', GB)).toBe('€50,000–€80,000');
  });

  it('puts the figures and the symbol where another locale does', () => {
    expect(formatMoney(50_000, 'GBP', DE)).toMatch(/^50\.000\s£$/);
    expect(formatMoneyRange({ min: 50_000, max: 80_000, openEnded: true }, 'EUR', DE)).toMatch(/^50\.000\s€–80\.000\s€\+$/);
  });
});

describe('formatCount', () => {
  it('groups the digits of a whole number the locale way', () => {
    expect(formatCount(0, GB)).toBe('0');
    expect(formatCount(999, GB)).toBe('999');
    expect(formatCount(100_000, GB)).toBe('100,000');
    expect(formatCount(100_000, DE)).toBe('100.000');
    expect(formatCount(2.6, GB)).toBe('3');
  });
});

describe('the formatters', () => {
  it('build one Intl formatter per locale and options, and reuse it', () => {
    const dates = vi.spyOn(Intl, 'DateTimeFormat');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    // A locale no other test uses, so nothing is cached for it yet.
    for (let i = 0; i < 3; i++) {
      formatDay(THIS_YEAR, NOW, 'en-IE');
      formatDateTime(THIS_YEAR, 'en-IE');
      formatBytes(1_234, 'en-IE');
      formatCount(1_234, 'en-IE');
      formatMoney(1_234, 'GBP', 'en-IE');
      formatMoney(1_234, 'EUR', 'en-IE');
    }
    expect(dates).toHaveBeenCalledTimes(2); // the day without a year, the date and time
    expect(numbers).toHaveBeenCalledTimes(4); // bytes, counts, and each currency
  });
});
