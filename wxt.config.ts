import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { noHtmlSinks } from './scripts/vite-no-html-sinks';

const SHORTCUT = { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open the PrepPanel side panel' };

/**
 * The extension pages' content security policy in production builds: scripts and
 * everything else only from the extension's own files, no plugins, and no connections at
 * all (nothing leaves the machine, and no remote code can arrive). Recorded answers play
 * from object URLs (`blob:`) of the extension's own IndexedDB: media, and nothing else, may
 * load from them. Chromium also enforces Trusted Types: no string can reach an HTML or
 * script sink. `wxt` (dev mode) keeps WXT's own policy, which lets the dev server's scripts
 * and hot reload in.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "media-src 'self' blob:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const CHROME_EXTENSION_PAGES_CSP = `${EXTENSION_PAGES_CSP}; require-trusted-types-for 'script'; trusted-types 'none'`;

// The manifest is the extension's contract with the browser: permissions are the fewest
// that work (README, "Permissions"); host access comes only from the amazon.jobs content script.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Builds that run side by side (e.g. while developing two changes at once) need their own folder.
  outDir: process.env.PREPPANEL_OUT_DIR ?? '.output',
  // The sources zip for addons.mozilla.org: what builds the add-on, not the demo's screenshots.
  zip: { excludeSources: ['demo-output/**', 'test-results/**'] },
  // React DOM's HTML sinks (for features PrepPanel never uses) become throws; every built
  // chunk is checked for HTML sinks (scripts/vite-no-html-sinks.ts).
  vite: () => ({ plugins: [noHtmlSinks()] }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.resolve = {
        ...config.resolve,
        alias: {
          ...config.resolve?.alias,
          // The content script runs in every job page and only sends one message: it uses the
          // browser's own promise-based API (as WXT does without the polyfill), not the polyfill.
          'wxt/browser': '@wxt-dev/browser',
          // WXT's context announces each script to the page it runs in; PrepPanel's scripts
          // keep to their isolated world (content/isolated-context.ts).
          'wxt/utils/content-script-context': resolve(import.meta.dirname, 'content/wxt-context-stand-in.ts'),
        },
      };
      // Every job page pays for these scripts (a 12 KB budget): terser packs tighter than
      // esbuild's minifier.
      config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 }, ecma: 2020 } };
    },
  },
  manifest: ({ browser, command }) => ({
    name: 'PrepPanel',
    // MV3 takes an object, MV2 a string (WXT converts it for Firefox).
    ...(command === 'build'
      ? { content_security_policy: { extension_pages: browser === 'firefox' ? EXTENSION_PAGES_CSP : CHROME_EXTENSION_PAGES_CSP } }
      : {}),
    description:
      'Interview guides beside the job listing you are reading: recognises the company and role, shows the matching guide, keeps your preparation on your machine.',
    action: { default_title: 'PrepPanel' },
    ...(browser === 'firefox'
      ? {
          // activeTab: the popup may read the open tab's address when the user clicks it.
          permissions: ['storage', 'activeTab'],
          // Company career sites the user enables from the popup, one at a time (https only).
          optional_permissions: ['https://*/*'],
          // Firefox opens the sidebar itself for this reserved command.
          commands: { _execute_sidebar_action: SHORTCUT },
          browser_specific_settings: {
            // 140 (an ESR): the first version that reads data_collection_permissions, which
            // addons.mozilla.org asks for. Everything else used needs 115 (storage.session).
            gecko: {
              id: 'preppanel@preppanel.app',
              strict_min_version: '140.0',
              // Nothing leaves the machine.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          permissions: ['storage', 'sidePanel', 'activeTab', 'scripting'],
          optional_host_permissions: ['https://*/*'],
          commands: { 'open-side-panel': SHORTCUT },
        }),
  }),
});
