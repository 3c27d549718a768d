import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRunbook } from '../../../electron/host/runbooks/parse/parseRunbook';
import { runbookSchema } from '../../../shared/runbookTypes';

/** Enough documents to meet most combinations of the pieces below, in well under a minute. */
const DOCUMENTS = 10_000;
/**
 * A document needing more CPU than this would freeze the catalog as it reloads. CPU time, not wall
 * time: other work on the machine (two cores, parallel test runs) does not count against it.
 */
const SLOWEST_DOCUMENT_CPU_MS = 200;
/** About 30 s on a quiet machine; the bound leaves room for a busy one, and still catches a hang. */
const WHOLE_RUN_MS = 90_000;

const word = fc.constantFrom(
  'x',
  'name',
  'sandbox',
  '>',
  '<=',
  '$',
  '${',
  '}',
  '"',
  "'",
  '\\',
  '#',
  '|',
  ':',
  '-',
  '{',
  '[',
  ']',
  '`',
  'é',
  '🙂',
  '\u200b',
  '\u0085',
  '\t',
);
const text = fc.oneof(
  fc.array(word, { maxLength: 8 }).map((words) => words.join(' ')),
  fc.string({ maxLength: 16, unit: 'grapheme' }),
  fc.string({ maxLength: 12, unit: 'binary' }).map((value) => value.replaceAll('\u0000', '')),
);
const upperName = fc.constantFrom(
  'NAMESPACE',
  'POD_NAME',
  'UNKNOWN',
  'HOME',
  'BASE_URL',
  'lower',
  'X1',
  '1BAD',
  '',
);
const yamlKey = fc.constantFrom(
  'title',
  'kind',
  'phase',
  'description',
  'variables',
  'runme',
  'titel',
  'name',
  'type',
  'url',
  'query',
  'comparator',
  'value',
  'for',
  'within',
  'interval',
  'mode',
  'status',
  'json',
  'method',
  'headers',
  'body',
  'only',
  'except',
  'continueOnError',
  'path',
  'equals',
  'matches',
  'prompt',
  'secret',
  'default',
);
const yamlValue = fc.oneof(
  fc.constantFrom(
    'http',
    'promql',
    'drill',
    'checklist',
    '>',
    '>=',
    '"<"',
    '|',
    '30s',
    '10ms',
    '5x',
    '200',
    '700',
    'true',
    '"true"',
    'yes',
    '[',
    '{',
    '{ path: $.a[0], equals: UP }',
    '{ path: $.a[*] }',
    '"(x"',
    '$BASE_URL/health',
    '&a',
    '*a',
    '!!binary x',
    '~',
    '',
    '- a',
    'http://127.0.0.1:1/$NAME',
  ),
  text,
);
const yamlLine = fc
  .tuple(
    fc.constantFrom('', '  ', '    ', '\t', '- '),
    yamlKey,
    fc.constantFrom(': ', ':', ' : ', ''),
    yamlValue,
  )
  .map((parts) => parts.join(''));
const yamlBody = fc.array(fc.oneof(yamlLine, yamlLine, text), { maxLength: 6 });

const attributeValue = fc.oneof(
  fc.constantFrom('true', 'false', 'yes', '60s', '60', 'sandbox', 'step-1', 'a b'),
  text,
);
const attributeName = fc.constantFrom(
  'name',
  'confirm',
  'confrim',
  'timeout',
  'rollback',
  'only',
  'except',
  'env',
  'background',
  'interactive',
  'id',
  'cwd',
  'weird',
);
const attributes = fc.oneof(
  fc.constant(''),
  fc.dictionary(attributeName, attributeValue, { maxKeys: 4 }).map((object) => JSON.stringify(object)),
  fc
    .dictionary(attributeName, attributeValue, { maxKeys: 4 })
    .map((object) => JSON.stringify(object).slice(0, -1)),
  fc
    .array(fc.tuple(attributeName, attributeValue), { maxLength: 3 })
    .map((pairs) => `{ ${pairs.map(([key, value]) => `${key}=${value.replace(/\s/g, '')}`).join(' ')} }`),
  fc.constantFrom('{"env":{"A":"$B"}}', '{"name":"x",}', '{', '{}', '{"name":1}', '[1]', 'title="x"'),
  text.map((value) => `{${value}}`),
);
const language = fc.oneof(
  fc.constantFrom('sh', 'bash', 'shell', 'zsh', 'SH', 'probe', 'js', 'yaml', ''),
  text.map((value) => value.replace(/[\s`]/g, '')),
);
const scriptLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'echo ',
        'X=',
        'export ',
        'read ',
        'for ',
        '# ',
        "echo '",
        'echo "',
        'cat <<EOF\n',
        "cat <<'EOF'\n",
        '\\',
      ),
      upperName.map((name) => `$${name}`),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion with a default, not a template
      fc.constantFrom('', '"', "'", '}', '${X:-y}', '\nEOF'),
    )
    .map((parts) => parts.join('')),
  text,
);
const fenceMark = fc.constantFrom('```', '~~~', '````', '  ```', '\t```');
const fence = fc
  .tuple(
    fenceMark,
    language,
    fc.constantFrom(' ', '', '  '),
    attributes,
    fc.oneof(yamlBody, fc.array(scriptLine, { maxLength: 6 })),
    fc.boolean(),
  )
  .map(([mark, lang, gap, attrs, body, closed]) =>
    [`${mark}${lang}${gap}${attrs}`, ...body, ...(closed ? [mark.trim()] : [])].join('\n'),
  );

const frontmatter = yamlBody.map((lines) => ['---', ...lines, '---'].join('\n'));
const heading = fc
  .tuple(fc.integer({ min: 1, max: 7 }), text)
  .map(([depth, title]) => `${'#'.repeat(depth)} ${title}`);
const task = fc
  .tuple(
    fc.constantFrom('', '  ', '    ', '> '),
    fc.constantFrom('- [ ] ', '- [x] ', '* [X] ', '1. [ ] ', '- [ ]', '- '),
    text,
  )
  .map((parts) => parts.join(''));
/**
 * Long lines of text and of Markdown's and the shell's marks. Some are kept shorter for micromark's
 * sake, not ours: it spends about 25 µs on each unmatched `[` and 20 µs on each `$A ` word.
 */
const longLine = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1_000, max: 8_000 }), fc.constantFrom('x', '`', '*', 'é🙂', '\t'))
    .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length))),
  fc.integer({ min: 100, max: 600 }).map((length) => '$A '.repeat(length)),
  fc.integer({ min: 50, max: 300 }).map((length) => '['.repeat(length)),
);
const misc = fc.constantFrom(
  '',
  '> quote',
  '---',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '<div>html</div>',
  '[link](http://x)',
  '    indented code',
  '- item\n  - nested',
  '[^1]: note',
);

const piece = fc.oneof(
  { weight: 3, arbitrary: fence },
  { weight: 2, arbitrary: task },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: frontmatter },
  { weight: 2, arbitrary: text },
  { weight: 2, arbitrary: misc },
);
/** One document in ten has a very long line somewhere: they make most of the parsing time. */
const LONG_LINE_FREQUENCY = 10;
const document = fc
  .tuple(
    fc.option(frontmatter, { nil: '' }),
    fc.array(piece, { maxLength: 8 }),
    fc.option(fc.tuple(longLine, fc.nat()), { freq: LONG_LINE_FREQUENCY, nil: null }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.constantFrom('\n', '\n\n'),
  )
  .map(([front, pieces, long, lineEnd, between]) => {
    if (long) pieces.splice(long[1] % (pieces.length + 1), 0, long[0]);
    return [front, ...pieces].join(between).replace(/\n/g, lineEnd);
  });

describe('parseRunbook on generated documents', () => {
  it(
    `never throws, stays fast and places every problem inside the file (${DOCUMENTS} documents)`,
    () => {
      let slowestMs = 0;
      let problemCount = 0;
      const started = performance.now();
      fc.assert(
        fc.property(document, (text) => {
          const before = process.cpuUsage();
          const { runbook, problems } = parseRunbook({ file: 'fuzz.md', id: 'fuzz', text, environments: [] });
          const used = process.cpuUsage(before);
          const tookMs = (used.user + used.system) / 1_000;
          slowestMs = Math.max(slowestMs, tookMs);
          expect(tookMs).toBeLessThan(SLOWEST_DOCUMENT_CPU_MS);
          expect(runbookSchema.safeParse(runbook).success).toBe(true);
          const lines = text.split(/\r\n|\r|\n/);
          for (const problem of problems) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.line).toBeLessThanOrEqual(lines.length);
            expect(problem.column).toBeGreaterThanOrEqual(1);
            expect(problem.column).toBeLessThanOrEqual((lines[problem.line - 1] ?? '').length + 1);
          }
          problemCount += problems.length;
        }),
        { numRuns: DOCUMENTS },
      );
      const totalMs = performance.now() - started;
      console.log(
        `parseRunbook fuzz: ${DOCUMENTS} documents, ${problemCount} problems, ${Math.round(totalMs)} ms in all, slowest ${slowestMs.toFixed(1)} ms of CPU`,
      );
      expect(totalMs).toBeLessThan(WHOLE_RUN_MS);
    },
    2 * WHOLE_RUN_MS,
  );
});
