import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMethods, type MethodName, type MethodParams, methodNames } from '../../../shared/api';
import { TOKEN_CHECK_PATH, TOKEN_HEADER } from '../../../shared/wireProtocol';
import { WsTestClient } from '../../support/wsTestClient';
import { type ServeProcess, startServeProcess } from '../support/serveProcess';

type MinimalParams = { [M in MethodName]?: MethodParams<M> };

/**
 * The smallest valid params of every write ('operate') method of the contract, so a refusal can
 * only come from the viewer's role. A method added to the contract without an entry here fails
 * the test below: the write methods are read from the contract, not from this table.
 */
const MINIMAL_OPERATE_PARAMS: MinimalParams = {
  'terminals.create': { cols: 80, rows: 24 },
  'terminals.write': { id: 't1', data: 'id\r' },
  'terminals.resize': { id: 't1', cols: 80, rows: 24 },
  'terminals.close': { id: 't1' },
  'journal.setOperator': { name: 'mallory' },
  'journal.startDay': { name: 'viewer day' },
  'journal.endDay': {},
  'journal.recordDecision': { decision: 'go', reason: 'viewer says so' },
  'journal.overrideCriterion': { criterion: 'no-critical-alerts', reason: 'viewer says so' },
  'journal.addNote': { text: 'viewer note' },
  'journal.logIssue': { title: 'viewer issue', severity: 1 },
  'journal.updateIssue': { id: 1, status: 'resolved' },
  'journal.addActionItem': { issueId: 1, text: 'viewer action' },
  'journal.linkEvent': { issueId: 1, seq: 1 },
  'journal.takeSnapshot': { label: 'viewer snapshot' },
  'sandbox.start': {},
  'sandbox.stop': {},
  'sandbox.fault': { fault: { kind: 'crash' } },
  'sandbox.startLoad': { preset: 'smoke' },
  'sandbox.stopLoad': {},
  'workspace.importGrafana': { json: '{}', mode: 'apply' },
  'runbooks.tick': { id: 'pre-test', stepId: 's1', checked: true },
  'runs.start': { id: 'pre-test', values: {}, remember: [] },
  'runs.control': { runId: 'r1', action: 'stop' },
  'runs.confirm': { runId: 'r1', stepId: 's1', approve: true },
  'k6.control': { action: 'stop', confirmed: true },
  'k6.recordSummary': {},
  'k6.importSummary': { name: 'summary.json', text: '{}' },
  'report.export': { format: 'md' },
};

const operateMethods = methodNames.filter((name) => apiMethods[name].access === 'operate');

function tokenOf(pageUrl: string): string {
  return new URL(pageUrl).hash.replace('#token=', '');
}

describe('serve mode refuses whoever lacks the right token, origin or role', () => {
  let serve: ServeProcess;
  let socketBase: string;

  beforeAll(async () => {
    serve = await startServeProcess();
    socketBase = `ws://${new URL(serve.origin).host}/api`;
  });
  afterAll(async () => {
    await serve?.stop();
  });

  const tokenCheck = (headers: Record<string, string>) =>
    fetch(new URL(TOKEN_CHECK_PATH, serve.origin), { headers }).then((response) => response.status);

  it('refuses a client with no token, over HTTP and on the WebSocket upgrade', async () => {
    expect(await tokenCheck({})).toBe(401);
    await expect(WsTestClient.connect(socketBase)).rejects.toThrow('HTTP 401');
    await expect(WsTestClient.connect(`${socketBase}?token=`)).rejects.toThrow('HTTP 401');
  });

  it('refuses a wrong token, including one a character off the real one', async () => {
    const operator = tokenOf(serve.operatorUrl);
    const oneOff = `${operator.slice(0, -1)}${operator.endsWith('A') ? 'B' : 'A'}`;
    for (const wrong of ['not-the-token', oneOff, `${operator}x`]) {
      expect(await tokenCheck({ [TOKEN_HEADER]: wrong })).toBe(401);
      await expect(WsTestClient.connect(`${socketBase}?token=${wrong}`)).rejects.toThrow('HTTP 401');
    }
    expect(await tokenCheck({ [TOKEN_HEADER]: operator })).toBe(204);
  });

  it('refuses an upgrade from a foreign Origin, or under a foreign Host name, even with the operator token', async () => {
    const url = `${socketBase}?token=${tokenOf(serve.operatorUrl)}`;
    const port = new URL(serve.origin).port;
    const foreign: Record<string, string>[] = [
      { Origin: 'http://evil.example' },
      { Origin: `http://evil.example:${port}` },
      { Origin: 'null' },
      { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` },
    ];
    for (const headers of foreign) {
      await expect(WsTestClient.connect(url, headers), JSON.stringify(headers)).rejects.toThrow('HTTP 403');
    }
    const own = await WsTestClient.connect(url, { Origin: serve.origin });
    await expect(own.call('session.hello', { clientId: 'own-origin-0001' })).resolves.toMatchObject({
      role: 'operator',
    });
    await own.close();
  });

  it("refuses a viewer every write method of the contract, and the host's state does not move", async () => {
    expect(operateMethods.length).toBeGreaterThan(0);
    const operator = await WsTestClient.session(
      `${socketBase}?token=${tokenOf(serve.operatorUrl)}`,
      'operator-0001',
    );
    const viewer = await WsTestClient.session(
      `${socketBase}?token=${tokenOf(serve.viewerUrl)}`,
      'viewer-0000001',
    );
    const before = {
      terminals: await operator.call('terminals.list', {}),
      days: await operator.call('journal.days', {}),
    };

    const refusals: Record<string, string> = {};
    for (const method of operateMethods) {
      const params = MINIMAL_OPERATE_PARAMS[method];
      expect(params, `add minimal valid params for the new write method ${method}`).toBeDefined();
      expect(apiMethods[method].params.safeParse(params).success, `params of ${method}`).toBe(true);
      refusals[method] = await viewer.call(method, params as never).then(
        () => 'accepted',
        (error: { code?: string }) => error.code ?? 'no code',
      );
    }
    expect(refusals).toEqual(Object.fromEntries(operateMethods.map((method) => [method, 'forbidden'])));

    expect(await operator.call('terminals.list', {})).toEqual(before.terminals);
    expect(await operator.call('journal.days', {})).toEqual(before.days);
    await viewer.close();
    await operator.close();
  });
});
