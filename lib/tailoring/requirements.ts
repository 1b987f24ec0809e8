import type { ListingRequirements, RequirementKind } from '../job/detected-job';
import { TailoringRecordSchema, type TailoringRecord } from '../storage/schema';
import type { TailoringChange } from './store';

/** A stable id for a requirement's text (FNV-1a), so links survive reordering on the page. */
export function requirementId(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `r-${hash.toString(36)}`;
}

/** One line of a listing's tailoring checklist, with what the user recorded for it. */
export interface RequirementRow {
  id: string;
  text: string;
  /** `added`: the user typed it in because the listing's own could not be read. */
  kind: RequirementKind | 'added';
  done: boolean;
  storyId?: string;
  note?: string;
}

/** The listing's requirements in page order, then the ones the user added, each with its record. */
export function requirementRows(
  requirements: ListingRequirements | undefined,
  records: readonly TailoringRecord[],
): RequirementRow[] {
  const byId = new Map(records.map((record) => [record.requirementId, record]));
  const rows: RequirementRow[] = [];
  const seen = new Set<string>();
  const add = (id: string, text: string, kind: RequirementRow['kind']) => {
    if (seen.has(id)) return;
    seen.add(id);
    const record = byId.get(id);
    rows.push({
      id,
      text,
      kind,
      done: record?.done ?? false,
      ...(record?.storyId ? { storyId: record.storyId } : {}),
      ...(record?.note ? { note: record.note } : {}),
    });
  };
  for (const requirement of requirements?.items ?? []) add(requirementId(requirement.text), requirement.text, requirement.kind);
  for (const record of records) if (record.addedByUser) add(record.requirementId, record.text, 'added');
  return rows;
}

export interface Coverage {
  covered: number;
  total: number;
}

export function requirementCoverage(rows: readonly RequirementRow[]): Coverage {
  return { covered: rows.filter((row) => row.done).length, total: rows.length };
}

/** The longest requirement a user may add, as the stored record allows. */
export const TYPED_REQUIREMENT_MAX = TailoringRecordSchema.shape.text.maxLength ?? Number.POSITIVE_INFINITY;

/**
 * A requirement the user typed in, with its spaces made single; throws, in words, when it is
 * empty or longer than a stored requirement may be.
 */
export function typedRequirement(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('Write the requirement first.');
  if (clean.length > TYPED_REQUIREMENT_MAX) throw new Error(`Keep a requirement under ${TYPED_REQUIREMENT_MAX} characters.`);
  return clean;
}

/** A change as it is stored: a note of only spaces is no note. */
export function cleanChange(change: TailoringChange): TailoringChange {
  if (!('note' in change)) return change;
  return { ...change, note: change.note?.trim() || undefined };
}
