import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { GuideSchema, type Guide } from '../../../../lib/guides/schema';
import { openPrepDb } from '../../../../lib/storage/db';
import { STORY_PART_MAX, STORY_TITLE_MAX, type Story } from '../../../../lib/storage/schema';
import { StoryStore } from '../../../../lib/stories/store';
import { clearStoryDraft, NEW_STORY_DRAFT, parseStoryDrafts, readStoryDrafts, saveStoryDraft, watchStoryDrafts } from '../../../../lib/stories/drafts';
import {
  addQualityTag,
  emptyStoryForm,
  hasNumber,
  nearStoryLimit,
  otherQualities,
  previewText,
  storyFieldLimit,
  storyForm,
  storyFormErrors,
  storyFromForm,
  storyQuestions,
  toggleQuality,
  toggleQuestion,
  withStart,
} from '../../../../lib/stories/form';
import { questionCoverage, questionRef, qualityCoverage, sameQuality } from '../../../../lib/stories/coverage';
import publishedGuide from '../../../fixtures/guides/amazon-data-scientist.json';

// The Amazon Data Scientist guide as first published: a fixed set of qualities and questions.
const guide: Guide = GuideSchema.parse(publishedGuide);
const MARKUP = '<img src=x onerror="alert(1)"><script>document.title="owned"</script>&amp; <b>bold</b>';

function story(overrides: Partial<Story> = {}): Story {
  return {
    id: 'story-1',
    title: 'Cut weekly reporting',
    situation: 'Reporting took a day a week.',
    task: 'Automate it.',
    action: 'I built a pipeline.',
    result: 'Reports run themselves.',
    outcome: 'From 6 hours to 20 minutes a week',
    qualities: [],
    questions: [],
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

beforeEach(() => {
  // A fresh, empty IndexedDB and extension storage for every test.
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

describe('coverage', () => {
  const stories = [
    story({ id: 'a', title: 'A', qualities: ['customer obsession ', 'Earn Trust'], questions: [questionRef(guide.id, 'advocated-for-customers')] }),
    story({ id: 'b', title: 'B', qualities: ['Customer Obsession', 'OWNERSHIP MENTALITY'] }),
    story({ id: 'c', title: 'C', qualities: [], questions: ['another-guide/advocated-for-customers', `${guide.id}/tell-me-about-yourself`] }),
  ];

  it('lists the stories tagged with each quality, in any letter case, and leaves gaps empty', () => {
    const coverage = qualityCoverage(guide.qualities, stories);
    const byId = Object.fromEntries(coverage.map((row) => [row.quality.id, row.stories.map((covering) => covering.id)]));
    expect(byId['customer-obsession']).toEqual(['a', 'b']);
    expect(byId['ownership-mentality']).toEqual(['b']);
    expect(byId['technical-excellence']).toEqual([]);
    expect(coverage.filter((row) => row.stories.length === 0).map((row) => row.quality.id)).toEqual([
      'technical-excellence',
      'bias-for-action',
      'mathematical-thinking',
    ]);
    expect(sameQuality('  Bias for action', 'Bias For Action ')).toBe(true);
  });

  it("counts a question as answered only by a ref to this guide's question", () => {
    const coverage = questionCoverage(guide.id, guide.questions, stories);
    const byId = Object.fromEntries(coverage.map((row) => [row.question.id, row.stories.map((covering) => covering.id)]));
    expect(byId['advocated-for-customers']).toEqual(['a']);
    expect(byId['tell-me-about-yourself']).toEqual(['c']);
    expect(byId['owned-problem-end-to-end']).toEqual([]);
  });

  it('offers stories for introduction, behavioural and technical questions, not SQL or theory', () => {
    const categories = new Set(storyQuestions(guide.questions).map((question) => question.category));
    expect([...categories].sort()).toEqual(['behavioural', 'introduction', 'technical']);
    expect(storyQuestions(guide.questions).map((question) => question.id)).toContain('project-deep-dive');
  });
});

describe('story storage', () => {
  it('saves, loads newest first, edits and removes', async () => {
    const store = new StoryStore();
    await store.save(story({ id: 'older', updatedAt: 10 }));
    await store.save(story({ id: 'newer', title: '  Padded title  ', updatedAt: 20 }));
    let loaded = await store.load();
    expect(loaded.unreadable).toBe(0);
    expect(loaded.stories.map((saved) => saved.id)).toEqual(['newer', 'older']);
    expect(loaded.stories[0]!.title).toBe('Padded title');

    await store.save(story({ id: 'older', title: 'Edited', updatedAt: 30 }));
    loaded = await new StoryStore().load();
    expect(loaded.stories.map((saved) => [saved.id, saved.title])).toEqual([
      ['older', 'Edited'],
      ['newer', 'Padded title'],
    ]);

    await store.remove('older');
    expect((await new StoryStore().load()).stories.map((saved) => saved.id)).toEqual(['newer']);
  });

  it('stores and loads a part of 100,000 characters intact', async () => {
    const long = `${'Lorem ipsum 😀 '.repeat(STORY_PART_MAX)}`.slice(0, STORY_PART_MAX);
    expect(long.length).toBe(STORY_PART_MAX);
    await new StoryStore().save(story({ action: long }));
    const [loaded] = (await new StoryStore().load()).stories;
    expect(loaded!.action).toBe(long);
  });

  it('refuses a part over the limit with an error naming the part, and stores nothing', async () => {
    const store = new StoryStore();
    const error = await store.save(story({ action: 'x'.repeat(STORY_PART_MAX + 1) })).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((issue) => issue.path)).toEqual([['action']]);
    expect((await store.load()).stories).toEqual([]);
  });

  it('stores markup as the literal text the user typed', async () => {
    await new StoryStore().save(story({ title: MARKUP.slice(0, STORY_TITLE_MAX), situation: MARKUP, outcome: MARKUP, qualities: [MARKUP] }));
    const [loaded] = (await new StoryStore().load()).stories;
    expect(loaded!.situation).toBe(MARKUP);
    expect(loaded!.outcome).toBe(MARKUP);
    expect(loaded!.qualities).toEqual([MARKUP]);
  });

  it('counts records that fail the schema and leaves them in the database', async () => {
    const db = await openPrepDb();
    await db.put('stories', story({ id: 'good' }));
    await db.put('stories', { id: 'broken', title: 42 } as never);
    db.close();

    const loaded = await new StoryStore().load();
    expect(loaded.stories.map((saved) => saved.id)).toEqual(['good']);
    expect(loaded.unreadable).toBe(1);

    const reopened = await openPrepDb();
    expect(await reopened.get('stories', 'broken')).toEqual({ id: 'broken', title: 42 });
    reopened.close();
  });

  it('tells another open view when a story changes', async () => {
    const panel = new StoryStore();
    const otherPanel = new StoryStore();
    const heard = new Promise<void>((resolve) => {
      const stop = otherPanel.subscribe(() => {
        stop();
        resolve();
      });
    });
    await panel.save(story());
    await heard;
    expect((await otherPanel.load()).stories.map((saved) => saved.id)).toEqual(['story-1']);
  });
});

describe('story form', () => {
  it('turns a form into a checked story, trimming the title and keeping the identity', () => {
    const form = { ...storyForm(story()), title: '  Cut weekly reporting ' };
    const parsed = storyFromForm(form, { id: 'story-1', createdAt: 5 }, 99);
    expect(parsed).toEqual({ ok: true, story: story({ createdAt: 5, updatedAt: 99 }) });
    const created = storyFromForm(form, { id: 'new-id' }, 42);
    expect(created.ok && [created.story.createdAt, created.story.updatedAt]).toEqual([42, 42]);
  });

  it('names each field that is wrong, in words, and nothing for the ones that are fine', () => {
    const form = { ...emptyStoryForm(), title: '   ', result: 'r'.repeat(STORY_PART_MAX + 1), qualities: ['q'.repeat(101)] };
    expect(storyFormErrors(form)).toEqual({
      title: 'Give the story a title.',
      result: 'Keep it to 100,000 characters or fewer.',
      qualities: 'Keep each tag to 100 characters or fewer.',
    });
    const parsed = storyFromForm(form, { id: 'x' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && Object.keys(parsed.problems.fields)).toEqual(['title', 'result', 'qualities']);
    expect(!parsed.ok && parsed.problems.other).toEqual([]);
    expect(storyFormErrors({ ...form, title: 'Fine', result: 'Fine', qualities: [] })).toEqual({});
  });

  it('reports a problem outside the form (a bad id) separately', () => {
    const parsed = storyFromForm(storyForm(story()), { id: '' });
    expect(!parsed.ok && parsed.problems.fields).toEqual({});
    expect(!parsed.ok && parsed.problems.other).toHaveLength(1);
  });

  it('reads its limits from the stored schema', () => {
    expect(storyFieldLimit('situation')).toBe(STORY_PART_MAX);
    expect(storyFieldLimit('title')).toBe(STORY_TITLE_MAX);
    expect(storyFieldLimit('outcome')).toBe(2_000);
    expect(nearStoryLimit(89_999, STORY_PART_MAX)).toBe(false);
    expect(nearStoryLimit(90_000, STORY_PART_MAX)).toBe(true);
  });

  it('checks an outcome for a figure', () => {
    expect(hasNumber('cut reporting from 6 hours to 20 minutes')).toBe(true);
    expect(hasNumber('٣ times faster')).toBe(true);
    expect(hasNumber('twice as fast')).toBe(false);
    expect(hasNumber('')).toBe(false);
  });

  it('starts a story with the chosen tags, without doubling one it has', () => {
    expect(emptyStoryForm({ qualities: ['Ownership Mentality'] }).qualities).toEqual(['Ownership Mentality']);
    const restored = { ...emptyStoryForm(), qualities: ['ownership mentality'], questions: ['g/q'] };
    expect(withStart(restored, { qualities: ['Ownership Mentality', 'Bias for Action'], questions: ['g/q', 'g/r'] })).toMatchObject({
      qualities: ['ownership mentality', 'Bias for Action'],
      questions: ['g/q', 'g/r'],
    });
  });

  it('ticks and unticks qualities and questions', () => {
    const form = { ...emptyStoryForm(), qualities: ['customer obsession', 'Earn Trust'] };
    expect(toggleQuality(form, 'Customer Obsession', false).qualities).toEqual(['Earn Trust']);
    expect(toggleQuality(form, 'Customer Obsession', true).qualities).toEqual(['Earn Trust', 'Customer Obsession']);
    const withQuestion = toggleQuestion(form, 'g/q', true);
    expect(withQuestion.questions).toEqual(['g/q']);
    expect(toggleQuestion(withQuestion, 'g/q', false).questions).toEqual([]);
  });

  it("adds a typed tag, in the guide's spelling when it names one of its qualities", () => {
    const known = guide.qualities.map((quality) => quality.name);
    const form = emptyStoryForm();
    expect(addQualityTag(form, '  bias   FOR action ', known)).toEqual({ ok: true, form: { ...form, qualities: ['Bias for Action'] } });
    expect(addQualityTag(form, 'Earn Trust', known)).toEqual({ ok: true, form: { ...form, qualities: ['Earn Trust'] } });
    expect(addQualityTag({ ...form, qualities: ['earn trust'] }, 'Earn Trust', known)).toEqual({ ok: false, error: '“Earn Trust” is already a tag.' });
    expect(addQualityTag(form, '   ', known).ok).toBe(false);
    expect(addQualityTag(form, 't'.repeat(101), known)).toEqual({ ok: false, error: 'Keep a tag to 100 characters or fewer.' });
    expect(otherQualities(['Earn Trust', 'customer obsession'], known)).toEqual(['Earn Trust']);
  });

  it('previews a long text without cutting a character in two', () => {
    expect(previewText('short', 10)).toEqual({ text: 'short', truncated: false });
    expect(previewText('one two three four five', 15)).toEqual({ text: 'one two three…', truncated: true });
    // No space near the cut: cut mid-word rather than lose most of the preview.
    expect(previewText('one two three four five', 12)).toEqual({ text: 'one two thre…', truncated: true });
    const emoji = previewText(`${'a'.repeat(9)}😀😀`, 10);
    expect(emoji).toEqual({ text: `${'a'.repeat(9)}…`, truncated: true });
    expect(previewText('x'.repeat(STORY_PART_MAX), 240).text).toHaveLength(241);
  });
});

describe('story drafts', () => {
  const draft = (title: string, savedAt = 1) => ({ form: { ...emptyStoryForm(), title }, savedAt });

  it('keeps one draft per story, so a new story never overwrites an edit', async () => {
    await saveStoryDraft(NEW_STORY_DRAFT, draft('New one'));
    await saveStoryDraft('story-1', draft('Edited'));
    expect(await readStoryDrafts()).toEqual({ [NEW_STORY_DRAFT]: draft('New one'), 'story-1': draft('Edited') });

    await clearStoryDraft(NEW_STORY_DRAFT);
    expect(await readStoryDrafts()).toEqual({ 'story-1': draft('Edited') });
    await clearStoryDraft('story-1');
    expect(await fakeBrowser.storage.local.get('storyDrafts')).toEqual({});
  });

  it('keeps text too long to save, so nothing typed is lost', async () => {
    const tooLong = 'y'.repeat(STORY_PART_MAX + 50_000);
    await saveStoryDraft(NEW_STORY_DRAFT, { form: { ...emptyStoryForm(), action: tooLong }, savedAt: 2 });
    expect((await readStoryDrafts())[NEW_STORY_DRAFT]?.form.action).toBe(tooLong);
  });

  it('runs changes in order: a clear after a save is never undone', async () => {
    const saving = saveStoryDraft(NEW_STORY_DRAFT, draft('Racing'));
    const clearing = clearStoryDraft(NEW_STORY_DRAFT);
    await Promise.all([saving, clearing]);
    expect(await readStoryDrafts()).toEqual({});
  });

  it('drops damaged drafts and keeps the rest', () => {
    expect(parseStoryDrafts(undefined)).toEqual({});
    expect(parseStoryDrafts('text')).toEqual({});
    expect(parseStoryDrafts({ good: draft('Fine'), bad: { form: { title: 1 }, savedAt: 1 } })).toEqual({ good: draft('Fine') });
  });

  it('tells a watcher when the drafts change', async () => {
    const heard = new Promise((resolve) => {
      const stop = watchStoryDrafts((drafts) => {
        stop();
        resolve(drafts);
      });
    });
    await saveStoryDraft('story-1', draft('Watched', 3));
    expect(await heard).toEqual({ 'story-1': draft('Watched', 3) });
  });
});
