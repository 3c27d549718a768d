import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { CpuBurner } from './cpuBurner';
import type { ServiceDependency } from './serviceDependency';
import { faultSettingsSchema, type ServiceFaults } from './serviceFaults';
import type { RouteAnswer } from './serviceRoutes';

export interface AdminDeps {
  faults: ServiceFaults;
  burner: CpuBurner;
  dependency: ServiceDependency;
  crash(): void;
}

const dependencySwitchSchema = z.object({ up: z.boolean() }).strict();

/**
 * The fault knobs a drill turns: GET/PUT/DELETE /admin/faults, PUT /admin/dependency,
 * POST /admin/crash. Only from this machine by name, and only as JSON, so that a web page in a
 * browser here cannot turn them (a cross-site JSON request needs a preflight we never grant).
 */
export async function answerAdmin(
  request: IncomingMessage,
  path: string,
  body: unknown,
  deps: AdminDeps,
): Promise<RouteAnswer> {
  if (!isLoopbackHost(request.headers.host))
    return { status: 403, body: { error: 'admin is for this machine only' } };
  const method = request.method ?? 'GET';
  if (
    method !== 'GET' &&
    method !== 'DELETE' &&
    !request.headers['content-type']?.startsWith('application/json')
  ) {
    return { status: 415, body: { error: 'send JSON (Content-Type: application/json)' } };
  }
  if (path === '/admin/faults') {
    if (method === 'GET') return { status: 200, body: await describe(deps) };
    if (method === 'DELETE') {
      deps.faults.clear();
      deps.burner.set(0);
      await deps.dependency.setUp(true);
      return { status: 200, body: await describe(deps) };
    }
    if (method === 'PUT') {
      const parsed = faultSettingsSchema.safeParse(body);
      if (!parsed.success)
        return { status: 400, body: { error: parsed.error.issues[0]?.message ?? 'bad faults' } };
      const settings = deps.faults.set(parsed.data);
      deps.burner.set(settings.cpuBurn ?? 0);
      return { status: 200, body: await describe(deps) };
    }
  }
  if (path === '/admin/dependency' && method === 'PUT') {
    const parsed = dependencySwitchSchema.safeParse(body);
    if (!parsed.success) return { status: 400, body: { error: 'send {"up": true} or {"up": false}' } };
    await deps.dependency.setUp(parsed.data.up);
    return { status: 200, body: await describe(deps) };
  }
  if (path === '/admin/crash' && method === 'POST') {
    // Answered first, so the caller knows the crash was asked for and not a network failure.
    setImmediate(deps.crash);
    return { status: 202, body: { crashing: true } };
  }
  return { status: 404, body: { error: `no admin action ${method} ${path}` } };
}

async function describe({ faults, dependency }: AdminDeps) {
  return {
    faults: faults.current,
    dependency: { name: dependency.name, kind: dependency.kind, status: await dependency.check() },
  };
}

function isLoopbackHost(host: string | undefined): boolean {
  const name = host?.replace(/:\d+$/, '').toLowerCase();
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}
