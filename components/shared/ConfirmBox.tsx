/**
 * Asks before something is deleted: the question, the button that deletes, and "Keep it",
 * the safe choice, which has the focus and which Escape also answers.
 */
export function ConfirmBox({
  id,
  question,
  confirmLabel,
  busy = false,
  onConfirm,
  onKeep,
}: {
  /** The question's element id, which names the group. */
  id: string;
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  return (
    <div
      className="confirm-box"
      role="group"
      aria-labelledby={id}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onKeep();
      }}
    >
      <p id={id}>{question}</p>
      <div className="form-actions">
        <button type="button" className="button button-danger button-small" aria-disabled={busy || undefined} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary button-small" autoFocus onClick={onKeep}>
          Keep it
        </button>
      </div>
    </div>
  );
}
