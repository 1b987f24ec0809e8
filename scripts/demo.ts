/**
 * `npm run demo`: loads the built extension into Chromium, opens the bundled sample
 * amazon.jobs listing, prints what was recognised (with the listing's requirements and the
 * skills they name) and the guide it matched, writes one sample story and links it to a
 * requirement, and saves screenshots of the side panel (light and dark) and of the settings,
 * practice and applications pages to demo-output/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { GUIDES } from '../lib/guides/catalog';
import { layersLabel } from '../lib/guides/layers';
import { matchGuide } from '../lib/guides/matching';
import { skillsIn } from '../lib/job/skills';
import { TabStateSchema } from '../lib/extension/tab-state';
import type { Page } from 'playwright-core';
import { ChromiumDriver } from '../tests/e2e/drivers/chromium';
import { until } from '../tests/e2e/drivers/driver';

const LISTING = 'https://www.amazon.jobs/en/jobs/2812345/data-scientist-ii-amazon-ads';
const OUT = resolve(import.meta.dirname, '../demo-output');

async function main() {
  rmSync(OUT, { recursive: true, force: true });
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
    console.log(`  guide:    ${match.kind === 'exact' ? `${match.guide.title} (${layersLabel(match.guide, match.layers)})` : `none (${match.reason})`}`);
    console.log(`  badge:    ✓ on tab ${tabId}`);
    const requirements = state.job.requirements;
    console.log(`  requirements (${requirements ? `${requirements.items.length}, from ${requirements.source}` : 'none found'}):`);
    for (const requirement of requirements?.items ?? []) console.log(`    [${requirement.kind}] ${requirement.text}`);
    console.log(`  skills:   ${skillsIn((requirements?.items ?? []).map((item) => item.text)).map((skill) => skill.name).join(', ') || '-'}`);

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

    // A sample story, written and linked as a user would, to show the story bank at work.
    await writeSampleStory(panel);
    for (const [index, section] of ['stories', 'checklist', 'summary'].entries()) {
      await jumpTo(section);
      await shoot(`${index + 5}-panel-${section === 'checklist' ? 'tailor' : section}.png`);
    }

    await panel.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await panel.evaluate(() => window.scrollTo(0, 0));
    await shoot('8-panel-top-dark.png');
    await jumpTo('questions');
    await panel.click('#section-questions button[aria-expanded="false"]');
    await shoot('9-panel-questions-dark.png');
    await jumpTo('stories');
    await shoot('10-panel-stories-dark.png');

    // The settings page, where the user sees what PrepPanel may read and what it keeps.
    const options = await browser.openExtensionPage('options.html');
    await options.locator('[data-count="stories"]').waitFor();
    const optionsShot = resolve(OUT, '11-options.png');
    await options.screenshot({ path: optionsShot, fullPage: true });
    shots.push(optionsShot);

    // The practice page for the guide's first question, and the job kept on the applications page.
    const guide = match.kind === 'exact' ? match.guide : undefined;
    if (guide) {
      const practice = await browser.openExtensionPage(`practice.html?guide=${guide.id}&question=${guide.questions[0]!.id}`);
      await practice.getByRole('button', { name: 'Start', exact: true }).waitFor();
      const practiceShot = resolve(OUT, '12-practice.png');
      await practice.screenshot({ path: practiceShot, fullPage: true });
      shots.push(practiceShot);
    }
    const applications = await browser.openExtensionPage('applications.html');
    await applications.locator('[data-job]').first().waitFor();
    const applicationsShot = resolve(OUT, '13-applications.png');
    await applications.screenshot({ path: applicationsShot, fullPage: true });
    shots.push(applicationsShot);

    // Every guide, to browse and search, with the import of a guide the user brings.
    await panel.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await panel.getByTestId('browse-guides').click();
    await panel.getByTestId('guide-import').waitFor();
    const browseShot = resolve(OUT, '14-guide-browser.png');
    await panel.screenshot({ path: browseShot, fullPage: true });
    shots.push(browseShot);
    console.log('\nScreenshots:');
    for (const shot of shots) console.log(`  ${shot}`);
  } finally {
    await browser.close();
  }
}

async function writeSampleStory(panel: Page): Promise<void> {
  await panel.getByRole('button', { name: 'New story' }).click();
  const editor = panel.locator('form', { has: panel.getByRole('button', { name: 'Save story' }) });
  const fields: [string, string][] = [
    ['Title', 'Sample story: rebuilt the ad attribution model'],
    ['Situation', 'Advertisers doubted our attribution reports after a tracking change.'],
    ['Task', 'Restore trust in the numbers before the quarterly review.'],
    ['Action', 'Rebuilt the model in Python and SQL, checked it against holdout experiments, and walked advertisers through it.'],
    ['Result', 'The sales team adopted the reports again.'],
    ['Outcome', 'Attribution error fell from 18% to 4%'],
  ];
  for (const [label, value] of fields) await editor.getByLabel(label, { exact: true }).fill(value);
  await editor.getByRole('group', { name: 'Qualities it shows' }).getByLabel('Customer Obsession').check();
  await editor.getByRole('group', { name: 'Qualities it shows' }).getByLabel('Technical Excellence').check();
  await editor.getByRole('button', { name: 'Save story' }).click();
  await panel.locator('[data-story]').first().waitFor();

  const requirement = panel.locator('[data-requirement]').first();
  await requirement.getByRole('button', { name: 'Add evidence' }).click();
  await requirement.getByLabel('Story').selectOption({ index: 1 });
  await requirement.getByRole('button', { name: 'Save evidence' }).click();
  await requirement.locator('.evidence-story').waitFor();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
