import { keysFor } from '../../shortcuts/shortcutTable';

/** What the terminals view says before there is any terminal. */
export function NoTerminals({ canOperate }: { canOperate: boolean }) {
  const keys = keysFor((action) => action.type === 'new-terminal');
  return (
    <div className="no-terminals">
      {canOperate ? (
        <p>
          No terminal yet. Press <kbd>{keys}</kbd> or <strong>+</strong> to open a shell in the workspace.
        </p>
      ) : (
        <p>No terminal is open on the host. Terminals an operator opens appear here.</p>
      )}
    </div>
  );
}
