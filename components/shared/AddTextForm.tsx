import { useId, useState, type FormEvent } from 'react';
import { failureText } from './failure-text';

/**
 * One line of text to add to a list: a labelled field and "Add". The text is cleared once
 * added, and kept, with the reason, when it is not.
 */
export function AddTextForm({
  label,
  submitLabel,
  onAdd,
}: {
  label: string;
  /** The button's text, which names what it adds ("Add requirement"): a panel has several. */
  submitLabel: string;
  onAdd: (text: string) => Promise<void>;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAdd(text).then(
      () => {
        setText('');
        setError(undefined);
      },
      (reason: unknown) => setError(failureText(reason)),
    );
  };

  return (
    <form className="add-text" onSubmit={submit}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="inline-field">
        <input
          id={id}
          className="input"
          value={text}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" className="button button-secondary button-small">
          {submitLabel}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
