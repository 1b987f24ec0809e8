import { z } from 'zod';
import type { GuideLibrary } from '../guides/library';
import type { Guide, Question } from '../guides/schema';

/**
 * The extension's own pages and their addresses: the one module that spells them. Each
 * address is a path inside the extension, as `runtime.getURL` and the pages' links take it.
 */
export const PAGES = {
  sidePanel: '/sidepanel.html',
  popup: '/popup.html',
  practice: '/practice.html',
  applications: '/applications.html',
} as const;

/** `/sidepanel.html?tabId=N`: the side panel pinned to tab N (a popped-out panel, tests). */
export function panelPathForTab(tabId: number): `${typeof PAGES.sidePanel}?tabId=${number}` {
  return `${PAGES.sidePanel}?tabId=${tabId}`;
}

/** The tab that `?tabId=N` pins the side panel (or the popup) to. */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  return Number(raw);
}

/** `/practice.html?guide=…&question=…`: the practice page of one question. */
export function practicePath(guideId: string, questionId: string): `${typeof PAGES.practice}?${string}` {
  return `${PAGES.practice}?${new URLSearchParams({ guide: guideId, question: questionId })}`;
}

/** A guide's or a question's id as the address gives it. */
const IdParamSchema = z.string().regex(/^[a-z0-9-]{1,100}$/);

export type PracticeTarget =
  | { status: 'found'; guide: Guide; question: Question }
  | { status: 'not-found'; guide: Guide | undefined };

/**
 * The guide and question that the practice page's `?guide=…&question=…` names in `library`,
 * when both exist. (The library is passed in, so this module, which the background reads
 * for the panel's address, never loads the guides.)
 */
export function practiceTarget(search: string, library: GuideLibrary): PracticeTarget {
  const params = new URLSearchParams(search);
  const guideId = IdParamSchema.safeParse(params.get('guide'));
  const questionId = IdParamSchema.safeParse(params.get('question'));
  const guide = guideId.success ? library.byId(guideId.data) : undefined;
  const question = questionId.success ? guide?.questions.find((candidate) => candidate.id === questionId.data) : undefined;
  return guide && question ? { status: 'found', guide, question } : { status: 'not-found', guide };
}
