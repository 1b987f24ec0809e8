import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import amazonDataScientist from '../../lib/guides/data/amazon-data-scientist.json';
import { GUIDES, guideById } from '../../lib/guides/catalog';
import { GuideSchema, type Guide } from '../../lib/guides/schema';

// The supplied source guide, kept beside the guide data so the figures check needs nothing outside the repo.
const SEED = readFileSync(join(import.meta.dirname, '../../lib/guides/sources/seed-amazon-data-scientist.txt'), 'utf8');

/** Every number written in a text, with thousands separators removed ("£50,000" is 50000). */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((match) => match[0].replace(/,(?=\d{3}\b)/g, '').replace(/,$/, ''));
}

/** Every string and number anywhere in a guide. */
function leaves(value: unknown): (string | number)[] {
  if (typeof value === 'string' || typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

describe('bundled guides', () => {
  it('every bundled guide parses with the published schema', () => {
    expect(GUIDES.length).toBeGreaterThan(0);
    for (const guide of GUIDES) expect(GuideSchema.safeParse(guide).success).toBe(true);
    expect(GuideSchema.safeParse(amazonDataScientist).error?.issues).toBeUndefined();
  });

  it('holds every part of the Amazon Data Scientist source guide', () => {
    const guide = guideById('amazon-data-scientist')!;
    expect(guide.overview).toMatchObject({ timeline: { minWeeks: 3, maxWeeks: 5 }, stageCount: 5, questionCount: 12 });
    expect(guide.stages.map((stage) => stage.name)).toHaveLength(5);
    expect(guide.qualities).toHaveLength(5);
    expect(guide.qualities.filter((quality) => quality.roleSpecific)).toHaveLength(1);
    expect(guide.questions).toHaveLength(12);
    expect(guide.questions.filter((question) => question.fromSource)).toHaveLength(5);
    const categories = new Set(guide.questions.map((question) => question.category));
    expect([...categories].sort()).toEqual(['behavioural', 'introduction', 'ml-theory', 'sql', 'technical']);
    expect(guide.checklist).toHaveLength(8);
    expect(guide.mistakes).toHaveLength(5);
    expect(guide.faqs).toHaveLength(6);
    expect(guide.compensation).toMatchObject({ currency: 'GBP', typical: { min: 50000, max: 80000 } });
    expect(guide.work.dayToDay.length).toBeGreaterThan(0);
    expect(guide.howToApply.paragraphs.length).toBeGreaterThan(0);
  });

  it('invents no figure: every number in the guide appears in the seed or a cited source', () => {
    const guide: Guide = guideById('amazon-data-scientist')!;
    const sourced = new Set(numbersIn(SEED));
    const unsourced = leaves({ ...guide, sources: [] })
      .flatMap((leaf) => (typeof leaf === 'number' ? [String(leaf)] : numbersIn(leaf)))
      .filter((figure) => !sourced.has(figure));
    expect(unsourced).toEqual([]);
  });
});

describe('the guide schema', () => {
  const valid = amazonDataScientist as Record<string, unknown>;

  it('refuses counts that disagree with the lists', () => {
    const overview = { ...(valid.overview as object), questionCount: 13 };
    const result = GuideSchema.safeParse({ ...valid, overview });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('overview.questionCount');
  });

  it('refuses a source that the guide does not declare', () => {
    const faqs = (valid.faqs as { sources: string[] }[]).map((faq, index) =>
      index === 0 ? { ...faq, sources: ['made-up'] } : faq,
    );
    const result = GuideSchema.safeParse({ ...valid, faqs });
    expect(result.error?.issues[0]).toMatchObject({ path: ['faqs', 0, 'sources'], message: 'unknown source "made-up"' });
  });

  it('refuses duplicate item ids, which would share one tick', () => {
    const checklist = valid.checklist as { id: string }[];
    const result = GuideSchema.safeParse({ ...valid, checklist: [...checklist, checklist[0]] });
    expect(result.error?.issues.some((issue) => issue.message.startsWith('duplicate id'))).toBe(true);
  });
});
