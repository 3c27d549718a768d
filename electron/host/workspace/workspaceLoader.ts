import { basename, resolve } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { workspaceSchema } from '../../../shared/workspace/workspaceSchema';
import type {
  Environment,
  Workspace,
  WorkspaceConfig,
  WorkspaceProblem,
} from '../../../shared/workspace/workspaceTypes';
import { workspaceErrorMap } from './issueMessages';
import { dottedPath } from './problemPath';
import { readWorkspaceFile } from './workspaceFile';
import { keyProblems } from './yamlKeyChecks';
import { lineColumnAt, positionOf } from './yamlPositions';
import { locateIssues } from './zodProblems';

export { MAX_WORKSPACE_FILE_BYTES, WORKSPACE_FILE_NAME } from './workspaceFile';

export type WorkspaceLoad =
  | { ok: true; workspace: Workspace; file: string }
  | { ok: false; problems: WorkspaceProblem[]; file: string };

const YAML_OPTIONS = {
  // One-line messages without yaml's source excerpt, which could show a secret pasted by mistake.
  prettyErrors: false,
  // keyProblems reports duplicate keys, with their path and the first one's line.
  uniqueKeys: false,
  // yaml would print its warnings to the console; here they are problems.
  logLevel: 'error',
  // Plain data only: !!binary, !!set and the like stay unresolved (a problem) instead of becoming objects.
  resolveKnownTags: false,
} as const;

function failure(file: string, problems: WorkspaceProblem[]): WorkspaceLoad {
  const byPosition = (a: WorkspaceProblem, b: WorkspaceProblem) => a.line - b.line || a.column - b.column;
  return { ok: false, file, problems: [...problems].sort(byPosition) };
}

/** The document as plain data, or why not: toJS refuses aliases that expand without bound. */
function documentData(document: Document): { data: unknown } | { error: string } {
  try {
    return { data: document.toJS() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function withResolvedPaths(dir: string, environment: Environment): Environment {
  const jsonOutput = environment.k6?.jsonOutput;
  if (!environment.k6 || !jsonOutput) return environment;
  return { ...environment, k6: { ...environment.k6, jsonOutput: resolve(dir, jsonOutput) } };
}

function toWorkspace(dir: string, file: string, config: WorkspaceConfig): Workspace {
  const environments = Object.fromEntries(
    Object.entries(config.environments).map(([name, environment]) => [
      name,
      withResolvedPaths(dir, environment),
    ]),
  );
  return { ...config, dir, file, name: config.name ?? basename(dir), environments };
}

/** Loads DIR/warroom.yaml; every problem in it, sorted by position, or the workspace. */
export function loadWorkspace(dir: string): WorkspaceLoad {
  const read = readWorkspaceFile(dir);
  if (!read.ok) return failure(read.file, [read.problem]);
  const { file } = read;
  const lineCounter = new LineCounter();
  const document = parseDocument(read.text, { ...YAML_OPTIONS, lineCounter });
  const problemAt = (offset: number, message: string): WorkspaceProblem => ({
    file,
    ...lineColumnAt(lineCounter, offset),
    path: '',
    message,
  });

  const syntaxProblems = [...document.errors, ...document.warnings].map((error) =>
    problemAt(error.pos[0], error.message),
  );
  if (document.errors.length > 0) return failure(file, syntaxProblems);
  if (document.contents === null) {
    return failure(file, [problemAt(0, 'the file is empty; a workspace needs at least environments:')]);
  }
  const yamlProblems = [
    ...syntaxProblems,
    ...keyProblems(document, lineCounter).map((problem) => ({ file, ...problem })),
  ];
  const converted = documentData(document);
  if ('error' in converted) return failure(file, [...yamlProblems, problemAt(0, converted.error)]);

  const parsed = workspaceSchema.safeParse(converted.data, { error: workspaceErrorMap });
  const schemaProblems = parsed.success
    ? []
    : locateIssues(workspaceSchema, parsed.error.issues, converted.data).map((issue) => {
        const first = issue.firstGivenAt && positionOf(document, lineCounter, issue.firstGivenAt, 'value');
        return {
          file,
          ...positionOf(document, lineCounter, issue.path, issue.target),
          path: dottedPath(issue.path),
          message: first ? `${issue.message}; first given on line ${first.line}` : issue.message,
        };
      });
  const problems = [...yamlProblems, ...schemaProblems];
  if (!parsed.success || problems.length > 0) return failure(file, problems);
  return { ok: true, file, workspace: toWorkspace(read.dir, file, parsed.data) };
}
