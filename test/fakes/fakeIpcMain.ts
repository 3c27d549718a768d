import type { IpcInvokeEvent, IpcMainLike, IpcSender } from '../../electron/transport/ipc';

/** Stands in for Electron's ipcMain (the Electron binary cannot run here): records handlers. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcInvokeEvent, params: unknown) => Promise<unknown>>();

  handle(channel: string, listener: (event: IpcInvokeEvent, params: unknown) => Promise<unknown>): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Sends as a renderer frame at `frameUrl` would, through the registered handler. */
  invoke(channel: string, params: unknown, frameUrl: string | null, sender: FakeSender): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ sender, senderFrame: frameUrl === null ? null : { url: frameUrl } }, params);
  }
}

/** Stands in for a webContents: collects what the host sends to the window. */
export class FakeSender implements IpcSender {
  readonly sent: unknown[][] = [];
  private destroyed: (() => void) | undefined;

  constructor(readonly id: number) {}

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }

  once(_event: 'destroyed', listener: () => void): this {
    this.destroyed = listener;
    return this;
  }

  destroy(): void {
    this.destroyed?.();
  }
}
