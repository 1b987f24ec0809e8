import { useState, type Ref } from 'react';
import { formatDay } from '../../../lib/format';
import type { Guide } from '../../../lib/guides/schema';
import { ConfirmBox } from '../../shared/ConfirmBox';
import { failureText } from '../../shared/failure-text';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { useGuideLibrary } from '../../shared/GuideLibraryProvider';
import { Icon } from '../../shared/Icon';
import { guideLabel } from '../../shared/wording';

/**
 * Heads a guide opened from the list: a way back, and a plain note that it was not matched.
 * A guide the user imported says where from, and can be removed.
 */
export function BrowsedGuideHeader({
  guide,
  onBack,
  backRef,
}: {
  guide: Guide;
  onBack: () => void;
  backRef?: Ref<HTMLButtonElement>;
}) {
  const { imported, remove } = useGuideLibrary();
  const record = imported.find((candidate) => candidate.id === guide.id);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string>();
  const removeGuide = () => {
    setFailure(undefined);
    remove(guide.id).then(onBack, (reason: unknown) => {
      setConfirming(false);
      setFailure(`The guide was not removed: ${failureText(reason)}`);
    });
  };
  return (
    <header className="card browsed-header">
      <button ref={backRef} type="button" className="button button-quiet button-small back-button" onClick={onBack}>
        <Icon name="back" />
        Back
      </button>
      <p className="eyebrow">{record ? 'Your imported guide' : 'Guide'}</p>
      <h1 className="job-title">{guide.title}</h1>
      <p className="provenance">
        Guide: {guideLabel(guide)} — opened from the guide list, not matched to the page in this tab.
        {record ? ` Imported by you from ${record.fileName} on ${formatDay(record.importedAt)}.` : null}
      </p>
      {record ? (
        confirming ? (
          <ConfirmBox
            id={`remove-${guide.id}`}
            question={`Remove ${guide.title}? Your ticks on it stay saved and come back if you import it again.`}
            confirmLabel="Remove guide"
            onConfirm={removeGuide}
            onKeep={() => setConfirming(false)}
          />
        ) : (
          <div className="guide-choice">
            <button
              type="button"
              className="button button-secondary button-small"
              data-testid="remove-guide"
              onClick={() => setConfirming(true)}
            >
              Remove this guide
            </button>
          </div>
        )
      ) : null}
      {failure ? <ErrorNotice>{failure}</ErrorNotice> : null}
    </header>
  );
}
