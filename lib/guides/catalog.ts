import amazonDataScientist from './data/amazon-data-scientist.json';
import { GuideSchema, type Guide } from './schema';

/**
 * The guides bundled with the extension. Each is parsed with the published schema, so a
 * malformed data file fails the build's tests rather than reaching a user.
 */
const BUNDLED: unknown[] = [amazonDataScientist];

export const GUIDES: readonly Guide[] = BUNDLED.map((data) => GuideSchema.parse(data));

export function guideById(id: string): Guide | undefined {
  return GUIDES.find((guide) => guide.id === id);
}
