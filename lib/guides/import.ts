import { z } from 'zod';
import { GuideSchema, type Guide } from './schema';

/** The largest guide file read: the bundled guides are a few tens of kilobytes each. */
export const GUIDE_FILE_MAX_BYTES = 2 * 1024 * 1024;

/** At most this many problems are listed for a refused file; the rest are counted. */
const PROBLEMS_SHOWN = 8;

export type GuideFileResult =
  | { ok: true; guide: Guide }
  | {
      ok: false;
      /** One line per problem, each naming the exact field ("questions.2.category: …"). */
      problems: string[];
      /** Problems found beyond those listed. */
      more: number;
    };

/** "questions.2.category", or "(the whole file)" for a problem with the file itself. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(the whole file)' : path.map(String).join('.');
}

function refused(problems: string[]): GuideFileResult {
  return { ok: false, problems: problems.slice(0, PROBLEMS_SHOWN), more: Math.max(0, problems.length - PROBLEMS_SHOWN) };
}

/**
 * Why a file of `bytes` is refused before its text is read, or undefined when its size is fine:
 * the size is checked first, so a huge file is never read into memory.
 */
export function guideFileTooLarge(bytes: number): string | undefined {
  return bytes > GUIDE_FILE_MAX_BYTES
    ? `it is ${Math.ceil(bytes / 1024)} KB, and a guide file may be at most 2 MB, so PrepPanel did not read it`
    : undefined;
}

/**
 * Reads a guide file a user brings (its size checked first with `guideFileTooLarge`): JSON in
 * the published schema (`GuideSchema`, exported as JSON Schema in the README). A file whose id
 * is a bundled guide's is refused: it would take over that guide's saved progress.
 */
export function readGuideFile(text: string, bundledIds: ReadonlySet<string>): GuideFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refused([`(the whole file): it is not JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  const parsed = GuideSchema.safeParse(data);
  if (!parsed.success) {
    return refused(parsed.error.issues.map((issue: z.core.$ZodIssue) => `${fieldPath(issue.path)}: ${issue.message}`));
  }
  if (bundledIds.has(parsed.data.id)) {
    return refused([`id: "${parsed.data.id}" is the id of a guide that comes with PrepPanel; give your guide an id of its own`]);
  }
  return { ok: true, guide: parsed.data };
}
