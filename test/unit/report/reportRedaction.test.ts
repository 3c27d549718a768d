import { describe, expect, it } from 'vitest';
import { reportRedactor } from '../../../electron/host/report/export/redaction/reportRedactor';
import { redactTokenShapes } from '../../../electron/host/report/export/redaction/tokenShapes';

describe('report redaction', () => {
  it('replaces credentials of a known shape, keeping what tells a reader what was there', () => {
    const cases: Array<[string, string]> = [
      [
        'curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbmEifQ.c2lnbmF0dXJlLXNpZ24" https://api',
        'curl -H "Authorization: Bearer [redacted token]" https://api',
      ],
      ['Authorization: Basic YW5hOmh1bnRlcjI=', 'Authorization: Basic [redacted token]'],
      [
        'psql postgres://app:s3cr3t-pw@db.internal:5432/orders',
        'psql postgres://app:[redacted password]@db.internal:5432/orders',
      ],
      ['redis-cli -u redis://:Zk8pq2@cache:6379', 'redis-cli -u redis://:[redacted password]@cache:6379'],
      [
        'Server=db;User Id=app;Password=Tr0ub4dor;Encrypt=true',
        'Server=db;User Id=app;Password=[redacted password];Encrypt=true',
      ],
      ['export PGPASSWORD=hunter22 && psql', 'export PGPASSWORD=[redacted password] && psql'],
      ['key AKIAIOSFODNN7EXAMPLE in use', 'key [redacted AWS key] in use'],
      [
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'aws_secret_access_key = [redacted AWS key]',
      ],
      [
        'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbmEifQ.c2lnbmF0dXJlLXNpZ24 leaked',
        'token [redacted token] leaked',
      ],
    ];
    for (const [text, expected] of cases) expect(redactTokenShapes(text)).toBe(expected);
  });

  it('leaves ordinary operator text alone', () => {
    const prose = [
      'Bearer authentication is configured on the gateway',
      'Basic checks passed; the password policy is unchanged',
      'GET http://127.0.0.1:8080/health returned UP',
      'kubectl rollout restart deploy/api --namespace=checkout',
      'password: [secret DB_PASSWORD]',
    ];
    for (const text of prose) expect(redactTokenShapes(text)).toBe(text);
  });

  it("replaces the workspace's secret values by name, then the token shapes, after the host's own redaction", () => {
    const redact = reportRedactor({
      secrets: [['DB_PASSWORD', 'planted-db-secret-42']],
      before: (text) => text.replaceAll('typed-into-a-prompt', '[secret API_KEY]'),
    });
    expect(redact('mysql -p planted-db-secret-42 -e "select 1" # typed-into-a-prompt')).toBe(
      'mysql -p [secret DB_PASSWORD] -e "select 1" # [secret API_KEY]',
    );
    expect(redact("curl -H 'Authorization: Bearer abcdefghijklmnop1234'")).toBe(
      "curl -H 'Authorization: Bearer [redacted token]'",
    );
  });
});
