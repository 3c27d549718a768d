import { z } from 'zod';
import type { ApiErrorBody } from './apiErrors';
import { dashboardEvents, dashboardMethods } from './dashboardContract';
import { journalEvents, journalMethods } from './journalContract';
import { k6Events, k6Methods } from './k6Contract';
import { method } from './methodDeclaration';
import { reportMethods } from './reportContract';
import { runbookEvents, runbookMethods } from './runbookContract';
import { sandboxEvents, sandboxMethods } from './sandboxContract';
import { MAX_INPUT_CHARS } from './terminalFlowControl';
import { terminalIdSchema, terminalInfoSchema, terminalSizeSchema } from './terminalTypes';
import { workspaceEvents, workspaceMethods } from './workspaceContract';

/**
 * The whole contract between the UI and the services, declared once.
 * The host implements it; the IPC carrier, the WebSocket carrier, the preload and the
 * renderer's client are all typed from these two tables and validate against them.
 */

/** Who is on the other end: an operator may run and type, a viewer may only watch. */
export const roleSchema = z.enum(['operator', 'viewer']);
export type Role = z.infer<typeof roleSchema>;

const none = z.null();
const terminalRef = z.object({ id: terminalIdSchema }).strict();

export const apiMethods = {
  /** First call of every connection: names the client so its terminals survive a reconnect. */
  'session.hello': method(
    'watch',
    z.object({ clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) }).strict(),
    z.object({
      role: roleSchema,
      version: z.string(),
      workspace: z.string(),
    }),
  ),
  'terminals.list': method('watch', z.object({}).strict(), z.array(terminalInfoSchema)),
  'terminals.create': method(
    'operate',
    terminalSizeSchema.extend({ title: z.string().max(80).optional() }).strict(),
    terminalInfoSchema,
  ),
  /** Starts the terminal's output stream to this client and returns what it printed recently. */
  'terminals.attach': method(
    'watch',
    terminalRef,
    z.object({ info: terminalInfoSchema, replay: z.string() }),
  ),
  'terminals.detach': method('watch', terminalRef, none),
  'terminals.write': method(
    'operate',
    z.object({ id: terminalIdSchema, data: z.string().min(1).max(MAX_INPUT_CHARS) }).strict(),
    none,
  ),
  'terminals.resize': method('operate', terminalSizeSchema.extend({ id: terminalIdSchema }).strict(), none),
  /** Characters the client's xterm has parsed; drives the host's flow control. */
  'terminals.ack': method(
    'watch',
    z.object({ id: terminalIdSchema, chars: z.number().int().positive() }).strict(),
    none,
  ),
  'terminals.close': method('operate', terminalRef, none),
  ...journalMethods,
  ...sandboxMethods,
  ...workspaceMethods,
  ...dashboardMethods,
  ...runbookMethods,
  ...k6Methods,
  ...reportMethods,
} as const;

export const apiEvents = {
  /** Output of a terminal, sent only to clients attached to it. */
  'terminals.data': z.object({ id: terminalIdSchema, data: z.string() }),
  /** The terminal's process has ended and all its output has been sent. */
  'terminals.exit': z.object({
    id: terminalIdSchema,
    exitCode: z.number().int(),
    signal: z.number().int().nullable(),
  }),
  /** The set of terminals or one's size or state changed; carries the whole list. */
  'terminals.changed': z.array(terminalInfoSchema),
  ...journalEvents,
  ...sandboxEvents,
  ...workspaceEvents,
  ...dashboardEvents,
  ...runbookEvents,
  ...k6Events,
} as const;

export type { Access } from './methodDeclaration';

export type ApiMethods = typeof apiMethods;
export type MethodName = keyof ApiMethods;
export type MethodParams<M extends MethodName> = z.input<ApiMethods[M]['params']>;
export type MethodResult<M extends MethodName> = z.output<ApiMethods[M]['result']>;

export type ApiEvents = typeof apiEvents;
export type EventName = keyof ApiEvents;
export type EventPayload<E extends EventName> = z.output<ApiEvents[E]>;

export const methodNames = Object.keys(apiMethods) as MethodName[];
export const eventNames = Object.keys(apiEvents) as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(apiMethods, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(apiEvents, name);
}

type Namespace = MethodName extends `${infer N}.${string}` ? N : never;

/** One method per declared name, grouped by namespace: `x.terminals.create(params)`. */
type Surface<Returns extends { [M in MethodName]: unknown }> = {
  [N in Namespace]: {
    [M in MethodName as M extends `${N}.${infer F}` ? F : never]: (
      params: MethodParams<M>,
    ) => Promise<Returns[M]>;
  };
} & {
  /** Listens to one declared event stream; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** The client-side view of the contract: `api.terminals.create({...})`, on either carrier. */
export type WarroomApi = Surface<{ [M in MethodName]: MethodResult<M> }>;

/** What a call brings back across IPC, where thrown errors lose their code. */
export type CallReply<M extends MethodName> =
  | { ok: true; result: MethodResult<M> }
  | { ok: false; error: ApiErrorBody };

/** What the desktop preload exposes as `window.warroomBridge`: the same methods, replies unthrown. */
export type WarroomBridge = Surface<{ [M in MethodName]: CallReply<M> }>;

export type Invoke = <M extends MethodName>(method: M, params: MethodParams<M>) => Promise<MethodResult<M>>;
export type InvokeForReply = <M extends MethodName>(
  method: M,
  params: MethodParams<M>,
) => Promise<CallReply<M>>;

function buildSurface(call: (method: MethodName, params: unknown) => unknown, on: WarroomApi['on']): unknown {
  const surface: Record<string, unknown> = { on };
  for (const name of methodNames) {
    const [namespace, fn] = name.split('.') as [string, string];
    const group = (surface[namespace] ?? {}) as Record<string, unknown>;
    group[fn] = (params: unknown) => call(name, params);
    surface[namespace] = group;
  }
  return surface;
}

/** Builds the client object from one carrier's invoke, for the declared methods only. */
export function buildApiSurface(invoke: Invoke, on: WarroomApi['on']): WarroomApi {
  return buildSurface((method, params) => invoke(method, params as never), on) as WarroomApi;
}

/** Builds the preload's bridge: one function per declared method, never a generic invoke. */
export function buildBridgeSurface(invoke: InvokeForReply, on: WarroomApi['on']): WarroomBridge {
  return buildSurface((method, params) => invoke(method, params as never), on) as WarroomBridge;
}

/** The function a built surface (api or bridge) has for one declared method. */
export function surfaceMethod(surface: object, method: MethodName): (params: unknown) => Promise<unknown> {
  const [namespace, fn] = method.split('.') as [string, string];
  const group = (
    surface as Record<string, Record<string, (params: unknown) => Promise<unknown>> | undefined>
  )[namespace];
  const call = group?.[fn];
  if (!call) throw new Error(`no ${method} on this surface`);
  return call;
}
