import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideJsonSchema, readmeWithSchema, SCHEMA_MARKERS } from '../../../../lib/guides/json-schema';
import { GuideSchema } from '../../../../lib/guides/schema';

const README = readFileSync('README.md', 'utf8');

describe('the guide JSON Schema for authors', () => {
  it('is in the README and in guide.schema.json as the published schema is now (npm run guides:schema)', () => {
    expect(readmeWithSchema(README)).toBe(README);
    expect(JSON.parse(readFileSync('guide.schema.json', 'utf8'))).toEqual(guideJsonSchema());
  });

  it('states every field of the published schema, with the required ones required', () => {
    const schema = guideJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(GuideSchema.shape).sort());
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'company', 'role', 'questions', 'sources']));
    expect(schema.required).not.toContain('compensation');
    const questions = (schema.properties.questions as { items: { properties: { category: { enum: string[] } } } }).items;
    expect(questions.properties.category.enum).toEqual(GuideSchema.shape.questions.element.shape.category.options);
  });

  it('states that source links are https only', () => {
    const schema = guideJsonSchema() as { properties: { sources: { items: { properties: { url: Record<string, unknown> } } } } };
    expect(schema.properties.sources.items.properties.url).toMatchObject({ type: 'string', format: 'uri', pattern: '^https://' });
  });

  it('refuses to write into a README without its markers', () => {
    expect(() => readmeWithSchema('# No block here')).toThrow(SCHEMA_MARKERS.START);
  });
});
