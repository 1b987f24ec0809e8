import { z } from 'zod';
import { textsOfSources, unsourcedFigures } from './figures';
import {
  ANY_COMPANY,
  CompanyLayerSchema,
  GeneralProcessSchema,
  RoleLayerSchema,
  composeGuide,
  compositions,
  SpecificsSchema,
  layersLabel,
  specificsId,
  type CompanyLayer,
  type ComposedGuide,
  type GeneralProcess,
  type RoleLayer,
  type Specifics,
} from './layers';
import type { LayerFile, LayerFiles } from './layer-files';

/** What `npm run guides:check` finds: the layers, the guides they compose, coverage and problems. */
export interface GuideCheckReport {
  layers: { path: string; kind: 'general' | 'company' | 'role' | 'specifics'; id: string }[];
  guides: { id: string; label: string }[];
  /** For each company and role family, which layers exist ("process", "role", "specifics", "specifics (senior)"). */
  coverage: { company: string; family: string; layers: string[] }[];
  problems: string[];
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(root)';
}

/** Empty lists and objects written in a layer file: a section with nothing in it. */
function emptySections(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [path.join('.')];
    return value.flatMap((child, index) => emptySections(child, [...path, String(index)]));
  }
  if (value && typeof value === 'object') {
    if (Object.keys(value).length === 0) return [path.join('.') || '(root)'];
    return Object.entries(value).flatMap(([key, child]) => emptySections(child, [...path, key]));
  }
  return [];
}

/** The sources a layer file declares, read before (and whether or not) the file parses. */
function declaredSources(data: unknown): { id: string }[] {
  const sources = (data as { sources?: unknown } | null)?.sources;
  return Array.isArray(sources)
    ? sources.filter((source): source is { id: string } => typeof (source as { id?: unknown } | null)?.id === 'string')
    : [];
}

/**
 * Validates every layer file and every guide the layers compose. A problem names the file (or
 * guide) and the exact path inside it.
 */
export function checkGuideLayers(files: LayerFiles, sourceTexts: ReadonlyMap<string, string>): GuideCheckReport {
  const problems: string[] = [];
  const layers: GuideCheckReport['layers'] = [];

  const parseAll = <Layer>(
    list: LayerFile[],
    schema: z.ZodType<Layer>,
    kind: GuideCheckReport['layers'][number]['kind'],
    idOf: (layer: Layer) => string,
  ): Layer[] =>
    list.flatMap(({ path, data }) => {
      for (const section of emptySections(data)) problems.push(`${path}: ${section}: empty section`);
      for (const { path: at, figure } of unsourcedFigures(data, textsOfSources(declaredSources(data), sourceTexts))) {
        problems.push(`${path}: ${at}: figure ${figure} appears in none of the layer's sources`);
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${path}: ${issuePath(issue.path)}: ${issue.message}`);
        return [];
      }
      const id = idOf(parsed.data);
      if (layers.some((layer) => layer.kind === kind && layer.id === id)) {
        problems.push(`${path}: duplicate ${kind} layer "${id}"`);
      }
      layers.push({ path, kind, id });
      return [parsed.data];
    });

  const generals = parseAll<GeneralProcess>(files.general ?? [], GeneralProcessSchema, 'general', () => 'process');
  const companies = parseAll<CompanyLayer>(files.companies, CompanyLayerSchema, 'company', (layer) => layer.company.id);
  const roles = parseAll<RoleLayer>(files.roles, RoleLayerSchema, 'role', (layer) => layer.role.family);
  const specifics = parseAll<Specifics>(files.specifics, SpecificsSchema, 'specifics', specificsId);

  const [general] = generals;
  const { selections, orphans } = compositions({ ...(general ? { general } : {}), companies, roles, specifics });
  for (const orphan of orphans) problems.push(`specifics ${specificsId(orphan)}: no company layer "${orphan.company}"`);
  const composed: ComposedGuide[] = selections.flatMap((selection) => {
    const name =
      'general' in selection
        ? `general process + ${selection.role.role.family}`
        : selection.specifics
          ? `specifics ${specificsId(selection.specifics)}`
          : `${selection.company.company.id} + ${selection.role?.role.family}`;
    try {
      return [composeGuide(selection)];
    } catch (error) {
      if (error instanceof z.ZodError) {
        for (const issue of error.issues) problems.push(`guide from ${name}: ${issuePath(issue.path)}: ${issue.message}`);
      } else problems.push(`guide from ${name}: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  });
  const guideIds = new Set<string>();
  for (const { guide } of composed) {
    if (guideIds.has(guide.id)) problems.push(`guide ${guide.id}: composed twice`);
    guideIds.add(guide.id);
  }

  const families = [...new Set([...roles.map((role) => role.role.family), ...specifics.map((layer) => layer.role.family)])];
  // A company layer written for one role is composed only with that role's specifics (layers.ts).
  const coverage = companies.flatMap(({ company, forEveryRole }) =>
    families.flatMap((family) => {
      const own = specifics
        .filter((layer) => layer.company === company.id && layer.role.family === family)
        .map((layer) => (layer.level ? `specifics (${layer.level})` : 'specifics'));
      const role = roles.some((layer) => layer.role.family === family) && (forEveryRole || own.length > 0) ? ['role'] : [];
      return own.length > 0 || role.length > 0 ? [{ company: company.id, family, layers: ['process', ...role, ...own] }] : [];
    }),
  );
  // Every other company gets the general guide of each role layer.
  if (general) {
    for (const role of roles) coverage.push({ company: ANY_COMPANY.id, family: role.role.family, layers: ['general process', 'role'] });
  }

  return {
    layers,
    guides: composed.map(({ guide, layers: used }) => ({ id: guide.id, label: layersLabel(guide, used) })),
    coverage,
    problems,
  };
}
