import type { LoadPresetName } from '../../../../shared/sandboxTypes';

/** A workspace environment's sandbox: what "Start rehearsal" starts, and on which ports. */
export interface SandboxSettings {
  environment: string;
  servicePort: number;
  prometheusPort: number;
  /** Alert `for` durations are divided by this, so a drill shows them firing. */
  rehearsalFactor: number;
  restartDelayMs: number;
  /** The load "Start rehearsal" drives. */
  load: LoadPresetName;
  /** Use redis-server when it is installed. */
  useRedis: boolean;
}
