import { describe, expect, it } from 'vitest';
import { GUIDE_LAYERS, GUIDES, guideById } from '../../../../lib/guides/catalog';
import { textsOfSources, unsourcedFigures } from '../../../../lib/guides/figures';
import { GuideSchema, type Guide } from '../../../../lib/guides/schema';
import { SOURCE_TEXTS } from '../../../../lib/guides/source-texts';
// The Amazon Data Scientist guide as it was published whole, before it was split into layers.
import amazonDataScientist from '../../../fixtures/guides/amazon-data-scientist.json';

describe('bundled guides', () => {
  it('every bundled guide parses with the published schema', () => {
    expect(GUIDES.length).toBeGreaterThan(0);
    for (const guide of GUIDES) expect(GuideSchema.safeParse(guide).success).toBe(true);
    expect(GuideSchema.safeParse(amazonDataScientist).error?.issues).toBeUndefined();
  });

  it('keeps every tickable item of the Amazon Data Scientist guide as it was published whole, in place', () => {
    // Saved progress is keyed by guide id and item id, and stories name qualities: what was
    // published keeps its id; layers may reword it and add items.
    const published = GuideSchema.parse(amazonDataScientist);
    const guide = guideById('amazon-data-scientist')!;
    expect(GUIDE_LAYERS.get('amazon-data-scientist')).toMatchObject({ company: 'amazon', specifics: 'amazon-data-scientist' });
    // Ticked lists keep their order too, so a user's progress reads as it did.
    for (const list of ['questions', 'checklist', 'mistakes'] as const) {
      const ids = published[list].map((item) => item.id);
      expect(guide[list].slice(0, ids.length).map((item) => item.id), list).toEqual(ids);
    }
    for (const list of ['stages', 'qualities', 'faqs'] as const) {
      expect(guide[list].map((item) => item.id), list).toEqual(expect.arrayContaining(published[list].map((item) => item.id)));
    }
    const questionText = (from: Guide) => from.questions.slice(0, published.questions.length).map((asked) => asked.text);
    expect(questionText(guide)).toEqual(questionText(published));
  });

  it('holds every part of the Amazon Data Scientist source guide', () => {
    const guide = guideById('amazon-data-scientist')!;
    expect(guide.overview).toMatchObject({ timeline: { minWeeks: 3, maxWeeks: 5 }, stageCount: 5 });
    expect(guide.stages.map((stage) => stage.name)).toHaveLength(5);
    expect(guide.qualities.filter((quality) => quality.roleSpecific).length).toBeGreaterThanOrEqual(1);
    expect(guide.questions.filter((question) => question.fromSource).length).toBeGreaterThanOrEqual(5);
    const categories = new Set(guide.questions.map((question) => question.category));
    expect([...categories].sort()).toEqual(['behavioural', 'introduction', 'ml-theory', 'sql', 'technical']);
    expect(guide.compensation).toMatchObject({ currency: 'GBP', typical: { min: 50000, max: 80000 } });
    expect(guide.work.dayToDay.length).toBeGreaterThan(0);
    expect(guide.howToApply.paragraphs.length).toBeGreaterThan(0);
  });

  it('invents no figure: every number in the guide appears in the seed or a cited source', () => {
    const guide: Guide = guideById('amazon-data-scientist')!;
    const texts = textsOfSources(guide.sources, SOURCE_TEXTS);
    expect(texts.length).toBeGreaterThan(0);
    expect(unsourcedFigures(guide, texts)).toEqual([]);
  });

  it('the figures check finds a number no source gives, and where it is', () => {
    const guide: Guide = guideById('amazon-data-scientist')!;
    const texts = textsOfSources(guide.sources, SOURCE_TEXTS);
    const faqs = guide.faqs.map((faq, index) => (index === 1 ? { ...faq, answer: `${faq.answer} Some earn £987,654.` } : faq));
    expect(unsourcedFigures({ ...guide, faqs }, texts)).toEqual([{ path: 'faqs.1.answer', figure: '987654' }]);
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
