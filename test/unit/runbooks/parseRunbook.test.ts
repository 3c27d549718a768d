import { describe, expect, it } from 'vitest';
import { parseRunbook } from '../../../electron/host/runbooks/parse/parseRunbook';
import type { CommandStep, ProbeStep } from '../../../shared/runbookTypes';
import { parseFixture } from './runbookFixtures';

const FENCE = '```';

describe('parseRunbook on a good runbook', () => {
  const { runbook, problems } = parseFixture('clean/app-crash.md');
  const steps = runbook?.steps ?? [];
  const step = (id: string) => steps.find((candidate) => candidate.id === id);

  it('lints clean and reads the frontmatter', () => {
    expect(problems).toEqual([]);
    expect(runbook).toMatchObject({
      id: 'clean/app-crash',
      title: 'App crash drill',
      kind: 'drill',
      phase: 'during',
      description: 'Kill the app and check it is back within 30 s',
      variables: [
        { name: 'NAMESPACE', prompt: 'NAMESPACE', default: 'shop', secret: false },
        { name: 'KUBE_CONTEXT', prompt: 'kubectl context to act on', default: null, secret: false },
        { name: 'REDIS_PASSWORD', prompt: 'Redis password', default: null, secret: true },
      ],
    });
  });

  it('finds the steps in document order, with ids, titles, sections and places', () => {
    expect(
      steps.map(({ id, type, title, section, line, column }) => ({ id, type, title, section, line, column })),
    ).toEqual([
      {
        id: 'step-1',
        type: 'check',
        title: 'Full backup taken and restore tested',
        section: ['App crash', 'Before'],
        line: 19,
        column: 1,
      },
      {
        id: 'step-2',
        type: 'check',
        title: 'On-call told',
        section: ['App crash', 'Before'],
        line: 20,
        column: 1,
      },
      {
        id: 'pod-name',
        type: 'command',
        title: 'pod-name',
        section: ['App crash', 'Crash'],
        line: 24,
        column: 1,
      },
      {
        id: 'kill-pod',
        type: 'command',
        title: 'kill-pod',
        section: ['App crash', 'Crash'],
        line: 29,
        column: 1,
      },
      {
        id: 'health-up',
        type: 'probe',
        title: 'health-up',
        section: ['App crash', 'Crash'],
        line: 35,
        column: 1,
      },
      {
        id: 'step-6',
        type: 'probe',
        title: 'sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[…',
        section: ['App crash', 'Crash'],
        line: 45,
        column: 1,
      },
      {
        id: 'restart',
        type: 'command',
        title: 'restart',
        section: ['App crash', 'Recovery'],
        line: 55,
        column: 1,
      },
      {
        id: 'step-8',
        type: 'command',
        title: 'echo done',
        section: ['App crash', 'Recovery'],
        line: 59,
        column: 1,
      },
    ]);
    expect(steps[5]?.title).toHaveLength(80);
  });

  it('reads command attributes, Runme strings and JSON values alike, with defaults for the rest', () => {
    expect(step('pod-name')).toMatchObject({
      language: 'sh',
      script: '# the first pod\nkubectl --context "$KUBE_CONTEXT" -n "$NAMESPACE" get pod -o name | head -1',
      timeoutMs: 60_000,
      confirm: false,
      rollback: null,
      env: {},
      only: [],
    } satisfies Partial<CommandStep>);
    expect(step('kill-pod')).toMatchObject({
      language: 'bash',
      confirm: true,
      continueOnError: true,
      rollback: 'restart',
      env: { LOG_LEVEL: 'debug' },
      timeoutMs: null,
    } satisfies Partial<CommandStep>);
    expect(step('restart')).toMatchObject({
      language: 'zsh',
      excludeFromRunAll: true,
      only: ['sandbox'],
      except: [],
    });
  });

  it('applies the probe defaults of docs/runbooks.md', () => {
    expect(step('health-up')).toMatchObject({
      mode: 'once',
      withinMs: 30_000,
      intervalMs: 1_000,
      probe: {
        type: 'http',
        url: '$SERVICE_URL/health',
        method: 'GET',
        status: 200,
        json: { path: '$.status', equals: 'UP' },
        headers: {},
        body: null,
      },
    } satisfies Partial<ProbeStep>);
    expect(step('step-6')).toMatchObject({
      mode: 'continuous',
      withinMs: 0,
      intervalMs: 5_000,
      probe: { type: 'promql', comparator: '<', value: 0.05, forMs: 0 },
    });
  });

  it('keeps the document around the steps, each step where it stands', () => {
    expect(runbook?.blocks).toEqual([
      { type: 'heading', depth: 1, content: [{ type: 'text', value: 'App crash' }] },
      { type: 'heading', depth: 2, content: [{ type: 'text', value: 'Before' }] },
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'step', stepId: 'step-1' }], [{ type: 'step', stepId: 'step-2' }]],
      },
      { type: 'heading', depth: 2, content: [{ type: 'text', value: 'Crash' }] },
      { type: 'step', stepId: 'pod-name' },
      { type: 'step', stepId: 'kill-pod' },
      { type: 'step', stepId: 'health-up' },
      { type: 'step', stepId: 'step-6' },
      { type: 'heading', depth: 2, content: [{ type: 'text', value: 'Recovery' }] },
      { type: 'step', stepId: 'restart' },
      { type: 'step', stepId: 'step-8' },
    ]);
  });
});

describe('parseRunbook on other Markdown', () => {
  it('reads a Runme notebook cleanly: both attribute forms, other languages shown, not run', () => {
    const { runbook, problems } = parseFixture('clean/runme-notebook.md');
    expect(problems).toEqual([]);
    expect(runbook?.kind).toBeNull();
    expect(runbook?.title).toBe('Deploy notes');
    expect(runbook?.steps.map((step) => step.id)).toEqual(['install', 'serve-dev', 'with-future-attribute']);
    expect(runbook?.steps[1]).toMatchObject({ background: true, interactive: false });
    expect(runbook?.blocks).toContainEqual({
      type: 'code',
      language: 'js',
      text: "console.log('a JavaScript cell: shown, not a step')",
    });
  });

  it('reads a README as a document without steps; HTML stays text', () => {
    const { runbook, problems } = parseFixture('clean/readme.md');
    expect(problems).toEqual([]);
    expect(runbook?.steps).toEqual([]);
    const blockTypes = runbook?.blocks.map((block) => block.type);
    expect(blockTypes).toEqual([
      'heading',
      'paragraph',
      'table',
      'quote',
      'paragraph',
      'list',
      'code',
      'code',
      'code',
      'paragraph',
      'paragraph',
      'rule',
      'paragraph',
    ]);
    expect(runbook?.blocks[4]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', value: '<details><summary>HTML</summary>raw html stays text</details>' }],
    });
    expect(runbook?.blocks[3]).toEqual({
      type: 'quote',
      children: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', value: 'A quote with a ' },
            { type: 'link', url: 'https://example.com', children: [{ type: 'text', value: 'link' }] },
            { type: 'text', value: ' and ' },
            { type: 'delete', children: [{ type: 'text', value: 'strikethrough' }] },
            { type: 'text', value: '.' },
          ],
        },
      ],
    });
  });

  it('takes the title from the first heading, else the file name', () => {
    const parse = (text: string) =>
      parseRunbook({ file: '/w/drills/app-crash.md', id: 'drills/app-crash', text });
    expect(parse('Some text\n\n## Second level\n\n# First\n').runbook?.title).toBe('Second level');
    expect(parse('Just text\n').runbook?.title).toBe('app-crash');
  });

  it('places problems in CRLF files and in fences inside list items', () => {
    const text = [
      '---',
      'kind: quickfix',
      '---',
      '',
      '- step:',
      '',
      `  ${FENCE}probe`,
      '  type: promql',
      '  query: up',
      '  comparator: ">"',
      '  value: lots',
      `  ${FENCE}`,
      '',
    ].join('\r\n');
    const { problems } = parseRunbook({ file: 'f.md', id: 'f', text });
    expect(problems).toEqual([
      { file: 'f.md', line: 11, column: 10, message: 'value: expected a number, got "lots"' },
    ]);
  });

  it('gives no runbook for what cannot be one: a binary file, a name that is no id', () => {
    expect(parseRunbook({ file: 'x.md', id: 'x', text: 'a\u0000b' })).toEqual({
      runbook: null,
      problems: [{ file: 'x.md', line: 1, column: 1, message: 'not a text file: a runbook is Markdown' }],
    });
    const badName = parseRunbook({ file: 'notes v1.2.md', id: 'notes v1.2', text: '# x' });
    expect(badName.runbook).toBeNull();
    expect(badName.problems[0]?.message).toMatch(/cannot be named as a runbook/);
  });

  it('numbers unnamed steps among all steps, broken ones included, so ids stay put', () => {
    const text = [`${FENCE}sh {"timeout":"x"}`, 'a', FENCE, '', `${FENCE}sh`, 'b', FENCE, ''].join('\n');
    const { runbook, problems } = parseRunbook({ file: 'f.md', id: 'f', text });
    expect(problems).toHaveLength(1);
    expect(runbook?.steps.map((step) => step.id)).toEqual(['step-2']);
  });
});
