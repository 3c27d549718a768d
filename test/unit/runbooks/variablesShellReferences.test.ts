// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell scripts and fields, where ${NAME} is a variable
import { describe, expect, it } from 'vitest';
import {
  expansionsLeftToShell,
  namesAssignedIn,
  variableReferences,
} from '../../../electron/host/runbooks/variables/shellReferences';

/** Each reference as `NAME:context:the text it covers`, so a wrong start or end shows in the text. */
function references(script: string): string[] {
  return variableReferences(script).map(
    (ref) => `${ref.name}:${ref.context}:${script.slice(ref.start, ref.end)}`,
  );
}

function leftToShell(script: string): string[] {
  return expansionsLeftToShell(script).map(
    (ref) => `${ref.name}:${ref.reason}:${script.slice(ref.start, ref.end)}`,
  );
}

describe('variable references in shell scripts', () => {
  const table: [string, string, string[]][] = [
    ['bare', 'echo $NAMESPACE', ['NAMESPACE:unquoted:$NAMESPACE']],
    ['braced', 'echo ${NAMESPACE}x', ['NAMESPACE:unquoted:${NAMESPACE}']],
    ['inside a word', 'kubectl --context=$CTX -n${NS}', ['CTX:unquoted:$CTX', 'NS:unquoted:${NS}']],
    ['double quotes', 'echo "ns: $NS ${CTX}"', ['NS:double-quoted:$NS', 'CTX:double-quoted:${CTX}']],
    ['single quotes', 'echo \'$NS\' "$A"', ['A:double-quoted:$A']],
    ['single quote inside double quotes', `echo "it's $NS"`, ['NS:double-quoted:$NS']],
    ['double quote inside single quotes', `echo '"$NS"' $A`, ['A:unquoted:$A']],
    ['backslash', 'echo \\$NS "\\$A" $B', ['B:unquoted:$B']],
    ['escaped backslash then reference', 'echo \\\\$NS', ['NS:unquoted:$NS']],
    ['line continuation', 'echo a \\\n  $NS', ['NS:unquoted:$NS']],
    ['comment', 'echo $A # uses $B\necho $C', ['A:unquoted:$A', 'C:unquoted:$C']],
    ['# inside a word is not a comment', 'echo a#$NS', ['NS:unquoted:$NS']],
    ['$# is not a comment', 'echo $# $NS', ['NS:unquoted:$NS']],
    ['lower case and mixed case', 'echo $ns $Ns ${ns} $nS_X', []],
    ['a name ends where the shell ends it', 'echo $NSx $NS-x $NS.x', ['NS:unquoted:$NS', 'NS:unquoted:$NS']],
    ['special parameters', 'echo $1 $@ $? $$ $! $- $_ $$NS', []],
    ['ANSI-C quoting', "echo $'it\\'s $NS' $A", ['A:unquoted:$A']],
    ['locale quoting', 'echo $"hello $NS"', ['NS:double-quoted:$NS']],
    ['command substitution', 'echo $(get $NS)', ['NS:unquoted:$NS']],
    [
      'command substitution inside double quotes',
      'echo "x $(get "$A" $B) $C"',
      ['A:double-quoted:$A', 'B:unquoted:$B', 'C:double-quoted:$C'],
    ],
    ['nested command substitution', 'echo "$(a "$(b $NS)")"', ['NS:unquoted:$NS']],
    [
      'parentheses inside command substitution',
      'x=$( (cd /; echo $NS) ) $A',
      ['NS:unquoted:$NS', 'A:unquoted:$A'],
    ],
    [
      'case inside command substitution',
      'echo "$(case $X in a) echo $Y;; esac)" "$Z"',
      ['X:unquoted:$X', 'Y:unquoted:$Y', 'Z:double-quoted:$Z'],
    ],
    ['single quotes inside command substitution inside double quotes', `echo "$(echo '$NS')"`, []],
    [
      'a ) in a comment inside command substitution',
      'x=$(echo a # )\necho $NS)\necho $A',
      ['NS:unquoted:$NS', 'A:unquoted:$A'],
    ],
    [
      'unquoted here-document',
      'cat <<EOF\nns: $NS ${A} \\$B "$C"\nEOF\necho $D',
      ['NS:heredoc:$NS', 'A:heredoc:${A}', 'C:heredoc:$C', 'D:unquoted:$D'],
    ],
    ['single-quoted delimiter', "cat <<'EOF'\n$NS\nEOF\necho $A", ['A:unquoted:$A']],
    ['double-quoted delimiter', 'cat <<"EOF"\n$NS\nEOF', []],
    ['partly quoted delimiter', 'cat <<E"O"F\n$NS\nEOF', []],
    ['backslash-quoted delimiter', 'cat <<\\EOF\n$NS\nEOF', []],
    [
      '<<- strips tabs before the delimiter',
      'cat <<-EOF\n\t$NS\n\tEOF\necho $A',
      ['NS:heredoc:$NS', 'A:unquoted:$A'],
    ],
    ['a delimiter-like line inside is not the end', 'cat <<EOF\n EOF\n$NS\nEOF', ['NS:heredoc:$NS']],
    ['two here-documents on one line', "cat <<A <<'B'\n$X\nA\n$Y\nB\n$Z", ['X:heredoc:$X', 'Z:unquoted:$Z']],
    [
      'here-document and a reference on its command line',
      'grep $P <<EOF | wc -l\n$Q\nEOF',
      ['P:unquoted:$P', 'Q:heredoc:$Q'],
    ],
    ['command substitution inside a here-document', 'cat <<EOF\n$(echo $NS)\nEOF', ['NS:unquoted:$NS']],
    ['a here-string is not a here-document', 'cat <<<$NS\necho $A', ['NS:unquoted:$NS', 'A:unquoted:$A']],
    ['a here-document never ended runs to the end', 'cat <<EOF\n$NS', ['NS:heredoc:$NS']],
    ['unclosed quote', 'echo "$NS', ['NS:double-quoted:$NS']],
    ['$ at the end', 'echo $', []],
    ['empty braces', 'echo ${} $NS', ['NS:unquoted:$NS']],
  ];
  it.each(table)('%s', (_label, script, expected) => {
    expect(references(script)).toEqual(expected);
  });

  it('leaves ${…} operator forms, arithmetic and backquotes to the shell', () => {
    const script =
      'echo ${NS:-shop} ${#NS} ${A[0]} ${!B} ${C/x/y} ${D:-$E} $((F + 1)) $(( $G * 2 )) $[H] ((I++)) `echo $J` $OK';
    expect(references(script)).toEqual(['OK:unquoted:$OK']);
    expect(leftToShell(script)).toEqual([
      'NS:parameter-operator:${NS:-shop}',
      'NS:parameter-operator:${#NS}',
      'A:parameter-operator:${A[0]}',
      'B:parameter-operator:${!B}',
      'C:parameter-operator:${C/x/y}',
      'D:parameter-operator:${D:-$E}',
      'E:parameter-operator:$E',
      'G:arithmetic:$G',
      'J:backquote:$J',
    ]);
  });

  it('finds the end of an operator form past nested braces and quotes', () => {
    expect(references('echo ${X:-{a}} "${Y:-"}"}" $Z')).toEqual(['Z:unquoted:$Z']);
  });

  it('finds the end of arithmetic past nested parentheses', () => {
    expect(references('echo $(( (1 + 2) * 3 )) $NS')).toEqual(['NS:unquoted:$NS']);
  });

  it('reports every reference of a long script with its exact place', () => {
    const script = Array.from({ length: 500 }, (_, i) => `echo "$V${i}" $W${i}`).join('\n');
    const found = variableReferences(script);
    expect(found).toHaveLength(1000);
    for (const ref of found) expect(script.slice(ref.start, ref.end)).toBe(`$${ref.name}`);
  });
});

describe('names a script assigns itself', () => {
  const table: [string, string, string[]][] = [
    ['assignment', 'NS=shop; echo $NS', ['NS']],
    ['assignment with a command substitution', 'POD=$(kubectl get pod -o name)', ['POD']],
    ['append and array element', 'LIST+=(a); ARR[0]=1', ['LIST', 'ARR']],
    ['assignment before a command', 'LOG_LEVEL=debug ./run', ['LOG_LEVEL']],
    ['export', 'export A B=2 -n C', ['A', 'B', 'C']],
    [
      'local, declare, readonly, typeset',
      'f() { local -r X=1; declare -A MAP; readonly Y; typeset Z; }',
      ['X', 'MAP', 'Y', 'Z'],
    ],
    ['read with options', 'read -r -p "Name? " ANSWER REST', ['ANSWER', 'REST']],
    ['read into an array', 'read -ra PARTS <<< "$LINE"', ['PARTS']],
    ['for and select', 'for POD in a b; do :; done\nselect CHOICE in x y; do :; done', ['POD', 'CHOICE']],
    ['after if and then', 'if true; then A=1; else B=2; fi', ['A', 'B']],
    ['mapfile', 'mapfile -t LINES < file', ['LINES']],
    ['not inside quotes', 'echo "A=1" \'B=2\'', []],
    ['not in comments', '# C=3\necho', []],
    ['not in here-documents', 'cat <<EOF\nD=4\nEOF', []],
    ['not a comparison', '[ "$A" = x ] && test $B == y', []],
    ['not an argument', 'echo E=5 --opt=F', []],
  ];
  it.each(table)('%s', (_label, script, expected) => {
    expect([...namesAssignedIn(script)]).toEqual(expected);
  });
});
