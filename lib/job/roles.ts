/**
 * Job titles to a role family and a level. Titles carry levels ("Sr.", "II"), teams after
 * a comma or dash ("Data Scientist II, Amazon Ads") and parentheses; the family is read
 * from the words that remain.
 */
export type Level = 'intern' | 'entry' | 'mid' | 'senior' | 'principal';

export interface RoleMatch {
  family: string;
  name: string;
  level?: Level;
}

interface FamilyEntry {
  family: string;
  name: string;
  /** Each pattern must match the whole role part of the simplified title. */
  patterns: RegExp[];
}

const FAMILIES: FamilyEntry[] = [
  { family: 'data-scientist', name: 'Data Scientist', patterns: [/^(?:research |applied research )?data scientist$/] },
  { family: 'applied-scientist', name: 'Applied Scientist', patterns: [/^applied scientist$/] },
  {
    family: 'business-intelligence-engineer',
    name: 'Business Intelligence Engineer',
    patterns: [/^business intelligence engineer$/, /^bie$/],
  },
  { family: 'data-engineer', name: 'Data Engineer', patterns: [/^data engineer$/] },
  { family: 'data-analyst', name: 'Data Analyst', patterns: [/^data analyst$/] },
  {
    family: 'software-engineer',
    name: 'Software Engineer',
    patterns: [/^software (?:development )?engineer$/, /^sde$/, /^software developer$/],
  },
  {
    family: 'machine-learning-engineer',
    name: 'Machine Learning Engineer',
    patterns: [/^(?:machine learning|ml) engineer$/],
  },
  { family: 'product-manager', name: 'Product Manager', patterns: [/^(?:technical )?product manager(?: technical)?$/] },
];

const LEVEL_WORDS: [RegExp, Level][] = [
  [/\bintern(?:ship)?\b/, 'intern'],
  [/\b(?:principal|staff|distinguished)\b/, 'principal'],
  [/\b(?:senior|sr|lead)\b/, 'senior'],
  [/\b(?:junior|jr|graduate|entry level|new grad)\b/, 'entry'],
];
const ROMAN_LEVELS: Record<string, Level> = { i: 'entry', ii: 'mid', iii: 'senior', iv: 'principal' };
const LEVEL_TOKENS = /\b(?:senior|sr|lead|principal|staff|junior|jr|graduate|entry level|new grad|intern|internship|i{1,3}|iv|[1-4])\b/g;

function simplifyTitle(title: string): string {
  return title
    .toLowerCase()
    // Markup that a page let into its title is not part of the role.
    .replace(/<[^>]*>?/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9/&]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function levelOf(simple: string): Level | undefined {
  for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(simple)) return level;
  const roman = simple.match(/\b(i{1,3}|iv)\b/)?.[1];
  return roman ? ROMAN_LEVELS[roman] : undefined;
}

/** The role part of a title: what precedes a team after a comma, dash, colon or "at". */
function rolePart(title: string): string {
  const head = title.split(/\s[-–—|:]\s|,|\s@\s|\sat\s/)[0] ?? title;
  return simplifyTitle(head).replace(LEVEL_TOKENS, ' ').replace(/\s+/g, ' ').trim();
}

export function matchRole(title: string): RoleMatch | undefined {
  const role = rolePart(title);
  const entry = FAMILIES.find((candidate) => candidate.patterns.some((pattern) => pattern.test(role)));
  if (!entry) return undefined;
  const level = levelOf(simplifyTitle(title.split(/,|\s[-–—|]\s/)[0] ?? title));
  return { family: entry.family, name: entry.name, ...(level ? { level } : {}) };
}
