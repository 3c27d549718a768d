// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell scripts and fields, where ${NAME} is a variable
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  substituteVariables,
  type VariableValues,
} from '../../../electron/host/runbooks/variables/substitute';
import { VariableValueError } from '../../../electron/host/runbooks/variables/variableValueError';

/** Each command gets this long; a hang is a failure, not a stuck suite. */
const BASH_TIMEOUT_MS = 10_000;

const scratch = mkdtempSync(join(tmpdir(), 'warroom-hostile-'));
/** The file a value that ran as code would create; it must never exist. */
const MARKER = join(scratch, 'marker');
const LONG_VALUE_CHARS = 100 * 1024;

/** Values that would run `touch $MARKER`, split a word, glob, redirect or end a quote if pasted as is. */
const hostileValues: string[] = [
  `; touch ${MARKER}`,
  `$(touch ${MARKER})`,
  `\`touch ${MARKER}\``,
  `'; touch ${MARKER}; '`,
  `"; touch ${MARKER}; "`,
  `\\"; touch ${MARKER}; #`,
  `' "$(touch ${MARKER})" '`,
  `\\$(touch ${MARKER})`,
  `\\\`touch ${MARKER}\\\``,
  `\ntouch ${MARKER}\n`,
  `a\r\ntouch ${MARKER}`,
  `& touch ${MARKER}`,
  `| touch ${MARKER}`,
  `> ${MARKER}`,
  `&& touch ${MARKER}`,
  `|| touch ${MARKER}`,
  `; } ; touch ${MARKER}; {`,
  `)); touch ${MARKER}; ((`,
  `$(<${MARKER})`,
  '< /etc/passwd',
  "'",
  '"',
  '\\',
  'trailing backslash\\',
  'a\nb',
  'a\rb',
  'a\tb',
  '$HOME',
  '${IFS}',
  '$((1+1))',
  '*',
  '?',
  '[a]',
  '~',
  '~root/x',
  '!',
  '!!',
  '#',
  '-n',
  '--help',
  'héllo wörld 日本語',
  '🔥 rollback 💥',
  '\u202eevil\u202c \u200fmark',
  `${'0123456789abcdef'.repeat(LONG_VALUE_CHARS / 16)}$(touch ${MARKER})`,
  '',
  '   ',
  '%s%n%d',
  '\x01\x07\x1b[31mred\x1b[0m\x7f',
  `a'b"c\\d$e\`f{g}h`,
  `x\nEOF\ntouch ${MARKER}`,
];

interface TemplateContext {
  name: string;
  script: string;
  /** What the command prints for `value`, NUL-separated arguments or a here-document's text. */
  expected(value: string): string;
}

/** `V` stands in every context a reference can: each prints its arguments NUL-terminated, or the text. */
const contexts: TemplateContext[] = [
  { name: 'bare', script: "printf '%s\\0' $V", expected: (value) => `${value}\0` },
  { name: 'double-quoted', script: `printf '%s\\0' "$V"`, expected: (value) => `${value}\0` },
  {
    name: 'inside a double-quoted word',
    script: `printf '%s\\0' "prefix-\${V}-suffix"`,
    expected: (value) => `prefix-${value}-suffix\0`,
  },
  { name: 'here-document', script: 'cat <<EOF\n$V\nEOF', expected: (value) => `${value}\n` },
  {
    name: 'command substitution',
    // The shell drops the trailing newlines of a command substitution's output.
    script: `printf '%s\\0' "$(printf '%s' $V)"`,
    expected: (value) => `${value.replace(/\n+$/, '')}\0`,
  },
  { name: 'after --flag=', script: "printf '%s\\0' --flag=$V", expected: (value) => `--flag=${value}\0` },
  {
    name: 'command substitution in a here-document',
    script: "cat <<EOF\n[$(printf '%s' $V)]\nEOF",
    expected: (value) => `[${value.replace(/\n+$/, '')}]\n`,
  },
];

function runBash(command: string): { stdout: string; status: number | null } {
  const result = spawnSync('/bin/bash', ['-c', command], {
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: scratch, LANG: 'C.UTF-8' },
    timeout: BASH_TIMEOUT_MS,
    encoding: 'utf8',
  });
  return { stdout: result.stdout, status: result.status };
}

/** Values whose line "EOF" would end a here-document early are refused there, not run. */
function refusedIn(context: TemplateContext, value: string): boolean {
  return context.script.includes('<<EOF') && value.split('\n').some((line) => line.includes('EOF'));
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('hostile variable values in real bash', () => {
  it('has fifty values', () => {
    expect(hostileValues).toHaveLength(50);
    expect(new Set(hostileValues).size).toBe(50);
  });

  it('arrive as exactly the value, one word, and never run', () => {
    let ran = 0;
    let refused = 0;
    for (const context of contexts) {
      for (const [index, value] of hostileValues.entries()) {
        const values: VariableValues = new Map([['V', { value, secret: false }]]);
        const label = `${context.name}, value #${index}: ${JSON.stringify(value.slice(0, 60))}`;
        if (refusedIn(context, value)) {
          expect(() => substituteVariables(context.script, values), label).toThrow(VariableValueError);
          refused++;
          continue;
        }
        const { command, used } = substituteVariables(context.script, values);
        expect(used, label).toEqual(['V']);
        const { stdout, status } = runBash(command);
        expect({ status, stdout }, label).toEqual({ status: 0, stdout: context.expected(value) });
        expect(existsSync(MARKER), label).toBe(false);
        ran++;
      }
    }
    console.log(
      `hostile values: ${hostileValues.length} values × ${contexts.length} contexts: ${ran} ran in bash, ${refused} refused`,
    );
    expect(ran + refused).toBe(hostileValues.length * contexts.length);
  });

  it('refuses a value with NUL, naming the variable, in every context', () => {
    const values: VariableValues = new Map([
      ['NAMESPACE', { value: `shop\0; touch ${MARKER}`, secret: false }],
    ]);
    for (const context of contexts) {
      const script = context.script.replaceAll('$V', '$NAMESPACE').replaceAll('${V}', '${NAMESPACE}');
      let error: unknown = null;
      try {
        substituteVariables(script, values);
      } catch (thrown) {
        error = thrown;
      }
      expect(error, context.name).toBeInstanceOf(VariableValueError);
      expect((error as VariableValueError).variable).toBe('NAMESPACE');
      expect((error as Error).message).toMatch(/^NAMESPACE: .*NUL/);
    }
  });

  it('proves the marker would be seen: the same commands pasted unquoted create it', () => {
    const { status } = runBash(`printf '%s\\0' ${hostileValues[0]}`);
    expect(status).toBe(0);
    expect(existsSync(MARKER)).toBe(true);
    rmSync(MARKER);
  });
});
