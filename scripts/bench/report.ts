/** The table `npm run bench` prints: each measure beside its budget and the previous run. */
import { KB, MB, withinBudget, type Measure, type Unit } from './measures';
import type { LastRun } from './last-run';

const MINUS = '−';

function scaled(value: number, unit: Unit): number {
  return unit === 'KB' ? value / KB : unit === 'MB' ? value / MB : value;
}

function digits(unit: Unit, value: number): number {
  if (unit === 'ms') return Math.abs(value) < 10 ? 3 : 1;
  return 2;
}

export function formatValue(value: number, unit: Unit): string {
  const shown = scaled(value, unit);
  return `${shown.toFixed(digits(unit, shown))} ${unit}`;
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : value < 0 ? `${MINUS}${text}` : `±${text}`;
}

/** E.g. "+0.30 KB (+3%)", "−1.2 ms (−12%)". */
export function formatChange(current: number, previous: number, unit: Unit): string {
  const delta = current - previous;
  const absolute = signed(formatValue(Math.abs(delta), unit), delta);
  if (previous === 0) return absolute;
  const percent = (delta / previous) * 100;
  return `${absolute} (${signed(`${Math.abs(percent).toFixed(0)}%`, Math.round(percent))})`;
}

type Row = [measure: string, value: string, budget: string, previous: string, change: string, status: string];

function row(measure: Measure, previous: LastRun | undefined): Row {
  const before = previous?.measures[measure.id];
  const comparable = before !== undefined && before.unit === measure.unit;
  return [
    `  ${measure.label}`,
    formatValue(measure.value, measure.unit),
    measure.budget === undefined ? '' : `< ${formatValue(measure.budget, measure.unit)}`,
    comparable ? formatValue(before.value, before.unit) : previous ? 'new' : '',
    comparable ? formatChange(measure.value, before.value, measure.unit) : '',
    measure.budget === undefined ? '' : withinBudget(measure) ? '✓' : '✗',
  ];
}

/** Measures grouped under their section headings, in a table with aligned columns. */
export function formatTable(measures: Measure[], previous: LastRun | undefined): string {
  const header: Row = ['Measure', 'Value', 'Budget', 'Previous', 'Change', ''];
  const lines: (Row | string)[] = [];
  let group: string | undefined;
  for (const measure of measures) {
    if (measure.group !== group) {
      group = measure.group;
      lines.push(group);
    }
    lines.push(row(measure, previous));
  }
  const rows = lines.filter((line): line is Row => typeof line !== 'string');
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => cells[column]!.length)));
  // Text is left-aligned, numbers right-aligned.
  const format = (cells: Row) =>
    cells
      .map((cell, column) => (column === 0 || column === 5 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = '─'.repeat(widths.reduce((sum, width) => sum + width, 0) + 2 * (widths.length - 1));
  return [format(header), rule, ...lines.map((line) => (typeof line === 'string' ? line : format(line)))].join('\n');
}

/** Measures of the previous run that this run no longer has (e.g. a removed fixture). */
export function goneMeasures(measures: Measure[], previous: LastRun): string[] {
  const current = new Set(measures.map((measure) => measure.id));
  return Object.keys(previous.measures).filter((id) => !current.has(id));
}

export function brokenBudgets(measures: Measure[]): string[] {
  return measures
    .filter((measure) => !withinBudget(measure))
    .map((measure) => `${measure.group}: ${measure.label} is ${formatValue(measure.value, measure.unit)} (budget < ${formatValue(measure.budget!, measure.unit)})`);
}
