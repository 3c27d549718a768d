import { describe, expect, it } from 'vitest';
import { parseSubmetricKey, SubmetricKeyError, submetricSelects } from '../../../shared/k6/submetricKey';

describe('reading a thresholds key as k6 does', () => {
  it.each([
    ['http_req_duration', 'http_req_duration', null, null],
    [
      'http_req_duration{expected_response:true}',
      'http_req_duration',
      { expected_response: 'true' },
      'expected_response:true',
    ],
    [
      'http_req_duration{status:200,method:GET}',
      'http_req_duration',
      { status: '200', method: 'GET' },
      'status:200,method:GET',
    ],
    [
      `http_req_duration{ status : "200" , method:'GET' }`,
      'http_req_duration',
      { status: '200', method: 'GET' },
      `status : "200" , method:'GET'`,
    ],
    // k6 #2512: URL-grouping names really contain `${}`.
    [
      `http_req_duration{name:http://\${}.com}`,
      'http_req_duration',
      { name: `http://\${}.com` },
      `name:http://\${}.com`,
    ],
    ['http_reqs{url:http://x:8080/a}', 'http_reqs', { url: 'http://x:8080/a' }, 'url:http://x:8080/a'],
    ['checks{a:1,a:2}', 'checks', { a: '2' }, 'a:1,a:2'],
    ['checks{ a: }', 'checks', { a: '' }, 'a:'],
    [`checks{"scenario":'login'}`, 'checks', { scenario: 'login' }, `"scenario":'login'`],
  ])('%s → metric %s, tags %j, suffix %j', (key, metric, tags, suffix) => {
    expect(parseSubmetricKey(key)).toEqual({ key, metric, tags, suffix });
  });

  it.each([
    ['m{a:1', 2, 'expected a "}" closing this "{"'],
    ['ma:1}', 5, 'expected a "{" before this "}"'],
    ['m}a:1{', 2, 'expected a "{" before this "}"'],
    ['m{a:1}x', 7, 'expected the key to end with the "}" closing the tag selector'],
    ['m{}', 3, 'expected "tag:value", got ""'],
    ['m{a}', 3, 'expected "tag:value", got "a"'],
    ['m{a:}', 3, 'expected "tag:value", got "a:"'],
    ['m{a:1,}', 7, 'expected "tag:value", got ""'],
    ['m{a:1, b}', 7, 'expected "tag:value", got " b"'],
  ])('refuses %j at column %i: %s', (key, column, message) => {
    let caught: unknown;
    try {
      parseSubmetricKey(key);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SubmetricKeyError);
    expect(caught).toMatchObject({ column, message: `column ${column}: ${message}` });
  });
});

describe('which samples a submetric takes', () => {
  it.each([
    [{ status: '200' }, { status: '200', method: 'GET' }, true],
    [{ status: '200', method: 'GET' }, { status: '200', method: 'GET', url: '/' }, true],
    [{ status: '200', method: 'GET' }, { status: '200' }, false],
    [{ status: '500' }, { status: '200' }, false],
    [{ a: '' }, {}, false],
    [{ a: '' }, { a: '' }, true],
  ])('selector %j on tags %j → %s', (selector, tags, expected) => {
    expect(submetricSelects(selector, tags)).toBe(expected);
  });
});
