/**
 * bench/last-run.json: the previous run's results, committed so the next run (on any machine)
 * can be compared with it. The machine is recorded so a comparison across machines is read with care.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { Measure } from './measures';

export const LAST_RUN_PATH = resolve(import.meta.dirname, '../../bench/last-run.json');

const MachineSchema = z.strictObject({
  cpu: z.string(),
  cpuCount: z.number().int().positive(),
  chromium: z.string(),
  node: z.string(),
});

export const LastRunSchema = z.strictObject({
  date: z.iso.datetime(),
  machine: MachineSchema,
  /** By measure id: the value in ms (unit `ms`) or bytes (units `KB` and `MB`). */
  measures: z.record(
    z.string(),
    z.strictObject({
      label: z.string(),
      value: z.number().nonnegative(),
      unit: z.enum(['ms', 'KB', 'MB']),
      budget: z.number().positive().optional(),
    }),
  ),
});

export type LastRun = z.infer<typeof LastRunSchema>;
export type Machine = z.infer<typeof MachineSchema>;

export function thisMachine(chromium: string): Machine {
  const all = cpus();
  return { cpu: all[0]?.model.trim() ?? 'unknown', cpuCount: all.length, chromium, node: process.versions.node };
}

/** The previous run, or why there is none (a missing or unreadable file is not an error). */
export function readLastRun(path = LAST_RUN_PATH): { run: LastRun } | { run: undefined; note: string } {
  if (!existsSync(path)) return { run: undefined, note: `No previous run: ${path} does not exist yet.` };
  try {
    return { run: LastRunSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) };
  } catch (error) {
    const reason = error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error);
    return { run: undefined, note: `No previous run: ${path} could not be read (${reason.replaceAll('\n', ' ')}).` };
  }
}

/** Milliseconds to 4 decimals, bytes whole: enough for the table, small diffs in the file. */
function rounded(measure: Measure): number {
  return measure.unit === 'ms' ? Math.round(measure.value * 10_000) / 10_000 : Math.round(measure.value);
}

export function toLastRun(measures: Measure[], machine: Machine, date = new Date()): LastRun {
  return LastRunSchema.parse({
    date: date.toISOString(),
    machine,
    measures: Object.fromEntries(
      measures.map((measure) => [
        measure.id,
        { label: measure.label, value: rounded(measure), unit: measure.unit, ...(measure.budget === undefined ? {} : { budget: measure.budget }) },
      ]),
    ),
  });
}

export function writeLastRun(run: LastRun, path = LAST_RUN_PATH): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(run, null, 2)}\n`);
}

/** Notes for reading the comparison: a run on another machine or browser. */
export function machineNotes(previous: LastRun, current: Machine): string[] {
  const notes: string[] = [];
  const was = previous.machine;
  if (was.cpu !== current.cpu || was.cpuCount !== current.cpuCount) {
    notes.push(
      `The previous run (${previous.date}) was on another CPU (${was.cpuCount} × ${was.cpu}; this one: ${current.cpuCount} × ${current.cpu}): compare times with care.`,
    );
  }
  if (was.chromium !== current.chromium) notes.push(`The previous run used Chromium ${was.chromium}; this one ${current.chromium}.`);
  return notes;
}
