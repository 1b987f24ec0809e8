import { useLayoutEffect, useRef, useState } from 'react';
import type { Guide } from '../../lib/guides/schema';
import type { Story } from '../../lib/storage/schema';
import { clearStoryDraft, NEW_STORY_DRAFT, type StoryDraft } from '../../lib/stories/drafts';
import type { StoryStart } from '../../lib/stories/form';
import { CoverageGrid } from './CoverageGrid';
import { useStories } from './use-stories';
import { useStoryDrafts } from './use-story-drafts';
import { ErrorNotice } from '../shared/ErrorNotice';
import { Icon } from '../shared/Icon';
import { StoryCard } from './StoryCard';
import { StoryEditor } from './StoryEditor';
import { plural } from '../shared/wording';
import './stories.css';

interface Editing {
  /** The story being edited; none for a new one. */
  story?: Story;
  start: StoryStart;
  /** The unsaved draft found when the editor opened. */
  draft?: StoryDraft;
  /** The button that opened the editor, which gets the focus back when it closes. */
  opener: HTMLElement;
}

/** The guide's own advice on writing situation-action-result stories, when it has some. */
function storyAdvice(guide: Guide): string | undefined {
  return guide.checklist.find((item) => /situation,? task,? action,? (and )?result/i.test(item.text))?.text;
}

/**
 * The user's story bank inside a guide: which of the guide's qualities and questions the
 * stories cover, the stories themselves, and the editor. The stories are shared by every
 * job and guide; only the coverage is this guide's.
 */
export function StoryBank({ guide }: { guide: Guide }) {
  const bank = useStories();
  const drafts = useStoryDrafts();
  const [editing, setEditing] = useState<Editing>();
  const root = useRef<HTMLDivElement>(null);
  const newStoryButton = useRef<HTMLButtonElement>(null);
  const focusAfterClose = useRef<(() => void) | null>(null);
  const newStoryDraft = drafts.drafts[NEW_STORY_DRAFT];
  const advice = storyAdvice(guide);

  // The list stays mounted (hidden) while the editor is open, so the button that opened
  // the editor is still there to take the focus back.
  useLayoutEffect(() => {
    focusAfterClose.current?.();
    focusAfterClose.current = null;
  }, [editing]);

  const openEditor = (opener: HTMLElement, story?: Story, start: StoryStart = {}) =>
    setEditing({ story, start, draft: drafts.drafts[story?.id ?? NEW_STORY_DRAFT], opener });

  const closeEditor = (saved?: Story) => {
    const opener = editing?.opener;
    focusAfterClose.current = () => {
      const cards = root.current?.querySelectorAll<HTMLElement>('[data-story]') ?? [];
      const card = saved ? [...cards].find((element) => element.dataset.story === saved.id) : undefined;
      (card ?? (opener?.isConnected ? opener : newStoryButton.current))?.focus();
    };
    setEditing(undefined);
  };

  const deleteStory = async (id: string) => {
    await bank.remove(id);
    newStoryButton.current?.focus();
    // A draft left behind for a deleted story is never shown; failing to clear it costs nothing.
    await clearStoryDraft(id).catch(() => undefined);
  };

  const guideQuestions = (story: Story) => story.questions.filter((ref) => ref.startsWith(`${guide.id}/`)).length;

  return (
    <div className="story-bank" data-testid="story-bank" ref={root}>
      {editing ? (
        <StoryEditor
          guide={guide}
          story={editing.story}
          start={editing.start}
          draft={editing.draft}
          onSave={bank.save}
          onClose={closeEditor}
        />
      ) : null}

      <div className="story-bank-body" hidden={editing !== undefined}>
        {bank.notice ? <ErrorNotice>{bank.notice}</ErrorNotice> : null}
        {drafts.failure ? (
          <p className="notice notice-info" role="status">
            <Icon name="alert" />
            <span>{drafts.failure}</span>
          </p>
        ) : null}

        <div className="story-toolbar">
          <p className="story-tally" role="status">
            {bank.status === 'ready'
              ? bank.stories.length > 0
                ? `${plural(bank.stories.length, 'story', 'stories')}, shared by every job and guide.`
                : 'The stories you write here serve every job and guide.'
              : bank.status === 'loading'
                ? 'Loading your stories…'
                : 'Your stories are not available right now.'}
          </p>
          <button
            type="button"
            ref={newStoryButton}
            className="button button-primary"
            disabled={drafts.status === 'loading'}
            onClick={(event) => openEditor(event.currentTarget)}
          >
            New story
          </button>
        </div>
        {newStoryDraft ? (
          <p className="story-draft-flag">
            <Icon name="clock" />
            You have an unsaved new story: New story brings it back.
          </p>
        ) : null}

        {bank.status === 'loading' ? (
          <div className="loading" aria-hidden="true">
            <span className="skeleton skeleton-line medium" />
            <span className="skeleton skeleton-line" />
          </div>
        ) : null}

        {bank.status === 'ready' ? (
          <>
            {bank.stories.length === 0 ? (
              <div className="story-empty" data-testid="stories-empty">
                <p className="story-empty-title">No stories yet</p>
                <p>
                  Write your first: a situation, the task, what you did and the result, with an outcome you can measure.
                </p>
                {advice ? (
                  <p className="muted">
                    The guide suggests: <q>{advice}</q>
                  </p>
                ) : null}
              </div>
            ) : null}

            <CoverageGrid guide={guide} stories={bank.stories} onWrite={(start, event) => openEditor(event.currentTarget, undefined, start)} />

            {bank.stories.length > 0 ? (
              <div className="story-list-block">
                <h3 className="coverage-title">Saved stories</h3>
                <ul className="story-list">
                  {bank.stories.map((story) => (
                    <StoryCard
                      key={story.id}
                      story={story}
                      guideQuestionCount={guideQuestions(story)}
                      hasDraft={story.id in drafts.drafts}
                      onEdit={(event) => openEditor(event.currentTarget, story)}
                      onDelete={() => deleteStory(story.id)}
                    />
                  ))}
                </ul>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
