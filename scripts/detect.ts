/**
 * `npm run detect -- FILE.html [--url URL] [FILE.html [--url URL] ...]`
 *
 * Runs PrepPanel's recognition on saved pages and prints one JSON line per page: the job,
 * and the listing's requirements with the skills they name. A page's
 * address comes from `--url` after it, or from the `<case>.expected.json` beside it (the
 * fixture corpus), or from the page's canonical link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { detectPage } from './detect-page';

function addressOf(file: string, html: string): string | undefined {
  const expected = file.replace(/\.html?$/, '.expected.json');
  if (expected !== file && existsSync(expected)) {
    const url: unknown = JSON.parse(readFileSync(expected, 'utf8')).url;
    if (typeof url === 'string') return url;
  }
  return /<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)["']/i.exec(html)?.[1];
}

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('--help')) {
  console.error('Usage: npm run detect -- FILE.html [--url URL] [FILE.html [--url URL] ...]');
  process.exit(args.length === 0 ? 1 : 0);
}

let failed = false;
for (let index = 0; index < args.length; index++) {
  const file = args[index]!;
  const url = args[index + 1] === '--url' ? args[(index += 2)] : undefined;
  try {
    const html = readFileSync(file, 'utf8');
    const address = url ?? addressOf(file, html);
    if (!address) throw new Error('no address: give one with --url');
    console.log(JSON.stringify(detectPage(file, html, address)));
  } catch (error) {
    failed = true;
    console.log(JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) }));
  }
}
process.exit(failed ? 1 : 0);
