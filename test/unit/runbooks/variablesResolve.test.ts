import { describe, expect, it } from 'vitest';
import { parseRunbook } from '../../../electron/host/runbooks/parse/parseRunbook';
import {
  planVariables,
  resolveVariables,
  stepOutputVariableName,
  type VariableSources,
} from '../../../electron/host/runbooks/variables/resolveVariables';
import type { Runbook } from '../../../shared/runbookTypes';
import type { Environment } from '../../../shared/workspace/workspaceTypes';

const RUNBOOK = `---
title: Scale drill
kind: drill
variables:
  NAMESPACE: shop
  KUBE_CONTEXT:
    prompt: kubectl context to act on
  REDIS_PASSWORD:
    prompt: Redis password
    secret: true
---

# Scale

\`\`\`sh {"name":"pod-name"}
kubectl --context "$KUBE_CONTEXT" -n "$NAMESPACE" get pod -o name | head -1
\`\`\`

\`\`\`sh {"name":"flush"}
redis-cli -h $REDIS_HOST -a "$REDIS_PASSWORD" --user $API_USER del "$POD_NAME" $HOME
\`\`\`

\`\`\`probe
type: http
url: $SERVICE_URL/health
headers: { Authorization: "Bearer $API_TOKEN" }
\`\`\`
`;

function parsedRunbook(): Runbook {
  const parsed = parseRunbook({ file: '/w/drills/scale.md', id: 'drills/scale', text: RUNBOOK });
  if (!parsed.runbook) throw new Error(JSON.stringify(parsed.problems));
  return parsed.runbook;
}

function sandboxEnvironment(variables: Record<string, string>, secrets: string[]): Environment {
  return {
    name: 'sandbox',
    description: null,
    sandbox: {
      servicePort: 18080,
      prometheusPort: 19090,
      rehearsalFactor: 10,
      restartDelayMs: 1000,
      load: 'smoke',
      useRedis: false,
    },
    prometheus: { url: 'http://127.0.0.1:19090', timeoutMs: 5000, auth: null },
    k6: null,
    health: [],
    variables,
    secrets,
  };
}

function sources(
  remembered: Record<string, string> = {},
  variables: Record<string, string> = {},
): VariableSources {
  const runbook = parsedRunbook();
  return {
    declared: runbook.variables,
    steps: runbook.steps,
    environment: sandboxEnvironment({ REDIS_HOST: 'redis.local', UNUSED: 'x', ...variables }, [
      'API_TOKEN',
      'NOT_USED',
    ]),
    remembered: (name) => remembered[name] ?? null,
  };
}

describe('the run form variables', () => {
  it("lists the runbook's own, then the environment's its steps use, each from its first source", () => {
    expect(planVariables(sources({ REDIS_PASSWORD: 'remembered-pw' }, { API_USER: 'ops' }))).toEqual([
      { name: 'NAMESPACE', prompt: 'NAMESPACE', secret: false, value: 'shop', source: 'default' },
      {
        name: 'KUBE_CONTEXT',
        prompt: 'kubectl context to act on',
        secret: false,
        value: null,
        source: 'prompt',
      },
      { name: 'REDIS_PASSWORD', prompt: 'Redis password', secret: true, value: null, source: 'remembered' },
      {
        name: 'REDIS_HOST',
        prompt: 'REDIS_HOST',
        secret: false,
        value: 'redis.local',
        source: 'environment',
      },
      { name: 'API_USER', prompt: 'API_USER', secret: false, value: 'ops', source: 'environment' },
      {
        name: 'SERVICE_URL',
        prompt: 'SERVICE_URL',
        secret: false,
        value: 'http://127.0.0.1:18080',
        source: 'environment',
      },
      { name: 'API_TOKEN', prompt: 'API_TOKEN', secret: true, value: null, source: 'prompt' },
    ]);
  });

  it("prefers the environment's value to the runbook's default, and never prefills a secret", () => {
    const plan = planVariables(sources({}, { NAMESPACE: 'shop-staging', REDIS_PASSWORD: 'from-yaml' }));
    expect(plan.find((variable) => variable.name === 'NAMESPACE')).toMatchObject({
      value: 'shop-staging',
      source: 'environment',
    });
    expect(plan.find((variable) => variable.name === 'REDIS_PASSWORD')).toMatchObject({
      value: null,
      source: 'environment',
    });
  });
});

describe('the values a run starts with', () => {
  it('takes given values first, then environment, remembered secrets and defaults', () => {
    const resolution = resolveVariables(sources({ REDIS_PASSWORD: 'remembered-pw', API_TOKEN: 'tok-1234' }), {
      KUBE_CONTEXT: 'kind-dev',
      REDIS_HOST: 'given-host',
      API_USER: '',
    });
    expect(resolution.ok).toBe(true);
    if (!resolution.ok) return;
    expect(Object.fromEntries(resolution.values)).toEqual({
      NAMESPACE: { value: 'shop', secret: false },
      KUBE_CONTEXT: { value: 'kind-dev', secret: false },
      REDIS_PASSWORD: { value: 'remembered-pw', secret: true },
      REDIS_HOST: { value: 'given-host', secret: false },
      SERVICE_URL: { value: 'http://127.0.0.1:18080', secret: false },
      API_TOKEN: { value: 'tok-1234', secret: true },
    });
  });

  it('lists every variable without a value, saying how to give it', () => {
    expect(resolveVariables(sources(), {})).toEqual({
      ok: false,
      missing: ['KUBE_CONTEXT', 'REDIS_PASSWORD', 'API_TOKEN'].map((name) => ({
        name,
        message: `${name} has no value: give it in the form or with --var ${name}=…`,
      })),
    });
  });

  it('a given value beats a remembered secret', () => {
    const resolution = resolveVariables(sources({ REDIS_PASSWORD: 'old' }), {
      KUBE_CONTEXT: 'k',
      REDIS_PASSWORD: 'new',
      API_TOKEN: 't',
    });
    expect(resolution.ok && resolution.values.get('REDIS_PASSWORD')).toEqual({ value: 'new', secret: true });
  });
});

describe('step output variables', () => {
  it('names a step output by its step name, upper-cased, - and . as _', () => {
    expect(stepOutputVariableName('pod-name')).toBe('POD_NAME');
    expect(stepOutputVariableName('db.primary-host')).toBe('DB_PRIMARY_HOST');
  });

  it("does not ask for a runbook variable that only other environments' steps use", () => {
    const { runbook } = parseRunbook({
      file: '/w/drills/crash.md',
      id: 'drills/crash',
      text: [
        '---',
        'title: Crash',
        'kind: drill',
        'variables:',
        '  KUBE_CONTEXT: { prompt: kubectl context }',
        '  UNUSED: { prompt: used by nothing }',
        '---',
        '```sh {"name":"in-cluster","except":"sandbox"}',
        'kubectl --context "$KUBE_CONTEXT" delete pod api-0',
        '```',
        '```sh {"name":"in-sandbox","only":"sandbox"}',
        'warroom sandbox fault crash',
        '```',
        '',
      ].join('\n'),
    });
    if (!runbook) throw new Error('the test runbook does not parse');
    const inSandbox = runbook.steps.filter((step) => !step.except.includes('sandbox'));
    const plan = planVariables({
      declared: runbook.variables,
      steps: inSandbox,
      environment: sandboxEnvironment({}, []),
      remembered: () => null,
    });
    expect(plan).toEqual([]);
    expect(
      planVariables({
        declared: runbook.variables,
        steps: runbook.steps,
        environment: sandboxEnvironment({}, []),
        remembered: () => null,
      }).map((v) => v.name),
    ).toEqual(['KUBE_CONTEXT']);
  });
});
