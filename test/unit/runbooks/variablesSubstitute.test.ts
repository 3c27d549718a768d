// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell scripts and fields, where ${NAME} is a variable
import { describe, expect, it } from 'vitest';
import {
  substituteVariables,
  type VariableValues,
} from '../../../electron/host/runbooks/variables/substitute';
import { substituteText } from '../../../electron/host/runbooks/variables/substituteText';
import { VariableValueError } from '../../../electron/host/runbooks/variables/variableValueError';

function values(entries: Record<string, string>, secrets: string[] = []): VariableValues {
  return new Map(
    Object.entries(entries).map(([name, value]) => [name, { value, secret: secrets.includes(name) }]),
  );
}

function errorOf(action: () => unknown): VariableValueError {
  try {
    action();
  } catch (error) {
    if (error instanceof VariableValueError) return error;
    throw error;
  }
  throw new Error('no VariableValueError was thrown');
}

describe('substituting variables into a script', () => {
  const table: [string, string, string, string][] = [
    ['bare: single quotes', 'echo $V', "it's $x", `echo 'it'\\''s $x'`],
    ['bare empty value', 'echo $V end', '', "echo '' end"],
    ['braced, inside a word', 'echo --ns=${V}x', 'a b', "echo --ns='a b'x"],
    ['double-quoted: backslashes', 'echo "[$V]"', 'a"b$c`d\\e!f\'g', 'echo "[a\\"b\\$c\\`d\\\\e!f\'g]"'],
    ['here-document: $ ` \\ only', 'cat <<EOF\n$V\nEOF', 'a"b$c`d\\e', 'cat <<EOF\na"b\\$c\\`d\\\\e\nEOF'],
    ['command substitution inside double quotes is unquoted', 'echo "$(id $V)"', 'a b', `echo "$(id 'a b')"`],
    ['single quotes are left alone', "echo '$V' $V", 'x', "echo '$V' 'x'"],
    ['multi-line value, bare', 'echo $V', 'a\nb', "echo 'a\nb'"],
  ];
  it.each(table)('%s', (_label, script, value, expected) => {
    expect(substituteVariables(script, values({ V: value })).command).toBe(expected);
  });

  it('leaves names it has no value for, names the script assigns, and operator forms to the shell', () => {
    const script = 'NS=x; echo $NS $HOME ${V:-d} $V $((V+1))';
    expect(substituteVariables(script, values({ NS: 'shop', HOME: '/h', V: '1' }))).toEqual({
      command: "NS=x; echo $NS '/h' ${V:-d} '1' $((V+1))",
      display: "NS=x; echo $NS '/h' ${V:-d} '1' $((V+1))",
      used: ['HOME', 'V'],
    });
  });

  it('shows a secret as [secret NAME] and runs its value', () => {
    const result = substituteVariables(
      'redis-cli -a "$PASS" -n $DB',
      values({ PASS: 'hunter2!x', DB: '3' }, ['PASS']),
    );
    expect(result).toEqual({
      command: `redis-cli -a "hunter2!x" -n '3'`,
      display: `redis-cli -a "[secret PASS]" -n '3'`,
      used: ['PASS', 'DB'],
    });
  });

  it('refuses a NUL, naming the variable', () => {
    const error = errorOf(() => substituteVariables('echo $NAMESPACE', values({ NAMESPACE: 'a\0b' })));
    expect(error.variable).toBe('NAMESPACE');
    expect(error.message).toBe('NAMESPACE: its value contains a NUL character, which no shell word can hold');
  });

  it('refuses a value that would end a here-document early, also with text around it', () => {
    expect(
      errorOf(() => substituteVariables('cat <<EOF\n$V\nEOF', values({ V: 'a\nEOF\nrm x' }))).message,
    ).toBe('V: its value would make a line "EOF", which ends the here-document early');
    expect(errorOf(() => substituteVariables('cat <<END\nE$V\nEND', values({ V: 'ND\nx' }))).variable).toBe(
      'V',
    );
    expect(
      errorOf(() => substituteVariables('cat <<END\n$A$B\nEND', values({ A: 'x\nE', B: 'ND\ny' }))).variable,
    ).toBe('B');
    expect(substituteVariables('cat <<END\nx $V\nEND', values({ V: 'END' })).command).toBe(
      'cat <<END\nx END\nEND',
    );
  });

  it('refuses a line starting with a tab in a <<- here-document, which the shell would strip', () => {
    expect(
      errorOf(() => substituteVariables('cat <<-EOF\n\t$V\n\tEOF', values({ V: 'a\n\tb' }))).message,
    ).toBe('V: its value has a line starting with a tab, which <<-EOF would strip');
    expect(substituteVariables('cat <<-EOF\n\t$V\n\tEOF', values({ V: 'a\tb' })).command).toBe(
      'cat <<-EOF\n\ta\tb\n\tEOF',
    );
  });
});

describe('substituting variables into probe and env fields', () => {
  it('replaces plainly and shows secrets masked', () => {
    const given = values({ SERVICE_URL: 'http://127.0.0.1:8080', TOKEN: 's3cr3t-token' }, ['TOKEN']);
    expect(
      substituteText('Bearer $TOKEN for ${SERVICE_URL}/health $.status $lower', given, 'header'),
    ).toEqual({
      text: 'Bearer s3cr3t-token for http://127.0.0.1:8080/health $.status $lower',
      display: 'Bearer [secret TOKEN] for http://127.0.0.1:8080/health $.status $lower',
      used: ['TOKEN', 'SERVICE_URL'],
    });
  });

  it('refuses a line break or NUL in a URL or header, naming the variable', () => {
    for (const value of ['a\r\nHost: evil', 'a\nb', 'a\0b']) {
      expect(errorOf(() => substituteText('$BASE/health', values({ BASE: value }), 'url')).message).toBe(
        'BASE: its value contains a line break or NUL, which cannot stand in a URL',
      );
      expect(errorOf(() => substituteText('x $H', values({ H: value }), 'header')).variable).toBe('H');
    }
  });

  it('lets a body hold line breaks, and refuses only NUL in an environment variable', () => {
    expect(substituteText('{"a":"$V"}', values({ V: 'x\ny' })).text).toBe('{"a":"x\ny"}');
    expect(substituteText('$V', values({ V: 'x\ny' }), 'environment').text).toBe('x\ny');
    expect(errorOf(() => substituteText('$V', values({ V: 'x\0' }), 'environment')).message).toMatch(
      /^V: .*NUL/,
    );
  });
});
