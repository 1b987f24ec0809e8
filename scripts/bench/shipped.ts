/**
 * The JavaScript each view of the build loads: for an HTML page, its `<script src>` and
 * `<link rel="modulepreload">` files; for a script, the script itself; in both cases with the
 * chunks they import statically, followed recursively. Dynamic `import()`s are not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KB, type Measure } from './measures';

export const CONTENT_SCRIPT_BUDGET_BYTES = 12 * KB;
/** The background script, measured beside the extension's pages. */
const BACKGROUND = 'background.js';

export interface Shipped {
  /** The view, relative to the build folder. */
  view: string;
  /** Every JavaScript file it loads, relative to the build folder. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** An attribute's value in one HTML tag, e.g. `src` in `<script type="module" src="/x.js">`. */
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
}

/** The scripts an HTML page loads, as absolute paths inside the build. */
function scriptsOfPage(buildDir: string, htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  const sources: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) sources.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (href && attribute(tag, 'rel')?.toLowerCase() === 'modulepreload') sources.push(href);
  }
  return sources.map((source) => resolveInBuild(buildDir, dirname(htmlPath), source));
}

/** `/chunks/x.js` from the build's root, `./x.js` from the referring file's folder. */
function resolveInBuild(buildDir: string, fromDir: string, source: string): string {
  const path = source.split(/[?#]/)[0]!;
  return path.startsWith('/') ? join(buildDir, path) : resolve(fromDir, path);
}

/** The files a script imports statically: `import … from "./x.js"`, `export … from "./x.js"`, `import "./x.js"`. */
function staticImports(scriptPath: string): string[] {
  const code = readFileSync(scriptPath, 'utf8');
  const imports: string[] = [];
  for (const [, source] of code.matchAll(/(?:\bfrom|\bimport)\s*["']((?:\.{1,2})?\/[^"']+\.m?js)["']/g)) {
    imports.push(resolve(dirname(scriptPath), source!));
  }
  return imports;
}

/** The scripts and, recursively, everything they import statically (each once). */
function withImports(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    if (!existsSync(path)) throw new Error(`The build refers to ${path}, which does not exist.`);
    seen.add(path);
    staticImports(path).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

export function shippedBy(buildDir: string, view: string): Shipped {
  const path = join(buildDir, view);
  const files = withImports(view.endsWith('.html') ? scriptsOfPage(buildDir, path) : [path]);
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(file);
    bytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { view, files: files.map((file) => relative(buildDir, file)), bytes, gzipBytes };
}

/**
 * Every page the build has (each HTML file at its top, so a new page is measured without
 * editing this list) and the background, then every content script (registered or injected).
 */
export function viewsOf(buildDir: string): { pages: string[]; contentScripts: string[] } {
  const contentDir = join(buildDir, 'content-scripts');
  const contentScripts = existsSync(contentDir)
    ? readdirSync(contentDir)
        .filter((name) => name.endsWith('.js'))
        .sort()
        .map((name) => `content-scripts/${name}`)
    : [];
  const html = readdirSync(buildDir)
    .filter((name) => name.endsWith('.html'))
    .sort();
  const pages = [...html, ...(existsSync(join(buildDir, BACKGROUND)) ? [BACKGROUND] : [])];
  return { pages, contentScripts };
}

function shippedMeasures(shipped: Shipped, group: string, budget?: number): Measure[] {
  const label = shipped.files.length > 1 ? `${shipped.view} (${shipped.files.length} files)` : shipped.view;
  return [
    { id: `js:${shipped.view}`, group, label: `${label}, minified`, value: shipped.bytes, unit: 'KB', budget },
    { id: `js-gzip:${shipped.view}`, group, label: `${shipped.view}, gzip`, value: shipped.gzipBytes, unit: 'KB' },
  ];
}

export function measureShipped(buildDir: string): Measure[] {
  const { pages, contentScripts } = viewsOf(buildDir);
  if (contentScripts.length === 0) throw new Error(`No content scripts in ${buildDir}: run the build first.`);
  return [
    ...contentScripts.flatMap((view) => shippedMeasures(shippedBy(buildDir, view), 'Content scripts: JavaScript each job page loads', CONTENT_SCRIPT_BUDGET_BYTES)),
    ...pages.flatMap((view) => shippedMeasures(shippedBy(buildDir, view), 'JavaScript each view loads (with the chunks it imports)')),
  ];
}
