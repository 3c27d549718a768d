import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../electron/host/workspace/workspaceLoader';
import { DEFAULT_DENY_LIST } from '../../../shared/workspace/runbooksSettingsSchema';
import { problemsIn, scratchWorkspace, yamlLines } from './scratchWorkspace';

describe('the runbooks section', () => {
  it('gives the default deny-list when the file has no runbooks section', () => {
    const load = loadWorkspace(scratchWorkspace(yamlLines('environments:', '  sandbox: {}')));
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    expect(load.workspace.runbooks.denyList).toEqual(DEFAULT_DENY_LIST);
  });

  it('replaces the deny-list with the one the file gives', () => {
    const load = loadWorkspace(
      scratchWorkspace(
        yamlLines('environments:', '  sandbox: {}', 'runbooks:', '  denyList: [FLUSHALL, "--replicas=0"]'),
      ),
    );
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    expect(load.workspace.runbooks.denyList).toEqual(['FLUSHALL', '--replicas=0']);
  });

  it('names the line of a deny-list that is not a list, and of an unknown key', () => {
    expect(
      problemsIn(
        yamlLines('environments:', '  sandbox: {}', 'runbooks:', '  denyList: FLUSHALL', '  denylst: []'),
      ),
    ).toEqual([
      'warroom.yaml:4:13: runbooks.denyList: expected a list of words or phrases',
      'warroom.yaml:5:3: runbooks.denylst: unknown key; did you mean "denyList"?',
    ]);
  });
});
