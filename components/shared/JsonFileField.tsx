import { useId, type ReactNode, type Ref } from 'react';

/** A labelled chooser for one .json file, with a hint under the label. */
export function JsonFileField({
  label,
  hint,
  inputRef,
  disabled,
  onChoose,
}: {
  label: string;
  hint: ReactNode;
  inputRef: Ref<HTMLInputElement>;
  disabled: boolean;
  onChoose: (file: File) => void;
}) {
  const field = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={field}>
        {label}
      </label>
      <span id={hintId} className="field-hint">
        {hint}
      </span>
      <input
        ref={inputRef}
        id={field}
        type="file"
        accept=".json,application/json"
        className="file-input"
        aria-describedby={hintId}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onChoose(file);
        }}
      />
    </div>
  );
}
