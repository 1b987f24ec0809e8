import { describe, expect, it } from 'vitest';
import { COMPANY_LAYERS, GUIDE_LAYERS, GUIDES, SPECIFICS, guideById } from '../../lib/guides/catalog';
import { textsOfSources, unsourcedFigures } from '../../lib/guides/figures';
import { composeGuide } from '../../lib/guides/layers';
import { GuideSchema, type Guide } from '../../lib/guides/schema';
import { SOURCE_TEXTS } from '../../lib/guides/source-texts';
// The Amazon Data Scientist guide as it was published whole, before it was split into layers.
import amazonDataScientist from '../fixtures/guides/amazon-data-scientist.json';

describe('bundled guides', () => {
  it('every bundled guide parses with the published schema', () => {
    expect(GUIDES.length).toBeGreaterThan(0);
    for (const guide of GUIDES) expect(GuideSchema.safeParse(guide).success).toBe(true);
    expect(GuideSchema.safeParse(amazonDataScientist).error?.issues).toBeUndefined();
  });

  it('composes the Amazon Data Scientist guide from its layers exactly as it was published whole', () => {
    // Saved progress is keyed by guide id and item id, so ids, order and text must not move.
    const amazon = COMPANY_LAYERS.find((layer) => layer.company.id === 'amazon')!;
    const specifics = SPECIFICS.find((layer) => layer.company === 'amazon' && layer.role.family === 'data-scientist')!;
    const { guide, layers } = composeGuide({ company: amazon, specifics });
    const published = GuideSchema.parse(amazonDataScientist);
    expect(guide).toStrictEqual(published);
    expect(JSON.stringify(guide)).toBe(JSON.stringify(published));
    expect(layers).toEqual({ company: 'amazon', specifics: 'amazon-data-scientist' });
    expect(guideById('amazon-data-scientist')).toStrictEqual(published);
    expect(GUIDE_LAYERS.get('amazon-data-scientist')).toEqual(layers);
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
