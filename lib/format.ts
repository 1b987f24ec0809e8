const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];
const byteFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** "1.2 MB": decimal units, as browsers show storage. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${byteFormat.format(value)} ${UNITS[unit]}`;
}
