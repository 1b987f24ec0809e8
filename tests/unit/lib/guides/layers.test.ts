import { describe, expect, it } from 'vitest';
import { checkGuideLayers } from '../../../../lib/guides/check';
import {
  CompanyLayerSchema,
  GeneralProcessSchema,
  RoleLayerSchema,
  SpecificsSchema,
  composeAll,
  composeGuide,
  layersLabel,
  type CompanyLayer,
  type RoleLayer,
  type Specifics,
} from '../../../../lib/guides/layers';
import { LAYER_FILES, type LayerFiles } from '../../../../lib/guides/layer-files';
import { SOURCE_TEXTS } from '../../../../lib/guides/source-texts';

const source = (id: string) => ({ id, title: `Source ${id}`, usedFor: 'Test text.' });
const item = (id: string, text = `Item ${id}.`) => ({ id, text, sources: ['acme-site'] });
const question = (id: string) => ({
  id,
  text: `Question ${id}?`,
  category: 'technical' as const,
  fromSource: false,
  whyAsked: 'Because.',
  howToAnswer: 'Carefully.',
  sources: ['ds-book'],
});

// Layer files as written (the check reads them so); the parsed layers below fill in defaults.
const companyFile = () => ({
    company: { id: 'amazon', name: 'Amazon', sector: 'Technology' },
    forEveryRole: true,
    sources: [source('acme-site')],
    overview: { timeline: { minWeeks: 3, maxWeeks: 5 }, paragraphs: ['The process.'], sources: ['acme-site'] },
    stages: [
      { id: 'screen', name: 'Screen', whatHappens: 'A call.', howToPrepare: 'Prepare.', sources: ['acme-site'] },
      { id: 'loop', name: 'Loop', whatHappens: 'Interviews.', howToPrepare: 'Practise.', sources: ['acme-site'] },
    ],
    qualities: [
      {
        id: 'ownership',
        name: 'Ownership',
        roleSpecific: false,
        whyItMatters: 'Valued.',
        howToShow: 'Stories.',
        sources: ['acme-site'],
      },
    ],
    howToApply: { paragraphs: ['Apply online.'], sources: ['acme-site'] },
    faqs: [{ id: 'how-long', question: 'How long?', answer: 'A few weeks.', sources: ['acme-site'] }],
  });
const company = (): CompanyLayer => CompanyLayerSchema.parse(companyFile());

/** The company file without what only one company has: a general process file. */
const processFile = () => {
  const file: Partial<ReturnType<typeof companyFile>> = companyFile();
  delete file.company;
  delete file.faqs;
  return file;
};

const role = (): RoleLayer =>
  RoleLayerSchema.parse({
    role: { family: 'data-scientist', name: 'Data Scientist' },
    sources: [source('ds-book'), source('acme-site')],
    qualities: [
      {
        id: 'statistics',
        name: 'Statistics',
        roleSpecific: true,
        whyItMatters: 'Core.',
        howToShow: 'Examples.',
        sources: ['ds-book'],
      },
    ],
    questions: [question('sql-basics'), question('overfitting')],
    checklist: [item('review-sql'), item('review-ml')],
    mistakes: [item('no-questions')],
    work: { dayToDay: ['Analysis.'], skills: ['SQL'], sources: ['ds-book'] },
  });

const specificsFile = (extra: Partial<Record<keyof Specifics, unknown>> = {}) => ({
    company: 'amazon',
    role: { family: 'data-scientist', name: 'Data Scientist' },
    sources: [source('acme-site')],
    overview: { paragraphs: ['Data science at Amazon.'], sources: ['acme-site'] },
    questions: [
      { ...question('overfitting'), text: 'Why do trees overfit at Amazon?', sources: ['acme-site'] },
      { ...question('amazon-metrics'), sources: ['acme-site'] },
    ],
    checklist: [item('read-leadership-principles')],
    ...extra,
  });
/** What specifics need besides the company layer when there is no role layer. */
const roleParts = {
  mistakes: [item('vague')],
  work: { dayToDay: ['Dashboards.'], skills: ['SQL'], sources: ['acme-site'] },
};
const specifics = (extra: Partial<Record<keyof Specifics, unknown>> = {}): Specifics =>
  SpecificsSchema.parse(specificsFile(extra));

describe('composing a guide from layers', () => {
  it('company process + general role: names written from the layers, lists in layer order', () => {
    const { guide, layers } = composeGuide({ company: company(), role: role() });
    expect(layers).toEqual({ company: 'amazon', role: 'data-scientist' });
    expect(guide).toMatchObject({
      id: 'amazon-data-scientist',
      title: 'Amazon Data Scientist interview',
      overview: { stageCount: 2, questionCount: 2, paragraphs: ['The process.'] },
    });
    expect(guide.qualities.map((quality) => quality.id)).toEqual(['ownership', 'statistics']);
    expect(guide.sources.map((declared) => declared.id)).toEqual(['acme-site', 'ds-book']);
    expect(layersLabel(guide, layers)).toBe('Amazon process + general Data Scientist questions');
  });

  it('general process + role: the general guide, named for no company and labelled by its role alone', () => {
    const { guide, layers } = composeGuide({ general: GeneralProcessSchema.parse(processFile()), role: role() });
    expect(layers).toEqual({ role: 'data-scientist' });
    expect(guide).toMatchObject({
      id: 'general-data-scientist',
      company: { id: 'any-company', name: 'Any company' },
      title: 'Data Scientist interview: general guide',
      overview: { stageCount: 2, questionCount: 2 },
      faqs: [],
    });
    expect(guide.questions.map((asked) => asked.id)).toEqual(['sql-basics', 'overfitting']);
    expect(layersLabel(guide, layers)).toBe('general Data Scientist guide');
  });

  it("specifics lead, replace the role's items of the same id, and the role's other items follow", () => {
    const { guide, layers } = composeGuide({ company: company(), role: role(), specifics: specifics() });
    expect(guide.questions.map((asked) => [asked.id, asked.text])).toEqual([
      ['overfitting', 'Why do trees overfit at Amazon?'],
      ['amazon-metrics', 'Question amazon-metrics?'],
      ['sql-basics', 'Question sql-basics?'],
    ]);
    expect(guide.checklist.map((entry) => entry.id)).toEqual(['read-leadership-principles', 'review-sql', 'review-ml']);
    expect(guide.overview).toMatchObject({ questionCount: 3, paragraphs: ['Data science at Amazon.', 'The process.'] });
    expect(layers).toEqual({ company: 'amazon', role: 'data-scientist', specifics: 'amazon-data-scientist' });
    expect(layersLabel(guide, layers)).toBe(
      'Amazon process + Amazon Data Scientist specifics + general Data Scientist questions',
    );
  });

  it("specifics replace the company's stage of the same id where it stands", () => {
    const stages = company().stages;
    const ownStage = { ...stages[1]!, whatHappens: 'For this role, a case study.' };
    const { guide } = composeGuide({ company: company(), specifics: specifics({ ...roleParts, stages: [ownStage] }) });
    expect(guide.stages.map((stage) => stage.id)).toEqual(stages.map((stage) => stage.id));
    expect(guide.stages[1]?.whatHappens).toBe('For this role, a case study.');
    expect(guide.stages[0]).toEqual(stages[0]);
  });

  it('specifics alone with the company, and specifics for one level', () => {
    const alone = composeGuide({ company: company(), specifics: specifics(roleParts) });
    expect(layersLabel(alone.guide, alone.layers)).toBe('Amazon process + Amazon Data Scientist specifics');
    const seniorSpecifics = specifics({ level: 'senior', title: 'Senior DS at Amazon' });
    const senior = composeGuide({ company: company(), role: role(), specifics: seniorSpecifics });
    expect(senior.guide).toMatchObject({ id: 'amazon-data-scientist-senior', title: 'Senior DS at Amazon' });
    expect(layersLabel(senior.guide, senior.layers)).toBe(
      'Amazon process + Amazon senior-level Data Scientist specifics + general Data Scientist questions',
    );
  });

  it("specifics' compensation replaces the company's as a whole", () => {
    const pay = (min: number) => ({
      region: 'United Kingdom',
      currency: 'GBP',
      typical: { label: 'Typical', min, max: min * 2 },
      market: [],
      summary: 'Pay.',
      benefits: ['Pension'],
      sources: ['acme-site'],
    });
    const withPay = CompanyLayerSchema.parse({ ...companyFile(), compensation: pay(10) });
    const { guide } = composeGuide({ company: withPay, role: role(), specifics: specifics({ compensation: pay(20) }) });
    expect(guide.compensation?.typical).toMatchObject({ min: 20, max: 40 });
  });

  it('refuses a source two layers declare differently, and specifics of another company', () => {
    const conflicting = specifics({ sources: [{ ...source('acme-site'), title: 'Another title' }] });
    expect(() => composeGuide({ company: company(), role: role(), specifics: conflicting })).toThrow(
      'source "acme-site" is declared differently by two layers',
    );
    expect(() => composeGuide({ company: company(), role: role(), specifics: specifics({ company: 'contoso' }) })).toThrow(
      'belong to company "contoso"',
    );
  });

  it('a company without role questions is not a guide: the published schema says what is missing', () => {
    const noQuestions = specifics({ ...roleParts, questions: [] });
    expect(() => composeGuide({ company: company(), specifics: noQuestions })).toThrow(/questions/);
  });

  it('level-free specifics take the place (and id) of the general guide for their pair; levelled ones add a guide', () => {
    const levels = [specifics(), specifics({ level: 'senior' })];
    const guides = composeAll({ companies: [company()], roles: [role()], specifics: levels });
    expect(guides.map(({ guide, layers }) => [guide.id, layers])).toEqual([
      ['amazon-data-scientist', { company: 'amazon', role: 'data-scientist', specifics: 'amazon-data-scientist' }],
      [
        'amazon-data-scientist-senior',
        { company: 'amazon', role: 'data-scientist', specifics: 'amazon-data-scientist-senior', level: 'senior' },
      ],
    ]);
    const general = composeAll({ companies: [company()], roles: [role()], specifics: [specifics({ level: 'senior' })] });
    expect(general.map(({ guide }) => guide.id)).toEqual(['amazon-data-scientist-senior', 'amazon-data-scientist']);
  });
});

describe('the layer schemas', () => {
  it('refuse an id used twice in one list of a layer, and a source the layer does not declare', () => {
    const layer = role();
    const result = RoleLayerSchema.safeParse({
      ...layer,
      questions: [...layer.questions, layer.questions[0]],
      mistakes: [{ ...layer.mistakes[0], sources: ['nowhere'] }],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['questions.2.id', 'duplicate id "sql-basics"'],
      ['mistakes.0.sources', 'unknown source "nowhere"'],
    ]);
  });
});

describe('the guides check', () => {
  const texts = new Map([['acme-site', 'The process takes 3 to 5 weeks.']]);
  const files = (overrides: Partial<LayerFiles> = {}): LayerFiles => ({
    companies: [{ path: 'companies/amazon.json', data: companyFile() }],
    roles: [],
    specifics: [{ path: 'specifics/amazon-data-scientist.json', data: specificsFile(roleParts) }],
    ...overrides,
  });

  it('passes sound layers and reports layers, guides and coverage', () => {
    const roles = [{ path: 'roles/data-scientist.json', data: role() }];
    const report = checkGuideLayers(files({ roles }), new Map([...texts, ['ds-book', '']]));
    expect(report.problems).toEqual([]);
    expect(report.layers.map((layer) => `${layer.kind} ${layer.id}`)).toEqual([
      'company amazon',
      'role data-scientist',
      'specifics amazon-data-scientist',
    ]);
    expect(report.guides).toEqual([
      { id: 'amazon-data-scientist', label: 'Amazon process + Amazon Data Scientist specifics + general Data Scientist questions' },
    ]);
    expect(report.coverage).toEqual([{ company: 'amazon', family: 'data-scientist', layers: ['process', 'role', 'specifics'] }]);
  });

  it('fails on a duplicate id, with the file and path', () => {
    const twice = [item('read-leadership-principles'), item('read-leadership-principles')];
    const report = checkGuideLayers(
      files({ specifics: [{ path: 'specifics/dup.json', data: specificsFile({ checklist: twice }) }] }),
      texts,
    );
    expect(report.problems).toContain('specifics/dup.json: checklist.1.id: duplicate id "read-leadership-principles"');
  });

  it('fails on the same layer twice', () => {
    const companies = [...files().companies, { path: 'companies/amazon-2.json', data: companyFile() }];
    const report = checkGuideLayers(files({ companies }), texts);
    expect(report.problems).toContain('companies/amazon-2.json: duplicate company layer "amazon"');
  });

  it('fails on an empty section', () => {
    const companies = [{ path: 'companies/amazon.json', data: { ...companyFile(), faqs: [] } }];
    const report = checkGuideLayers(files({ companies }), texts);
    expect(report.problems).toEqual(['companies/amazon.json: faqs: empty section']);
  });

  it('fails on a figure none of the layer sources gives', () => {
    const data = { ...companyFile(), howToApply: { paragraphs: ['Apply within 3 weeks; 40% do.'], sources: ['acme-site'] } };
    const report = checkGuideLayers(files({ companies: [{ path: 'companies/amazon.json', data }] }), texts);
    expect(report.problems).toEqual([
      "companies/amazon.json: howToApply.paragraphs.0: figure 40 appears in none of the layer's sources",
    ]);
  });

  it('fails on a guide that does not compose, with its path', () => {
    const report = checkGuideLayers(files({ specifics: [{ path: 'specifics/thin.json', data: specificsFile() }] }), texts);
    expect(report.problems).toEqual([
      'guide from specifics amazon-data-scientist: mistakes: Too small: expected array to have >=1 items',
      'guide from specifics amazon-data-scientist: work.dayToDay: Too small: expected array to have >=1 items',
      'guide from specifics amazon-data-scientist: work.skills: Too small: expected array to have >=1 items',
      'guide from specifics amazon-data-scientist: work.sources: Too small: expected array to have >=1 items',
    ]);
  });

  it('composes a general guide for each role layer from the general process, and checks the process file', () => {
    const process = processFile();
    const roles = [{ path: 'roles/data-scientist.json', data: role() }];
    const general = [{ path: 'general/process.json', data: process }];
    const report = checkGuideLayers(files({ general, roles }), new Map([...texts, ['ds-book', '']]));
    expect(report.problems).toEqual([]);
    expect(report.layers[0]).toEqual({ path: 'general/process.json', kind: 'general', id: 'process' });
    expect(report.guides).toContainEqual({ id: 'general-data-scientist', label: 'general Data Scientist guide' });

    const withFigure = [{ path: 'general/process.json', data: { ...process, overview: { ...process.overview, timeline: { minWeeks: 3, maxWeeks: 9 } } } }];
    expect(checkGuideLayers(files({ general: withFigure, roles }), new Map([...texts, ['ds-book', '']])).problems).toEqual([
      "general/process.json: overview.timeline.maxWeeks: figure 9 appears in none of the layer's sources",
    ]);
  });

  it('passes the bundled layers', () => {
    const report = checkGuideLayers(LAYER_FILES, SOURCE_TEXTS);
    expect(report.problems).toEqual([]);
    const families = ['data-analyst', 'data-engineer', 'data-scientist', 'machine-learning-engineer', 'product-manager', 'software-engineer'];
    // Amazon: its process with every role layer, and specifics for its common technical roles.
    const specified = ['data-engineer', 'data-scientist', 'product-manager', 'software-engineer'];
    expect(report.coverage).toEqual(
      expect.arrayContaining([
        ...families.map((family) => ({
          company: 'amazon',
          family,
          layers: specified.includes(family) ? ['process', 'role', 'specifics'] : ['process', 'role'],
        })),
        { company: 'amazon', family: 'applied-scientist', layers: ['process', 'specifics'] },
        { company: 'amazon', family: 'business-intelligence-engineer', layers: ['process', 'specifics'] },
        ...families.map((family) => ({ company: 'any-company', family, layers: ['general process', 'role'] })),
      ]),
    );
    expect(report.coverage).toHaveLength(families.length * 2 + 2);
    expect(report.guides).toContainEqual({ id: 'general-data-analyst', label: 'general Data Analyst guide' });
  });
});
