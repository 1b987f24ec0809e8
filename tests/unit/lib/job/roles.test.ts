import { describe, expect, it } from 'vitest';
import { canonicalCompany } from '../../../../lib/job/companies';
import { GUIDES } from '../../../../lib/guides/catalog';
import { matchGuide } from '../../../../lib/guides/matching';
import { matchRole } from '../../../../lib/job/roles';

describe('role matching', () => {
  it.each([
    ['Data Scientist', 'data-scientist', undefined],
    ['Data Scientist II, Amazon Ads', 'data-scientist', 'mid'],
    ['Sr. Data Scientist - AWS', 'data-scientist', 'senior'],
    ['Senior Data Scientist, Prime Video (London)', 'data-scientist', 'senior'],
    ['Data Scientist I', 'data-scientist', 'entry'],
    ['Principal Data Scientist | Alexa', 'data-scientist', 'principal'],
    ['Data Scientist Intern', 'data-scientist', 'intern'],
    ['Research Data Scientist, Core AI', 'data-scientist', undefined],
    ['Applied Scientist II', 'applied-scientist', 'mid'],
    ['Business Intelligence Engineer, Ads', 'business-intelligence-engineer', undefined],
    ['Software Development Engineer II, Alexa', 'software-engineer', 'mid'],
    ['Data Engineer', 'data-engineer', undefined],
  ])('%s is %s (%s)', (title, family, level) => {
    const role = matchRole(title);
    expect(role?.family).toBe(family);
    expect(role?.level).toBe(level);
  });

  it.each(['Data Science Manager', 'Senior Manager, Data Science', 'Warehouse Associate', 'Scientist', ''])(
    '%s is no known role',
    (title) => {
      expect(matchRole(title)).toBeUndefined();
    },
  );
});

describe('company names', () => {
  it.each([
    ['Amazon', 'Amazon', undefined],
    ['Amazon.com Services LLC', 'Amazon', undefined],
    ['Amazon Web Services, Inc.', 'Amazon', 'AWS'],
    ['AWS', 'Amazon', 'AWS'],
    ['Amazon Development Centre (London) Limited', 'Amazon', undefined],
    ['Amazon Ads', 'Amazon', 'Amazon Ads'],
  ])('%s is %s (%s)', (name, company, unit) => {
    expect(canonicalCompany(name)).toEqual({ id: 'amazon', name: company, ...(unit ? { unit } : {}) });
  });

  it.each(['Amazonia Tours Ltd', 'Microsoft', 'Data Scientist', ''])('%s is not Amazon', (name) => {
    expect(canonicalCompany(name)).toBeUndefined();
  });
});

describe('guide matching', () => {
  it('maps an Amazon Data Scientist listing to the Amazon Data Scientist guide, with the unit', () => {
    const match = matchGuide({ title: 'Data Scientist II, Amazon Ads', company: 'Amazon.com Services LLC' }, GUIDES);
    expect(match).toMatchObject({
      kind: 'exact',
      guide: { id: 'amazon-data-scientist' },
      company: { name: 'Amazon', unit: 'Amazon Ads' },
      role: { family: 'data-scientist', level: 'mid' },
    });
  });

  it('says why nothing matches', () => {
    // Applied Scientists have no general guide: a company PrepPanel does not know gets none.
    expect(matchGuide({ title: 'Applied Scientist', company: 'Contoso' }, GUIDES)).toMatchObject({
      kind: 'none',
      reason: 'unknown-company',
      role: { family: 'applied-scientist' },
    });
    expect(matchGuide({ title: 'Warehouse Associate', company: 'Amazon' }, GUIDES)).toMatchObject({
      kind: 'none',
      reason: 'unknown-role',
    });
    // A known company without a guide for the role, and no general guide for it either.
    const withoutBie = GUIDES.filter((guide) => guide.role.family !== 'business-intelligence-engineer');
    expect(matchGuide({ title: 'Business Intelligence Engineer', company: 'Amazon' }, withoutBie)).toMatchObject({
      kind: 'none',
      reason: 'no-guide',
      company: { id: 'amazon' },
    });
  });
});
