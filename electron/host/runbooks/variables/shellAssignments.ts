import { BLANKED_CHARACTER, scanShellScript } from './shellScanner';

/** What separates simple commands in command text. */
const COMMAND_SEPARATOR = /[;&|\n()]/;
/** Words that may open a command before the command word itself. */
const LEADING_KEYWORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'while',
  'until',
  'do',
  '!',
  'time',
  '{',
  '}',
]);
const DECLARING_COMMANDS = new Set(['export', 'local', 'declare', 'typeset', 'readonly']);
const ARRAY_READING_COMMANDS = new Set(['mapfile', 'readarray']);
/** `read` options that take an argument; `-a` takes the array name, which the script assigns. */
const READ_OPTIONS_WITH_ARGUMENT = new Set(['a', 'd', 'i', 'n', 'N', 'p', 't', 'u']);
const MAPFILE_OPTIONS_WITH_ARGUMENT = new Set(['d', 'n', 'O', 's', 'u', 'C', 'c']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?\+?=/;
const REDIRECTION = /^[0-9]*(?:<<<|<<-?|<>|>>|>\||[<>]&?)/;
const LEADING_NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Names the script assigns itself: NAME=…, export NAME=…, read NAME, for NAME in …, local/declare
 * NAME (and typeset, readonly, select, mapfile, readarray). Only command text counts, never quoted
 * text, comments or here-document bodies; a name assigned anywhere in the script counts for all of it.
 */
export function namesAssignedIn(script: string): Set<string> {
  const names = new Set<string>();
  for (const command of scanShellScript(script).commandText.split(COMMAND_SEPARATOR)) {
    const words = command.split(/[ \t]+/).filter((word) => word !== '');
    let index = 0;
    while (index < words.length && LEADING_KEYWORDS.has(words[index] ?? '')) index++;
    for (let assignment = ASSIGNMENT.exec(words[index] ?? ''); assignment; ) {
      names.add(assignment[1] ?? '');
      index++;
      assignment = ASSIGNMENT.exec(words[index] ?? '');
    }
    const commandWord = words[index] ?? '';
    const rest = words.slice(index + 1);
    if (DECLARING_COMMANDS.has(commandWord)) addDeclaredNames(rest, names);
    else if (commandWord === 'read') addOptionArguments(rest, READ_OPTIONS_WITH_ARGUMENT, names, true);
    else if (ARRAY_READING_COMMANDS.has(commandWord))
      addOptionArguments(rest, MAPFILE_OPTIONS_WITH_ARGUMENT, names, false);
    else if ((commandWord === 'for' || commandWord === 'select') && rest[0]) addLeadingName(rest[0], names);
  }
  return names;
}

function addLeadingName(word: string, names: Set<string>): void {
  const name = LEADING_NAME.exec(word)?.[0];
  if (name) names.add(name);
}

function addDeclaredNames(words: string[], names: Set<string>): void {
  for (const word of words) if (!word.startsWith('-') && !word.startsWith('+')) addLeadingName(word, names);
}

/** `read -r -p prompt A B`, `mapfile -t LINES`: options, their arguments, then the names. */
function addOptionArguments(
  words: string[],
  optionsWithArgument: ReadonlySet<string>,
  names: Set<string>,
  arrayOptionNames: boolean,
): void {
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    const redirection = REDIRECTION.exec(word);
    if (redirection) {
      // `< file` names its target in the next word; `<file` in this one.
      if (redirection[0] === word) index++;
      continue;
    }
    if (!word.startsWith('-') || word.length < 2) {
      if (!word.includes(BLANKED_CHARACTER)) addLeadingName(word, names);
      continue;
    }
    const lastOption = word.at(-1) ?? '';
    if (!optionsWithArgument.has(lastOption)) continue;
    index++;
    if (arrayOptionNames && lastOption === 'a') addLeadingName(words[index] ?? '', names);
  }
}
