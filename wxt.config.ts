import { defineConfig } from 'wxt';

// The manifest is the extension's contract with the browser: permissions are the fewest
// that work (see README "Permissions"), and host access is limited to amazon.jobs.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'PrepPanel',
    description:
      'Interview guides beside the job listing you are reading. Recognises the company and role, shows the matching guide, and keeps your preparation on your machine.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    action: { default_title: 'PrepPanel' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open the PrepPanel side panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'preppanel@preppanel.app', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
