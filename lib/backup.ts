import { z } from 'zod';
import { formatBytes } from './format';
import { BUNDLED_IDS } from './guides/library';
import { announceChange } from './storage/changes';
import { questionScope } from './practice/store';
import type { PrepDb } from './storage/db';
import { storageFailureText } from './storage/errors';
import {
  ApplicationSchema,
  GuidePinSchema,
  ImportedGuideSchema,
  OwnItemSchema,
  PracticeRecordSchema,
  ProgressRecordSchema,
  RecordingSchema,
  StorySchema,
  TailoringRecordSchema,
  type ImportedGuide,
} from './storage/schema';
import type { Guide } from './guides/schema';

/**
 * One file with everything PrepPanel keeps (recordings optional), to move it to another
 * browser or keep it safe. Files are read with zod like any other input: a foreign,
 * newer or damaged file is refused with the reason, and the database is left as it was.
 */

export const BACKUP_FORMAT = 'preppanel-backup';
export const BACKUP_VERSION = 1;
/** The largest file imported: far beyond a backup without recordings, and still safe to read into memory. */
export const BACKUP_MAX_BYTES = 200_000_000;

/** Every store of the database, in the order a backup lists them. */
export const BACKUP_STORES = ['progress', 'stories', 'tailoring', 'applications', 'practice', 'recordings', 'pins', 'importedGuides', 'ownItems'] as const;
export type BackupStore = (typeof BACKUP_STORES)[number];

/** The key path of each store, as lib/storage/db.ts creates them (a unit test holds the two together). */
export const KEY_PATHS = {
  progress: ['guideId', 'item'],
  stories: 'id',
  tailoring: ['jobKey', 'requirementId'],
  applications: 'jobKey',
  practice: ['guideId', 'questionId'],
  recordings: 'id',
  pins: 'jobKey',
  importedGuides: 'id',
  ownItems: 'id',
} as const satisfies Record<BackupStore, string | readonly string[]>;

/** A recorded answer in a file: its bytes as base64, their type in `mimeType`. */
export const BackupRecordingSchema = RecordingSchema.omit({ data: true }).extend({
  data: z.base64('the recording is not valid base64 data'),
});

const STORED_SCHEMAS = {
  progress: ProgressRecordSchema,
  stories: StorySchema,
  tailoring: TailoringRecordSchema,
  applications: ApplicationSchema,
  practice: PracticeRecordSchema,
  recordings: RecordingSchema,
  pins: GuidePinSchema,
  importedGuides: ImportedGuideSchema,
  ownItems: OwnItemSchema,
} as const satisfies Record<BackupStore, z.ZodType>;

/**
 * The sections in which files made before the stores were renamed (backup version 1 still) list
 * the user's own items and imported guides. Read with the same schemas, into `ownItems` and
 * `importedGuides`; never written.
 */
const OLD_OWN_ITEMS_SECTION = 'additions';
const OLD_IMPORTED_GUIDES_SECTION = 'userGuides';

/** Every section a file may have, and the store its records go to. */
const SECTIONS: readonly (readonly [string, BackupStore])[] = [
  ...BACKUP_STORES.map((store) => [store, store] as const),
  [OLD_OWN_ITEMS_SECTION, 'ownItems'],
  [OLD_IMPORTED_GUIDES_SECTION, 'importedGuides'],
];

export const BackupDataSchema = z
  .object({
    progress: z.array(ProgressRecordSchema),
    stories: z.array(StorySchema),
    tailoring: z.array(TailoringRecordSchema),
    applications: z.array(ApplicationSchema),
    practice: z.array(PracticeRecordSchema),
    recordings: z.array(BackupRecordingSchema).optional(),
    /** Guides pinned to jobs; absent from backups made before pins existed. */
    pins: z.array(GuidePinSchema).default([]),
    /** Imported guides and the user's own guide items; absent from backups made before they existed. */
    importedGuides: z.array(ImportedGuideSchema).default([]),
    ownItems: z.array(OwnItemSchema).default([]),
    [OLD_OWN_ITEMS_SECTION]: z.array(OwnItemSchema).optional(),
    [OLD_IMPORTED_GUIDES_SECTION]: z.array(ImportedGuideSchema).optional(),
  })
  .superRefine((data, context) => {
    // Two records with one key would both count in the preview, and the second would overwrite the first.
    const seen = new Map<BackupStore, Set<string>>();
    for (const [section, store] of SECTIONS) {
      const keys = seen.get(store) ?? new Set<string>();
      seen.set(store, keys);
      ((data as Record<string, readonly object[] | undefined>)[section] ?? []).forEach((record, index) => {
        const key = JSON.stringify(keyOf(store, record));
        if (keys.has(key)) {
          const message =
            store === 'importedGuides'
              ? `${guideNamed((record as ImportedGuide).guide)} is in this file twice: another imported guide has the same id`
              : 'another record in this file has the same key';
          context.addIssue({ code: 'custom', path: [section, index], message });
        }
        keys.add(key);
      });
    }
    // The rule of a guide import (lib/guides/import.ts): a bundled guide's id would take over that guide's progress.
    for (const section of [OLD_IMPORTED_GUIDES_SECTION, 'importedGuides'] as const) {
      (data[section] ?? []).forEach((record, index) => {
        if (BUNDLED_IDS.has(record.guide.id)) {
          context.addIssue({
            code: 'custom',
            path: [section, index, 'guide', 'id'],
            message: `${guideNamed(record.guide)} has the id of a guide that comes with PrepPanel; an imported guide needs an id of its own`,
          });
        }
      });
    }
  })
  .transform(({ [OLD_OWN_ITEMS_SECTION]: olderOwnItems = [], [OLD_IMPORTED_GUIDES_SECTION]: olderImportedGuides = [], ...data }) => ({
    ...data,
    ownItems: [...olderOwnItems, ...data.ownItems],
    importedGuides: [...olderImportedGuides, ...data.importedGuides],
  }));

export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime(),
    includesRecordings: z.boolean(),
    data: BackupDataSchema,
  })
  .superRefine((backup, context) => {
    if (backup.includesRecordings !== (backup.data.recordings !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['data', 'recordings'],
        message: backup.includesRecordings ? 'the file says it includes recordings, but lists none' : 'the file says it has no recordings, but lists some',
      });
    }
  });

export type Backup = z.infer<typeof BackupSchema>;
export type BackupData = Backup['data'];
export type BackupRecording = z.infer<typeof BackupRecordingSchema>;
export type StoreCounts = Record<BackupStore, number>;

/** 'the guide "Harrow & Finch: Data Analyst" (id "harrow-finch-data-analyst")', as a refusal names it. */
function guideNamed(guide: Pick<Guide, 'id' | 'title'>): string {
  return `the guide "${guide.title}" (id "${guide.id}")`;
}

/** A record's key in its store: a string, or a pair of strings. */
function keyOf(store: BackupStore, record: object): string | [string, string] {
  const path: string | readonly [string, string] = KEY_PATHS[store];
  const field = (name: string) => String((record as Record<string, unknown>)[name]);
  return typeof path === 'string' ? field(path) : [field(path[0]), field(path[1])];
}

function zeroCounts(): StoreCounts {
  return { progress: 0, stories: 0, tailoring: 0, applications: 0, practice: 0, recordings: 0, pins: 0, importedGuides: 0, ownItems: 0 };
}

/* ---------- Bytes and base64 ---------- */

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: spreading millions of arguments into one call overflows the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/* ---------- Export ---------- */

export interface ExportedBackup {
  backup: Backup;
  /** Stored records that failed their schema, left out of the file; the user is told. */
  unreadable: StoreCounts;
}

/** `read` for every store at once (its requests go out together, in one transaction when it uses one). */
async function perStore<T>(read: (store: BackupStore) => Promise<T>): Promise<Record<BackupStore, T>> {
  const entries = await Promise.all(BACKUP_STORES.map(async (store) => [store, await read(store)] as const));
  return Object.fromEntries(entries) as Record<BackupStore, T>;
}

/** Reads every store in one transaction, so the file is one consistent moment of the data. */
async function readAll(db: PrepDb): Promise<Record<BackupStore, unknown[]>> {
  const tx = db.transaction(BACKUP_STORES, 'readonly');
  const rows = await perStore((store): Promise<unknown[]> => tx.objectStore(store).getAll());
  await tx.done;
  return rows;
}

export async function exportBackup(db: PrepDb, { includeRecordings }: { includeRecordings: boolean }, now = new Date()): Promise<ExportedBackup> {
  const rows = await readAll(db);
  const unreadable = zeroCounts();
  const readable = <T extends z.ZodType>(store: BackupStore, schema: T): z.infer<T>[] =>
    rows[store].flatMap((row) => {
      const record = schema.safeParse(row);
      if (record.success) return [record.data];
      unreadable[store]++;
      return [];
    });
  const data: BackupData = {
    progress: readable('progress', ProgressRecordSchema),
    stories: readable('stories', StorySchema),
    tailoring: readable('tailoring', TailoringRecordSchema),
    applications: readable('applications', ApplicationSchema),
    practice: readable('practice', PracticeRecordSchema),
    pins: readable('pins', GuidePinSchema),
    // One that took a bundled guide's id (an older PrepPanel allowed it) would make the file unimportable: left out and counted.
    importedGuides: readable('importedGuides', ImportedGuideSchema.refine((record) => !BUNDLED_IDS.has(record.guide.id))),
    ownItems: readable('ownItems', OwnItemSchema),
  };
  if (includeRecordings) {
    data.recordings = await Promise.all(
      readable('recordings', RecordingSchema).map(async ({ data: blob, ...recording }) => ({ ...recording, data: await blobToBase64(blob) })),
    );
  }
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    includesRecordings: includeRecordings,
    data,
  };
  return { backup, unreadable };
}

export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}

/** `preppanel-backup-2026-03-14.json`, dated in the user's own time zone. */
export function backupFileName(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `preppanel-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Why a file of `bytes` is too large to import, or undefined when it is not. */
export function tooLargeReason(bytes: number, maxBytes = BACKUP_MAX_BYTES): string | undefined {
  return bytes > maxBytes
    ? `This file is ${formatBytes(bytes)}; PrepPanel imports backups of up to ${formatBytes(maxBytes)}. ` +
        'A backup without recordings is much smaller: export one without them.'
    : undefined;
}

/** Why a backup of `bytes` should not be written, as PrepPanel could not import it again; undefined when it could. */
export function exportTooLargeReason(bytes: number, maxBytes = BACKUP_MAX_BYTES): string | undefined {
  return bytes > maxBytes
    ? `The backup would be ${formatBytes(bytes)}, more than the ${formatBytes(maxBytes)} PrepPanel can import again. ` +
        'Export it without recordings, or delete recordings you no longer need first.'
    : undefined;
}

/* ---------- Parse ---------- */

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; reason: string };

const FOREIGN =
  'This file is not a PrepPanel backup: it does not say "format": "preppanel-backup". Choose a file that PrepPanel exported.';

/** `data.stories[3].title`: the path of a field as a reader would write it. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/** Reads a backup file's text: the backup, or the reason it is refused. Nothing is written. */
export function parseBackup(text: string, maxBytes = BACKUP_MAX_BYTES): ParsedBackup {
  const tooLarge = tooLargeReason(text.length, maxBytes);
  if (tooLarge) return { ok: false, reason: tooLarge };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'This file is not a PrepPanel backup: it is not JSON. Choose the .json file that PrepPanel exported.' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, reason: FOREIGN };
  }
  const { version } = json as { version?: unknown };
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return {
      ok: false,
      reason: `This backup was made by a newer PrepPanel (backup version ${version}; this one reads version ${BACKUP_VERSION}). Update PrepPanel, then import it again.`,
    };
  }
  const parsed = BackupSchema.safeParse(json);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const [first, ...others] = parsed.error.issues;
  const problem = first ? `${fieldPath(first.path)}: ${first.message}` : 'it does not match the backup format';
  const more = others.length > 0 ? ` (and ${others.length} more ${others.length === 1 ? 'problem' : 'problems'})` : '';
  return { ok: false, reason: `This backup cannot be imported: ${problem}${more}.` };
}

/* ---------- Preview and import ---------- */

export interface StorePreview {
  /** Records whose key is not in the database. */
  added: number;
  /** Records whose key is there with other content. */
  replaced: number;
  /** Records the database holds already, as they are. */
  unchanged: number;
}

export type ImportPreview = Record<BackupStore, StorePreview>;

/** JSON with the keys of every object sorted, so two records compare by content, not by key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}

async function sameRecording(stored: unknown, incoming: BackupRecording): Promise<boolean> {
  const parsed = RecordingSchema.safeParse(stored);
  if (!parsed.success) return false;
  const { data: blob, ...fields } = parsed.data;
  const { data: base64, ...incomingFields } = incoming;
  if (canonical(fields) !== canonical(incomingFields)) return false;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const other = base64ToBytes(base64);
  return bytes.length === other.length && bytes.every((byte, index) => byte === other[index]);
}

/** What importing `backup` would add, replace and leave as it is, per store. Nothing is written. */
export async function previewImport(db: PrepDb, backup: Backup): Promise<ImportPreview> {
  const tx = db.transaction(BACKUP_STORES, 'readonly');
  const existing = await perStore((store): Promise<unknown[]> =>
    Promise.all((backup.data[store] ?? []).map((record) => tx.objectStore(store).get(keyOf(store, record)))),
  );
  await tx.done;
  const preview = Object.fromEntries(BACKUP_STORES.map((store) => [store, { added: 0, replaced: 0, unchanged: 0 }])) as ImportPreview;
  for (const store of BACKUP_STORES) {
    const records: readonly object[] = backup.data[store] ?? [];
    for (const [index, record] of records.entries()) {
      const stored = existing[store][index];
      const counts = preview[store];
      if (stored === undefined) counts.added++;
      else if (
        store === 'recordings'
          ? await sameRecording(stored, record as BackupRecording)
          : STORED_SCHEMAS[store].safeParse(stored).success && canonical(stored) === canonical(record)
      )
        counts.unchanged++;
      else counts.replaced++;
    }
  }
  return preview;
}

type Fields = Record<string, unknown>;

/** The scope a view follows a record's store on (see lib/extension/messages.ts DataChanged and each store in lib/storage). */
const SCOPE_OF: Record<BackupStore, (record: Fields) => string> = {
  progress: (record) => String(record.guideId),
  stories: () => 'all',
  tailoring: (record) => String(record.jobKey),
  applications: () => 'all',
  practice: (record) => String(record.guideId),
  recordings: (record) => questionScope(String(record.guideId), String(record.questionId)),
  pins: (record) => String(record.jobKey),
  importedGuides: () => 'all',
  ownItems: (record) => String(record.guideId),
};

/** Tells open views that the records of every store changed, once per scope they follow. */
function announceStores(records: Record<BackupStore, readonly object[]>): void {
  for (const store of BACKUP_STORES) {
    for (const scope of new Set(records[store].map((record) => SCOPE_OF[store](record as Fields)))) announceChange(store, scope);
  }
}

/**
 * Writes every record of `backup` in ONE transaction over all stores: either all of it is
 * stored, or (a refused write, a full disk) none of it and the database is as it was.
 * Records of the database that the file does not hold are kept.
 */
export async function importBackup(db: PrepDb, backup: Backup): Promise<void> {
  // Decoded before the transaction opens: it must not wait on anything but its own requests.
  const recordings = (backup.data.recordings ?? []).map(({ data, ...recording }) => ({
    ...recording,
    data: new Blob([base64ToBytes(data)], { type: recording.mimeType }),
  }));
  const tx = db.transaction(BACKUP_STORES, 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    for (const record of backup.data.progress) writes.push(tx.objectStore('progress').put(record));
    for (const record of backup.data.stories) writes.push(tx.objectStore('stories').put(record));
    for (const record of backup.data.tailoring) writes.push(tx.objectStore('tailoring').put(record));
    for (const record of backup.data.applications) writes.push(tx.objectStore('applications').put(record));
    for (const record of backup.data.practice) writes.push(tx.objectStore('practice').put(record));
    for (const record of recordings) writes.push(tx.objectStore('recordings').put(record));
    for (const record of backup.data.pins) writes.push(tx.objectStore('pins').put(record));
    for (const record of backup.data.importedGuides) writes.push(tx.objectStore('importedGuides').put(record));
    for (const record of backup.data.ownItems) writes.push(tx.objectStore('ownItems').put(record));
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // A write that threw at once leaves the earlier ones pending: they fail with the abort, expectedly.
    for (const write of writes) write.catch(() => undefined);
    abortQuietly(tx);
    throw error;
  }
  announceStores({ ...backup.data, recordings: backup.data.recordings ?? [] });
}

/** Aborts a transaction that may have ended already (a failed request aborts it by itself). */
function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Finished already: nothing of it was committed, or all of it was.
  }
}

/** Deletes everything PrepPanel keeps, in one transaction over all stores. */
export async function resetAll(db: PrepDb): Promise<void> {
  const tx = db.transaction(BACKUP_STORES, 'readwrite');
  let cleared: Record<BackupStore, unknown[]>;
  try {
    // Read first, to tell open views which guides and jobs lost their data.
    cleared = await perStore((store): Promise<unknown[]> => tx.objectStore(store).getAll());
    await Promise.all([...BACKUP_STORES.map((store) => tx.objectStore(store).clear()), tx.done]);
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
  announceStores(cleared as Record<BackupStore, object[]>);
}

/* ---------- Words ---------- */

const NOUNS: Record<BackupStore, (count: number) => string> = {
  progress: (count) => `progress on ${count} guide ${count === 1 ? 'item' : 'items'}`,
  stories: (count) => `${count} ${count === 1 ? 'story' : 'stories'}`,
  tailoring: (count) => `${count} requirement ${count === 1 ? 'note' : 'notes'}`,
  applications: (count) => `${count} ${count === 1 ? 'application' : 'applications'}`,
  practice: (count) => `practice counts of ${count} ${count === 1 ? 'question' : 'questions'}`,
  recordings: (count) => `${count} ${count === 1 ? 'recording' : 'recordings'}`,
  pins: (count) => `${count} ${count === 1 ? 'guide' : 'guides'} pinned to a job`,
  importedGuides: (count) => `${count} imported ${count === 1 ? 'guide' : 'guides'}`,
  ownItems: (count) => `${count} ${count === 1 ? 'question or checklist item' : 'questions and checklist items'} of your own`,
};

/** "3 stories, 1 application and progress on 5 guide items" */
function listCounts(counts: Partial<StoreCounts>): string {
  const parts = BACKUP_STORES.flatMap((store) => (counts[store] ? [NOUNS[store](counts[store])] : []));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function pick(preview: ImportPreview, field: keyof StorePreview): Partial<StoreCounts> {
  return Object.fromEntries(BACKUP_STORES.map((store) => [store, preview[store][field]]));
}

/** The preview in sentences: "Adds 3 stories.", "Replaces 1 application.", "4 records are the same here already." */
export function describePreview(preview: ImportPreview): string[] {
  const added = listCounts(pick(preview, 'added'));
  const replaced = listCounts(pick(preview, 'replaced'));
  const unchanged = BACKUP_STORES.reduce((sum, store) => sum + preview[store].unchanged, 0);
  const lines: string[] = [];
  if (added) lines.push(`Adds ${added}.`);
  if (replaced) lines.push(`Replaces ${replaced}.`);
  if (!added && !replaced) lines.push('Everything in this file is here already: importing changes nothing.');
  else if (unchanged > 0) lines.push(`${unchanged} ${unchanged === 1 ? 'record is' : 'records are'} the same here already.`);
  return lines;
}

/** "2 stored records could not be read and were left out: 1 story and 1 application." */
export function describeUnreadable(unreadable: StoreCounts): string | undefined {
  const total = BACKUP_STORES.reduce((sum, store) => sum + unreadable[store], 0);
  if (total === 0) return undefined;
  return `${total} stored ${total === 1 ? 'record' : 'records'} could not be read and ${total === 1 ? 'was' : 'were'} left out of the file: ${listCounts(unreadable)}.`;
}

/** A failure in words, ending with a full stop. */
function sentence(reason: unknown): string {
  const text = storageFailureText(reason);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Why an import failed, in words; the database is as it was. */
export function importFailureText(reason: unknown): string {
  return `The backup was not imported: ${sentence(reason)} Nothing was changed.`;
}
