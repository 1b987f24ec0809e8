import { z } from 'zod';
import type { Level } from '../job/roles';
import {
  ChecklistItemSchema,
  CompensationSchema,
  FaqSchema,
  GuideSchema,
  QualitySchema,
  QuestionSchema,
  SourceSchema,
  StageSchema,
  type Guide,
  type GuideInput,
  type Source,
} from './schema';

/**
 * A guide is composed from layers, so one company's process serves every role there and one
 * role's questions serve every company:
 * - the company layer: the process and its stages, company-wide values, how to apply,
 *   compensation where a source gives it, FAQs;
 * - the role layer: role-specific qualities (technical areas), questions, checklist, mistakes
 *   and the day-to-day;
 * - specifics for one company and role (optionally one level), which refine both;
 * - the general process, which stands in for the company layer of a company that has none:
 *   with a role layer it makes that role's general guide (`general-<family>`, "Any company").
 *
 * Merge rule (see `composeGuide`), most specific first so a guide leads with what is true of
 * this company and role:
 * - item lists (stages, qualities, questions, checklist, mistakes, FAQs): the company's items,
 *   each replaced where it stands by the specifics' item of the same id (so ids, order and
 *   therefore saved progress stay put), then the specifics' new items, then the role layer's
 *   items whose id is not already present;
 * - title and summary come from the specifics, or are written from the names;
 * - overview paragraphs: the specifics' introduction first, then the company's process;
 * - how-to-apply paragraphs: the company's first, then the specifics';
 * - day-to-day and skills: the specifics' first, then the role layer's not already there;
 * - compensation: the specifics' replaces the company's as a whole (figures belong together);
 * - sources are merged by id in layer order; two layers may declare the same id only with the
 *   same definition.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');
const prose = z.string().trim().min(1);
const sourceIds = z.array(slug).min(1);

/**
 * Within one layer, ids are unique in each list (the merge would otherwise silently keep only
 * the last) and every cited source is declared by the layer itself, so the layer stays sound
 * whatever it is composed with.
 */
function refineLayer(layer: { sources: readonly Source[] }, ctx: z.RefinementCtx): void {
  const declared = new Set(layer.sources.map((source) => source.id));
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      const seen = new Set<string>();
      value.forEach((item, index) => {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === 'string') {
          if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate id "${id}"` });
          seen.add(id);
        }
        visit(item, [...path, index]);
      });
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'sources' && path.length > 0) {
          for (const id of child as string[]) {
            if (!declared.has(id)) ctx.addIssue({ code: 'custom', path: [...path, key], message: `unknown source "${id}"` });
          }
        } else if (key !== 'sources') visit(child, [...path, key]);
      }
    }
  };
  visit(layer, []);
}

export const LevelSchema = z.enum(['intern', 'entry', 'mid', 'senior', 'principal']) satisfies z.ZodType<Level>;

const RoleSchema = z.object({ family: slug, name: prose });

const WorkSchema = z.object({ dayToDay: z.array(prose).min(1), skills: z.array(prose).min(1), sources: sourceIds });

const companyLayerShape = z.object({
  company: z.object({ id: slug, name: prose, sector: prose }),
  /**
   * Whether the layer's text holds for every role at the company. A layer written from one
   * role's sources (Amazon's comes from a Data Scientist guide) is shown only with that role's
   * specifics: other roles get the general role guide, not advice meant for another job.
   */
  forEveryRole: z.boolean(),
  sources: z.array(SourceSchema).min(1),
  overview: z.object({
    timeline: z.object({ minWeeks: z.number().int().positive(), maxWeeks: z.number().int().positive() }),
    paragraphs: z.array(prose).min(1),
    sources: sourceIds,
  }),
  stages: z.array(StageSchema).min(1),
  /** Company-wide values: every quality here has `roleSpecific: false`. */
  qualities: z.array(QualitySchema.extend({ roleSpecific: z.literal(false) })),
  howToApply: z.object({ paragraphs: z.array(prose).min(1), sources: sourceIds }),
  compensation: CompensationSchema.optional(),
  faqs: z.array(FaqSchema).default([]),
});

export const CompanyLayerSchema = companyLayerShape.superRefine(refineLayer);

/**
 * The process most employers follow, whatever the role: what a guide shows when the company
 * has no layer of its own. It has no pay and no FAQs, which are only true of one company.
 */
export const GeneralProcessSchema = companyLayerShape
  .omit({ company: true, forEveryRole: true, compensation: true, faqs: true })
  .superRefine(refineLayer);

/** The company a general guide names: it is written for no company in particular. */
export const ANY_COMPANY = { id: 'any-company', name: 'Any company', sector: 'Any sector' } as const;

export const RoleLayerSchema = z.object({
  role: RoleSchema,
  sources: z.array(SourceSchema).min(1),
  /** Technical areas: every quality here has `roleSpecific: true`. */
  qualities: z.array(QualitySchema.extend({ roleSpecific: z.literal(true) })),
  questions: z.array(QuestionSchema).min(1),
  checklist: z.array(ChecklistItemSchema).min(1),
  mistakes: z.array(ChecklistItemSchema).min(1),
  work: WorkSchema,
}).superRefine(refineLayer);

/**
 * What is true of one role at one company. Besides the role layer's parts it may carry the
 * parts of the company layer that only hold for this role (the role's pay, its FAQs, advice
 * on applying for it).
 */
export const SpecificsSchema = z.object({
  company: slug,
  role: RoleSchema,
  level: LevelSchema.optional(),
  title: prose.optional(),
  summary: prose.optional(),
  sources: z.array(SourceSchema).min(1),
  overview: z.object({ paragraphs: z.array(prose).min(1), sources: sourceIds }).optional(),
  /** What happens at a stage for this role: replaces the company's stage of the same id. */
  stages: z.array(StageSchema).default([]),
  qualities: z.array(QualitySchema).default([]),
  questions: z.array(QuestionSchema).default([]),
  checklist: z.array(ChecklistItemSchema).default([]),
  mistakes: z.array(ChecklistItemSchema).default([]),
  work: WorkSchema.optional(),
  howToApply: z.object({ paragraphs: z.array(prose).min(1), sources: sourceIds }).optional(),
  compensation: CompensationSchema.optional(),
  faqs: z.array(FaqSchema).default([]),
}).superRefine(refineLayer);

export type CompanyLayer = z.infer<typeof CompanyLayerSchema>;
export type GeneralProcess = z.infer<typeof GeneralProcessSchema>;
export type RoleLayer = z.infer<typeof RoleLayerSchema>;
export type Specifics = z.infer<typeof SpecificsSchema>;

/**
 * Which layers a guide shows, by id: the panel names them. A general guide (the general process
 * with one role layer) has neither a company layer nor specifics.
 */
export interface GuideLayers {
  company?: string;
  role?: string;
  specifics?: string;
  /** The level the specifics are for, when they are for one. */
  level?: Level;
  /** The user imported the guide whole from a file. */
  imported?: true;
  /** The role layer's name, where the specifics name the role otherwise ("Software Engineer"). */
  roleName?: string;
}

/** "amazon-data-scientist", or "amazon-data-scientist-senior" for one level. */
export function specificsId(specifics: Pick<Specifics, 'company' | 'role' | 'level'>): string {
  return [specifics.company, specifics.role.family, specifics.level].filter(Boolean).join('-');
}

export type LayerSelection =
  | { company: CompanyLayer; role: RoleLayer; specifics?: Specifics }
  | { company: CompanyLayer; role?: RoleLayer; specifics: Specifics }
  | { general: GeneralProcess; role: RoleLayer };

/** "general-data-analyst": the id of a role's general guide, stable while the role layer exists. */
export function generalGuideId(family: string): string {
  return `general-${family}`;
}

export interface ComposedGuide {
  guide: Guide;
  layers: GuideLayers;
}

/**
 * The company's items with the specifics' items of the same id in their place, then the
 * specifics' new items, then the general role layer's items that neither already has.
 */
function mergeById<Item extends { id: string }>(
  company: readonly Item[] | undefined,
  specifics: readonly Item[] | undefined,
  role?: readonly Item[],
): Item[] {
  const merged = [...(company ?? [])];
  for (const item of specifics ?? []) {
    const index = merged.findIndex((existing) => existing.id === item.id);
    if (index === -1) merged.push(item);
    else merged[index] = item;
  }
  const present = new Set(merged.map((item) => item.id));
  return [...merged, ...(role ?? []).filter((item) => !present.has(item.id))];
}

function union(...lists: (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((list) => list ?? []))];
}

function mergeSources(...layers: (readonly Source[] | undefined)[]): Source[] {
  const merged = new Map<string, Source>();
  for (const source of layers.flatMap((sources) => sources ?? [])) {
    const known = merged.get(source.id);
    if (known && JSON.stringify(known) !== JSON.stringify(source)) {
      throw new Error(`source "${source.id}" is declared differently by two layers`);
    }
    merged.set(source.id, source);
  }
  return [...merged.values()];
}

/**
 * One guide from its layers (merge rule above), parsed with the published schema so a
 * composition that breaks it fails here, with the path of the problem.
 */
export function composeGuide(selection: LayerSelection): ComposedGuide {
  if ('general' in selection) return composeGeneralGuide(selection.general, selection.role);
  const { company, role, specifics } = selection;
  // The specifics may name the role as the company does ("Software Development Engineer").
  const roleName = specifics?.role ?? role?.role;
  if (!roleName) throw new Error('a guide needs a role layer or specifics');
  if (specifics && specifics.company !== company.company.id) {
    throw new Error(
      `specifics "${specificsId(specifics)}" belong to company "${specifics.company}", not "${company.company.id}"`,
    );
  }
  if (role && specifics && role.role.family !== specifics.role.family) {
    throw new Error(
      `specifics "${specificsId(specifics)}" are for role "${specifics.role.family}", not "${role.role.family}"`,
    );
  }
  const id = specifics ? specificsId(specifics) : `${company.company.id}-${roleName.family}`;
  const questions = mergeById([], specifics?.questions, role?.questions);
  const stages = mergeById(company.stages, specifics?.stages);
  const work = {
    dayToDay: union(specifics?.work?.dayToDay, role?.work.dayToDay),
    skills: union(specifics?.work?.skills, role?.work.skills),
    sources: union(specifics?.work?.sources, role?.work.sources),
  };
  const compensation = specifics?.compensation ?? company.compensation;
  const guide: GuideInput = {
    schemaVersion: 1,
    id,
    company: company.company,
    role: roleName,
    title: specifics?.title ?? `${company.company.name} ${roleName.name} interview`,
    summary:
      specifics?.summary ??
      `What to expect across the stages of ${company.company.name}'s ${roleName.name} interview, and how to prepare for them.`,
    sources: mergeSources(company.sources, specifics?.sources, role?.sources),
    overview: {
      timeline: company.overview.timeline,
      stageCount: stages.length,
      questionCount: questions.length,
      paragraphs: [...(specifics?.overview?.paragraphs ?? []), ...company.overview.paragraphs],
      sources: union(specifics?.overview?.sources, company.overview.sources),
    },
    stages,
    qualities: mergeById<Guide['qualities'][number]>(company.qualities, specifics?.qualities, role?.qualities),
    questions,
    checklist: mergeById([], specifics?.checklist, role?.checklist),
    mistakes: mergeById([], specifics?.mistakes, role?.mistakes),
    work,
    ...(compensation ? { compensation } : {}),
    howToApply: {
      paragraphs: [...company.howToApply.paragraphs, ...(specifics?.howToApply?.paragraphs ?? [])],
      sources: union(company.howToApply.sources, specifics?.howToApply?.sources),
    },
    faqs: mergeById(company.faqs, specifics?.faqs),
  };
  const layers: GuideLayers = {
    company: company.company.id,
    ...(role ? { role: role.role.family } : {}),
    ...(role && role.role.name !== roleName.name ? { roleName: role.role.name } : {}),
    ...(specifics ? { specifics: specificsId(specifics) } : {}),
    ...(specifics?.level ? { level: specifics.level } : {}),
  };
  return { guide: GuideSchema.parse(guide), layers };
}

/**
 * The guide for a role at a company with no layer of its own: the general process with the
 * role layer, composed by the same rule under the neutral company `ANY_COMPANY`.
 */
function composeGeneralGuide(general: GeneralProcess, role: RoleLayer): ComposedGuide {
  const { guide } = composeGuide({ company: { ...general, company: ANY_COMPANY, forEveryRole: true, faqs: [] }, role });
  return {
    guide: GuideSchema.parse({
      ...guide,
      id: generalGuideId(role.role.family),
      title: `${role.role.name} interview: general guide`,
      summary: `What ${role.role.name} interviews usually cover whatever the company, and how to prepare for them.`,
    }),
    layers: { role: role.role.family },
  };
}

export interface Layers {
  /** The general process: with it, every role layer also makes a general guide. */
  general?: GeneralProcess;
  companies: readonly CompanyLayer[];
  roles: readonly RoleLayer[];
  specifics: readonly Specifics[];
}

/**
 * Every guide the layers make: each set of specifics with its company (and the role layer,
 * when there is one), each company with each role layer for which no level-free specifics
 * exist, and the general process with each role layer. Level-free specifics take the id the
 * company's guide for the pair would have, so progress made on it carries over when specifics
 * arrive. Specifics whose company has no
 * layer are returned as orphans.
 */
export function compositions({ general, companies, roles, specifics }: Layers): {
  selections: LayerSelection[];
  orphans: Specifics[];
} {
  const companyById = new Map(companies.map((company) => [company.company.id, company]));
  const roleByFamily = new Map(roles.map((role) => [role.role.family, role]));
  const selections: LayerSelection[] = [];
  const orphans: Specifics[] = [];
  for (const layer of specifics) {
    const company = companyById.get(layer.company);
    const role = roleByFamily.get(layer.role.family);
    if (!company) orphans.push(layer);
    else selections.push({ company, specifics: layer, ...(role ? { role } : {}) });
  }
  for (const company of companies) {
    for (const role of roles) {
      const specified = specifics.some(
        (layer) => !layer.level && layer.company === company.company.id && layer.role.family === role.role.family,
      );
      if (!specified && company.forEveryRole) selections.push({ company, role });
    }
  }
  if (general) for (const role of roles) selections.push({ general, role });
  return { selections, orphans };
}

/** Every guide the layers make (see `compositions`); throws on the first that cannot be made. */
export function composeAll(layers: Layers): ComposedGuide[] {
  const { selections, orphans } = compositions(layers);
  if (orphans[0]) throw new Error(`specifics "${specificsId(orphans[0])}": no company layer "${orphans[0].company}"`);
  return selections.map(composeGuide);
}

/**
 * "Amazon process + Amazon Data Scientist specifics + general Data Scientist questions",
 * "Amazon process + general Data Scientist questions", or "general Data Analyst guide" for a
 * guide with no company layer or specifics.
 */
export function layersLabel(guide: Pick<Guide, 'company' | 'role'>, layers: GuideLayers): string {
  if (layers.imported) return 'a guide you imported';
  if (!layers.company && !layers.specifics) return `general ${guide.role.name} guide`;
  const parts = [`${guide.company.name} process`];
  if (layers.specifics) {
    parts.push(`${guide.company.name} ${layers.level ? `${layers.level}-level ` : ''}${guide.role.name} specifics`);
  }
  if (layers.role) parts.push(`general ${layers.roleName ?? guide.role.name} questions`);
  return parts.join(' + ');
}
