import { canonicalCompany, simplifyCompanyName, unitNamedIn, type CanonicalCompany } from '../job/companies';
import { GUIDE_LAYERS } from './catalog';
import type { GuideLayers } from './layers';
import type { Guide } from './schema';
import type { DetectedJob } from '../job/detected-job';
import { matchRole, type RoleMatch } from '../job/roles';

/**
 * What the side panel and the badge need to know about a recognised job. An exact match
 * without `company` is a general guide for a company PrepPanel does not know.
 */
export type GuideMatch =
  | { kind: 'exact'; guide: Guide; layers: GuideLayers; company?: CanonicalCompany; role: RoleMatch }
  | { kind: 'none'; reason: 'unknown-company' | 'unknown-role' | 'no-guide'; company?: CanonicalCompany; role?: RoleMatch };

/** The company of a job, with the unit its name gives or, failing that, its title. */
export function companyOfJob(job: Pick<DetectedJob, 'company' | 'title'>): CanonicalCompany | undefined {
  const company = canonicalCompany(job.company);
  if (!company || company.unit) return company;
  const unit = unitNamedIn(job.title, company.id);
  return unit ? { ...company, unit } : company;
}

/**
 * The most specific guide for the job's company, role family and level: specifics for its
 * level, then level-free specifics, then the company's process with the general role layer,
 * then (for a company without any of these, known or not) the role's general guide.
 * `layersOf` says which layers each guide was composed from; a guide it does not know is
 * treated as written whole for its company and role, i.e. as level-free specifics. A guide the
 * user imported also serves a company PrepPanel does not know, by the company's name, and wins
 * a tie: the user brought it for such listings.
 */
export function matchGuide(
  job: Pick<DetectedJob, 'company' | 'title'>,
  guides: readonly Guide[],
  layersOf: ReadonlyMap<string, GuideLayers> = GUIDE_LAYERS,
): GuideMatch {
  const company = companyOfJob(job);
  const role = matchRole(job.title);
  const layersOfGuide = (guide: Guide): GuideLayers =>
    layersOf.get(guide.id) ?? { company: guide.company.id, specifics: guide.id };
  if (!role) return company ? { kind: 'none', reason: 'unknown-role', company } : { kind: 'none', reason: 'unknown-company' };
  const general = guides.find((guide) => {
    const layers = layersOfGuide(guide);
    return !layers.company && !layers.specifics && layers.role === role.family;
  });
  const fallback = (reason: 'unknown-company' | 'no-guide'): GuideMatch =>
    general
      ? { kind: 'exact', guide: general, layers: layersOfGuide(general), ...(company ? { company } : {}), role }
      : { kind: 'none', reason, ...(company ? { company } : {}), role };
  // An imported guide may name the company as the listing or PrepPanel does, whatever its id.
  const names = new Set([job.company, company?.name ?? ''].map(simplifyCompanyName).filter(Boolean));
  const forCompany = (guide: Guide, layers: GuideLayers): boolean =>
    guide.company.id === company?.id || (Boolean(layers.imported) && names.has(simplifyCompanyName(guide.company.name)));
  const specificity = (layers: GuideLayers): number => {
    if (!layers.specifics) return 1;
    if (!layers.level) return 2;
    return layers.level === role.level ? 3 : 0;
  };
  const best = guides
    .filter((candidate) => candidate.role.family === role.family)
    .map((guide) => {
      const layers = layersOfGuide(guide);
      return { guide, layers, rank: specificity(layers) + (layers.imported ? 0.5 : 0) };
    })
    .filter((candidate) => candidate.rank > 0 && forCompany(candidate.guide, candidate.layers))
    .sort((a, b) => b.rank - a.rank)[0];
  if (!best) return fallback(company ? 'no-guide' : 'unknown-company');
  const matched = company ?? { id: best.guide.company.id, name: best.guide.company.name };
  return { kind: 'exact', guide: best.guide, layers: best.layers, company: matched, role };
}
