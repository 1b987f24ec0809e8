import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { StoryFormSchema } from './form';

/**
 * Unsaved work in the story editor, kept in extension storage so it survives the panel
 * being closed. One draft per story being edited (by its id), plus NEW_STORY_DRAFT for a
 * story not saved yet, so starting one story never overwrites the draft of another.
 */
export const StoryDraftSchema = z.object({
  form: StoryFormSchema,
  savedAt: z.number().int().nonnegative(),
});

export type StoryDraft = z.infer<typeof StoryDraftSchema>;
export type StoryDrafts = Readonly<Record<string, StoryDraft>>;

export const NEW_STORY_DRAFT = 'new';

const draftsItem = storage.defineItem<unknown>('local:storyDrafts');

/** Every stored draft that still parses; one damaged draft does not cost the others. */
export function parseStoryDrafts(value: unknown): StoryDrafts {
  const drafts: Record<string, StoryDraft> = {};
  const record = z.record(z.string(), z.unknown()).safeParse(value);
  if (!record.success) return drafts;
  for (const [target, candidate] of Object.entries(record.data)) {
    const draft = StoryDraftSchema.safeParse(candidate);
    if (draft.success) drafts[target] = draft.data;
  }
  return drafts;
}

export async function readStoryDrafts(): Promise<StoryDrafts> {
  return parseStoryDrafts(await draftsItem.getValue());
}

// Read-modify-write of one stored value: changes run one after another, so clearing a
// draft on save can never be undone by a write of the same draft that started earlier.
let pending: Promise<unknown> = Promise.resolve();

function change(update: (drafts: StoryDrafts) => StoryDrafts): Promise<void> {
  const next = pending.then(async () => {
    const before = await readStoryDrafts();
    const drafts = update(before);
    if (drafts === before) return;
    if (Object.keys(drafts).length === 0) await draftsItem.removeValue();
    else await draftsItem.setValue(drafts);
  });
  pending = next.catch(() => undefined);
  return next;
}

export function saveStoryDraft(target: string, draft: StoryDraft): Promise<void> {
  const valid = StoryDraftSchema.parse(draft);
  return change((drafts) => ({ ...drafts, [target]: valid }));
}

export function clearStoryDraft(target: string): Promise<void> {
  return change((drafts) => {
    if (!(target in drafts)) return drafts;
    return Object.fromEntries(Object.entries(drafts).filter(([key]) => key !== target));
  });
}

/** Calls `onChange` with every draft whenever any view of the extension changes them. */
export function watchStoryDrafts(onChange: (drafts: StoryDrafts) => void): () => void {
  return draftsItem.watch((value) => onChange(parseStoryDrafts(value)));
}
