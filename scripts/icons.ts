/**
 * `npm run icons`: renders public/icon.svg to the PNG sizes the stores ask for
 * (public/icon/<size>.png, which WXT puts in the manifest).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/drivers/chromium';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(resolve(import.meta.dirname, '../public/icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: resolve(import.meta.dirname, `../public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`Wrote ${SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
