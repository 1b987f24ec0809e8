import { z } from 'zod';
import { formatCount } from '../format';
import type { Question, QuestionCategory } from '../guides/schema';
import { STORY_PARTS, StorySchema, type Story, type StoryPart } from '../storage/schema';
import { sameQuality } from './coverage';

/**
 * What the story editor holds while the user writes: their words exactly as typed, with no
 * limits, so a draft keeps everything (even text too long to save) until they fix it.
 */
export const StoryFormSchema = z.object({
  title: z.string(),
  situation: z.string(),
  task: z.string(),
  action: z.string(),
  result: z.string(),
  outcome: z.string(),
  qualities: z.array(z.string()),
  questions: z.array(z.string()),
});

export type StoryForm = z.infer<typeof StoryFormSchema>;
export type StoryField = keyof StoryForm;
export type StoryTextField = 'title' | StoryPart | 'outcome';
export type StoryFieldErrors = Partial<Record<StoryField, string>>;

/** The fields in the order the editor shows them: the first one with an error gets the focus. */
export const STORY_FIELDS: readonly StoryField[] = ['title', ...STORY_PARTS, 'outcome', 'qualities', 'questions'];
export const STORY_TEXT_FIELDS: readonly StoryTextField[] = ['title', ...STORY_PARTS, 'outcome'];

export const STORY_FIELD_LABELS: Record<StoryField, string> = {
  title: 'Title',
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  outcome: 'Outcome',
  qualities: 'Qualities it shows',
  questions: 'Questions it answers',
};

/** The most characters a text field may hold, read from the stored schema so the two never differ. */
export function storyFieldLimit(field: StoryTextField): number {
  return StorySchema.shape[field].maxLength ?? Number.POSITIVE_INFINITY;
}

/** A counter is worth showing once the text is within a tenth of its limit. */
export function nearStoryLimit(length: number, limit: number): boolean {
  return length >= limit * 0.9;
}

/** Whether an outcome gives a figure: any digit, in any script. Words like "twice" are not counted. */
export function hasNumber(text: string): boolean {
  return /\p{Nd}/u.test(text);
}

/**
 * Interview questions a story can answer. Introduction, behavioural and technical questions
 * (walk me through a model you built; how you would explore a messy dataset) are best
 * answered from experience; SQL and ML theory questions are answered with a query or an
 * explanation, so they are left out of the coverage grid and the editor.
 */
const STORY_QUESTION_CATEGORIES: ReadonlySet<QuestionCategory> = new Set(['introduction', 'behavioural', 'technical']);

export function storyQuestions(questions: readonly Question[]): Question[] {
  return questions.filter((question) => STORY_QUESTION_CATEGORIES.has(question.category));
}

/** What a new story starts tagged with, e.g. the quality whose gap the user chose to fill. */
export interface StoryStart {
  qualities?: readonly string[];
  questions?: readonly string[];
}

/** Adds the starting tags to a form, leaving tags it already has (in any letter case) alone. */
export function withStart(form: StoryForm, start: StoryStart): StoryForm {
  const qualities = [...form.qualities];
  for (const quality of start.qualities ?? []) {
    if (!qualities.some((tag) => sameQuality(tag, quality))) qualities.push(quality);
  }
  const questions = [...new Set([...form.questions, ...(start.questions ?? [])])];
  return { ...form, qualities, questions };
}

export function emptyStoryForm(start: StoryStart = {}): StoryForm {
  const empty: StoryForm = { title: '', situation: '', task: '', action: '', result: '', outcome: '', qualities: [], questions: [] };
  return withStart(empty, start);
}

export function storyForm(story: Story): StoryForm {
  const { title, situation, task, action, result, outcome, qualities, questions } = story;
  return { title, situation, task, action, result, outcome, qualities: [...qualities], questions: [...questions] };
}

export function sameStoryForm(a: StoryForm, b: StoryForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The longest quality tag the stored schema accepts. */
export const STORY_TAG_MAX = StorySchema.shape.qualities.element.maxLength ?? Number.POSITIVE_INFINITY;

/** Ticks or unticks a quality; unticking removes the tag in any letter case. */
export function toggleQuality(form: StoryForm, name: string, on: boolean): StoryForm {
  const others = form.qualities.filter((tag) => !sameQuality(tag, name));
  return { ...form, qualities: on ? [...others, name] : others };
}

export function toggleQuestion(form: StoryForm, ref: string, on: boolean): StoryForm {
  const others = form.questions.filter((question) => question !== ref);
  return { ...form, questions: on ? [...others, ref] : others };
}

export type TagAddition = { ok: true; form: StoryForm } | { ok: false; error: string };

/**
 * Adds a typed quality tag. Spaces are tidied, and a tag that names one of `known`
 * (the guide's qualities) takes that quality's spelling, so it ticks the matching box.
 */
export function addQualityTag(form: StoryForm, typed: string, known: readonly string[]): TagAddition {
  const tag = typed.replace(/\s+/g, ' ').trim();
  if (!tag) return { ok: false, error: 'Type the quality first.' };
  if (tag.length > STORY_TAG_MAX) return { ok: false, error: `Keep a tag to ${formatCount(STORY_TAG_MAX)} characters or fewer.` };
  const name = known.find((quality) => sameQuality(quality, tag)) ?? tag;
  if (form.qualities.some((existing) => sameQuality(existing, name))) return { ok: false, error: `“${name}” is already a tag.` };
  return { ok: true, form: { ...form, qualities: [...form.qualities, name] } };
}

/** The story's tags that are none of `known`: kept from other guides, or typed by the user. */
export function otherQualities(tags: readonly string[], known: readonly string[]): string[] {
  return tags.filter((tag) => !known.some((quality) => sameQuality(quality, tag)));
}

type Issue = z.core.$ZodIssue;

function issueMessage(field: StoryField, issue: Issue): string {
  const item = issue.path.length > 1;
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return field === 'title' ? 'Give the story a title.' : 'Remove the empty tag.';
  }
  if (issue.code === 'too_big') {
    const maximum = formatCount(Number(issue.maximum));
    if (issue.origin === 'string') {
      return item ? `Keep each tag to ${maximum} characters or fewer.` : `Keep it to ${maximum} characters or fewer.`;
    }
    if (issue.origin === 'array') {
      return field === 'qualities' ? `Keep it to ${maximum} tags or fewer.` : `Keep it to ${maximum} questions or fewer.`;
    }
  }
  if (field === 'questions' && issue.code === 'invalid_format') return 'A linked question is not valid: untick it and save again.';
  return issue.message;
}

/** The schema's complaints, one per field (the first), in words for the person who typed it. */
export interface StoryProblems {
  fields: StoryFieldErrors;
  /** Problems with no field of the form to show them by (an id or a date). */
  other: string[];
}

export function storyProblems(error: z.ZodError): StoryProblems {
  const fields: StoryFieldErrors = {};
  const other: string[] = [];
  for (const issue of error.issues) {
    const field = STORY_FIELDS.find((name) => name === issue.path[0]);
    if (!field) other.push(issue.message);
    else fields[field] ??= issueMessage(field, issue);
  }
  return { fields, other };
}

const StoryContentSchema = StorySchema.omit({ id: true, createdAt: true, updatedAt: true });

/** What is wrong with the form as it stands (empty when it would save). */
export function storyFormErrors(form: StoryForm): StoryFieldErrors {
  const parsed = StoryContentSchema.safeParse(form);
  return parsed.success ? {} : storyProblems(parsed.error).fields;
}

export type StoryParse = { ok: true; story: Story } | { ok: false; problems: StoryProblems };

/**
 * The story the form describes, checked by the stored schema before anything is saved.
 * A new story (no `createdAt` yet) is created at `now`.
 */
export function storyFromForm(form: StoryForm, identity: { id: string; createdAt?: number }, now = Date.now()): StoryParse {
  const parsed = StorySchema.safeParse({ ...form, id: identity.id, createdAt: identity.createdAt ?? now, updatedAt: now });
  return parsed.success ? { ok: true, story: parsed.data } : { ok: false, problems: storyProblems(parsed.error) };
}

/**
 * The start of a long text for a compact card: at most `maxChars` characters, cut at a word
 * boundary when one is near, and never through the middle of a surrogate pair.
 */
export function previewText(text: string, maxChars: number): { text: string; truncated: boolean } {
  if (text.length <= maxChars) return { text, truncated: false };
  let end = maxChars;
  const lastSpace = text.lastIndexOf(' ', end);
  if (lastSpace > maxChars * 0.7) end = lastSpace;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: `${text.slice(0, end).trimEnd()}…`, truncated: true };
}
