import { scanShellScript } from './shellScanner';
import type { ShellExpansionLeftAlone } from './shellScanTypes';

export { namesAssignedIn } from './shellAssignments';

/** A `$NAME` or `${NAME}` the shell would expand; `start`/`end` cover the whole reference. */
export interface VariableReference {
  name: string;
  start: number;
  end: number;
  context: 'unquoted' | 'double-quoted' | 'heredoc';
}

/**
 * UPPERCASE $NAME and ${NAME} the shell would expand in `script` (not inside single quotes, comments,
 * quoted here-documents or after a backslash). Other `${…}` forms, arithmetic and backquotes are not
 * listed: see `expansionsLeftToShell`.
 */
export function variableReferences(script: string): VariableReference[] {
  return scanShellScript(script).references.map(({ name, start, end, context }) => ({
    name,
    start,
    end,
    context,
  }));
}

/**
 * UPPERCASE names the shell expands where a value cannot be substituted safely: `${NAME:-x}`,
 * `${#NAME}` and every other `${NAME<operator>…}` form (and references in its word), references
 * inside `$((…))`, `((…))` or `$[…]`, and inside backquotes. The shell expands them from its
 * environment, so a run that wants them to have the variable's value must export it.
 */
export function expansionsLeftToShell(script: string): ShellExpansionLeftAlone[] {
  return scanShellScript(script).leftToShell;
}
