/**
 * Pages built to hurt a content script: huge, deep, many-blocked, prototype-polluting,
 * markup-laden, lookalike and restless. Unit tests check what recognition makes of them,
 * tests/e2e/hostile.e2e.ts what the built extension does with them in Chromium, and
 * `npm run bench` times them. Each has an address of its own, so a browser can be given
 * any of them.
 */
export interface HostilePage {
  name: string;
  url: string;
  html: string;
  /** The text that makes a huge page huge, written once in its HTML inside one text node. */
  bulk?: string;
}

/** Stands in for a page's bulk text while jsdom parses it. */
const BULK_MARKER = '\u2063bulk\u2063';

/**
 * A hostile page as a document, for unit tests. jsdom's HTML parser spends seconds on 5 MB
 * of text (a browser milliseconds), so a huge page is parsed with a marker in place of its bulk
 * text, which is then put into the text node whole: recognition still reads every byte.
 */
export function parseHostile(page: HostilePage): Document {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  const { bulk } = page;
  if (!bulk) return parse(page.html);
  const document = parse(page.html.replace(bulk, BULK_MARKER));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.includes(BULK_MARKER)) {
      text.data = text.data.replace(BULK_MARKER, () => bulk);
      return document;
    }
  }
  throw new Error(`${page.name}: its bulk text is not in a text node`);
}

/** An amazon.jobs listing address (each page has its own id). */
const listing = (id: number) => `https://www.amazon.jobs/en/jobs/${id}/data-scientist`;
const posting = (title: string) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, hiringOrganization: { name: 'Amazon.com Services LLC' } });

/** An amazon.jobs qualifications section, as the site writes it. */
const qualifications = (items: string) => `<div id="job-detail-body"><div class="section"><h2>Basic Qualifications</h2>${items}</div></div>`;

/** The global that the markup of `attack` sets if it ever runs, in the page or in the extension. */
export const ATTACK_FLAG = 'prepPanelPwned';

/**
 * Markup that runs if anything treats it as HTML: a script, an image's error handler and an
 * SVG's load handler, each recording `field` in `window[ATTACK_FLAG]`.
 */
export function attack(field: string): string {
  const run = `window.${ATTACK_FLAG}='${field}'`;
  return `<script>${run}</script><img src=x onerror="${run}"><svg onload="${run}"></svg>`;
}

/** Text as a page writes it between tags or in an attribute: markup in it is shown, never parsed. */
const asText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A JSON-LD block as pages write it: `<` escaped, so no `</script>` in a value ends the block. */
const jsonLd = (value: object) => `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** Addresses that look like amazon.jobs to a person, and are not: no content script may run there. */
export const LOOKALIKE_URLS: readonly string[] = [
  'https://amazon.jobs.evil.example/en/jobs/2812345/data-scientist',
  'https://amazon.jobs-careers.example/en/jobs/2812345/data-scientist',
  'https://www-amazon.jobs.example/en/jobs/2812345/data-scientist',
  'https://www.amazon.jobs.evil.example/en/jobs/2812345/data-scientist',
  'https://evil.example/www.amazon.jobs/en/jobs/2812345/data-scientist',
];

/** What a lookalike address serves: a perfect amazon.jobs listing, JSON-LD and markup. */
const AMAZON_LISTING_COPY = `<html><head><title>Data Scientist - Job ID: 2812345 | Amazon.jobs</title>${jsonLd({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Data Scientist',
  hiringOrganization: { '@type': 'Organization', name: 'Amazon.com Services LLC' },
  identifier: { '@type': 'PropertyValue', value: '2812345' },
})}</head><body><div id="job-detail"><h1 class="title">Data Scientist</h1><div class="details-line"><p class="meta">Job ID: 2812345 | Amazon.com Services LLC</p></div></div>${qualifications('<ul><li>3+ years of data scientist experience</li></ul>')}</body></html>`;

/** Where the restless page below moves to, in-page, a moment after it loads. */
export const RESTLESS_LISTING_MOVES_TO = listing(2999019);

/**
 * The restless page's own script: it rewrites its title, its requirements and a clock every
 * 10 ms, and moves to another listing in-page, so a content script that follows in-page
 * navigation watches a DOM that never settles, and reads something new each time it reads.
 * `window.ticks` counts the rewrites.
 */
const RESTLESS_SCRIPT = `
window.ticks = 0;
window.ticksStarted = performance.now();
setInterval(() => {
  window.ticks++;
  document.querySelector('h1.title').replaceChildren(document.createTextNode('Data Scientist'));
  document.getElementById('feed').replaceChildren(...Array.from({ length: 20 }, (_, index) => {
    const item = document.createElement('li');
    item.textContent = 'Requirement ' + index + ' as of update ' + window.ticks;
    return item;
  }));
  document.getElementById('clock').textContent = String(window.ticks);
}, 10);
setTimeout(() => history.pushState({}, '', ${JSON.stringify(new URL(RESTLESS_LISTING_MOVES_TO).pathname)}), 300);
`;

export function hostilePages(): HostilePage[] {
  const loremIpsum = 'lorem ipsum dolor sit amet '.repeat(200_000);
  const longRequirement = 'SQL and Python '.repeat(350_000);
  const deep = `${'['.repeat(5000)}${posting('Deep Data Scientist')}${']'.repeat(5000)}`;
  return [
    {
      name: '1,000 JSON-LD blocks',
      url: listing(2999001),
      html: `<html><head>${Array.from({ length: 1000 }, (_, index) => `<script type="application/ld+json">${posting(`Data Scientist ${index}`)}</script>`).join('')}</head><body><h1 class="title">Data Scientist</h1></body></html>`,
    },
    {
      name: '5 MB of text',
      url: listing(2999002),
      html: `<html><body><h1 class="title">Data Scientist</h1><div>${loremIpsum}</div></body></html>`,
      bulk: loremIpsum,
    },
    {
      name: 'deeply nested JSON',
      url: listing(2999003),
      html: `<html><head><script type="application/ld+json">${deep}</script></head><body><h1 class="title">Data Scientist</h1></body></html>`,
    },
    {
      name: '__proto__ and constructor keys',
      url: listing(2999004),
      html: `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Data Scientist","__proto__":{"polluted":"yes","title":"Hacked"},"constructor":{"prototype":{"polluted":"yes"}},"hiringOrganization":{"__proto__":{"name":"Evil Corp"}}}</script></head><body></body></html>`,
    },
    {
      name: 'a title full of markup',
      url: listing(2999005),
      html: `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"<script>document.title='pwned'<\\/script><img src=x onerror=alert(1)>Data Scientist","hiringOrganization":"Amazon"}</script></head><body><h1 class="title"><b>Data</b> Scientist<script>document.title='pwned'</script></h1></body></html>`,
    },
    {
      name: '300 requirement bullets',
      url: listing(2999006),
      html: `<html><body><h1 class="title">Data Scientist</h1>${qualifications(`<ul>${Array.from({ length: 300 }, (_, index) => `<li>Requirement ${index + 1}</li>`).join('')}</ul>`)}</body></html>`,
    },
    {
      name: 'a 5 MB requirement',
      url: listing(2999007),
      html: `<html><body><h1 class="title">Data Scientist</h1>${qualifications(`<p>- ${longRequirement}<br>- Statistics</p>`)}</body></html>`,
      bulk: longRequirement,
    },
    {
      name: 'requirements full of markup',
      url: listing(2999008),
      html: `<html><head><script type="application/ld+json">${JSON.stringify({
        '@type': 'JobPosting',
        title: 'Data Scientist',
        hiringOrganization: 'Amazon',
        description: `<p>${attack('description')}</p><ul><li>${attack('bullet')}Python</li><li>&lt;img src=x onerror=alert(1)&gt; as text</li><li>${asText(`${attack('requirement')}Statistics`)}</li></ul>`,
      }).replace(/</g, '\\u003c')}</script></head><body><h1 class="title">Data Scientist</h1></body></html>`,
    },
    {
      name: 'markup in every JSON-LD field',
      url: listing(2999011),
      html: `<html><head>${jsonLd({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: `${attack('title')}Data Scientist`,
        name: attack('name'),
        hiringOrganization: { '@type': 'Organization', name: `${attack('company')}Amazon`, sameAs: attack('sameAs') },
        jobLocation: {
          '@type': 'Place',
          address: { addressLocality: `${attack('location')}Seattle`, addressRegion: 'WA', addressCountry: 'US' },
        },
        identifier: { '@type': 'PropertyValue', value: attack('identifier') },
        description: `<p>${attack('description')}</p><ul><li>${attack('description bullet')}Python</li><li>${asText(attack('escaped bullet'))}</li></ul>`,
        qualifications: [`${attack('qualifications')}SQL`],
        experienceRequirements: { '@type': 'OccupationalExperienceRequirements', description: `${attack('experience')}3+ years` },
        skills: [`${attack('skills')}Statistics`],
      })}</head><body><h1 class="title">${asText(`${attack('heading')}Data Scientist`)}</h1></body></html>`,
    },
    {
      name: 'markup in every field of the page',
      url: listing(2999012),
      html: `<html><head><title>${asText(attack('document title'))}</title><meta property="og:title" content="${asText(attack('og:title'))}"></head><body><div id="job-detail"><h1 class="title">${asText(`${attack('title')}Data Scientist`)}</h1><div class="details-line"><p class="meta">Job ID: 2999012 | ${asText(`${attack('company')}Amazon`)}</p></div><div class="location-icon"><ul class="association-content"><li>${asText(`${attack('location')}Seattle, WA, US`)}</li></ul></div></div>${qualifications(`<ul><li>${asText(`${attack('requirement')}Python`)}</li><li>${asText(`${attack('second requirement')}SQL`)}</li></ul>`)}</body></html>`,
    },
    ...LOOKALIKE_URLS.map((url) => ({ name: `a lookalike address: ${url}`, url, html: AMAZON_LISTING_COPY })),
    {
      name: 'a page that rewrites its DOM every 10 ms',
      url: listing(2999009),
      html: `<html><head>${jsonLd({ '@type': 'JobPosting', title: 'Data Scientist', hiringOrganization: 'Amazon.com Services LLC' })}</head><body><h1 class="title">Data Scientist</h1><p>Updated <span id="clock">0</span> times</p>${qualifications('<ul id="feed"><li>Python</li><li>SQL</li></ul>')}<script>${RESTLESS_SCRIPT}</script></body></html>`,
    },
  ];
}
