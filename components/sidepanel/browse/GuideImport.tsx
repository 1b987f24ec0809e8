import { useEffect, useRef, useState } from 'react';
import { formatDay } from '../../../lib/format';
import { guideFileTooLarge, readGuideFile } from '../../../lib/guides/import';
import { BUNDLED_IDS } from '../../../lib/guides/library';
import type { Guide } from '../../../lib/guides/schema';
import { failureText } from '../../shared/failure-text';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { useGuideLibrary } from '../../shared/GuideLibraryProvider';
import { Icon } from '../../shared/Icon';
import { JsonFileField } from '../../shared/JsonFileField';
import { guideLabel, plural } from '../../shared/wording';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'too-large'; fileName: string; reason: string }
  | { step: 'refused'; fileName: string; problems: string[]; more: number }
  | { step: 'preview' | 'saving'; fileName: string; guide: Guide }
  | { step: 'failed'; fileName: string; guide: Guide; reason: string }
  | { step: 'done'; fileName: string; guide: Guide };

/**
 * Imports a guide the user brings: a JSON file in the published guide schema. A file that
 * does not fit is refused with each wrong field named, and nothing is stored; one that fits is
 * shown first (and what it replaces), and kept only when the user confirms.
 */
export function GuideImport({ onOpen }: { onOpen: (guideId: string) => void }) {
  const { imported, save } = useGuideLibrary();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.step === 'preview') previewHeading.current?.focus();
  }, [state.step]);

  const choose = (file: File) => {
    const tooLarge = guideFileTooLarge(file.size);
    if (tooLarge) return setState({ step: 'too-large', fileName: file.name, reason: tooLarge });
    setState({ step: 'reading', fileName: file.name });
    file.text().then(
      (text) => {
        const read = readGuideFile(text, BUNDLED_IDS);
        setState(
          read.ok
            ? { step: 'preview', fileName: file.name, guide: read.guide }
            : { step: 'refused', fileName: file.name, problems: read.problems, more: read.more },
        );
      },
      (reason: unknown) =>
        setState({ step: 'refused', fileName: file.name, problems: [`(the whole file): it could not be read (${failureText(reason)})`], more: 0 }),
    );
  };
  const reset = () => {
    if (input.current) input.current.value = '';
  };
  const confirm = (guide: Guide, fileName: string) => {
    setState({ step: 'saving', fileName, guide });
    save(guide, fileName).then(
      () => {
        reset();
        setState({ step: 'done', fileName, guide });
      },
      (reason: unknown) => setState({ step: 'failed', fileName, guide, reason: failureText(reason) }),
    );
  };
  const cancel = () => {
    reset();
    setState({ step: 'idle' });
    input.current?.focus();
  };

  const replaces = 'guide' in state ? imported.find((record) => record.id === state.guide.id) : undefined;

  return (
    <div className="card guide-import" data-testid="guide-import">
      <h3 className="guide-import-title">
        <Icon name="upload" />
        Bring your own guide
      </h3>
      <JsonFileField
        label="Guide file to import"
        hint="A .json file in PrepPanel’s guide format (the README describes it). It stays in this browser."
        inputRef={input}
        disabled={state.step === 'saving'}
        onChoose={choose}
      />
      {state.step === 'reading' ? <p role="status">Reading {state.fileName}…</p> : null}
      {state.step === 'too-large' ? (
        <div data-testid="guide-import-too-large">
          <ErrorNotice>
            <strong>{state.fileName}</strong> was not imported: {state.reason}. Nothing was stored.
          </ErrorNotice>
        </div>
      ) : null}
      {state.step === 'refused' ? (
        <div role="alert" className="import-refused" data-testid="guide-import-refused">
          <ErrorNotice role={null}>
            <strong>{state.fileName}</strong> was not imported: {state.problems.length === 1 ? 'this field is' : 'these fields are'}{' '}
            wrong. Nothing was stored.
          </ErrorNotice>
          <ul className="import-problems">
            {state.problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
          {state.more > 0 ? <p className="muted">…and {plural(state.more, 'more problem')}.</p> : null}
        </div>
      ) : null}
      {state.step === 'preview' || state.step === 'saving' || state.step === 'failed' ? (
        <div className="import-preview" data-testid="guide-import-preview">
          <h4 className="import-preview-title" tabIndex={-1} ref={previewHeading}>
            Import {state.guide.title}?
          </h4>
          <p>
            {guideLabel(state.guide)}: {plural(state.guide.stages.length, 'stage')}, {plural(state.guide.questions.length, 'question')},{' '}
            {plural(state.guide.checklist.length, 'checklist item')}, {plural(state.guide.sources.length, 'source')}.
          </p>
          {replaces ? (
            <p className="muted" data-testid="guide-import-replaces">
              It replaces the guide you imported from {replaces.fileName} on {formatDay(replaces.importedAt)}, which has
              the same id. Your ticks on it are kept.
            </p>
          ) : null}
          {state.step === 'failed' ? <ErrorNotice>The guide was not saved: {state.reason}</ErrorNotice> : null}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary button-small"
              disabled={state.step === 'saving'}
              onClick={() => confirm(state.guide, state.fileName)}
            >
              {state.step === 'saving' ? 'Importing…' : replaces ? 'Replace it' : 'Import guide'}
            </button>
            <button type="button" className="button button-secondary button-small" disabled={state.step === 'saving'} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <div role="status" className="import-status">
        {state.step === 'done' ? (
          <div className="import-success" data-testid="guide-imported">
            <p>
              <Icon name="check" />
              <span>
                Imported {guideLabel(state.guide)} from {state.fileName}. It is in the list above.
              </span>
            </p>
            <button type="button" className="button button-secondary button-small" onClick={() => onOpen(state.guide.id)}>
              Open the guide
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
