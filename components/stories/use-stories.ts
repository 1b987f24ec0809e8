import { useCallback, useMemo, useState } from 'react';
import type { Story } from '../../lib/storage/schema';
import type { StoryStore } from '../../lib/stories/store';
import { failureText, unreadableNotice } from '../shared/failure-text';
import { useLiveLoad } from '../shared/live-load';
import { STORES } from '../shared/stores';

export interface StoriesState {
  status: 'loading' | 'ready' | 'error';
  stories: readonly Story[];
  /** A load failure, or records that failed their schema. */
  notice?: string;
  /** Resolves when saved; rejects with the reason (e.g. the field that is too long). */
  save(story: Story): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The user's stories, kept in step with every other open view. */
export function useStories(store: StoryStore = STORES.stories): StoriesState {
  const [loaded, setLoaded] = useState<{ stories: Story[]; notice?: string }>();
  const [failure, setFailure] = useState<string>();

  const source = useMemo(() => ({ load: () => store.load(), subscribe: (onChange: () => void) => store.subscribe(onChange) }), [store]);
  const reload = useLiveLoad(
    source,
    (result) => {
      setLoaded({ stories: result.stories, notice: unreadableNotice(result.unreadable, 'story', 'stories') });
      setFailure(undefined);
    },
    (reason) => setFailure(`Your stories could not be loaded: ${failureText(reason)}`),
  );

  const save = useCallback(
    async (story: Story) => {
      await store.save(story);
      await reload();
    },
    [store, reload],
  );
  const remove = useCallback(
    async (id: string) => {
      await store.remove(id);
      await reload();
    },
    [store, reload],
  );

  return useMemo((): StoriesState => {
    if (loaded) return { status: 'ready', stories: loaded.stories, notice: failure ?? loaded.notice, save, remove };
    return { status: failure ? 'error' : 'loading', stories: [], notice: failure, save, remove };
  }, [loaded, failure, save, remove]);
}
