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

export function hostilePages(): HostilePage[] {
  const deep = `${'['.repeat(5000)}${posting('Deep Data Scientist')}${']'.repeat(5000)}`;
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
  ];
}
