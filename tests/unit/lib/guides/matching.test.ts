import { describe, expect, it } from 'vitest';
import { COMPANY_LAYERS, GENERAL_PROCESS, GUIDES, ROLE_LAYERS, SPECIFICS } from '../../../../lib/guides/catalog';
import { RoleLayerSchema, composeAll, layersLabel, type GuideLayers } from '../../../../lib/guides/layers';
import { matchGuide, type GuideMatch } from '../../../../lib/guides/matching';

// The bundled Amazon layers, general process and Data Analyst layer, plus a general Software
// Engineer layer and senior-level Data Scientist specifics, so every rung of "most specific" is
// present.
const softwareEngineer = RoleLayerSchema.parse({
  role: { family: 'software-engineer', name: 'Software Engineer' },
  sources: [{ id: 'swe-book', title: 'A software engineering interview book', usedFor: 'Questions.' }],
  qualities: [],
  questions: [
    {
      id: 'design-a-cache',
      text: 'Design a cache.',
      category: 'technical',
      fromSource: false,
      whyAsked: 'System design.',
      howToAnswer: 'Start from the requirements.',
      sources: ['swe-book'],
    },
  ],
  checklist: [{ id: 'practise-coding', text: 'Practise coding problems.', sources: ['swe-book'] }],
  mistakes: [{ id: 'silent-coding', text: 'Coding in silence.', sources: ['swe-book'] }],
  work: { dayToDay: ['Building services.'], skills: ['Java'], sources: ['swe-book'] },
});
const dataScientist = SPECIFICS.find((layer) => layer.role.family === 'data-scientist')!;
const dataAnalyst = ROLE_LAYERS.find((layer) => layer.role.family === 'data-analyst')!;
const composed = composeAll({
  general: GENERAL_PROCESS!,
  companies: COMPANY_LAYERS,
  roles: [softwareEngineer, dataAnalyst],
  specifics: [dataScientist, { ...dataScientist, level: 'senior', title: 'Amazon Senior Data Scientist interview' }],
});
const guides = composed.map(({ guide }) => guide);
const layersOf = new Map(composed.map(({ guide, layers }) => [guide.id, layers]));

function chosen(match: GuideMatch): string {
  return match.kind === 'exact' ? layersLabel(match.guide, match.layers) : `none: ${match.reason}`;
}

describe('matching a listing to the most specific guide', () => {
  it.each([
    ['Amazon', 'Data Scientist', 'Amazon process + Amazon Data Scientist specifics'],
    ['Amazon.com Services LLC', 'Data Scientist II, Amazon Ads', 'Amazon process + Amazon Data Scientist specifics'],
    ['Amazon', 'Senior Data Scientist', 'Amazon process + Amazon senior-level Data Scientist specifics'],
    ['Amazon', 'Principal Data Scientist', 'Amazon process + Amazon Data Scientist specifics'],
    ['Amazon', 'Software Development Engineer', 'Amazon process + general Software Engineer questions'],
    ['AWS', 'Sr. SDE', 'Amazon process + general Software Engineer questions'],
    ['Amazon', 'Data Analyst', 'Amazon process + general Data Analyst questions'],
    ['Amazon', 'Senior Data Analyst', 'Amazon process + general Data Analyst questions'],
    ['Contoso', 'Data Analyst', 'general Data Analyst guide'],
    ['Contoso', 'Junior Data Analyst', 'general Data Analyst guide'],
    ['Contoso', 'Software Engineer', 'general Software Engineer guide'],
    ['Amazon', 'Data Engineer', 'none: no-guide'],
    ['Contoso', 'Data Scientist', 'none: unknown-company'],
    ['Amazon', 'Warehouse Associate', 'none: unknown-role'],
    ['Contoso', 'Warehouse Associate', 'none: unknown-company'],
  ])('%s, "%s" → %s', (company, title, expected) => {
    expect(chosen(matchGuide({ company, title }, guides, layersOf))).toBe(expected);
  });

  it.each([
    ['Amazon', 'Data Scientist II', 'Amazon process + Amazon Data Scientist specifics + general Data Scientist questions'],
    ['Amazon', 'Applied Scientist', 'Amazon process + Amazon Applied Scientist specifics'],
    ['AWS', 'Software Development Engineer II', 'Amazon process + Amazon Software Development Engineer specifics + general Software Engineer questions'],
    ['Amazon', 'Business Intelligence Engineer', 'Amazon process + Amazon Business Intelligence Engineer specifics'],
    ['Amazon', 'Data Engineer', 'Amazon process + Amazon Data Engineer specifics + general Data Engineer questions'],
    ['Amazon', 'Product Manager - Technical', 'Amazon process + Amazon Product Manager specifics + general Product Manager questions'],
    ['Amazon', 'Machine Learning Engineer', 'Amazon process + general Machine Learning Engineer questions'],
    ['Contoso', 'Senior Data Scientist', 'general Data Scientist guide'],
    ['Contoso', 'Product Manager', 'general Product Manager guide'],
    ['Contoso', 'Applied Scientist', 'none: unknown-company'],
    ['Amazon', 'Warehouse Associate', 'none: unknown-role'],
    ['Contoso', 'Chef', 'none: unknown-company'],
  ])('bundled guides: %s, "%s" → %s', (company, title, expected) => {
    expect(chosen(matchGuide({ company, title }, GUIDES))).toBe(expected);
  });

  it('names the guide and its layers for the panel', () => {
    const match = matchGuide({ company: 'Amazon', title: 'Senior Data Scientist' }, guides, layersOf);
    expect(match).toMatchObject({
      kind: 'exact',
      guide: { id: 'amazon-data-scientist-senior', title: 'Amazon Senior Data Scientist interview' },
    });
    expect(match.kind === 'exact' && match.layers).toEqual({
      company: 'amazon',
      specifics: 'amazon-data-scientist-senior',
      level: 'senior',
    });
  });

  it('gives a company it does not know the general guide, with no company and only the role layer', () => {
    const match = matchGuide({ company: 'Contoso Analytics Ltd', title: 'Data Analyst' }, guides, layersOf);
    expect(match).toEqual({
      kind: 'exact',
      guide: expect.objectContaining({ id: 'general-data-analyst', company: { id: 'any-company', name: 'Any company', sector: 'Any sector' } }),
      layers: { role: 'data-analyst' },
      role: { family: 'data-analyst', name: 'Data Analyst' },
    });
  });

  it('uses the bundled layers by default', () => {
    expect(matchGuide({ company: 'Contoso', title: 'Data Analyst' }, GUIDES)).toMatchObject({
      kind: 'exact',
      guide: { id: 'general-data-analyst', title: 'Data Analyst interview: general guide' },
      layers: { role: 'data-analyst' } satisfies GuideLayers,
    });
    const match = matchGuide({ company: 'Amazon', title: 'Data Scientist' }, GUIDES);
    expect(match).toMatchObject({
      kind: 'exact',
      guide: { id: 'amazon-data-scientist' },
      layers: { company: 'amazon', specifics: 'amazon-data-scientist' } satisfies GuideLayers,
    });
  });

  it("gives other roles at a company whose layer was written for one role the general guide, not that role's advice", () => {
    const forOneRole = composeAll({
      general: GENERAL_PROCESS!,
      companies: COMPANY_LAYERS.map((layer) => ({ ...layer, forEveryRole: false })),
      roles: [dataAnalyst],
      specifics: [dataScientist],
    });
    const onlyGuides = forOneRole.map(({ guide }) => guide);
    const match = matchGuide({ company: 'Amazon', title: 'Data Analyst' }, onlyGuides, new Map(forOneRole.map(({ guide, layers }) => [guide.id, layers])));
    expect(match).toMatchObject({ kind: 'exact', guide: { id: 'general-data-analyst' }, layers: { role: 'data-analyst' } });
    expect(onlyGuides.some((guide) => guide.company.id === 'amazon' && guide.role.family === 'data-analyst')).toBe(false);
    // The bundled Amazon layer holds for every role: Amazon Data Analysts get Amazon's process.
    expect(matchGuide({ company: 'Amazon', title: 'Data Analyst' }, GUIDES)).toMatchObject({
      guide: { id: 'amazon-data-analyst' },
      layers: { company: 'amazon', role: 'data-analyst' },
    });
  });

  it('treats a guide composed from no known layers as written whole for its company and role', () => {
    const match = matchGuide({ company: 'Amazon', title: 'Data Scientist' }, GUIDES, new Map());
    expect(match).toMatchObject({ kind: 'exact', layers: { company: 'amazon', specifics: 'amazon-data-scientist' } });
  });
});
