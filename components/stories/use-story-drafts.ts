import { useEffect, useState } from 'react';
import { readStoryDrafts, watchStoryDrafts, type StoryDrafts } from '../../lib/stories/drafts';
import { failureText } from '../shared/failure-text';

export interface StoryDraftsState {
  status: 'loading' | 'ready';
  drafts: StoryDrafts;
  /** Why the drafts could not be read (the editor then starts from the saved story). */
  failure?: string;
}

/** The story editor's unsaved drafts, kept in step with every open view. */
export function useStoryDrafts(): StoryDraftsState {
  const [state, setState] = useState<StoryDraftsState>({ status: 'loading', drafts: {} });

  useEffect(() => {
    let live = true;
    const show = (drafts: StoryDrafts) => live && setState({ status: 'ready', drafts });
    const stop = watchStoryDrafts(show);
    readStoryDrafts().then(show, (reason: unknown) => {
      if (live) setState({ status: 'ready', drafts: {}, failure: `Unsaved story drafts could not be read: ${failureText(reason)}` });
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  return state;
}
