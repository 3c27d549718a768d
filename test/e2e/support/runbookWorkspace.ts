import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The checklist's id: its path under the workspace, without `.md`. */
export const CHECKLIST_ID = 'checklists/day-before';

/** What the command step prints: the shell works out the number, so the script's text never matches. */
export const READY_LINE = 'service-ready-42';

/** The file the dangerous step writes, relative to the runbook's folder (its working directory). */
export const MARKER_FILE = 'flushed.marker';

/** One environment, with a namespace a confirmation names as where the step acts. */
export const RUNBOOK_WORKSPACE_YAML = `environments:
  staging:
    variables: { NAMESPACE: shop-e2e }
`;

/** A 24h-before checklist: three checks, a command that echoes, and one that asks first. */
const CHECKLIST = `---
title: Day-before checklist
kind: checklist
phase: 24h-before
description: What must hold the day before the test
---

# Day-before checklist

## People

- [ ] On-call rota confirmed
- [ ] Stakeholders told of the test window
- [ ] Rollback owner named

## Service

\`\`\`sh {"name":"say-ready"}
echo "service-ready-$((6 * 7))"
\`\`\`

## Cache

\`\`\`sh {"name":"flush-cache","confirm":"true"}
echo "FLUSHALL in $NAMESPACE" > ${MARKER_FILE}
\`\`\`
`;

/** Writes the checklist into the workspace; the console reads it when it starts. */
export function writeChecklist(workspace: string): string {
  const folder = join(workspace, 'checklists');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'day-before.md'), CHECKLIST);
  return folder;
}
