import { findExecutable } from '../../electron/host/sandbox/supervisor/findExecutable';
import { freeLoopbackPort } from '../../electron/host/sandbox/supervisor/freePort';
import { ServiceSupervisor } from '../../electron/host/sandbox/supervisor/serviceSupervisor';
import { SOURCE_SERVICE_ENTRY } from './sandboxServiceEntry';

/**
 * A stand-in for Warroom's host in its own process: starts the sandbox service with its own
 * redis-server, and prints `service PID redis PORT`.
 */
const binary = findExecutable('redis-server');
if (!binary) throw new Error('redis-server is not installed (apt-get install redis-server)');
const redis = { binary, port: await freeLoopbackPort() };
const supervisor = new ServiceSupervisor({ entry: SOURCE_SERVICE_ENTRY, port: 0, redis });
await supervisor.start();
console.log(`service ${supervisor.pid} redis ${redis.port}`);
setInterval(() => {}, 60_000);
