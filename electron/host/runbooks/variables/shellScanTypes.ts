/** What the shell scanner (shellScanner.ts) finds in a script. */

export type ReferenceContext = 'unquoted' | 'double-quoted' | 'heredoc';

/** Why a reference is left for the shell to expand instead of substituted. */
export type LeftToShellReason = 'parameter-operator' | 'arithmetic' | 'backquote';

/** A here-document whose delimiter is unquoted: its body expands `$NAME`. */
export interface HereDocument {
  delimiter: string;
  /** `<<-`: leading tabs are stripped from each body line, and from the delimiter line. */
  stripTabs: boolean;
}

export interface ScannedReference {
  name: string;
  start: number;
  end: number;
  context: ReferenceContext;
  /** The here-document the reference stands in; null outside one. */
  hereDocument: HereDocument | null;
}

export interface ShellExpansionLeftAlone {
  name: string;
  start: number;
  end: number;
  reason: LeftToShellReason;
}

export interface ShellScan {
  references: ScannedReference[];
  leftToShell: ShellExpansionLeftAlone[];
  /** The script with everything that is not command text (quoted, comment, here-document body) blanked. */
  commandText: string;
}
