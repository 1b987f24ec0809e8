/**
 * Company names as pages print them, mapped to one canonical company and, where the name
 * says so, a business unit. Matching is on a simplified form of the name.
 */
export interface CanonicalCompany {
  id: string;
  name: string;
  unit?: string;
}

interface CompanyEntry {
  id: string;
  name: string;
  /** Simplified names that mean the company itself. */
  aliases: string[];
  /** Simplified names (or prefixes) that mean a unit of the company. */
  units: { name: string; aliases: string[] }[];
}

const COMPANIES: CompanyEntry[] = [
  {
    id: 'amazon',
    name: 'Amazon',
    aliases: ['amazon', 'amazon com', 'amazon com services', 'amazon com inc', 'amazon development centre'],
    units: [
      { name: 'AWS', aliases: ['aws', 'amazon web services'] },
      { name: 'Amazon Ads', aliases: ['amazon ads', 'amazon advertising'] },
      { name: 'Prime Video', aliases: ['prime video', 'amazon prime video'] },
      { name: 'Audible', aliases: ['audible'] },
      { name: 'Twitch', aliases: ['twitch'] },
    ],
  },
];

const LEGAL_SUFFIXES = /\b(llc|inc|ltd|limited|gmbh|sarl|s a r l|bv|plc|corp|corporation|co)\b/g;

/** Lower-case, punctuation and legal suffixes removed, parenthesised places dropped. */
export function simplifyCompanyName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(LEGAL_SUFFIXES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function canonicalCompany(name: string): CanonicalCompany | undefined {
  const simple = simplifyCompanyName(name);
  if (!simple) return undefined;
  for (const company of COMPANIES) {
    for (const unit of company.units) {
      if (unit.aliases.some((alias) => simple === alias || simple.startsWith(`${alias} `))) {
        return { id: company.id, name: company.name, unit: unit.name };
      }
    }
    if (company.aliases.some((alias) => simple === alias || simple.startsWith(`${alias} `))) {
      return { id: company.id, name: company.name };
    }
  }
  return undefined;
}

/** The units a job title names after its role ("Data Scientist II, Amazon Ads"). */
export function unitNamedIn(text: string, companyId: string): string | undefined {
  const company = COMPANIES.find((entry) => entry.id === companyId);
  const simple = ` ${simplifyCompanyName(text)} `;
  return company?.units.find((unit) => unit.aliases.some((alias) => simple.includes(` ${alias} `)))?.name;
}
