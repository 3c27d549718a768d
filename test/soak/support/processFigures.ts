import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** What a process holds open, by kind, read from /proc/<pid>/fd. */
export interface FileDescriptors {
  socket: number;
  /** /dev/ptmx (a pty's master side) and /dev/pts/N (its slave side, held while output drains). */
  pty: number;
  pipe: number;
  anonInode: number;
  file: number;
  total: number;
}

/** The kinds, in the order the soak's table lists them. */
export const FD_KINDS = ['socket', 'pty', 'pipe', 'anonInode', 'file', 'total'] as const;

export function fileDescriptorsOf(pid: number): FileDescriptors {
  const counts: FileDescriptors = { socket: 0, pty: 0, pipe: 0, anonInode: 0, file: 0, total: 0 };
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    let target: string;
    try {
      target = readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      continue; // closed between the listing and the read
    }
    counts.total++;
    if (target.startsWith('socket:')) counts.socket++;
    else if (target === '/dev/ptmx' || target.startsWith('/dev/pts/')) counts.pty++;
    else if (target.startsWith('pipe:')) counts.pipe++;
    else if (target.startsWith('anon_inode:')) counts.anonInode++;
    else counts.file++;
  }
  return counts;
}

/** VmRSS of the process, in bytes. */
export function residentBytesOf(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`/proc/${pid}/status has no VmRSS line`);
  return Number(match[1]) * 1024;
}

interface ProcessEntry {
  pid: number;
  parent: number;
  name: string;
}

function processTable(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields after it are fixed.
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      entries.push({
        pid: Number(name),
        parent: Number(fields[1]),
        name: stat.slice(stat.indexOf('(') + 1, close),
      });
    } catch {
      // gone between the listing and the read
    }
  }
  return entries;
}

/** Every descendant of `pid`, counted by command name (bash, prometheus, redis-server, node…). */
export function descendantsOf(pid: number): Record<string, number> {
  const table = processTable();
  const counts: Record<string, number> = {};
  const frontier = [pid];
  const seen = new Set(frontier);
  while (frontier.length > 0) {
    const parent = frontier.pop();
    for (const entry of table) {
      if (entry.parent !== parent || seen.has(entry.pid)) continue;
      seen.add(entry.pid);
      frontier.push(entry.pid);
      counts[entry.name] = (counts[entry.name] ?? 0) + 1;
    }
  }
  return counts;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('no samples to take the median of');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}
