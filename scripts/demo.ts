/**
 * `npm run demo`: loads the built extension into Chromium, opens the bundled sample
 * amazon.jobs listing, prints what was recognised and the guide it matched, and saves
 * screenshots of the side panel (light and dark) to demo-output/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { GUIDES } from '../lib/guides/catalog';
import { matchGuide } from '../lib/matching';
import { TabStateSchema } from '../lib/tab-state';
import { ChromiumDriver } from '../tests/e2e/drivers/chromium';
import { until } from '../tests/e2e/drivers/driver';

const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
const OUT = resolve(import.meta.dirname, '../demo-output');

async function main() {
  mkdirSync(OUT, { recursive: true });
  // With a display, show the browser window; without one, run headless.
  const headless = !process.env.DISPLAY || process.env.CI === 'true';
  const browser = await ChromiumDriver.launch({ headless });
  try {
    const { page, tabId } = await browser.openJobPage(LISTING);
    await until(() => browser.badge(tabId), (text) => text === '✓', 'the badge');
    await page.screenshot({ path: resolve(OUT, '0-listing.png') });

    const state = TabStateSchema.parse(await browser.tabState(tabId));
    if (!state.job) throw new Error('The sample listing was not recognised.');
    const match = matchGuide(state.job, GUIDES);
    console.log('Recognised on', LISTING);
    console.log(`  title:    ${state.job.title}`);
    console.log(`  company:  ${state.job.company}${match.company ? ` -> ${match.company.name}${match.company.unit ? ` (${match.company.unit})` : ''}` : ''}`);
    console.log(`  location: ${state.job.location ?? '-'}`);
    console.log(`  job id:   ${state.job.jobId ?? '-'}`);
    console.log(`  read from: ${state.job.source}`);
    console.log(`  role:     ${match.role ? `${match.role.name}${match.role.level ? `, ${match.role.level}` : ''}` : 'unknown'}`);
    console.log(`  guide:    ${match.kind === 'exact' ? match.guide.title : `none (${match.reason})`}`);
    console.log(`  badge:    ✓ on tab ${tabId}`);

    const panel = await browser.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('job-header').waitFor();
    const shots: string[] = [];
    const shoot = async (name: string) => {
      const path = resolve(OUT, name);
      await panel.screenshot({ path });
      shots.push(path);
    };
    // Jump between sections with the panel's own navigation, as a reader would (without
    // smooth scrolling, so each screenshot shows where the jump lands).
    await panel.emulateMedia({ reducedMotion: 'reduce' });
    const jumpTo = (section: string) => panel.click(`.section-nav a[data-section="${section}"]`);
    await shoot('1-panel-top.png');
    for (const [index, section] of ['stages', 'questions', 'checklist'].entries()) {
      await jumpTo(section);
      await shoot(`${index + 2}-panel-${section}.png`);
    }
    await panel.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await panel.evaluate(() => window.scrollTo(0, 0));
    await shoot('5-panel-top-dark.png');
    await jumpTo('questions');
    await panel.click('#section-questions button[aria-expanded="false"]');
    await shoot('6-panel-questions-dark.png');
    console.log('\nSide panel screenshots:');
    for (const shot of shots) console.log(`  ${shot}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
