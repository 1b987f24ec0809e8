import type { ListingRequirements, Requirement, RequirementKind } from '../../lib/job/detected-job';
import { withoutInvisible } from '../../lib/job/page-text';
import { cleanText, decodeEntities } from '../text';
import type { JobPostingData } from './json-ld';

/**
 * lib/job/detected-job.ts's MAX_REQUIREMENTS and MAX_REQUIREMENT_LENGTH (tests/unit/content/requirements.test.ts checks they agree):
 * importing values from lib/job/detected-job.ts would bundle zod into every content script.
 */
const MAX_ITEMS = 100;
const MAX_LENGTH = 400;
/** Keeps a hostile page cheap: the elements tried as headings, and the statements read, are capped. */
const MAX_READ = 1000;

const HEADINGS = 'h1,h2,h3,h4,h5,h6';
/**
 * A heading that introduces requirements ("Basic Qualifications", "What you'll need", "What
 * we need to see", "About you"); the first group marks preferred ones ("Additional or
 * Preferred Qualifications", "Nice to have", "Ways to stand out from the crowd").
 */
const REQUIREMENTS_HEADING =
  /(preferred|desired|nice[ -]to[ -]have|pluses|^bonus|stand out)|requirements|qualifications|skills|^experience|^what (?:you|we).{0,3} (?:need|bring)|^who you are|^about you|^you have|looking for/i;
/** "- ", "• ", "1. ": what starts a list item written as a line of text (amazon.jobs: `- …<br>- …`). */
const BULLET = /^(?:(?:[-–•*]|\d\d?[.)])(?:\s+|$))+/;

/**
 * A node's text, line by line: list items start with "- ", and `<br>` and blocks end lines;
 * line breaks in the markup's source are spaces. Text beyond what a statement keeps is cut.
 */
function linesOf(node: Node): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').slice(0, 4 * MAX_LENGTH).replace(/\n/g, ' ');
  const text = Array.from(node.childNodes, linesOf).join('');
  return /^(?:BR|P|DIV|LI)$/.test(node.nodeName) ? `\n${node.nodeName === 'LI' ? '- ' : ''}${text}\n` : text;
}

/** A node's text as `linesOf` reads it (so a huge text costs no more than a short one), trimmed. */
function textIn(node: Node): string {
  return linesOf(node).trim();
}

/** The list items and bulleted lines of a text read line by line; an invisible character before a bullet does not hide it. */
function bulleted(lines: string, kind: RequirementKind): Requirement[] {
  return withoutInvisible(lines)
    .split('\n')
    .filter((line) => BULLET.test(line.trim()))
    .map((text) => ({ text, kind }));
}

/** The kind of requirements an element introduces, when it is a short heading (not a bullet point) that names them. */
function headingKind(element: Element): RequirementKind | undefined {
  const heading = cleanText(textIn(element));
  const match =
    heading && heading.length <= 50 && !heading.endsWith('.') && !BULLET.test(heading) && REQUIREMENTS_HEADING.exec(heading);
  return match ? (match[1] ? 'preferred' : 'required') : undefined;
}

/**
 * Whether an element starts another section: a heading or one inside, a block of bold text
 * only, or a paragraph that names requirements ("Preferred Qualifications:").
 */
function isHeading(element: Element): boolean {
  const bold = element.querySelector('strong,b');
  return (
    element.matches(`${HEADINGS},strong,b`) ||
    !!element.querySelector(HEADINGS) ||
    (!!bold && textIn(bold) === textIn(element)) ||
    (element.tagName === 'P' && !!headingKind(element))
  );
}

/** The statements listed under requirement headings inside `scope`, each section running to the next heading. */
function underHeadings(scope: ParentNode): Requirement[] {
  const out: Requirement[] = [];
  for (const candidate of Array.from(scope.querySelectorAll(`${HEADINGS},p,strong,b`)).slice(0, MAX_READ)) {
    const kind = headingKind(candidate);
    if (!kind) continue;
    // `<p><strong>Requirements</strong></p>`: the section goes on after the block the heading fills.
    let block = candidate;
    while (
      block.parentElement !== scope &&
      block.parentElement?.childElementCount === 1 &&
      textIn(block.parentElement) === textIn(block)
    ) {
      block = block.parentElement;
    }
    for (let next = block.nextElementSibling; next && !isHeading(next); next = next.nextElementSibling) {
      out.push(...bulleted(linesOf(next), kind));
    }
  }
  return out;
}

/**
 * The posting's stated requirements, one per line or list item; else the bullet points of
 * its description, `listed`. Posting text is plain text, or HTML that is often
 * entity-escaped: HTML is parsed into a document of its own, where nothing runs or loads,
 * and is never put into the page.
 */
function inPosting(doc: Document, { statedRequirements = [], description = '' }: JobPostingData): Requirement[] {
  const linesOfText = (text: string) => {
    const html = text.includes('<') ? text : decodeEntities(text);
    return html.includes('<') ? linesOf(new (doc.defaultView ?? globalThis).DOMParser().parseFromString(html, 'text/html').body) : text;
  };
  const stated = statedRequirements
    .slice(0, MAX_READ)
    .flatMap(({ text, kind }) => linesOfText(text).split('\n').map((line) => ({ text: line, kind })));
  return stated.length ? stated : bulleted(linesOfText(description), 'listed');
}

/** Cleaned, without bullets, empties and repeats, capped in number and length. */
function finish(statements: Requirement[], source: ListingRequirements['source']): ListingRequirements | undefined {
  const seen = new Set<string>();
  const items: Requirement[] = [];
  let omitted = 0;
  for (const { text: raw, kind } of statements.slice(0, MAX_READ)) {
    const text = cleanText(raw.slice(0, 4 * MAX_LENGTH), 4 * MAX_LENGTH)?.replace(BULLET, '');
    if (!text || seen.has(text)) continue;
    seen.add(text);
    if (items.length === MAX_ITEMS) omitted++;
    else items.push({ text: text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text, kind });
  }
  return items.length ? { items, omitted, source } : undefined;
}

/**
 * The requirements a listing states: the lists under requirement headings inside `scope`
 * (the element that holds the job's description; on a list-and-pane page, inside the
 * pane), else those of the JSON-LD posting the adapter trusts. `undefined` when none.
 */
export function readRequirements(scope: ParentNode, posting?: JobPostingData): ListingRequirements | undefined {
  return (
    finish(underHeadings(scope), 'page-markup') ??
    (posting && finish(inPosting(scope.ownerDocument ?? (scope as Document), posting), 'json-ld'))
  );
}
