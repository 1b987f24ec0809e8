import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../content/adapters';
import { CHROME_BUILD } from './drivers/chromium';
import { FIREFOX_BUILD } from './drivers/firefox';

function manifestOf(dir: string): Record<string, unknown> & { permissions?: string[] } {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
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
    expect(chrome.permissions?.sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
    // Host access beyond the job sites is asked for, site by site, from the popup.
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // One small script per site, running only on that site's pages.
    expect(chrome.content_scripts).toEqual(
      expect.arrayContaining(
        ADAPTERS.map((adapter) =>
          expect.objectContaining({ matches: [...adapter.matches].sort(), js: [`content-scripts/${adapter.id}.js`] }),
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
    for (const permission of firefox.permissions ?? []) expect(chrome.permissions).toContain(permission);
    expect(firefox.optional_permissions).toEqual(chrome.optional_host_permissions);
    expect(firefox.content_scripts).toEqual(chrome.content_scripts);
  });
});
