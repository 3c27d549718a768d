import type { z } from 'zod';
import { BODY_EXCERPT_CHARS } from './prometheusConstants';
import { PrometheusQueryError, PrometheusResponseError } from './prometheusErrors';
import type { HttpAnswer } from './prometheusHttp';
import { envelopeSchema } from './prometheusSchemas';

/** What every API method resolves to: the checked data and Prometheus's warnings about it. */
export interface PrometheusAnswer<T> {
  data: T;
  warnings: string[];
}

/** Which request an answer is for, to name it in errors. */
export interface AnswerContext {
  baseUrl: string;
  endpoint: string;
  /** Whether credentials were sent: a 401 then means wrong ones, else missing ones. */
  authenticated: boolean;
}

/**
 * Judges an API answer: Prometheus's own error becomes a PrometheusQueryError; refused
 * credentials, a body that is not Prometheus's JSON, or data of the wrong shape become a
 * PrometheusResponseError; anything else is the data, checked against `schema`.
 */
export function readApiAnswer<S extends z.ZodType>(
  answer: HttpAnswer,
  schema: S,
  context: AnswerContext,
): PrometheusAnswer<z.output<S>> {
  checkAuthorized(answer, context);
  const what = `Prometheus at ${context.baseUrl} answered ${context.endpoint} with HTTP ${statusLine(answer)}`;
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    throw new PrometheusResponseError(`${what} and ${describeBody(answer)}`, answer.status, context.endpoint);
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    const problem = firstIssue(envelope.error);
    throw new PrometheusResponseError(
      `${what} and JSON that is not a Prometheus API answer (${problem})`,
      answer.status,
      context.endpoint,
    );
  }
  if (envelope.data.status === 'error') {
    const { errorType, error } = envelope.data;
    throw new PrometheusQueryError(errorType, error, answer.status, context.endpoint);
  }
  if (answer.status < 200 || answer.status > 299) {
    throw new PrometheusResponseError(`${what}, which is not a success`, answer.status, context.endpoint);
  }
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) {
    throw new PrometheusResponseError(
      `${what} but its data is not what ${context.endpoint} returns (${firstIssue(data.error)})`,
      answer.status,
      context.endpoint,
    );
  }
  return { data: data.data, warnings: envelope.data.warnings ?? [] };
}

/** Throws PrometheusResponseError for 401 and 403, saying where the credentials come from. */
export function checkAuthorized(answer: HttpAnswer, context: AnswerContext): void {
  if (answer.status !== 401 && answer.status !== 403) return;
  const advice = context.authenticated
    ? "the credentials sent are wrong or lack access: they come from the environment's secrets " +
      '(prometheus.auth in warroom.yaml names them); check that secret'
    : 'it asks for credentials and none are configured: name a secret under prometheus.auth in ' +
      "warroom.yaml, and give its value in the environment's secrets";
  throw new PrometheusResponseError(
    `Prometheus at ${context.baseUrl} refused ${context.endpoint} with HTTP ${statusLine(answer)}: ${advice}`,
    answer.status,
    context.endpoint,
  );
}

/** "401 Unauthorized". */
export function statusLine(answer: HttpAnswer): string {
  return answer.statusText ? `${answer.status} ${answer.statusText}` : String(answer.status);
}

/** Whether the body is a web page (a proxy's, a login form), by its content type or its start. */
export function isHtml(answer: HttpAnswer): boolean {
  return /html/i.test(answer.contentType) || /^\s*<(!doctype|html)/i.test(answer.body);
}

/** A body that is not JSON, in a few words: an HTML page by its title, else its first characters. */
export function describeBody(answer: HttpAnswer): string {
  const text = answer.body.replace(/\s+/g, ' ').trim();
  if (text === '') return 'an empty body';
  if (isHtml(answer)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    const page = title ? `an HTML page ("${excerpt(title)}")` : 'an HTML page';
    return `${page} instead of Prometheus's JSON: is a proxy or a login page in front of it?`;
  }
  return `a body that is not JSON: "${excerpt(text)}"`;
}

/** The first characters of a text, for one line of a message. */
export function excerpt(text: string): string {
  return text.length > BODY_EXCERPT_CHARS ? `${text.slice(0, BODY_EXCERPT_CHARS)}…` : text;
}

/** zod's first complaint, with where it is: "result.0.value.1: not a sample value: \"x\"". */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'no detail';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}
