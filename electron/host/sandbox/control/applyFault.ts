import type { FaultSpec } from '../../../../shared/sandboxTypes';
import type { Journal } from '../../journal/journal';
import { appendToDay } from '../../journal/journalWrites';
import { faultRequestFor } from './faultRequest';
import { sendFault } from './sandboxAdminClient';

/**
 * Journals a fault, then sends it to the service. Journaled first because its effects (a crash's
 * service.down) must follow it on the timeline; a refusal is journaled too, and rethrown.
 */
export async function applyFault(
  journal: Journal,
  servicePort: number,
  fault: FaultSpec,
  actor: string,
): Promise<string> {
  const request = faultRequestFor(fault);
  await journal.write(
    appendToDay({
      kind: request.clears ? 'fault.cleared' : 'fault.set',
      actor,
      subject: `Sandbox fault: ${request.description}`,
      payload: { fault: { ...fault }, request: request.body ?? null },
    }),
  );
  try {
    await sendFault(servicePort, request);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await journal.write(
      appendToDay({
        kind: 'note',
        actor,
        subject: `Sandbox fault not applied: ${reason}`,
        payload: { text: reason },
      }),
    );
    throw error;
  }
  return request.description;
}
