/**
 * How PrepPanel writes dates, sizes, money and counts: one formatter each, in the user's locale.
 *
 * Every function takes an optional trailing `locale`. Left out (as the views do), it is the
 * runtime's default locale, which in the extension is the browser's UI language; tests pass a
 * locale such as 'en-GB' where they assert exact strings. The words around the figures ("bytes",
 * "KB") stay PrepPanel's own English.
 *
 * The bottom of lib: this module imports nothing.
 */

/** Building an Intl formatter is slow, so each is made once per locale and options. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cacheKey(locale: string | undefined, options: object): string {
  return `${locale ?? ''}|${JSON.stringify(options)}`;
}

function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = cacheKey(locale, options);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = cacheKey(locale, options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const DAY_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * A day, in local time: "25 Nov" in the year of `now`, "25 Nov 2024" in any other
 * (in en-GB; "Nov 25" and "Nov 25, 2024" in en-US).
 */
export function formatDay(at: number, now = Date.now(), locale?: string): string {
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return dateFormat(locale, sameYear ? DAY : DAY_YEAR).format(at);
}

/** A moment, in local time: "25 Nov 2026, 14:05" in en-GB, "Nov 25, 2026, 2:05 PM" in en-US. */
export function formatDateTime(at: number, locale?: string): string {
  return dateFormat(locale, DATE_TIME).format(at);
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];
const BYTES: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };

/** "1.2 MB": decimal units, as browsers show storage; "1 byte", "999 bytes", then "1 KB". */
export function formatBytes(bytes: number, locale?: string): string {
  let value = bytes;
  let unit = 0;
  // Move up a unit while the figure, as written to one decimal, would reach 1,000.
  while (Math.round(value * 10) / 10 >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const name = unit === 0 && value === 1 ? 'byte' : BYTE_UNITS[unit];
  return `${numberFormat(locale, BYTES).format(value)} ${name}`;
}

/** "£50,000": whole units of `currency` (an ISO 4217 code), written the locale's way. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** "£50,000–£80,000", "£80,000" when both ends are the same, and "£85,000–£150,000+" when the top is open. */
export function formatMoneyRange(
  range: { min: number; max: number; openEnded?: boolean },
  currency: string,
  locale?: string,
): string {
  const top = `${formatMoney(range.max, currency, locale)}${range.openEnded ? '+' : ''}`;
  return range.min === range.max ? top : `${formatMoney(range.min, currency, locale)}–${top}`;
}

const COUNT: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };

/** A whole number, with the locale's grouping: "100,000" in en-GB, "100.000" in de-DE. */
export function formatCount(count: number, locale?: string): string {
  return numberFormat(locale, COUNT).format(count);
}
