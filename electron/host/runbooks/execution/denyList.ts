/** A letter, digit or underscore: what a deny-list word must not run on into. */
const WORD_CHAR = /[A-Za-z0-9_]/;

/**
 * The deny-list entries a command contains, each as a whole word or phrase and case aside
 * (Redis takes `flushall` as well as `FLUSHALL`): `delete` matches `kubectl delete pod` and
 * `--delete-local-data`, not `undeleted`.
 */
export function denyListMatches(command: string, denyList: readonly string[]): string[] {
  const text = command.toLowerCase();
  return denyList.filter((entry) => containsWord(text, entry.toLowerCase()));
}

function containsWord(text: string, entry: string): boolean {
  if (entry.length === 0) return false;
  for (let at = text.indexOf(entry); at !== -1; at = text.indexOf(entry, at + 1)) {
    const before = text[at - 1];
    const after = text[at + entry.length];
    const startsClean =
      !WORD_CHAR.test(entry[0] as string) || before === undefined || !WORD_CHAR.test(before);
    const endsClean =
      !WORD_CHAR.test(entry[entry.length - 1] as string) || after === undefined || !WORD_CHAR.test(after);
    if (startsClean && endsClean) return true;
  }
  return false;
}
