import { describe, expect, it } from 'vitest';
import { EVERY_GUIDE, foldText, guideFacets, isEmptyQuery, matchedWhere, searchGuides, type GuideQuery } from '../../../../lib/guides/search';
import { guideById } from '../../../../lib/guides/catalog';
import type { Guide } from '../../../../lib/guides/schema';

const amazon = guideById('amazon-data-scientist')!;

/** A guide like the Amazon one, for another company and role, with the given question texts. */
function guide(id: string, company: Guide['company'], role: Guide['role'], questions: string[]): Guide {
  return {
    ...amazon,
    id,
    company,
    role,
    title: `${role.name} at ${company.name}`,
    questions: questions.map((text, index) => ({ ...amazon.questions[0]!, id: `q-${index}`, text })),
  };
}

const societe = guide('societe-data-analyst', { ...amazon.company, id: 'societe', name: 'Société Générale' }, { family: 'data-analyst', name: 'Data Analyst' }, [
  'How would you build a dashboard for the retail bank?',
  'Explain a cohort analysis you ran.',
  'Which dashboard metric would you drop first?',
]);
const acme = guide('acme-data-scientist', { ...amazon.company, id: 'acme', name: 'Acme' }, amazon.role, ['Design an A/B test for the checkout.']);
const GUIDES = [amazon, societe, acme];

const query = (text: string, facets: Partial<GuideQuery> = {}): GuideQuery => ({ ...EVERY_GUIDE, text, ...facets });
const ids = (found: ReturnType<typeof searchGuides>) => found.map((hit) => hit.guide.id);

describe('searching the guides', () => {
  it('finds every guide, in order, for an empty query, and says nothing about where', () => {
    const found = searchGuides(GUIDES, query('   '));
    expect(ids(found)).toEqual([amazon.id, societe.id, acme.id]);
    expect(found.map(matchedWhere)).toEqual([undefined, undefined, undefined]);
    expect(isEmptyQuery(query('  '))).toBe(true);
    expect(isEmptyQuery(query('', { role: 'data-analyst' }))).toBe(false);
  });

  it('finds by company name, role name and a word from a question, ignoring case and accents', () => {
    expect(ids(searchGuides(GUIDES, query('SOCIETE')))).toEqual([societe.id]);
    expect(ids(searchGuides(GUIDES, query('analyst')))).toEqual([societe.id]);
    expect(ids(searchGuides(GUIDES, query('retail bank')))).toEqual([societe.id]);
    expect(ids(searchGuides(GUIDES, query('messy dataset')))).toEqual([amazon.id]);
    expect(foldText('Données Générales')).toBe('donnees generales');
  });

  it('needs every word somewhere, each word possibly in a different place', () => {
    expect(ids(searchGuides(GUIDES, query('acme checkout')))).toEqual([acme.id]);
    expect(ids(searchGuides(GUIDES, query('acme cohort')))).toEqual([]);
    expect(ids(searchGuides(GUIDES, query('data scientist')))).toEqual([amazon.id, acme.id]);
  });

  it('says where the words were found: names and how many questions', () => {
    const [hit] = searchGuides(GUIDES, query('dashboard'));
    expect(hit).toMatchObject({ names: [], questions: 2 });
    expect(matchedWhere(hit!)).toBe('Found in 2 questions');
    const [named] = searchGuides(GUIDES, query('analyst cohort'));
    expect(matchedWhere(named!)).toBe('Found in the role, the title and 1 question');
    const [company] = searchGuides(GUIDES, query('acme'));
    expect(matchedWhere(company!)).toBe('Found in the company and the title');
  });

  it('filters by company and by role, with or without words', () => {
    expect(ids(searchGuides(GUIDES, query('', { company: 'acme' })))).toEqual([acme.id]);
    expect(ids(searchGuides(GUIDES, query('', { role: amazon.role.family })))).toEqual([amazon.id, acme.id]);
    expect(ids(searchGuides(GUIDES, query('checkout', { role: amazon.role.family, company: amazon.company.id })))).toEqual([]);
    expect(ids(searchGuides(GUIDES, query('', { company: 'nobody' })))).toEqual([]);
  });

  it('offers each company and role once, by name', () => {
    const facets = guideFacets(GUIDES);
    expect(facets.companies).toEqual([
      { value: 'acme', label: 'Acme' },
      { value: amazon.company.id, label: amazon.company.name },
      { value: 'societe', label: 'Société Générale' },
    ]);
    expect(facets.roles.map((role) => role.value)).toEqual(['data-analyst', amazon.role.family]);
  });
});
