import type { Guide } from './schema';

/** What the user asks of the guide list: words to find, and optionally one company and one role. */
export interface GuideQuery {
  text: string;
  /** A company id, or empty for every company. */
  company: string;
  /** A role family, or empty for every role. */
  role: string;
}

export const EVERY_GUIDE: GuideQuery = { text: '', company: '', role: '' };

/** A guide the query found, and where its words were found. */
export interface GuideHit {
  guide: Guide;
  /** Which of the guide's names hold a query word (empty when the query has no words). */
  names: ('company' | 'role' | 'title')[];
  /** How many of the guide's questions hold a query word. */
  questions: number;
}

export interface FacetOption {
  value: string;
  label: string;
}

/** Lower case, accents dropped, so "Données" is found by "donnees" and "Résumé" by "resume". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function queryWords(text: string): string[] {
  return foldText(text).split(/\s+/).filter(Boolean);
}

export function isEmptyQuery(query: GuideQuery): boolean {
  return queryWords(query.text).length === 0 && !query.company && !query.role;
}

/**
 * The guides for the query's company and role whose company name, role name, title or question
 * texts hold every word of its text (each word may be found in a different place), in their order.
 */
export function searchGuides(guides: readonly Guide[], query: GuideQuery): GuideHit[] {
  const words = queryWords(query.text);
  const hits: GuideHit[] = [];
  for (const guide of guides) {
    if (query.company && guide.company.id !== query.company) continue;
    if (query.role && guide.role.family !== query.role) continue;
    const names = { company: foldText(guide.company.name), role: foldText(guide.role.name), title: foldText(guide.title) };
    const questions = guide.questions.map((question) => foldText(question.text));
    const everyWordFound = words.every(
      (word) => Object.values(names).some((name) => name.includes(word)) || questions.some((text) => text.includes(word)),
    );
    if (!everyWordFound) continue;
    const holdsWord = (text: string) => words.some((word) => text.includes(word));
    hits.push({
      guide,
      names: (['company', 'role', 'title'] as const).filter((name) => holdsWord(names[name])),
      questions: questions.filter(holdsWord).length,
    });
  }
  return hits;
}

const NAME_WORDS = { company: 'the company', role: 'the role', title: 'the title' } as const;

/** Where a hit's words were found: "in the role and 2 questions"; `undefined` when the query had no words. */
export function matchedWhere(hit: GuideHit): string | undefined {
  const places: string[] = hit.names.map((name) => NAME_WORDS[name]);
  if (hit.questions > 0) places.push(`${hit.questions} ${hit.questions === 1 ? 'question' : 'questions'}`);
  if (places.length === 0) return undefined;
  const last = places.pop();
  return `Found in ${places.length > 0 ? `${places.join(', ')} and ${last}` : last}`;
}

/** The companies and the roles that the guides cover, each once, by name. */
export function guideFacets(guides: readonly Guide[]): { companies: FacetOption[]; roles: FacetOption[] } {
  const companies = new Map<string, string>();
  const roles = new Map<string, string>();
  for (const guide of guides) {
    companies.set(guide.company.id, guide.company.name);
    roles.set(guide.role.family, guide.role.name);
  }
  const options = (entries: Map<string, string>): FacetOption[] =>
    [...entries].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  return { companies: options(companies), roles: options(roles) };
}
