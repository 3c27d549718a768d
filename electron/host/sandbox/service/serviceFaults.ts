import { z } from 'zod';
import { MAX_FAULT_LATENCY_MS, SANDBOX_ROUTES } from '../../../../shared/sandboxTypes';

/** What is broken on purpose right now. Everything absent is healthy. */
export const faultSettingsSchema = z
  .object({
    /** Added to every request's handling time. */
    latencyMs: z.number().int().min(0).max(MAX_FAULT_LATENCY_MS).optional(),
    /** Limits the added latency to one route. */
    latencyRoute: z.enum(SANDBOX_ROUTES).optional(),
    /** The fraction of requests answered 500. */
    errorRate: z.number().min(0).max(1).optional(),
    /** Busy-loops this many cores' worth, within the service's single thread (so at most 1). */
    cpuBurn: z.number().min(0).max(1).optional(),
  })
  .strict();
export type FaultSettings = z.infer<typeof faultSettingsSchema>;

/** The faults in force, set and cleared as a whole or one kind at a time. */
export class ServiceFaults {
  private settings: FaultSettings = {};

  get current(): FaultSettings {
    return { ...this.settings };
  }

  /** Merges new settings over the current ones; returns what is now in force. */
  set(changes: FaultSettings): FaultSettings {
    this.settings = { ...this.settings, ...changes };
    return this.current;
  }

  clear(): void {
    this.settings = {};
  }

  addedLatencyMs(route: string): number {
    const { latencyMs = 0, latencyRoute } = this.settings;
    return latencyRoute === undefined || latencyRoute === route ? latencyMs : 0;
  }

  /** Whether this request is one of the failures asked for. */
  shouldFail(random: () => number = Math.random): boolean {
    return random() < (this.settings.errorRate ?? 0);
  }
}
