import type { Ref } from 'react';
import type { Guide } from '../lib/guides/schema';
import { Icon } from './Icon';
import { guideLabel } from './wording';

/** Heads a guide opened from the list: a way back, and a plain note that it was not matched. */
export function BrowsedGuideHeader({
  guide,
  onBack,
  backRef,
}: {
  guide: Guide;
  onBack: () => void;
  backRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <header className="card browsed-header">
      <button ref={backRef} type="button" className="button button-quiet button-small back-button" onClick={onBack}>
        <Icon name="back" />
        Back
      </button>
      <p className="eyebrow">Guide</p>
      <h1 className="job-title">{guide.title}</h1>
      <p className="provenance">
        Guide: {guideLabel(guide)} — opened from the guide list, not matched to the page in this tab.
      </p>
    </header>
  );
}
