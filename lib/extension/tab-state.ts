import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DetectedJobSchema } from '../job/detected-job';

/**
 * What the background knows of one tab, kept in `storage.session` so it survives the
 * service worker being stopped and is gone when the browser closes.
 */
export const TabStateSchema = z.object({
  job: DetectedJobSchema.nullable(),
  /** Why no job was recognised, as the content script put it. */
  reason: z.string().max(300).optional(),
  /** The bundled guide that matches the job, when there is one. */
  guideId: z.string().optional(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | undefined> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  const parsed = TabStateSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : undefined;
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: TabStateSchema.parse(state) });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}

/** Calls `onChange` with the tab's new state whenever the background updates it. */
export function watchTabState(tabId: number, onChange: (state: TabState | undefined) => void): () => void {
  const key = keyOf(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(key in changes)) return;
    const parsed = TabStateSchema.safeParse(changes[key]?.newValue);
    onChange(parsed.success ? parsed.data : undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
