import type { HttpProbe } from '../../../../shared/runbookTypes';
import { formatDuration } from '../../../../shared/workspace/durationSchema';
import { describeFetchFailure } from '../../net/fetchFailure';
import { readCappedBody } from './cappedBody';
import { evaluateJsonPath, type JsonPathSegment, parseJsonPath } from './jsonPath';
import { excerpt, showJson } from './observationText';
import { finalCheck, metCheck, notMetCheck, type ProbeCheckResult, timedOutCheck } from './probeCheckResult';
import { MAX_BODY_BYTES } from './probeConstants';

/** What the answer's JSON must hold, read from the probe once per check. */
interface JsonExpectation {
  path: string;
  segments: JsonPathSegment[];
  equals: NonNullable<HttpProbe['json']>['equals'];
  matches: RegExp | null;
}

type Prepared = { ok: true; json: JsonExpectation | null } | { ok: false; problem: string };

/**
 * Sends the probe's request once and judges the answer: its status (after any redirects, which are
 * followed as a browser would, and named in the observation), then the JSON value at `json.path`.
 */
export async function checkHttpProbe(
  probe: HttpProbe,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<ProbeCheckResult> {
  const prepared = prepare(probe);
  if (!prepared.ok) return finalCheck(prepared.problem);
  const timeout = AbortSignal.timeout(timeoutMs);
  let request: Request;
  try {
    request = new Request(probe.url, {
      method: probe.method,
      headers: probe.headers,
      body: probe.body ?? undefined,
      signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return finalCheck(`the request cannot be sent: ${reason}`);
  }
  try {
    const response = await fetch(request);
    const redirect = response.redirected ? ` (after a redirect to ${response.url})` : '';
    const status = `status ${response.status}${redirect}`;
    if (response.status !== probe.status || !prepared.json) {
      await response.body?.cancel().catch(() => {});
      return response.status === probe.status
        ? metCheck(status)
        : notMetCheck(`${status}, expected ${probe.status}`);
    }
    const body = await readCappedBody(response, MAX_BODY_BYTES);
    const judged = judgeJson(body, prepared.json);
    // The status was as expected: only a redirect is worth saying about it.
    return { ...judged, observation: redirect ? `${status}, ${judged.observation}` : judged.observation };
  } catch (error) {
    if (signal?.aborted) return notMetCheck('stopped');
    if (timeout.aborted) return timedOutCheck(`timed out after ${formatDuration(timeoutMs)}`);
    return notMetCheck(describeFetchFailure(error));
  }
}

/** Checks what waiting cannot fix: the URL, the JSON path, the regular expression. */
function prepare(probe: HttpProbe): Prepared {
  if (!URL.canParse(probe.url)) return { ok: false, problem: `"${excerpt(probe.url)}" is not a URL` };
  const protocol = new URL(probe.url).protocol;
  if (protocol !== 'http:' && protocol !== 'https:') {
    return { ok: false, problem: `the url must be http or https, not ${protocol.slice(0, -1)}` };
  }
  if (!probe.json) return { ok: true, json: null };
  const parsed = parseJsonPath(probe.json.path);
  if (!parsed.ok) {
    return { ok: false, problem: `json.path ${probe.json.path}: column ${parsed.column}: ${parsed.message}` };
  }
  let matches: RegExp | null = null;
  if (probe.json.matches !== undefined) {
    try {
      matches = new RegExp(probe.json.matches);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, problem: `json.matches is not a regular expression: ${reason}` };
    }
  }
  const json = { path: probe.json.path, segments: parsed.segments, equals: probe.json.equals, matches };
  return { ok: true, json };
}

/** Judges the body's value at the path; `text` is null when the body was too long to read whole. */
function judgeJson(text: string | null, json: JsonExpectation): ProbeCheckResult {
  if (text === null)
    return notMetCheck(`the body is over ${MAX_BODY_BYTES / 1024 / 1024} MiB, too long to read`);
  if (text.trim() === '') return notMetCheck('the body is empty, not JSON');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return notMetCheck(`the body is not JSON: ${excerpt(text)}`);
  }
  const found = evaluateJsonPath(json.segments, body);
  if (!found.found) return notMetCheck(`${json.path} is missing: ${found.reason}`);
  const seen = `${json.path} is ${showJson(found.value)}`;
  if (json.equals !== undefined && found.value !== json.equals) {
    return notMetCheck(`${seen}, expected ${showJson(json.equals)}`);
  }
  if (json.matches) {
    const asText = typeof found.value === 'string' ? found.value : JSON.stringify(found.value);
    if (!json.matches.test(asText)) return notMetCheck(`${seen}, expected to match ${json.matches}`);
  }
  return metCheck(seen);
}
