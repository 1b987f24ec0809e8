import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { machineNotes, readLastRun, toLastRun, writeLastRun, type Machine } from '../../../scripts/bench/last-run';
import { KB, median, type Measure } from '../../../scripts/bench/measures';
import { brokenBudgets, formatChange, formatTable, goneMeasures } from '../../../scripts/bench/report';

const MACHINE: Machine = { cpu: 'Test CPU', cpuCount: 2, chromium: '156.0', node: '20.20.2' };

const measures: Measure[] = [
  { id: 'recognition:a', group: 'Recognition', label: 'a.html', value: 0.5, unit: 'ms', budget: 2 },
  { id: 'recognition:b', group: 'Recognition', label: 'b.html', value: 2.5, unit: 'ms', budget: 2 },
  { id: 'size:amazon', group: 'Content scripts', label: 'amazon-jobs.js', value: 10 * KB, unit: 'KB', budget: 12 * KB },
];

describe('npm run bench: report', () => {
  it('takes the middle value, the upper one of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(() => median([])).toThrow();
  });

  it('names every broken budget, and only those', () => {
    expect(brokenBudgets(measures)).toEqual(['Recognition: b.html is 2.500 ms (budget < 2.000 ms)']);
    // A value equal to its budget is not under it.
    expect(brokenBudgets([{ ...measures[0]!, value: 2 }])).toHaveLength(1);
  });

  it('prints each measure under its group, beside the previous run and the change', () => {
    const previous = toLastRun([{ ...measures[0]!, value: 1 }], MACHINE, new Date('2026-11-01T00:00:00Z'));
    const table = formatTable(measures, previous);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^Measure\s+Value\s+Budget\s+Previous\s+Change$/);
    expect(lines).toContain('Recognition');
    expect(lines).toContain('Content scripts');
    const a = lines.find((line) => line.includes('a.html'))!;
    expect(a).toContain('0.500 ms');
    expect(a).toContain('1.000 ms');
    expect(a).toContain('−0.500 ms (−50%)');
    expect(a.trimEnd().endsWith('✓')).toBe(true);
    expect(lines.find((line) => line.includes('b.html'))!.trimEnd().endsWith('✗')).toBe(true);
    expect(lines.find((line) => line.includes('amazon-jobs.js'))).toContain('new');
    expect(goneMeasures([measures[1]!], previous)).toEqual(['recognition:a']);
  });

  it('signs changes and percentages', () => {
    expect(formatChange(11 * KB, 10 * KB, 'KB')).toBe('+1.00 KB (+10%)');
    expect(formatChange(5, 5, 'ms')).toBe('±0.000 ms (±0%)');
  });
});

describe('npm run bench: the previous run', () => {
  it('round-trips through its file, and says why when there is none or it is unreadable', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bench-'));
    const path = join(folder, 'last-run.json');
    expect(readLastRun(path)).toMatchObject({ run: undefined, note: expect.stringContaining('does not exist') });

    const run = toLastRun(measures, MACHINE);
    writeLastRun(run, path);
    expect(readLastRun(path)).toEqual({ run });

    writeFileSync(path, JSON.stringify({ ...run, measures: { x: { label: 'x', value: -1, unit: 'ms' } } }));
    expect(readLastRun(path)).toMatchObject({ run: undefined, note: expect.stringContaining('could not be read') });
  });

  it('warns when the previous run was on another machine or browser', () => {
    const previous = toLastRun(measures, MACHINE);
    expect(machineNotes(previous, MACHINE)).toEqual([]);
    expect(machineNotes(previous, { ...MACHINE, cpu: 'Other CPU', chromium: '157.0' })).toHaveLength(2);
  });
});
