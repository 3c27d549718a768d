import { appendToDay, recordCommandFinished } from '../../electron/host/journal/journalWrites';
import { seededRandom } from '../../test/support/seededRandom';
import type { DayShape } from './dayShape';
import type { PlanItem } from './planItem';
import { BENCH_SECRETS } from './reportWorkspace';

const OPERATORS = ['ana', 'bob', 'chen', 'dana'];

/** One in this many commands fails: a typo, a pod not found, a timeout. */
const FAILING_EVERY = 20;

const GREEN = '\u001b[32m';
const RED = '\u001b[31m';
const YELLOW = '\u001b[33m';
const RESET = '\u001b[0m';

/** What operators type on a test day, and what the terminal shows back (some of it in colour, some leaking a secret). */
const COMMANDS: Array<{ command: string; output: (index: number) => string }> = [
  {
    command: 'kubectl get pods -n checkout -o wide',
    output: (index) =>
      [
        'NAME                        READY   STATUS    RESTARTS   AGE   IP            NODE',
        ...Array.from(
          { length: 14 },
          (_, pod) =>
            `checkout-7d9f8c6b5-${(index * 31 + pod).toString(36).padStart(5, 'x')}   1/1     ${GREEN}Running${RESET}   ${pod % 3}          ${pod + 2}h   10.2.${pod}.${index % 250}   node-${pod % 4}`,
        ),
      ].join('\r\n'),
  },
  {
    command: `curl -s -H "Authorization: Bearer ${BENCH_SECRETS.PROM_TOKEN}" 'http://prometheus:9090/api/v1/query?query=up'`,
    output: (index) =>
      JSON.stringify({
        status: 'success',
        data: {
          resultType: 'vector',
          result: Array.from({ length: 8 }, (_, target) => ({
            metric: { job: `checkout-${target}`, instance: `10.2.0.${target}:9100` },
            value: [1_773_000_000 + index, target === index % 8 ? '0' : '1'],
          })),
        },
      }),
  },
  {
    command: `psql "postgres://app:${BENCH_SECRETS.DB_PASSWORD}@db:5432/orders" -c 'select status, count(*) from orders group by 1'`,
    output: (index) =>
      [
        '  status   | count',
        '-----------+-------',
        ` paid      | ${120_000 + index * 17}`,
        ` pending   | ${300 + (index % 90)}`,
        ` failed    | ${index % 40}`,
        '(3 rows)',
      ].join('\r\n'),
  },
  {
    command: 'tail -n 40 /var/log/checkout/app.log',
    output: (index) =>
      Array.from({ length: 40 }, (_, line) => {
        const level =
          line % 13 === 0 ? `${RED}ERROR${RESET}` : line % 5 === 0 ? `${YELLOW}WARN${RESET}` : 'INFO';
        return `2026-03-10T${String(6 + (index % 12)).padStart(2, '0')}:${String(line).padStart(2, '0')}:07Z ${level} order=${index * 40 + line} latency_ms=${(index * 7 + line * 13) % 900} path=/api/checkout`;
      }).join('\r\n'),
  },
  {
    command: 'kubectl top pods -n checkout',
    output: (index) =>
      [
        'NAME                        CPU(cores)   MEMORY(bytes)',
        ...Array.from(
          { length: 14 },
          (_, pod) =>
            `checkout-7d9f8c6b5-${(index * 31 + pod).toString(36).padStart(5, 'x')}   ${200 + ((index + pod) % 700)}m         ${300 + pod * 11}Mi`,
        ),
      ].join('\r\n'),
  },
];

/**
 * `count` commands typed in terminals over the day: command.started, then the transcript with
 * its command.finished as the command recorder writes them.
 */
export function commandsPlan(shape: DayShape, count: number): PlanItem[] {
  const random = seededRandom(0xc0de);
  const spacing = (shape.end - shape.start) / count;
  return Array.from({ length: count }, (_, index) => {
    const typed = COMMANDS[index % COMMANDS.length];
    if (!typed) throw new Error(`no command ${index}`);
    const { command, output } = typed;
    const actor = OPERATORS[index % OPERATORS.length] ?? 'ana';
    const terminalId = `t${(index % 6) + 1}`;
    const startedAt = Math.round(shape.start + index * spacing + random() * spacing * 0.5);
    const finishedAt = startedAt + 200 + Math.round(random() * 20_000);
    const exitCode = index % FAILING_EVERY === FAILING_EVERY - 1 ? 1 : 0;
    const text = `${output(index)}\r\n${exitCode === 0 ? '' : `${RED}error: exit status 1${RESET}\r\n`}`;
    const started: PlanItem = {
      time: startedAt,
      events: 1,
      kind: 'inline',
      write: appendToDay({
        kind: 'command.started',
        actor,
        subject: command,
        payload: { terminalId, command, cwd: '/srv/checkout' },
        time: startedAt,
      }),
    };
    const finished: PlanItem = {
      time: finishedAt,
      events: 1,
      kind: 'stamped',
      write: recordCommandFinished(
        {
          terminalId,
          command,
          cwd: '/srv/checkout',
          startedAt,
          finishedAt,
          exitCode,
          output: text,
          truncated: false,
        },
        actor,
      ),
    };
    return [started, finished];
  }).flat();
}
