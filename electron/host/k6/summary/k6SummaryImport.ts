import { jsonErrorPosition, jsonErrorReason } from './jsonSyntaxProblem';
import type { K6SummaryImport, K6SummaryProblem } from './k6SummaryTypes';
import { readHandleSummary } from './readHandleSummary';
import { readSummaryExport } from './readSummaryExport';
import { readSummaryV1 } from './readSummaryV1';
import { isObject, type JsonObject, objectAt } from './summaryFields';

/** The machine-readable summary versions this reader knows: 1.x adds fields, which are ignored. */
const SUPPORTED_V1_MAJOR = '1';

const SHAPES_TRIED =
  'tried handleSummary data (metrics.NAME.{type, values, thresholds}), the legacy --summary-export file ' +
  '(metrics.NAME with flat values) and the machine-readable summary 1.0 (version, results.metrics[])';

/**
 * Reads a k6 end-of-test summary, recognising its shape by content: handleSummary data, the legacy
 * `--summary-export` file or the machine-readable summary 1.0. Unknown fields are ignored, missing ones
 * read as empty; `source` names the file in problems.
 */
export function importK6Summary(text: string, source: string): K6SummaryImport {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const { line, column } = jsonErrorPosition(text);
    return problem(source, line, column, `not valid JSON: ${jsonErrorReason(error)}`);
  }
  if (!isObject(document)) {
    return problem(
      source,
      null,
      null,
      `not a k6 summary: the document is not a JSON object; ${SHAPES_TRIED}`,
    );
  }
  const results = objectAt(document, 'results');
  if (results && Array.isArray(results.metrics)) {
    const version = typeof document.version === 'string' ? document.version : null;
    if (version !== null && version.split('.')[0] !== SUPPORTED_V1_MAJOR) {
      return problem(
        source,
        null,
        null,
        `machine-readable summary version ${version} is not supported; expected ${SUPPORTED_V1_MAJOR}.x`,
      );
    }
    return { ok: true, summary: readSummaryV1(document, results, results.metrics) };
  }
  const metrics = objectAt(document, 'metrics');
  if (!metrics) return problem(source, null, null, `not a k6 summary: no "metrics" object; ${SHAPES_TRIED}`);
  const summary = looksLikeHandleSummary(document, metrics)
    ? readHandleSummary(document, metrics)
    : readSummaryExport(document, metrics);
  return { ok: true, summary };
}

/**
 * handleSummary data gives each metric a `values` object and lists groups in arrays; the legacy export
 * writes values flat and groups as objects. With no metric to tell, `state` (handleSummary only) decides.
 */
function looksLikeHandleSummary(document: JsonObject, metrics: JsonObject): boolean {
  for (const metric of Object.values(metrics)) {
    if (!isObject(metric)) continue;
    if (isObject(metric.values) || typeof metric.type === 'string') return true;
    if (Object.values(metric).some((value) => typeof value === 'number')) return false;
  }
  const rootGroup = objectAt(document, 'root_group');
  if (rootGroup && (Array.isArray(rootGroup.groups) || Array.isArray(rootGroup.checks))) return true;
  return isObject(document.state);
}

function problem(source: string, line: number | null, column: number | null, what: string): K6SummaryImport {
  const where = line === null ? source : `${source}:${line}:${column}`;
  const found: K6SummaryProblem = { source, line, column, message: `${where}: ${what}` };
  return { ok: false, problem: found };
}
