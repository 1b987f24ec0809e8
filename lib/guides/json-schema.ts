import { z } from 'zod';
import { GuideSchema } from './schema';

/**
 * The published guide schema as JSON Schema, for authors of guide files: what `GuideSchema`
 * accepts as input (fields with a default may be left out). Checks that JSON Schema cannot
 * state (declared sources, unique ids, counts) are in its description; PrepPanel applies them
 * on import and names the field that breaks one.
 */
export function guideJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(GuideSchema, { io: 'input', unrepresentable: 'throw' });
}

const START = '<!-- guide-schema:start (written by npm run guides:schema) -->';
const END = '<!-- guide-schema:end -->';

/** The README with the JSON Schema block between its markers replaced by the current schema. */
export function readmeWithSchema(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`the README has no "${START}" … "${END}" block`);
  const block = ['```json', JSON.stringify(guideJsonSchema(), null, 2), '```'].join('\n');
  return `${readme.slice(0, start + START.length)}\n${block}\n${readme.slice(end)}`;
}

export const SCHEMA_MARKERS = { START, END } as const;
