import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRunbook, type RunbookParse } from '../../../electron/host/runbooks/parse/parseRunbook';
import type { Environment } from '../../../shared/workspace/workspaceTypes';

export const RUNBOOK_FIXTURES = join(__dirname, '..', '..', 'fixtures', 'runbooks');

/** An environment as warroom.yaml gives it, with only what runbooks look at. */
export function environment(
  name: string,
  variables: Record<string, string> = {},
  secrets: string[] = [],
): Environment {
  return {
    name,
    description: null,
    sandbox: null,
    prometheus: null,
    k6: null,
    health: [],
    variables,
    secrets,
  };
}

/** Parses test/fixtures/runbooks/<path>. */
export function parseFixture(path: string, environments?: Environment[]): RunbookParse {
  const file = join(RUNBOOK_FIXTURES, path);
  const id = path.replace(/\.md$/, '');
  return parseRunbook({ file, id, text: readFileSync(file, 'utf8'), environments });
}
