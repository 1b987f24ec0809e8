import { describe, expect, it } from 'vitest';
import { COMPANY_LAYERS, GUIDES, SPECIFICS } from '../../lib/guides/catalog';
import { RoleLayerSchema, composeAll, layersLabel, type GuideLayers } from '../../lib/guides/layers';
import { matchGuide, type GuideMatch } from '../../lib/matching';

// The bundled Amazon layers, plus a general Software Engineer layer and senior-level Data
// Scientist specifics, so every rung of "most specific" is present.
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
const composed = composeAll({
  companies: COMPANY_LAYERS,
  roles: [softwareEngineer],
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
    ['Amazon', 'Data Engineer', 'none: no-guide'],
    ['Contoso', 'Data Scientist', 'none: unknown-company'],
    ['Amazon', 'Warehouse Associate', 'none: unknown-role'],
    ['Contoso', 'Warehouse Associate', 'none: unknown-company'],
  ])('%s, "%s" → %s', (company, title, expected) => {
    expect(chosen(matchGuide({ company, title }, guides, layersOf))).toBe(expected);
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

  it('uses the bundled layers by default', () => {
    const match = matchGuide({ company: 'Amazon', title: 'Data Scientist' }, GUIDES);
    expect(match).toMatchObject({
      kind: 'exact',
      guide: { id: 'amazon-data-scientist' },
      layers: { company: 'amazon', specifics: 'amazon-data-scientist' } satisfies GuideLayers,
    });
  });

  it('treats a guide composed from no known layers as written whole for its company and role', () => {
    const match = matchGuide({ company: 'Amazon', title: 'Data Scientist' }, GUIDES, new Map());
    expect(match).toMatchObject({ kind: 'exact', layers: { company: 'amazon', specifics: 'amazon-data-scientist' } });
  });
});
