import { describe, expect, it } from 'vitest';
import { substituteVariables } from '../../electron/host/runbooks/variables/substitute';
import { Redactor } from '../../electron/host/secrets/redactor';

describe('redacting secrets', () => {
  it('replaces every occurrence, also inside a longer word and across lines', () => {
    const redactor = new Redactor([['TOKEN', 'tok-9f8e7d']]);
    expect(redactor.redact('auth tok-9f8e7d ok\nxxtok-9f8e7dyy\ntok-9f8e7d')).toBe(
      'auth [secret TOKEN] ok\nxx[secret TOKEN]yy\n[secret TOKEN]',
    );
  });

  it('redacts a multi-line secret as given and as a terminal shows it', () => {
    const redactor = new Redactor([['KEY', '-----BEGIN KEY-----\nabcdef\n-----END KEY-----']]);
    expect(redactor.redact('before\n-----BEGIN KEY-----\nabcdef\n-----END KEY-----\nafter')).toBe(
      'before\n[secret KEY]\nafter',
    );
    expect(redactor.redact('before\r\n-----BEGIN KEY-----\r\nabcdef\r\n-----END KEY-----\r\nafter')).toBe(
      'before\r\n[secret KEY]\r\nafter',
    );
  });

  it('prefers the longer secret where one contains another', () => {
    const redactor = new Redactor([
      ['SHORT', 'pass'],
      ['LONG', 'password123'],
    ]);
    expect(redactor.redact('a password123 b pass c')).toBe('a [secret LONG] b [secret SHORT] c');
  });

  it('hides the whole stretch where secrets overlap, naming each once', () => {
    const redactor = new Redactor([
      ['A', 'abcdef'],
      ['B', 'defghi'],
    ]);
    expect(redactor.redact('x abcdefghi y')).toBe('x [secret A][secret B] y');
    expect(redactor.redact('x defghiabcdef y')).toBe('x [secret B][secret A] y');
  });

  it('redacts the shell-quoted forms a substituted command holds', () => {
    const value = `it's "a" $b\\c`;
    const redactor = new Redactor([['PW', value]]);
    const values = new Map([['PW', { value, secret: true }]]);
    const { command } = substituteVariables('login $PW; login "$PW"; cat <<EOF\n$PW\nEOF', values);
    const redacted = redactor.redact(command);
    expect(redacted).toBe('login [secret PW]; login "[secret PW]"; cat <<EOF\n[secret PW]\nEOF');
    expect(redacted).not.toContain('"a"');
  });

  it('leaves values shorter than four characters, and text without secrets, as they are', () => {
    const redactor = new Redactor([
      ['PIN', '123'],
      ['EMPTY', ''],
    ]);
    expect(redactor.redact('exit 123 after 1234')).toBe('exit 123 after 1234');
    expect(Redactor.of(new Map([['NS', { value: 'shop', secret: false }]])).redact('ns shop')).toBe(
      'ns shop',
    );
  });

  it('redacts only the secrets among a run’s variables', () => {
    const redactor = Redactor.of(
      new Map([
        ['NS', { value: 'shop-prod', secret: false }],
        ['PW', { value: 'hunter22', secret: true }],
      ]),
    );
    expect(redactor.redact('-n shop-prod -a hunter22')).toBe('-n shop-prod -a [secret PW]');
  });
});
