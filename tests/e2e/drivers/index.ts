import { ChromiumDriver } from './chromium';
import type { ExtensionDriver } from './driver';
import { FirefoxDriver } from './firefox';

/** Every browser the end-to-end journeys run in. */
export const BROWSERS: { name: string; launch: () => Promise<ExtensionDriver> }[] = [
  { name: 'Chromium', launch: () => ChromiumDriver.launch() },
  { name: 'Firefox', launch: () => FirefoxDriver.launch() },
];
