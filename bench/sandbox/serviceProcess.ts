import { startSandboxService } from '../../electron/host/sandbox/service/sandboxService';

/**
 * The sandbox service alone in its own process, for the bench to pin to one core:
 * `serviceProcess.ts on|off` (instrumentation), prints `port N` once listening.
 */
const instrumented = process.argv[2] !== 'off';
const service = await startSandboxService({ port: 0, instrumented });
console.log(`port ${service.port}`);
process.once('SIGTERM', () => void service.close().then(() => process.exit(0)));
