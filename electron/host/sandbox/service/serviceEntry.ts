import { startSandboxService } from './sandboxService';

/**
 * The sandbox service as its own process, started by the supervisor with an IPC channel:
 * `serviceEntry PORT`. It reports `{ listening: port }` once up, and exits when the channel
 * closes, which happens however its parent ends (even SIGKILL), so it never outlives Warroom.
 */
const port = Number(process.argv[2] ?? 0);
if (!process.send) throw new Error('the sandbox service is started by Warroom, with an IPC channel');
const service = await startSandboxService({ port });
process.send({ listening: service.port });
process.once('disconnect', () => process.exit(0));
process.once('SIGTERM', () => void service.close().then(() => process.exit(0)));
