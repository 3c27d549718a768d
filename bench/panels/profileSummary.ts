/** Enough to name where the time goes without burying it. */
const TOP_FUNCTIONS = 15;

/** One function's own time over a profile (not counting what it called). */
export interface FunctionCost {
  /** `name (file:line)`, or the profiler's own label: (program), (garbage collector), (idle). */
  name: string;
  selfMs: number;
  /** Of the profile's non-idle time. */
  share: number;
}

/** The parts of a DevTools `Profiler.Profile` read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples?: number[];
  timeDeltas?: number[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** Adds up each function's self time over a CPU profile; the costliest first, idle left out. */
export function summariseProfile(profile: CpuProfile): FunctionCost[] {
  const nameOf = new Map(profile.nodes.map((node) => [node.id, label(node.callFrame)]));
  const selfMs = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the gap until the next one, so the last sample carries none.
  for (let i = 0; i < samples.length - 1; i++) {
    const name = nameOf.get(samples[i] ?? -1) ?? '(unknown)';
    selfMs.set(name, (selfMs.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  selfMs.delete('(idle)');
  const busyMs = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
  return [...selfMs]
    .map(([name, ms]) => ({ name, selfMs: ms, share: busyMs > 0 ? ms / busyMs : 0 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, TOP_FUNCTIONS);
}

function label({ functionName, url, lineNumber, columnNumber }: CallFrame): string {
  if (!url) return functionName.startsWith('(') ? functionName : `${functionName || '(anonymous)'} (native)`;
  const file = url.slice(url.lastIndexOf('/') + 1);
  return `${functionName || '(anonymous)'} (${file}:${lineNumber + 1}:${columnNumber + 1})`;
}
