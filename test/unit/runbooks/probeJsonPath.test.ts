import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateJsonPath,
  formatJsonPath,
  parseJsonPath,
} from '../../../electron/host/runbooks/probes/jsonPath';

describe('parseJsonPath', () => {
  it('reads $, .key, [N] and quoted keys', () => {
    expect(parseJsonPath('$')).toEqual({ ok: true, segments: [] });
    expect(parseJsonPath('$.status')).toEqual({ ok: true, segments: ['status'] });
    expect(parseJsonPath('$.checks[0].state')).toEqual({ ok: true, segments: ['checks', 0, 'state'] });
    expect(parseJsonPath(`$['db-primary']["the \\"main\\" one"][12]`)).toEqual({
      ok: true,
      segments: ['db-primary', 'the "main" one', 12],
    });
    expect(parseJsonPath("$['it\\'s']['a\\\\b']")).toEqual({ ok: true, segments: ["it's", 'a\\b'] });
    expect(parseJsonPath('$.état._x9')).toEqual({ ok: true, segments: ['état', '_x9'] });
  });

  it('says where a path goes wrong, by column', () => {
    const cases: [string, number, RegExp][] = [
      ['status', 1, /starts with \$/],
      ['$status', 2, /expected \.key, \[0\] or \['key'\] here, found "s"/],
      ['$.', 3, /a key is missing after the dot/],
      ['$.a..b', 4, /recursive descent/],
      ['$.*', 3, /wildcards/],
      ['$.0', 3, /write \[0\] for an index, or \['0'\] for a key/],
      ['$.db-primary', 5, /found "-"/],
      ['$[', 2, /unclosed \[/],
      ['$[*]', 3, /wildcards/],
      ['$[?(@.a)]', 3, /filters/],
      ['$[1', 4, /unclosed \[/],
      ['$[1:2]', 4, /expected \] after the index/],
      ['$[01]', 3, /no leading zeros/],
      ['$[-1]', 3, /expected an index or a quoted key/],
      ["$['abc", 3, /unclosed quote/],
      ["$['a'x", 6, /expected \] after the quoted key/],
      ["$['a\\n']", 5, /escapes/],
    ];
    for (const [path, column, message] of cases) {
      const parsed = parseJsonPath(path);
      expect(parsed, path).toMatchObject({ ok: false, column });
      if (!parsed.ok) expect(parsed.message, path).toMatch(message);
    }
  });

  it('reads back every path it writes', () => {
    const segment = fc.oneof(fc.nat({ max: 10_000 }), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        expect(parseJsonPath(formatJsonPath(segments))).toEqual({ ok: true, segments });
      }),
      { numRuns: 500 },
    );
  });
});

describe('evaluateJsonPath', () => {
  const body = { status: 'UP', checks: [{ name: 'db', up: true }], meta: null, 'db-primary': { lag: 0 } };

  it('finds the value at a path, whatever its type', () => {
    const at = (path: string) => {
      const parsed = parseJsonPath(path);
      if (!parsed.ok) throw new Error(parsed.message);
      return evaluateJsonPath(parsed.segments, body);
    };
    expect(at('$')).toEqual({ found: true, value: body });
    expect(at('$.status')).toEqual({ found: true, value: 'UP' });
    expect(at('$.checks[0].up')).toEqual({ found: true, value: true });
    expect(at('$.meta')).toEqual({ found: true, value: null });
    expect(at("$['db-primary'].lag")).toEqual({ found: true, value: 0 });
  });

  it('says why nothing is there', () => {
    expect(evaluateJsonPath(['checks', 1], body)).toEqual({ found: false, reason: '$.checks has 1 item' });
    expect(evaluateJsonPath(['status', 0], body)).toEqual({
      found: false,
      reason: '$.status is a string, not a list',
    });
    expect(evaluateJsonPath(['meta', 'x'], body)).toEqual({
      found: false,
      reason: '$.meta is null, not an object',
    });
    expect(evaluateJsonPath(['checks', 'length'], body)).toEqual({
      found: false,
      reason: '$.checks is a list, not an object',
    });
    expect(evaluateJsonPath(['toString'], body)).toEqual({ found: false, reason: '$ has no key "toString"' });
    expect(evaluateJsonPath(['db-primary', 'lag2'], body)).toEqual({
      found: false,
      reason: `$['db-primary'] has no key "lag2"`,
    });
  });
});
