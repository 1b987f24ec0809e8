import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { REACT_DOM_REWRITES, htmlSinksIn, noHtmlSinks, rewriteReactDom } from '../../../scripts/vite-no-html-sinks';

/** The React DOM client that the production build bundles, as installed. */
const REACT_DOM_CLIENT = join(
  dirname(createRequire(import.meta.url).resolve('react-dom/package.json')),
  'cjs/react-dom-client.production.js',
);
const reactDom = readFileSync(REACT_DOM_CLIENT, 'utf8');

/** The plugin's hooks, called as Vite would, with `this.error` throwing as Rollup's does. */
const pluginContext = {
  error(message: string): never {
    throw new Error(message);
  },
};
function transform(code: string, id: string): { code: string } | undefined {
  const hook = noHtmlSinks().transform as (this: typeof pluginContext, code: string, id: string) => { code: string } | undefined;
  return hook.call(pluginContext, code, id);
}
function generateBundle(plugin: ReturnType<typeof noHtmlSinks>, chunks: Record<string, { code: string; modules: string[] }>): void {
  const bundle = Object.fromEntries(
    Object.entries(chunks).map(([fileName, { code, modules }]) => [
      fileName,
      { type: 'chunk', fileName, code, modules: Object.fromEntries(modules.map((id) => [id, {}])) },
    ]),
  ) as unknown as Rollup.OutputBundle;
  const hook = plugin.generateBundle as (this: typeof pluginContext, options: unknown, bundle: Rollup.OutputBundle) => void;
  hook.call(pluginContext, {}, bundle);
}

describe("React DOM's HTML sinks", () => {
  it('are found in the installed React DOM client: the two dangerouslySetInnerHTML writes and the <script> element', () => {
    expect(htmlSinksIn(reactDom)).toHaveLength(3);
  });

  it('are all gone once the client is rewritten, each replaced by a throw', () => {
    const rewritten = rewriteReactDom(reactDom);
    expect(htmlSinksIn(rewritten)).toEqual([]);
    for (const { replace } of REACT_DOM_REWRITES) expect(rewritten).toContain(replace);
    // Nothing else changed: the rest of React DOM is as shipped.
    expect(rewritten.length).toBeLessThan(reactDom.length);
    expect(rewritten).toContain('suppressHydrationWarning');
  });

  it.each(REACT_DOM_REWRITES.map((rewrite) => [rewrite.name, rewrite] as const))(
    'fail the build loudly when React DOM no longer has %s',
    (name, { find }) => {
      expect(() => rewriteReactDom(reactDom.replace(find, ''))).toThrow(`expected React DOM's ${name} code exactly once, found it 0 times`);
    },
  );

  it('fail the build when a pattern occurs more than once (which copy to rewrite is not guessed)', () => {
    const [first] = REACT_DOM_REWRITES;
    expect(() => rewriteReactDom(`${reactDom}\n${first!.find}`)).toThrow('found it 2 times');
  });
});

describe('htmlSinksIn', () => {
  it.each([
    'el.innerHTML=x',
    'el.innerHTML = x',
    'el.outerHTML=x',
    'el.innerHTML += x',
    'el.insertAdjacentHTML("beforeend", x)',
    'range.createContextualFragment(x)',
    'document.write(x)',
    'document.writeln(x)',
    'el.setHTMLUnsafe(x)',
    'frame.srcdoc=x',
  ])('finds %s', (code) => {
    expect(htmlSinksIn(`a();${code};b()`)).toHaveLength(1);
  });

  it.each(['x = el.innerHTML', 'el.innerHTML === x', 'el.innerHTML==x', 'case "innerHTML":', 'el.textContent = x', 'frame.srcdoc===x'])(
    'leaves %s alone: it parses no HTML',
    (code) => {
      expect(htmlSinksIn(code)).toEqual([]);
    },
  );

  it('counts every sink in a chunk and shows where each is', () => {
    const sinks = htmlSinksIn('a.innerHTML=one;b.textContent=two;c.outerHTML=three');
    expect(sinks).toHaveLength(2);
    expect(sinks[0]).toContain('a.innerHTML=one');
    expect(sinks[1]).toContain('c.outerHTML=three');
  });
});

describe('the noHtmlSinks build plugin', () => {
  it('rewrites the React DOM client file, and no other module', () => {
    expect(htmlSinksIn(transform(reactDom, REACT_DOM_CLIENT)!.code)).toEqual([]);
    expect(transform(reactDom, `${REACT_DOM_CLIENT}?commonjs-exports`)).toBeUndefined();
    expect(transform('el.innerHTML = x', '/src/other.js')).toBeUndefined();
  });

  it('fails the build on a chunk that writes HTML, whatever wrote it', () => {
    expect(() => generateBundle(noHtmlSinks(), { 'chunks/app.js': { code: 'el.innerHTML = x', modules: ['/src/app.ts'] } })).toThrow(
      'chunks/app.js writes HTML',
    );
    expect(() => generateBundle(noHtmlSinks(), { 'chunks/app.js': { code: 'el.textContent = x', modules: ['/src/app.ts'] } })).not.toThrow();
  });

  it('fails the build when React DOM is bundled without its client having been rewritten', () => {
    const reactChunk = { 'chunks/react.js': { code: 'render()', modules: ['/node_modules/react-dom/index.js'] } };
    expect(() => generateBundle(noHtmlSinks(), reactChunk)).toThrow('was not rewritten');

    const plugin = noHtmlSinks();
    (plugin.transform as (this: typeof pluginContext, code: string, id: string) => unknown).call(pluginContext, reactDom, REACT_DOM_CLIENT);
    expect(() => generateBundle(plugin, reactChunk)).not.toThrow();
  });
});
