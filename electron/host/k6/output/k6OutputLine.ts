import type {
  K6MetricDefinition,
  K6MetricType,
  K6Point,
  K6Submetric,
  K6ThresholdSource,
  K6ValueType,
} from '../../../../shared/k6/k6Types';
import { parseRfc3339 } from './rfc3339';

/**
 * One line of `k6 run --out json=FILE`, checked by hand rather than with a schema: this runs once
 * per sample, and k6 writes tens of thousands of samples a second.
 */
export type K6OutputLine =
  | { kind: 'metric'; metric: K6MetricDefinition }
  | { kind: 'point'; point: K6Point }
  | { kind: 'malformed'; lineNumber: number; reason: string };

const METRIC_TYPES: ReadonlySet<string> = new Set<K6MetricType>(['counter', 'gauge', 'rate', 'trend']);
const VALUE_TYPES: ReadonlySet<string> = new Set<K6ValueType>(['default', 'time', 'data']);

/** Thrown inside this file only, to unwind the hand validation with a reason. */
class LineProblem extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(parent: Json, key: string, where: string): Json {
  const value = parent[key];
  if (!isObject(value)) throw new LineProblem(`${where}${key} is not an object`);
  return value;
}

function stringAt(parent: Json, key: string, where: string): string {
  const value = parent[key];
  if (typeof value !== 'string') throw new LineProblem(`${where}${key} is not a string`);
  return value;
}

/** k6 writes `null` for an empty tag set, submetric list or threshold list (Go nil maps and slices). */
function stringRecord(value: unknown, where: string): Record<string, string> {
  if (value === null || value === undefined) return {};
  if (!isObject(value)) throw new LineProblem(`${where} is not an object`);
  for (const key in value) {
    if (typeof value[key] !== 'string') throw new LineProblem(`${where}.${key} is not a string`);
  }
  return value as Record<string, string>;
}

function listAt(parent: Json, key: string, where: string): unknown[] {
  const value = parent[key];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new LineProblem(`${where}${key} is not a list`);
  return value;
}

function threshold(value: unknown, index: number): K6ThresholdSource {
  if (typeof value === 'string') return value;
  const where = `data.thresholds[${index}]`;
  if (!isObject(value)) throw new LineProblem(`${where} is neither a string nor an object`);
  const source: K6ThresholdSource = { threshold: stringAt(value, 'threshold', `${where}.`) };
  if (value.abortOnFail !== undefined) {
    if (typeof value.abortOnFail !== 'boolean')
      throw new LineProblem(`${where}.abortOnFail is not a boolean`);
    source.abortOnFail = value.abortOnFail;
  }
  if (value.delayAbortEval !== undefined)
    source.delayAbortEval = stringAt(value, 'delayAbortEval', `${where}.`);
  return source;
}

function submetric(value: unknown, index: number): K6Submetric {
  const where = `data.submetrics[${index}]`;
  if (!isObject(value)) throw new LineProblem(`${where} is not an object`);
  return {
    name: stringAt(value, 'name', `${where}.`),
    suffix: stringAt(value, 'suffix', `${where}.`),
    tags: stringRecord(value.tags, `${where}.tags`),
  };
}

function metricLine(line: Json): K6MetricDefinition {
  const data = objectAt(line, 'data', '');
  const name = stringAt(data, 'name', 'data.');
  if (line.metric !== undefined && line.metric !== name) {
    throw new LineProblem(
      `metric ${JSON.stringify(line.metric)} differs from data.name ${JSON.stringify(name)}`,
    );
  }
  const type = stringAt(data, 'type', 'data.');
  if (!METRIC_TYPES.has(type)) throw new LineProblem(`unknown metric type ${JSON.stringify(type)}`);
  const contains = stringAt(data, 'contains', 'data.');
  if (!VALUE_TYPES.has(contains)) throw new LineProblem(`unknown value type ${JSON.stringify(contains)}`);
  return {
    name,
    type: type as K6MetricType,
    contains: contains as K6ValueType,
    thresholds: listAt(data, 'thresholds', 'data.').map(threshold),
    submetrics: listAt(data, 'submetrics', 'data.').map(submetric),
  };
}

function pointLine(line: Json): K6Point {
  const metric = stringAt(line, 'metric', '');
  const data = objectAt(line, 'data', '');
  const time = parseRfc3339(stringAt(data, 'time', 'data.'));
  if (!time.ok) throw new LineProblem(`data.time: ${time.reason}`);
  const value = data.value;
  if (typeof value !== 'number') throw new LineProblem('data.value is not a number');
  return { metric, timeMs: time.ms, value, tags: stringRecord(data.tags, 'data.tags') };
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Parses one line; `null` for a blank line. Keys may come in any order. A Point's `metadata`
 * (per-sample values such as trace ids) is not part of K6Point and is dropped.
 */
export function parseK6OutputLine(text: string, lineNumber: number): K6OutputLine | null {
  let line: unknown;
  try {
    line = JSON.parse(text);
  } catch (error) {
    if (isBlank(text)) return null;
    return { kind: 'malformed', lineNumber, reason: `invalid JSON: ${(error as Error).message}` };
  }
  try {
    if (!isObject(line)) throw new LineProblem('not a JSON object');
    switch (line.type) {
      case 'Point':
        return { kind: 'point', point: pointLine(line) };
      case 'Metric':
        return { kind: 'metric', metric: metricLine(line) };
      default:
        throw new LineProblem(`unknown line type ${JSON.stringify(line.type)}`);
    }
  } catch (error) {
    if (!(error instanceof LineProblem)) throw error;
    return { kind: 'malformed', lineNumber, reason: error.message };
  }
}
