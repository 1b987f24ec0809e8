/**
 * Pages built to hurt a content script: huge, deep, many-blocked, prototype-polluting and
 * markup-laden. Unit tests check what recognition makes of them; `npm run bench` times them.
 */
export interface HostilePage {
  name: string;
  url: string;
  html: string;
}

const LISTING = 'https://www.amazon.jobs/en/jobs/2999999/data-scientist';
const posting = (title: string) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, hiringOrganization: { name: 'Amazon.com Services LLC' } });

/** An amazon.jobs qualifications section, as the site writes it. */
const qualifications = (items: string) => `<div id="job-detail-body"><div class="section"><h2>Basic Qualifications</h2>${items}</div></div>`;

export function hostilePages(): HostilePage[] {
  const deep = `${'['.repeat(5000)}${posting('Deep Data Scientist')}${']'.repeat(5000)}`;
  const markup = `<script>document.title='pwned'</script><img src=x onerror="document.title='pwned'">`;
  return [
    {
      name: '1,000 JSON-LD blocks',
      url: LISTING,
      html: `<html><head>${Array.from({ length: 1000 }, (_, index) => `<script type="application/ld+json">${posting(`Data Scientist ${index}`)}</script>`).join('')}</head><body><h1 class="title">Data Scientist</h1></body></html>`,
    },
    {
      name: '5 MB of text',
      url: LISTING,
      html: `<html><body><h1 class="title">Data Scientist</h1><div>${'lorem ipsum dolor sit amet '.repeat(200_000)}</div></body></html>`,
    },
    {
      name: 'deeply nested JSON',
      url: LISTING,
      html: `<html><head><script type="application/ld+json">${deep}</script></head><body><h1 class="title">Data Scientist</h1></body></html>`,
    },
    {
      name: '__proto__ and constructor keys',
      url: LISTING,
      html: `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Data Scientist","__proto__":{"polluted":"yes","title":"Hacked"},"constructor":{"prototype":{"polluted":"yes"}},"hiringOrganization":{"__proto__":{"name":"Evil Corp"}}}</script></head><body></body></html>`,
    },
    {
      name: 'a title full of markup',
      url: LISTING,
      html: `<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"<script>document.title='pwned'<\\/script><img src=x onerror=alert(1)>Data Scientist","hiringOrganization":"Amazon"}</script></head><body><h1 class="title"><b>Data</b> Scientist<script>document.title='pwned'</script></h1></body></html>`,
    },
    {
      name: '300 requirement bullets',
      url: LISTING,
      html: `<html><body><h1 class="title">Data Scientist</h1>${qualifications(`<ul>${Array.from({ length: 300 }, (_, index) => `<li>Requirement ${index + 1}</li>`).join('')}</ul>`)}</body></html>`,
    },
    {
      name: 'a 5 MB requirement',
      url: LISTING,
      html: `<html><body><h1 class="title">Data Scientist</h1>${qualifications(`<p>- ${'SQL and Python '.repeat(350_000)}<br>- Statistics</p>`)}</body></html>`,
    },
    {
      name: 'requirements full of markup',
      url: LISTING,
      html: `<html><head><script type="application/ld+json">${JSON.stringify({
        '@type': 'JobPosting',
        title: 'Data Scientist',
        hiringOrganization: 'Amazon',
        description: `<p>${markup}</p><ul><li>${markup}Python</li><li>&lt;img src=x onerror=alert(1)&gt; as text</li></ul>`,
      }).replace(/</g, '\\u003c')}</script></head><body><h1 class="title">Data Scientist</h1></body></html>`,
    },
  ];
}
