import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../content/adapters';
import { CHROME_BUILD } from './drivers/chromium';
import { FIREFOX_BUILD } from './drivers/firefox';

function manifestOf(dir: string): Record<string, unknown> & { permissions?: string[] } {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

/** A content security policy as its directives, each with its sources. */
function directivesOf(policy: unknown): Record<string, string[]> {
  if (typeof policy !== 'string') throw new Error(`Not a content security policy: ${JSON.stringify(policy)}`);
  const directives: Record<string, string[]> = {};
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    if (name in directives) throw new Error(`${name} is given twice: browsers use the first, which is easy to misread`);
    directives[name] = sources;
  }
  return directives;
}

/** Sources that would let code or data in from elsewhere, or code run from strings. */
const UNSAFE_SOURCE = /^(?:\*|https?:|wss?:|data:|blob:|filesystem:|'unsafe-|'wasm-unsafe-eval'|'strict-dynamic'|'nonce-|'sha\d+-)|^(?!')[^\s]+\.[^\s]+/;

/** What the extension pages allow: their own files, nothing remote, no connections. */
const EXTENSION_PAGES_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  // Recorded answers play from object URLs of the extension's own IndexedDB.
  'media-src': ["'self'", 'blob:'],
  'connect-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** The permissions the README justifies, one row each in its "Permissions" table. */
const README_PERMISSIONS = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8').split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';

/** The one exception: media (and nothing else) may play from the page's own object URLs. */
const ALLOWED_UNSAFE: Record<string, string[]> = { 'media-src': ['blob:'] };

function expectNothingUnsafe(directives: Record<string, string[]>): void {
  for (const [name, sources] of Object.entries(directives)) {
    for (const source of sources) {
      if (!ALLOWED_UNSAFE[name]?.includes(source)) expect(source, name).not.toMatch(UNSAFE_SOURCE);
    }
  }
}

describe('built manifests', () => {
  const chrome = manifestOf(CHROME_BUILD);
  const firefox = manifestOf(FIREFOX_BUILD);

  it('Chrome: MV3 with a side panel, a shortcut, icons and the fewest permissions', () => {
    expect(chrome).toMatchObject({
      manifest_version: 3,
      name: 'PrepPanel',
      side_panel: { default_path: 'sidepanel.html' },
      commands: { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+P' } } },
    });
    expect(Object.keys(chrome.icons as object).sort()).toEqual(['128', '16', '32', '48', '96']);
    expect([...(chrome.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
    // Host access beyond the job sites is asked for, site by site, from the popup.
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.optional_host_permissions).toEqual(['https://*/*']);
    // One small script per site, running only on that site's pages.
    expect(chrome.content_scripts).toEqual(
      expect.arrayContaining(
        ADAPTERS.map((adapter) =>
          expect.objectContaining({
            matches: [...adapter.matches].sort(),
            // Never on the site's account and résumé pages.
            ...(adapter.excludeMatches ? { exclude_matches: [...adapter.excludeMatches].sort() } : {}),
            js: [`content-scripts/${adapter.id}.js`],
          }),
        ),
      ),
    );
    expect(chrome.content_scripts).toHaveLength(ADAPTERS.length);
  });

  it('Firefox: a sidebar, its shortcut, a fixed add-on id and no permission Chrome does not need', () => {
    expect(firefox).toMatchObject({
      manifest_version: 2,
      sidebar_action: { default_panel: 'sidepanel.html' },
      commands: { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+P' } } },
      browser_specific_settings: {
        gecko: { id: 'preppanel@preppanel.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      },
    });
    expect([...(firefox.permissions ?? [])].sort()).toEqual(['activeTab', 'storage']);
    expect(firefox.optional_permissions).toEqual(chrome.optional_host_permissions);
    expect(firefox.content_scripts).toEqual(chrome.content_scripts);
  });

  it.each([
    ['Chrome', chrome],
    ['Firefox', firefox],
  ])('%s: every permission it asks for is justified in the README', (_, manifest) => {
    const asked = [...(manifest.permissions ?? []), ...((manifest.optional_host_permissions ?? manifest.optional_permissions ?? []) as string[])];
    expect(asked.length).toBeGreaterThan(0);
    for (const permission of asked) expect(README_PERMISSIONS, permission).toContain(`\`${permission}\``);
  });

  it('Chrome: extension pages load only their own scripts, no remote code, no eval, no connections, Trusted Types enforced', () => {
    const policy = chrome.content_security_policy as Record<string, unknown>;
    // MV3 has a sandbox policy too; PrepPanel has no sandboxed pages, so none is declared.
    expect(Object.keys(policy)).toEqual(['extension_pages']);
    const directives = directivesOf(policy.extension_pages);
    expect(directives).toEqual({
      ...EXTENSION_PAGES_POLICY,
      'require-trusted-types-for': ["'script'"],
      'trusted-types': ["'none'"],
    });
    expectNothingUnsafe(directives);
  });

  it('Firefox: the same policy (Firefox has no Trusted Types)', () => {
    const directives = directivesOf(firefox.content_security_policy);
    expect(directives).toEqual(EXTENSION_PAGES_POLICY);
    expectNothingUnsafe(directives);
  });

  it.each([
    ['Chrome', chrome],
    ['Firefox', firefox],
  ])('%s: pages can load none of its files and send it no message', (_, manifest) => {
    // Without `externally_connectable` no web page may message it; other extensions could, but
    // nothing listens for external messages (tests/unit/messages.test.ts lists every receiver).
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
  });
});
