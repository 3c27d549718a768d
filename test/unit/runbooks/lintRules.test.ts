import { describe, expect, it } from 'vitest';
import { environment, parseFixture } from './runbookFixtures';

/** Each broken fixture has one thing wrong; the problem names where, and what to do. */
const CASES: { fixture: string; line: number; column: number; words: RegExp }[] = [
  { fixture: 'frontmatter-yaml-syntax', line: 4, column: 22, words: /frontmatter YAML: Flow sequence/ },
  {
    fixture: 'frontmatter-unknown-key',
    line: 2,
    column: 1,
    words: /unknown frontmatter key "titel"; did you mean "title"/,
  },
  { fixture: 'frontmatter-bad-kind', line: 3, column: 7, words: /unknown kind "dril"; did you mean "drill"/ },
  {
    fixture: 'variable-bad-name',
    line: 4,
    column: 3,
    words: /variable "namespace": a name is an uppercase.*did you mean NAMESPACE/,
  },
  {
    fixture: 'attribute-unknown',
    line: 7,
    column: 27,
    words: /unknown attribute "confrim"; did you mean "confirm"/,
  },
  {
    fixture: 'attribute-bad-json',
    line: 3,
    column: 27,
    words: /attributes are not valid JSON: Expected double-quoted property name/,
  },
  {
    fixture: 'attribute-bad-duration',
    line: 5,
    column: 32,
    words: /timeout: expected a duration from 1s to 24h.*5s/,
  },
  {
    fixture: 'attribute-bad-boolean',
    line: 5,
    column: 30,
    words: /confirm: expected true or false, got "yes"/,
  },
  {
    fixture: 'probe-unknown-type',
    line: 4,
    column: 7,
    words: /unknown probe type "htp"; did you mean "http"/,
  },
  { fixture: 'probe-missing-url', line: 5, column: 1, words: /an http probe needs url:/ },
  { fixture: 'probe-missing-query', line: 4, column: 1, words: /a promql probe needs query:/ },
  {
    fixture: 'probe-unknown-key',
    line: 6,
    column: 1,
    words: /unknown probe key "intervall"; did you mean "interval"/,
  },
  {
    fixture: 'probe-bad-status',
    line: 6,
    column: 9,
    words: /status: expected an HTTP status from 100 to 599, got 700/,
  },
  { fixture: 'probe-json-needs-path', line: 6, column: 7, words: /json needs path/ },
  {
    fixture: 'probe-json-equals-and-matches',
    line: 7,
    column: 3,
    words: /exactly one of equals or matches, not both/,
  },
  {
    fixture: 'probe-bad-regex',
    line: 6,
    column: 34,
    words: /json matches: Invalid regular expression: \/\(UP\/: Unterminated group/,
  },
  {
    fixture: 'probe-bad-jsonpath',
    line: 6,
    column: 25,
    words: /json path: wildcards \(\[\*\]\) are not supported/,
  },
  {
    fixture: 'probe-bad-comparator',
    line: 6,
    column: 13,
    words: /unknown comparator "=<"; did you mean "<="/,
  },
  {
    fixture: 'probe-comparator-unquoted',
    line: 6,
    column: 13,
    words: /a bare > starts a YAML block; quote the comparator: comparator: ">"/,
  },
  {
    fixture: 'probe-comparator-unquoted-ge',
    line: 6,
    column: 14,
    words: /YAML: Block scalar header.*quote the comparator/,
  },
  { fixture: 'probe-value-not-number', line: 7, column: 8, words: /value: expected a number, got "high"/ },
  { fixture: 'probe-for-on-http', line: 6, column: 1, words: /"for" is for promql probes, not http/ },
  {
    fixture: 'probe-bad-interval',
    line: 6,
    column: 11,
    words: /interval: expected a duration from 100ms to 1h \(got 10ms\)/,
  },
  {
    fixture: 'rollback-unknown',
    line: 5,
    column: 37,
    words: /rollback "scale-bak" names no step.*did you mean "scale-back"/,
  },
  { fixture: 'rollback-self', line: 5, column: 37, words: /rollback "scale-up" is this step itself/ },
  {
    fixture: 'duplicate-name',
    line: 7,
    column: 15,
    words: /step name "restart" is already used by the step on line 3/,
  },
  { fixture: 'only-and-except', line: 5, column: 40, words: /only or except, not both/ },
  {
    fixture: 'only-unknown-environment',
    line: 5,
    column: 30,
    words: /environment "sandbx" is not in warroom.yaml; did you mean "sandbox"/,
  },
];

const ENVIRONMENTS = [environment('sandbox'), environment('staging')];

describe('runbook lint rules', () => {
  it.each(CASES)('$fixture: one problem at $line:$column', ({ fixture, line, column, words }) => {
    const { runbook, problems } = parseFixture(`broken/${fixture}.md`, ENVIRONMENTS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, column });
    expect(problems[0]?.message).toMatch(words);
    expect(runbook).not.toBeNull();
  });

  it('leaves a broken step out of the steps, and keeps it in the document as code', () => {
    const { runbook } = parseFixture('broken/attribute-unknown.md');
    expect(runbook?.steps).toEqual([]);
    expect(runbook?.blocks).toContainEqual({
      type: 'code',
      language: 'sh',
      text: 'kubectl scale deploy/api --replicas=12',
    });
  });

  it('keeps the first of two steps with one name, and leaves the second out', () => {
    const { runbook } = parseFixture('broken/duplicate-name.md');
    expect(runbook?.steps.map((step) => step.type === 'command' && step.script)).toEqual(['echo one']);
  });

  it('names unknown variables in scripts, env values and probe fields, and no others', () => {
    const { problems } = parseFixture('broken/unknown-variable.md');
    expect(problems.map(({ line, column, message }) => `${line}:${column} ${message.split(';')[0]}`)).toEqual(
      [
        '9:43 unknown variable $NAMESPAC',
        '11:7 unknown variable $NAMESPAC',
        '17:44 unknown variable $UNDECLARED',
        '22:6 unknown variable $BASE_UR',
      ],
    );
    expect(problems[0]?.message).toContain('did you mean $NAMESPACE?');
    expect(problems[2]?.message).toContain('declare it under variables:');
  });

  it('knows the environments’ variables and secrets when it is given them', () => {
    const withoutEnvironments = parseFixture('workspace/drills/env-check.md');
    expect(withoutEnvironments.problems.map((problem) => problem.message.split(';')[0])).toEqual([
      'unknown variable $BASE_URL',
      'unknown variable $STAGING_TOKEN',
    ]);
    const environments = [
      environment('sandbox', { BASE_URL: 'http://127.0.0.1' }),
      environment('staging', {}, ['STAGING_TOKEN']),
    ];
    const withEnvironments = parseFixture('workspace/drills/env-check.md', environments);
    expect(withEnvironments.problems).toEqual([
      expect.objectContaining({
        line: 11,
        column: 39,
        message: expect.stringMatching(/environment "sandbx".*"sandbox"/),
      }),
    ]);
  });

  it('does not check only/except without environments', () => {
    expect(parseFixture('broken/only-unknown-environment.md').problems).toEqual([]);
  });
});
