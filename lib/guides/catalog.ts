import {
  CompanyLayerSchema,
  GeneralProcessSchema,
  RoleLayerSchema,
  SpecificsSchema,
  composeAll,
  type CompanyLayer,
  type GeneralProcess,
  type GuideLayers,
  type RoleLayer,
  type Specifics,
} from './layers';
import { LAYER_FILES } from './layer-files';
import type { Guide } from './schema';

/**
 * The guides bundled with the extension, composed from the layer files under ./data. Every
 * layer and every composed guide is parsed with its schema, so a malformed data file fails the
 * build's tests (and `npm run guides:check`) rather than reaching a user. The general
 * process, with a role layer, makes the guide for a company that has no layer of its own.
 */
const generalFile = LAYER_FILES.general?.[0];
export const GENERAL_PROCESS: GeneralProcess | undefined = generalFile && GeneralProcessSchema.parse(generalFile.data);
export const COMPANY_LAYERS: readonly CompanyLayer[] = LAYER_FILES.companies.map(({ data }) => CompanyLayerSchema.parse(data));
export const ROLE_LAYERS: readonly RoleLayer[] = LAYER_FILES.roles.map(({ data }) => RoleLayerSchema.parse(data));
export const SPECIFICS: readonly Specifics[] = LAYER_FILES.specifics.map(({ data }) => SpecificsSchema.parse(data));

const COMPOSED = composeAll({
  ...(GENERAL_PROCESS ? { general: GENERAL_PROCESS } : {}),
  companies: COMPANY_LAYERS,
  roles: ROLE_LAYERS,
  specifics: SPECIFICS,
});

export const GUIDES: readonly Guide[] = COMPOSED.map(({ guide }) => guide);

/** The layers each bundled guide shows, by guide id. */
export const GUIDE_LAYERS: ReadonlyMap<string, GuideLayers> = new Map(
  COMPOSED.map(({ guide, layers }) => [guide.id, layers]),
);

export function guideById(id: string): Guide | undefined {
  return GUIDES.find((guide) => guide.id === id);
}
