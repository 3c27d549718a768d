import type { MethodHandlers } from '../apiDispatcher';
import type { TerminalService } from './terminalService';

type TerminalMethod = Extract<keyof MethodHandlers, `terminals.${string}`>;

/** The terminals.* half of the contract, on top of the terminal service. */
export function terminalHandlers(terminals: TerminalService): Pick<MethodHandlers, TerminalMethod> {
  return {
    'terminals.list': () => terminals.list(),
    'terminals.create': (session, { title, cols, rows }) => terminals.create(session, { title, cols, rows }),
    'terminals.attach': (session, { id }) => terminals.attach(session, id),
    'terminals.detach': (session, { id }) => {
      terminals.detach(session, id);
      return null;
    },
    'terminals.write': (_session, { id, data }) => {
      terminals.write(id, data);
      return null;
    },
    'terminals.resize': (_session, { id, cols, rows }) => {
      terminals.resize(id, { cols, rows });
      return null;
    },
    'terminals.ack': (session, { id, chars }) => {
      terminals.acknowledge(session, id, chars);
      return null;
    },
    'terminals.close': (_session, { id }) => {
      terminals.close(id);
      return null;
    },
  };
}
