import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../electron/host/workspace/workspaceLoader';
import { problemsIn, scratchWorkspace, yamlLines } from './scratchWorkspace';

const SHIPPED_WORKSPACE = fileURLToPath(new URL('../../../runbooks', import.meta.url));

/** A sandbox section with every field valid; tests change one line of it. */
function sandboxWith(overrides: Record<string, string> = {}): string {
  const fields = {
    servicePort: '4290',
    prometheusPort: '4291',
    rehearsalFactor: '60',
    restartDelay: '5s',
    load: 'ramp',
    ...overrides,
  };
  return yamlLines(
    'environments:',
    '  sandbox:',
    '    sandbox:',
    ...Object.entries(fields).map(([key, value]) => `      ${key}: ${value}`),
  );
}

describe('loading the shipped workspace', () => {
  it('loads runbooks/warroom.yaml with the sandbox environment as the default', () => {
    const loaded = loadWorkspace(SHIPPED_WORKSPACE);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const { workspace } = loaded;
    expect(workspace.name).toBe('Rehearsal');
    expect(workspace.file).toBe(join(SHIPPED_WORKSPACE, 'warroom.yaml'));
    expect(workspace.defaultEnvironment).toBe('sandbox');
    expect(Object.keys(workspace.environments)).toEqual(['sandbox']);
    const sandbox = workspace.environments.sandbox;
    expect(sandbox?.sandbox).toEqual({
      servicePort: 4290,
      prometheusPort: 4291,
      rehearsalFactor: 60,
      restartDelayMs: 5_000,
      load: 'ramp',
      useRedis: true,
    });
    expect(sandbox?.prometheus).toEqual({ url: 'http://127.0.0.1:4291', timeoutMs: 10_000, auth: null });
    expect(sandbox?.health).toEqual([
      { name: 'sandbox', url: 'http://127.0.0.1:4290/health' },
      { name: 'sandbox-ready', url: 'http://127.0.0.1:4290/health/ready' },
    ]);
    expect(sandbox?.variables).toEqual({
      BASE_URL: 'http://127.0.0.1:4290',
      ADMIN_URL: 'http://127.0.0.1:4290',
      METRICS_JOB: 'sandbox',
    });
    expect(sandbox?.secrets).toEqual([]);
  });
});

describe('a valid workspace', () => {
  it('takes its name from the folder, its default from its only environment, and fills defaults', () => {
    const dir = scratchWorkspace(
      yamlLines('environments:', '  staging:', '    prometheus:', '      url: https://prom.example'),
    );
    const loaded = loadWorkspace(dir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.workspace.name).toBe(dir.split('/').at(-1));
    expect(loaded.workspace.defaultEnvironment).toBe('staging');
    expect(loaded.workspace.environments.staging).toMatchObject({
      description: null,
      sandbox: null,
      k6: null,
      prometheus: { url: 'https://prom.example', timeoutMs: 10_000, auth: null },
      health: [],
      variables: {},
      secrets: [],
    });
  });

  it('resolves a relative k6 jsonOutput against the workspace folder', () => {
    const dir = scratchWorkspace(
      yamlLines(
        'environments:',
        '  sandbox:',
        '    k6:',
        '      jsonOutput: ./out/k6.json',
        '      address: 127.0.0.1:6565',
      ),
    );
    const loaded = loadWorkspace(dir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.workspace.environments.sandbox?.k6).toEqual({
      jsonOutput: join(dir, 'out', 'k6.json'),
      address: '127.0.0.1:6565',
      thresholds: {},
      remoteWrite: { trendStats: ['p(99)'], nativeHistograms: false },
    });
  });

  it('reads Prometheus auth by secret name when the secret is listed', () => {
    const loaded = loadWorkspace(
      scratchWorkspace(
        yamlLines(
          'environments:',
          '  prod:',
          '    prometheus:',
          '      url: https://prom.example',
          '      timeout: 500ms',
          '      auth:',
          '        basic: { username: ops, passwordSecret: PROM_PASSWORD }',
          '    secrets: [PROM_PASSWORD]',
        ),
      ),
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.workspace.environments.prod?.prometheus).toEqual({
      url: 'https://prom.example',
      timeoutMs: 500,
      auth: { kind: 'basic', username: 'ops', passwordSecret: 'PROM_PASSWORD' },
    });
  });

  it('keeps hostile variable values as plain text, numbers and booleans as strings', () => {
    const loaded = loadWorkspace(
      scratchWorkspace(
        yamlLines(
          'environments:',
          '  sandbox:',
          '    variables:',
          '      CLEANUP: $(rm -rf /)',
          '      TWO_LINES: "first\\nsecond; echo pwned"',
          '      REPLICAS: 35',
          '      DRY_RUN: false',
        ),
      ),
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.workspace.environments.sandbox?.variables).toEqual({
      CLEANUP: '$(rm -rf /)',
      TWO_LINES: 'first\nsecond; echo pwned',
      REPLICAS: '35',
      DRY_RUN: 'false',
    });
  });
});

describe('a workspace with one problem', () => {
  it('points at a misspelt key and suggests the known one', () => {
    const problems = problemsIn(
      yamlLines(
        'environments:',
        '  sandbox:',
        '    description: x',
        '    prometeus:',
        '      url: http://127.0.0.1:9090',
      ),
    );
    expect(problems).toEqual([
      'warroom.yaml:4:5: environments.sandbox.prometeus: unknown key; did you mean "prometheus"?',
    ]);
  });

  it('names the keys a section takes when an unknown key is nothing like them', () => {
    expect(problemsIn(yamlLines('colour: red', 'environments:', '  sandbox: {}'))).toEqual([
      'warroom.yaml:1:1: colour: unknown key; the top level takes name, defaultEnvironment, environments, dashboard, signoff, runbooks',
    ]);
  });

  it('rejects a URL that is not one', () => {
    expect(
      problemsIn(yamlLines('environments:', '  sandbox:', '    prometheus:', '      url: localhost 9090')),
    ).toEqual(['warroom.yaml:4:12: environments.sandbox.prometheus.url: not a URL: "localhost 9090"']);
  });

  it('rejects credentials in a URL without repeating them', () => {
    const problems = problemsIn(
      yamlLines(
        'environments:',
        '  sandbox:',
        '    prometheus:',
        '      url: https://ops:hunter2@prom.example',
      ),
    );
    expect(problems).toEqual([
      'warroom.yaml:4:12: environments.sandbox.prometheus.url: credentials do not belong in the URL; name a secret under auth instead',
    ]);
  });

  it('asks for a unit on a bare-number duration', () => {
    expect(problemsIn(sandboxWith({ restartDelay: '5' }))).toEqual([
      'warroom.yaml:7:21: environments.sandbox.sandbox.restartDelay: a duration needs a unit: 500ms, 5s, 2m or 1h',
    ]);
  });

  it('rejects a duration out of range or badly written', () => {
    expect(problemsIn(sandboxWith({ restartDelay: '11m' }))).toEqual([
      'warroom.yaml:7:21: environments.sandbox.sandbox.restartDelay: expected a duration from 0s to 10m (got 11m)',
    ]);
    expect(problemsIn(sandboxWith({ restartDelay: 'soon' }))).toEqual([
      'warroom.yaml:7:21: environments.sandbox.sandbox.restartDelay: expected a duration from 0s to 10m, written as 500ms, 5s, 2m or 1h',
    ]);
  });

  it('rejects a port outside 1..65535', () => {
    expect(problemsIn(sandboxWith({ servicePort: '70000' }))).toEqual([
      'warroom.yaml:4:20: environments.sandbox.sandbox.servicePort: a port is a whole number from 1 to 65535',
    ]);
  });

  it('rejects Prometheus on the service port', () => {
    expect(problemsIn(sandboxWith({ prometheusPort: '4290' }))).toEqual([
      'warroom.yaml:5:23: environments.sandbox.sandbox.prometheusPort: the service already uses port 4290; give Prometheus another',
    ]);
  });

  it('rejects a load profile that does not exist, naming those that do', () => {
    expect(problemsIn(sandboxWith({ load: 'heavy' }))).toEqual([
      'warroom.yaml:8:13: environments.sandbox.sandbox.load: expected one of smoke, ramp, peak',
    ]);
  });

  it('points a missing required key at the section it belongs in', () => {
    const withoutUrl = yamlLines('environments:', '  sandbox:', '    prometheus:', '      timeout: 5s');
    expect(problemsIn(withoutUrl)).toEqual([
      'warroom.yaml:3:5: environments.sandbox.prometheus.url: required, but missing',
    ]);
  });

  it('gives an empty sandbox section the same defaults as `warroom sandbox start`', () => {
    const loaded = loadWorkspace(
      scratchWorkspace(yamlLines('environments:', '  sandbox:', '    sandbox: {}')),
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.workspace.environments.sandbox?.sandbox).toEqual({
      servicePort: 4290,
      prometheusPort: 4291,
      rehearsalFactor: 60,
      restartDelayMs: 5_000,
      load: 'ramp',
      useRedis: true,
    });
  });

  it('rejects an auth secret that the environment does not list', () => {
    const problems = problemsIn(
      yamlLines(
        'environments:',
        '  sandbox:',
        '    prometheus:',
        '      url: http://127.0.0.1:4291',
        '      auth:',
        '        bearer: { secret: PROM_TOKEN }',
        '    secrets: [OTHER_TOKEN]',
      ),
    );
    expect(problems).toEqual([
      "warroom.yaml:6:27: environments.sandbox.prometheus.auth.bearer.secret: secret PROM_TOKEN is not listed in this environment's secrets",
    ]);
  });

  it('refuses a secret written with its value, and does not repeat the value', () => {
    const problems = problemsIn(
      yamlLines('environments:', '  sandbox:', '    secrets:', '      PROM_TOKEN: hunter2'),
    );
    expect(problems).toEqual([
      'warroom.yaml:4:7: environments.sandbox.secrets: secrets are named here, never written in the file: list their names, e.g. secrets: [PROM_TOKEN]',
    ]);
  });

  it('rejects a health check name used twice in one environment', () => {
    const problems = problemsIn(
      yamlLines(
        'environments:',
        '  sandbox:',
        '    health:',
        '      - name: api',
        '        url: http://127.0.0.1:4290/health',
        '      - name: api',
        '        url: http://127.0.0.1:4290/health/ready',
      ),
    );
    expect(problems).toEqual([
      'warroom.yaml:6:15: environments.sandbox.health[1].name: health check "api" is already defined in this environment',
    ]);
  });

  it('rejects names that are not environment or variable names, at the name', () => {
    expect(problemsIn(yamlLines('environments:', '  Prod_EU: {}'))).toEqual([
      'warroom.yaml:2:3: environments.Prod_EU: an environment name is a lowercase letter, then up to 31 lowercase letters, digits or dashes',
    ]);
    expect(
      problemsIn(yamlLines('environments:', '  sandbox:', '    variables:', '      base-url: x')),
    ).toEqual([
      'warroom.yaml:4:7: environments.sandbox.variables.base-url: a name is an uppercase letter or _, then up to 63 uppercase letters, digits or _ (like BASE_URL)',
    ]);
  });

  it('requires defaultEnvironment with several environments, and that it names one', () => {
    expect(problemsIn(yamlLines('environments:', '  staging: {}', '  prod: {}'))).toEqual([
      'warroom.yaml:1:1: defaultEnvironment: required when there are several environments: one of staging, prod',
    ]);
    expect(problemsIn(yamlLines('defaultEnvironment: stagin', 'environments:', '  staging: {}'))).toEqual([
      'warroom.yaml:1:21: defaultEnvironment: no environment "stagin"; defined: staging',
    ]);
  });

  it('rejects a key given twice, naming where the first one is', () => {
    expect(
      problemsIn(yamlLines('environments:', '  sandbox:', '    description: one', '    description: two')),
    ).toEqual(['warroom.yaml:4:5: environments.sandbox.description: duplicate key; first given on line 3']);
  });

  it('reports a YAML syntax error at its position', () => {
    expect(
      problemsIn(yamlLines('environments:', '  sandbox:', '    description: "unclosed', '    k6: {}')),
    ).toEqual(['warroom.yaml:5:1: Missing closing "quote']);
  });

  it('says an empty file needs environments', () => {
    expect(problemsIn('# nothing yet\n')).toEqual([
      'warroom.yaml:1:1: the file is empty; a workspace needs at least environments:',
    ]);
  });
});

describe('a workspace with several problems', () => {
  it('reports every one, in the order they appear in the file', () => {
    const problems = problemsIn(
      yamlLines(
        'nmae: Drill',
        'environments:',
        '  sandbox:',
        '    sandbox:',
        '      servicePort: 0',
        '      prometheusPort: 4291',
        '      rehearsalFactor: 60',
        '      restartDelay: 5',
        '      load: ramp',
        '    prometheus:',
        '      url: ftp://127.0.0.1:4291',
        '      timout: 10s',
        '    secrets: [prom_token]',
      ),
    );
    expect(problems).toEqual([
      'warroom.yaml:1:1: nmae: unknown key; did you mean "name"?',
      'warroom.yaml:5:20: environments.sandbox.sandbox.servicePort: a port is a whole number from 1 to 65535',
      'warroom.yaml:8:21: environments.sandbox.sandbox.restartDelay: a duration needs a unit: 500ms, 5s, 2m or 1h',
      'warroom.yaml:11:12: environments.sandbox.prometheus.url: expected an http or https URL (got ftp)',
      'warroom.yaml:12:7: environments.sandbox.prometheus.timout: unknown key; did you mean "timeout"?',
      'warroom.yaml:13:15: environments.sandbox.secrets[0]: a name is an uppercase letter or _, then up to 63 uppercase letters, digits or _ (like BASE_URL)',
    ]);
  });
});
