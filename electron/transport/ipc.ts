import { type MethodName, methodNames } from '../../shared/api';
import { ApiError } from '../../shared/apiErrors';
import { IPC_EVENT_CHANNEL, ipcChannelFor } from '../../shared/ipcChannels';
import { toApiError } from '../host/apiDispatcher';
import type { HostSession, WarroomHost } from '../host/warroomHost';

/** The parts of Electron's ipcMain and webContents this carrier uses; Electron's satisfy them. */
export interface IpcSender {
  readonly id: number;
  send(channel: string, ...args: unknown[]): void;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface IpcInvokeEvent {
  readonly sender: IpcSender;
  /** The frame that sent the message; null once it has navigated away or gone. */
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEvent, params: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/**
 * The contract over Electron IPC: one handler per declared method, each checking that the
 * message comes from our own renderer before the host sees it. Each window is one session.
 */
export function bindIpcCarrier(
  ipcMain: IpcMainLike,
  host: WarroomHost,
  isTrustedFrameUrl: (url: string) => boolean,
): () => void {
  const sessions = new Map<number, HostSession>();

  const sessionFor = (sender: IpcSender): HostSession => {
    let session = sessions.get(sender.id);
    if (!session) {
      session = host.openSession('operator', {
        send: (name, payload) => sender.send(IPC_EVENT_CHANNEL, name, payload),
      });
      sessions.set(sender.id, session);
      sender.once('destroyed', () => {
        sessions.get(sender.id)?.close();
        sessions.delete(sender.id);
      });
    }
    return session;
  };

  const handle = async (method: MethodName, event: IpcInvokeEvent, params: unknown) => {
    try {
      const frameUrl = event.senderFrame?.url;
      if (!frameUrl || !isTrustedFrameUrl(frameUrl)) {
        throw new ApiError('forbidden', `IPC from an untrusted frame (${frameUrl ?? 'gone'}) was refused`);
      }
      return { ok: true, result: await sessionFor(event.sender).call(method, params) };
    } catch (error) {
      return { ok: false, error: toApiError(error).toBody() };
    }
  };

  for (const method of methodNames) {
    ipcMain.handle(ipcChannelFor(method), (event, params) => handle(method, event, params));
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(ipcChannelFor(method));
    for (const session of sessions.values()) session.close();
    sessions.clear();
  };
}
