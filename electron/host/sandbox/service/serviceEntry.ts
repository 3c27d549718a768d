import { RedisDependency } from './redisDependency';
import { startSandboxService } from './sandboxService';
import type { ServiceDependency } from './serviceDependency';

/**
 * The sandbox service as its own process, started by the supervisor with an IPC channel:
 * `serviceEntry PORT [REDIS_SERVER REDIS_PORT]`. It reports `{ listening: port }` once up, and
 * exits when the channel closes, which happens however its parent ends (even SIGKILL), so it
 * never outlives Warroom; its redis-server goes with it.
 */
const [portArgument, redisBinary, redisPort] = process.argv.slice(2);
if (!process.send) throw new Error('the sandbox service is started by Warroom, with an IPC channel');

let dependency: ServiceDependency | undefined;
if (redisBinary && redisPort) {
  const redis = new RedisDependency(redisBinary, Number(redisPort));
  process.on('exit', () => redis.stopNow());
  await redis.start();
  dependency = redis;
}
const service = await startSandboxService({ port: Number(portArgument ?? 0), dependency });
process.send({ listening: service.port });
process.once('disconnect', () => process.exit(0));
process.once('SIGTERM', () => void service.close().then(() => process.exit(0)));
