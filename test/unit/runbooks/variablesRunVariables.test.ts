import { describe, expect, it } from 'vitest';
import { parseRunbook } from '../../../electron/host/runbooks/parse/parseRunbook';
import { RunVariables } from '../../../electron/host/runbooks/variables/runVariables';
import type { CommandStep, ProbeStep, Runbook } from '../../../shared/runbookTypes';

const RUNBOOK = `---
title: Flush drill
kind: drill
variables:
  KUBE_CONTEXT: kind-dev
  REDIS_PASSWORD:
    secret: true
---

\`\`\`sh {"name":"pod-name","env":{"AUTH":"$REDIS_PASSWORD"}}
kubectl --context $KUBE_CONTEXT get pod -o name; echo "\${REPLICAS:-3}"
\`\`\`

\`\`\`sh {"name":"flush"}
redis-cli -a "$REDIS_PASSWORD" del $POD_NAME
\`\`\`

\`\`\`probe
type: http
url: $SERVICE_URL/health
headers: { Authorization: "Bearer $REDIS_PASSWORD" }
\`\`\`
`;

function runbook(): Runbook {
  const parsed = parseRunbook({ file: '/w/flush.md', id: 'flush', text: RUNBOOK });
  if (!parsed.runbook) throw new Error(JSON.stringify(parsed.problems));
  return parsed.runbook;
}

function runVariables(values: Record<string, string>): { variables: RunVariables; steps: Runbook['steps'] } {
  const { steps } = runbook();
  const map = new Map(
    Object.entries(values).map(([name, value]) => [name, { value, secret: name === 'REDIS_PASSWORD' }]),
  );
  return { variables: new RunVariables(map, steps), steps };
}

describe("a run's variables for the executor", () => {
  const values = {
    KUBE_CONTEXT: 'kind-dev',
    REDIS_PASSWORD: "pa'ss word",
    REPLICAS: '5',
    SERVICE_URL: 'http://127.0.0.1:18080',
  };

  it('substitutes a command, shows it redacted, and exports what the shell expands itself', () => {
    const { variables, steps } = runVariables(values);
    const first = steps[0] as CommandStep;
    expect(variables.command(first)).toEqual({
      script: `kubectl --context 'kind-dev' get pod -o name; echo "\${REPLICAS:-3}"`,
      display: `kubectl --context 'kind-dev' get pod -o name; echo "\${REPLICAS:-3}"`,
      env: { REPLICAS: '5', AUTH: "pa'ss word" },
    });
    const second = variables.command(steps[1] as CommandStep);
    expect(second.script).toBe(`redis-cli -a "pa'ss word" del $POD_NAME`);
    expect(second.display).toBe('redis-cli -a "[secret REDIS_PASSWORD]" del $POD_NAME');
  });

  it('captures a named step’s output only when a later step reads it, and substitutes it there', () => {
    const { variables, steps } = runVariables(values);
    expect(variables.outputUsed(steps[0] as CommandStep)).toBe(true);
    expect(variables.outputUsed(steps[1] as CommandStep)).toBe(false);
    variables.setOutput(steps[0] as CommandStep, 'pod/api-1 ; rm x');
    expect(variables.command(steps[1] as CommandStep).script).toBe(
      `redis-cli -a "pa'ss word" del 'pod/api-1 ; rm x'`,
    );
    expect(variables.shown().POD_NAME).toBe('pod/api-1 ; rm x');
  });

  it('refuses a NUL in a value it would export, naming the variable', () => {
    const { variables, steps } = runVariables({ ...values, REPLICAS: '5\0' });
    expect(() => variables.command(steps[0] as CommandStep)).toThrow(
      'REPLICAS: its value contains a NUL character, which no environment variable can hold',
    );
  });

  it('fills a probe in and shows it with secrets masked', () => {
    const { variables, steps } = runVariables(values);
    const resolved = variables.probe(steps[2] as ProbeStep);
    expect(resolved.display).toBe('GET http://127.0.0.1:18080/health');
    expect(resolved.step.probe).toMatchObject({
      url: 'http://127.0.0.1:18080/health',
      headers: { Authorization: "Bearer pa'ss word" },
    });
  });

  it('shows secrets masked and the variables that say where a command acts', () => {
    const { variables } = runVariables(values);
    expect(variables.shown()).toEqual({
      KUBE_CONTEXT: 'kind-dev',
      REDIS_PASSWORD: '[secret REDIS_PASSWORD]',
      REPLICAS: '5',
      SERVICE_URL: 'http://127.0.0.1:18080',
    });
    expect(variables.context()).toEqual({ KUBE_CONTEXT: 'kind-dev' });
    expect(variables.redact("auth pa'ss word ok")).toBe('auth [secret REDIS_PASSWORD] ok');
  });
});
