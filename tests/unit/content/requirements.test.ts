// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recognise } from '../../../content/recognise-all';
import { readJobPostings } from '../../../content/readers/json-ld';
import { readRequirements } from '../../../content/readers/requirements';
import { watchPage, type ScriptContext } from '../../../content/watch';
import type { Extraction } from '../../../content/adapter';
import { DetectedJobSchema, MAX_REQUIREMENT_LENGTH, MAX_REQUIREMENTS, type DetectedJob } from '../../../lib/job/detected-job';
import { SKILLS, skillsIn } from '../../../lib/job/skills';
import { pageFixtures } from '../../fixtures';
import { hostilePages, parseHostile } from '../../hostile-pages';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fixture = (name: string) => pageFixtures().find((candidate) => candidate.name === name)!;
const hostile = (name: string) => hostilePages().find((page) => page.name === name)!;
/** Recognition on a hostile page (its speed is measured by `npm run bench`, not here). */
function recogniseHostile(name: string): DetectedJob | null {
  const page = hostile(name);
  return recognise(parseHostile(page), page.url).job;
}
const AMAZON = 'https://www.amazon.jobs/en/jobs/2999999/data-scientist';
const GENERIC = 'https://careers.contoso.example/jobs/42';
const skillNames = (...texts: string[]) => skillsIn(texts).map((skill) => skill.name);

/** An amazon.jobs listing whose description section is `section`. */
const amazonListing = (section: string) =>
  parse(`<h1 class="title">Data Scientist</h1><div id="job-detail-body">${section}</div>`);
/** A company careers page whose only posting is this JSON-LD (its `<` escaped, as pages do). */
const jsonLdPage = (posting: object, body = '<h1>Data Scientist</h1>') =>
  parse(
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Data Scientist', hiringOrganization: 'Contoso', ...posting }).replace(/</g, '\\u003c')}</script>${body}`,
  );

describe('requirements from the page markup', () => {
  it('reads the sections under requirement headings, required or preferred, in page order', () => {
    const doc = amazonListing(`
      <h2>Description</h2><ul><li>Build models</li></ul>
      <h2>Basic Qualifications</h2><p>- 3+ years of experience<br>• SQL<br>1. Python</p>
      <h3>Preferred Qualifications</h3><ul><li>PhD</li></ul>
      <p><strong>Benefits</strong></p><ul><li>Health insurance</li></ul>`);
    expect(recognise(doc, AMAZON).job?.requirements).toEqual({
      items: [
        { text: '3+ years of experience', kind: 'required' },
        { text: 'SQL', kind: 'required' },
        { text: 'Python', kind: 'required' },
        { text: 'PhD', kind: 'preferred' },
      ],
      omitted: 0,
      source: 'page-markup',
    });
  });

  it.each([
    ['Requirements', 'required'],
    ['Minimum qualifications:', 'required'],
    ["What you'll need", 'required'],
    ['What you’ll bring', 'required'],
    ['Who you are', 'required'],
    ['You have', 'required'],
    ['Skills & Experience', 'required'],
    ["What we're looking for", 'required'],
    ['Preferred Qualifications', 'preferred'],
    ['Nice to have', 'preferred'],
    ['Nice-to-haves', 'preferred'],
    ['Bonus points', 'preferred'],
    ['Pluses', 'preferred'],
    ['Desired skills', 'preferred'],
  ] as const)('takes "%s" as a heading of %s requirements', (heading, kind) => {
    const doc = amazonListing(`<p><b>${heading}</b></p><ul><li>Experience with SQL</li></ul>`);
    expect(recognise(doc, AMAZON).job?.requirements?.items).toEqual([{ text: 'Experience with SQL', kind }]);
  });

  it.each([
    ["What you'll do", '<h3>What you&#39;ll do</h3><ul><li>Ship models</li></ul>'],
    ['a list without a heading', '<ul><li>Ship models</li></ul>'],
    ['a sentence that mentions requirements', '<p>Our requirements change often, and so will yours.</p><ul><li>Ship models</li></ul>'],
    ['an empty requirements section', '<h2>Requirements</h2><h2>Benefits</h2><ul><li>Pension</li></ul>'],
  ])('leaves requirements absent for %s', (_, section) => {
    const { job } = recognise(amazonListing(section), AMAZON);
    expect(job).not.toBeNull();
    expect(job).not.toHaveProperty('requirements');
  });

  it('drops empty and repeated statements, and keeps the first kind of a repeated one', () => {
    const doc = amazonListing(`
      <h2>Requirements</h2><ul><li>  SQL  </li><li></li><li>-</li><li>SQL</li><li>Python\n   and R</li></ul>
      <h2>Preferred</h2><ul><li>SQL</li><li>Spark</li></ul>`);
    expect(recognise(doc, AMAZON).job?.requirements?.items).toEqual([
      { text: 'SQL', kind: 'required' },
      { text: 'Python and R', kind: 'required' },
      { text: 'Spark', kind: 'preferred' },
    ]);
  });

  it(`cuts a statement longer than ${MAX_REQUIREMENT_LENGTH} characters with an ellipsis`, () => {
    const long = `Experience ${'with many tools '.repeat(40)}`;
    const [item] = recognise(amazonListing(`<h2>Requirements</h2><ul><li>${long}</li></ul>`), AMAZON).job!.requirements!.items;
    expect(item!.text).toHaveLength(MAX_REQUIREMENT_LENGTH);
    expect(item!.text.endsWith('…')).toBe(true);
    expect(item!.text.startsWith('Experience with many tools with many tools')).toBe(true);
  });

  it('reads a list-and-pane page from the pane only, never the list cards or another job’s JSON-LD', () => {
    const pane = fixture('search-pane-ml-engineer-startup-uk');
    const { job } = recognise(parse(pane.html), pane.expected.url);
    expect(pane.html).toContain("Experience with Stripe's payments data");
    expect(job?.requirements?.items.map((item) => item.text)).not.toContain("Experience with Stripe's payments data");
    expect(job?.requirements?.source).toBe('page-markup');
  });
});

describe('requirements from JSON-LD, when the markup gives none', () => {
  it('reads qualifications, experienceRequirements and skills: texts, lists, and objects with a description or name', () => {
    const doc = jsonLdPage({
      qualifications: '<ul><li>Degree in statistics</li><li>SQL</li></ul>',
      experienceRequirements: { '@type': 'OccupationalExperienceRequirements', description: '3+ years of analytics' },
      skills: ['Python', { '@type': 'DefinedTerm', name: 'Tableau' }, 42, null],
    });
    expect(recognise(doc, GENERIC).job?.requirements).toEqual({
      items: [
        { text: 'Degree in statistics', kind: 'required' },
        { text: 'SQL', kind: 'required' },
        { text: '3+ years of analytics', kind: 'required' },
        { text: 'Python', kind: 'listed' },
        { text: 'Tableau', kind: 'listed' },
      ],
      omitted: 0,
      source: 'json-ld',
    });
  });

  it("reads the bullet points of an entity-escaped description, as listed, when it states none", () => {
    const description = '&lt;p&gt;About us.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;R &amp;amp; Python&lt;/li&gt;&lt;li&gt;&amp;lt;b&amp;gt;SQL&amp;lt;/b&amp;gt;&lt;/li&gt;&lt;/ul&gt;';
    expect(recognise(jsonLdPage({ description }), GENERIC).job?.requirements).toEqual({
      items: [
        { text: 'R & Python', kind: 'listed' },
        { text: '<b>SQL</b>', kind: 'listed' },
      ],
      omitted: 0,
      source: 'json-ld',
    });
  });

  it('prefers requirement lists in the markup to the JSON-LD', () => {
    const doc = jsonLdPage({ qualifications: ['From JSON-LD'] }, '<h1>Data Scientist</h1><h2>Requirements</h2><ul><li>From the page</li></ul>');
    expect(recognise(doc, GENERIC).job?.requirements).toEqual({
      items: [{ text: 'From the page', kind: 'required' }],
      omitted: 0,
      source: 'page-markup',
    });
  });

  it('leaves requirements absent when the posting states none and its description has no bullet points', () => {
    const { job } = recognise(jsonLdPage({ description: '<p>We build models.</p>' }), GENERIC);
    expect(job).not.toBeNull();
    expect(job).not.toHaveProperty('requirements');
  });

  it('reads the requirements of the posting the adapter trusts only', () => {
    // The block left from the job opened before names qualifications of that job.
    const stale = fixture('stale-json-ld');
    expect(readJobPostings(parse(stale.html))[0]?.statedRequirements).toHaveLength(2);
    expect(recognise(parse(stale.html), stale.expected.url).job).not.toHaveProperty('requirements');
  });
});

describe('requirements on hostile pages', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it(`keeps the first ${MAX_REQUIREMENTS} of 300 bullet points and counts the other 200`, () => {
    const requirements = recogniseHostile('300 requirement bullets')?.requirements;
    expect(requirements?.items).toHaveLength(MAX_REQUIREMENTS);
    expect(requirements?.items.at(-1)).toEqual({ text: 'Requirement 100', kind: 'required' });
    expect(requirements?.omitted).toBe(200);
  });

  it('reads a 5 MB requirement, cut to length', () => {
    const job = recogniseHostile('a 5 MB requirement');
    expect(job?.requirements?.items.map((item) => item.text.length)).toEqual([MAX_REQUIREMENT_LENGTH, 'Statistics'.length]);
  });

  it('keeps markup as text: nothing runs and nothing is put into the document', () => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    document.title = 'PrepPanel test';
    const before = document.documentElement.outerHTML;

    const markupInMarkup = recognise(parse(fixture('markup-in-title').html), fixture('markup-in-title').expected.url).job;
    const markupInJsonLd = recogniseHostile('requirements full of markup');

    expect(markupInMarkup?.requirements?.items[0]?.text).toBe(
      'Experience with <img src=x onerror=alert(1)> and <script>alert(2)</script> in Python',
    );
    expect(markupInJsonLd?.requirements?.items.map((item) => item.text)).toContain('<img src=x onerror=alert(1)> as text');
    for (const { text } of markupInJsonLd?.requirements?.items ?? []) expect(typeof text).toBe('string');
    expect(alert).not.toHaveBeenCalled();
    expect(document.title).toBe('PrepPanel test');
    expect(document.documentElement.outerHTML).toBe(before);
  });

});

describe('what the background receives', () => {
  it('parses every job recognised on the saved pages, requirements included', () => {
    for (const page of pageFixtures()) {
      const { job } = recognise(parse(page.html), page.expected.url);
      if (job) expect(DetectedJobSchema.parse(job), `${page.site}/${page.name}`).toEqual(job);
    }
  });

  it('reads nothing outside the scope it is given', () => {
    const doc = parse('<div id="a"><h2>Requirements</h2><ul><li>Inside</li></ul></div><h2>Requirements</h2><ul><li>Outside</li></ul>');
    expect(readRequirements(doc.getElementById('a')!)?.items).toEqual([{ text: 'Inside', kind: 'required' }]);
    // A pane that holds only a heading: its section does not go on outside the pane.
    const pane = parse('<main><div id="pane"><div><h2>Requirements</h2></div></div><ul><li>Another job</li></ul></main>');
    expect(readRequirements(pane.getElementById('pane')!)).toBeUndefined();
  });
});

describe('following a page whose requirements change', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports again when only the requirements change', async () => {
    vi.useFakeTimers();
    const job: DetectedJob = {
      site: 'amazon.jobs',
      url: AMAZON,
      title: 'Data Scientist',
      company: 'Amazon',
      source: 'page-markup',
      confidence: 'medium',
    };
    let current: Extraction = { job };
    let navigate: () => void = () => undefined;
    let invalidate: () => void = () => undefined;
    const ctx: ScriptContext = {
      isInvalid: false,
      onAddressChange: (handler) => {
        navigate = handler;
      },
      setTimeout: (handler, timeout) => window.setTimeout(handler, timeout),
      onInvalidated: (callback) => {
        invalidate = callback;
      },
    };
    const reports: Extraction[] = [];
    watchPage(ctx, () => current, (extraction) => reports.push(extraction));

    navigate();
    await vi.advanceTimersByTimeAsync(200);
    current = { job: { ...job, requirements: { items: [{ text: 'SQL', kind: 'required' }], omitted: 0, source: 'page-markup' } } };
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(200);

    expect(reports).toEqual([{ job }, { job: null, reason: 'Reading the new page…' }, { job }, current]);
    invalidate();
  });
});

describe('skills', () => {
  it('has a vocabulary of 60 to 100 skills with unique ids', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(60);
    expect(SKILLS.length).toBeLessThanOrEqual(100);
    expect(new Set(SKILLS.map((skill) => skill.id)).size).toBe(SKILLS.length);
  });

  it.each([
    ['Experience with scikit learn', 'scikit-learn'],
    ['sklearn pipelines', 'scikit-learn'],
    ['Scikit-Learn', 'scikit-learn'],
    ['PySpark jobs', 'Spark'],
    ['Apache Spark', 'Spark'],
    ['Designing A/B tests', 'A/B testing'],
    ['AB testing', 'A/B testing'],
    ['split testing', 'A/B testing'],
    ['Postgres', 'PostgreSQL'],
    ['PostgreSQL', 'PostgreSQL'],
    ['time-series models', 'time series'],
    ['Golang services', 'Go'],
    ['k8s', 'Kubernetes'],
    ['large language models', 'LLMs'],
  ])('"%s" names %s', (text, name) => {
    expect(skillNames(text)).toContain(name);
  });

  it.each([
    ['R,', 'Python, R, SQL'],
    ['R or Python', 'R or Python'],
    ['in R', 'Modelling in R.'],
    ['(R)', 'A scripting language (R)'],
    ['R/Python', 'R/Python'],
  ])('names R as a word of its own: %s', (_, text) => {
    expect(skillNames(text)).toContain('R');
  });

  it.each(['R&D', 'R & D experience', 'CRM and PR', 'Rust', 'R-squared above 0.9', 'r or python', 'Series R2'])(
    'does not take R from "%s"',
    (text) => {
      expect(skillNames(text)).not.toContain('R');
    },
  );

  it('takes Go only capitalised or as Golang, never the verb', () => {
    expect(skillNames('Go, Java or Rust')).toEqual(['Java', 'Go', 'Rust']);
    expect(skillNames('Experience in Go')).toEqual(['Go']);
    expect(skillNames('ready to go the extra mile', 'go-getter', 'Go-to-market plans', 'Google Analytics')).toEqual([]);
  });

  it('finds no skills in ordinary prose', () => {
    const prose = [
      'We excel at teamwork and want people who spark new ideas.',
      'You are a go-getter who can go the extra mile and thrive in a scalable, fast-paced environment.',
      'Great communication, ownership and a sense of humour. Our R&D team sits in a snowflake-shaped office with good airflow.',
      'We hire people with drive, curiosity and statistically unlikely luck.',
    ];
    expect(skillsIn(prose)).toEqual([]);
  });

  it('lists each skill once, in vocabulary order', () => {
    expect(skillNames('A/B tests in Python', 'SQL and Python', 'Tableau')).toEqual(['Python', 'SQL', 'Tableau', 'A/B testing']);
  });
});
