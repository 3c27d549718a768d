import { type FormEvent, type KeyboardEvent, type RefObject, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Severity } from '../../shared/journalTypes';
import { useServices } from '../app/servicesContext';
import { keysFor } from '../shortcuts/shortcutTable';
import { selectLogIssueOpen } from '../state/journal/logIssueStore';
import { SeverityPicker } from '../views/journal/SeverityPicker';
import { ModalDialog } from './ModalDialog';

/** The form inside the dialog; it mounts with the dialog, so every opening starts empty. */
function LogIssueForm({
  onCancel,
  titleRef,
}: {
  onCancel(): void;
  titleRef: RefObject<HTMLInputElement | null>;
}) {
  const { logIssue } = useServices();
  const busy = useStore(logIssue, (state) => state.busy);
  const error = useStore(logIssue, (state) => state.error);
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [owner, setOwner] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState<string | null>(null);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (!title.trim() || severity === null) {
      setMissing(!title.trim() ? 'Give the issue a title.' : 'Pick a severity.');
      return;
    }
    setMissing(null);
    void logIssue.getState().submit({
      title: title.trim(),
      severity,
      ...(owner.trim() ? { owner: owner.trim() } : {}),
      ...(description.trim() ? { description: description.trim() } : {}),
    });
  };
  // Enter submits from every field (Shift+Enter is a new line in the description); Escape cancels.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form className="log-issue-form" onSubmit={submit} onKeyDown={onKeyDown}>
      <label className="log-issue-wide">
        Title
        <input
          maxLength={200}
          ref={titleRef}
          placeholder="What is wrong, in one line"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          data-testid="log-issue-title"
        />
      </label>
      <SeverityPicker
        name="log-issue-severity"
        value={severity}
        onChange={setSeverity}
        testIdPrefix="log-issue-severity"
      />
      <label>
        <span>
          Owner <span className="optional">(optional)</span>
        </span>
        <input
          maxLength={64}
          value={owner}
          onChange={(event) => setOwner(event.target.value)}
          data-testid="log-issue-owner"
        />
      </label>
      <label className="log-issue-wide">
        <span>
          Description <span className="optional">(optional)</span>
        </span>
        <textarea
          rows={3}
          maxLength={20_000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          data-testid="log-issue-description"
        />
      </label>
      {(missing ?? error) && (
        <p className="form-error" role="alert" data-testid="log-issue-error">
          {missing ?? error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="plain-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary-button" disabled={busy} data-testid="log-issue-submit">
          Log issue
        </button>
      </div>
    </form>
  );
}

/**
 * The quick "Log issue" dialog, over whatever view is showing. The focus goes back where it
 * was (a terminal, most often) when it closes. The host attaches a snapshot of the panels.
 */
export function LogIssueDialog() {
  const { logIssue, host } = useServices();
  const open = useStore(logIssue, selectLogIssueOpen);
  const canOperate = useStore(host.connection, (state) => state.role === 'operator');
  const title = useRef<HTMLInputElement>(null);

  if (!open) return null;
  const keys = keysFor((action) => action.type === 'log-issue');
  const hide = () => logIssue.getState().hide();
  return (
    <ModalDialog
      heading={<>Log an issue {keys && <kbd>{keys}</kbd>}</>}
      onClose={hide}
      className="log-issue-dialog"
      testId="log-issue-dialog"
      initialFocus={title}
    >
      {canOperate ? (
        <LogIssueForm onCancel={hide} titleRef={title} />
      ) : (
        <p className="read-only-note">A read-only viewer cannot log issues.</p>
      )}
    </ModalDialog>
  );
}
