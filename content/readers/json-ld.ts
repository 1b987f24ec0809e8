import type { Requirement, RequirementKind } from '../../lib/job/detected-job';
import { cleanText, sameText } from '../text';

/** The fields PrepPanel reads from a schema.org JobPosting. */
export interface JobPostingData {
  title?: string;
  company?: string;
  location?: string;
  identifier?: string;
  /**
   * What the posting states it asks for, as written (text or HTML, often entity-escaped):
   * `qualifications` and `experienceRequirements` are required, `skills` listed.
   */
  statedRequirements?: Requirement[];
  /** The posting's description as written: HTML (often entity-escaped) or plain text. */
  description?: string;
}

type Json = Record<string, unknown>;

/** Bounds that keep a hostile page cheap: extra blocks, long blocks and deep nesting are skipped. */
const MAX_BLOCKS = 50;
const MAX_BLOCK_LENGTH = 500_000;
const MAX_DEPTH = 8;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(node: Json, type: string): boolean {
  const types = node['@type'];
  return types === type || (Array.isArray(types) && types.includes(type));
}

/** Every object in a JSON-LD value: arrays and `@graph` containers are opened. */
function nodesOf(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > MAX_DEPTH) return out;
  if (Array.isArray(value)) {
    for (const item of value) nodesOf(item, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    if (Array.isArray(value['@graph'])) nodesOf(value['@graph'], out, depth + 1);
  }
  return out;
}

function nameOf(value: unknown, graph: Json[]): string | undefined {
  if (typeof value === 'string') return cleanText(value, 200);
  if (!isObject(value)) return undefined;
  const named = cleanText(value.name, 200);
  if (named) return named;
  const id = value['@id'];
  const target = typeof id === 'string' ? graph.find((node) => node['@id'] === id && node !== value) : undefined;
  return target ? cleanText(target.name, 200) : undefined;
}

function locationOf(value: unknown): string | undefined {
  const place = Array.isArray(value) ? value[0] : value;
  if (!isObject(place)) return cleanText(place);
  const address = place.address;
  if (!isObject(address)) return cleanText(address) ?? cleanText(place.name);
  const country = isObject(address.addressCountry) ? address.addressCountry.name : address.addressCountry;
  const parts = [address.addressLocality, address.addressRegion, country].map((part) => cleanText(part, 100));
  return cleanText(parts.filter(Boolean).join(', '));
}

function identifierOf(value: unknown): string | undefined {
  return isObject(value) ? cleanText(value.value, 100) : cleanText(value, 100);
}

/** A text, a list of texts, or objects that describe or name one (DefinedTerm, OccupationalExperienceRequirements). */
function statementsOf(value: unknown, kind: RequirementKind): Requirement[] {
  return (Array.isArray(value) ? value : [value]).flatMap((item: unknown) => {
    const text = isObject(item) ? (item.description ?? item.name) : item;
    return typeof text === 'string' ? [{ text, kind }] : [];
  });
}

/** The JobPostings that the page's JSON-LD blocks describe. Broken blocks are skipped. */
export function readJobPostings(doc: Document): JobPostingData[] {
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, MAX_BLOCKS);
  const postings: JobPostingData[] = [];
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_LENGTH) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    const graph = nodesOf(parsed);
    for (const node of graph) {
      if (!hasType(node, 'JobPosting')) continue;
      postings.push({
        title: cleanText(node.title) ?? cleanText(node.name),
        company: nameOf(node.hiringOrganization, graph),
        location: locationOf(node.jobLocation),
        identifier: identifierOf(node.identifier),
        statedRequirements: [
          ...statementsOf(node.qualifications, 'required'),
          ...statementsOf(node.experienceRequirements, 'required'),
          ...statementsOf(node.skills, 'listed'),
        ],
        ...(typeof node.description === 'string' ? { description: node.description } : {}),
      });
    }
  }
  return postings;
}

/**
 * The posting that the page shows. Single-page sites keep an old JSON-LD block after
 * moving to another job: a posting counts only when its identifier is the listing's id
 * (where postings carry one and the caller knows the id) or its title is the page's heading.
 */
export function postingShown(
  postings: readonly JobPostingData[],
  heading: string | undefined,
  isListingId?: (identifier: string) => boolean,
): JobPostingData | undefined {
  return postings.find((posting) => {
    if (!posting.title) return false;
    if (posting.identifier && isListingId) return isListingId(posting.identifier);
    return !heading || sameText(posting.title, heading);
  });
}
