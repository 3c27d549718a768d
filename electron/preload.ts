import { contextBridge, ipcRenderer } from 'electron';
import { buildBridgeSurface, type EventName, type InvokeForReply, isEventName } from '../shared/api';
import { IPC_EVENT_CHANNEL, ipcChannelFor } from '../shared/ipcChannels';

/**
 * The renderer's only door to the host: one function per declared method and a listener for
 * declared events. No generic invoke, no IPC event object, no process or environment.
 */
const invoke: InvokeForReply = (method, params) => ipcRenderer.invoke(ipcChannelFor(method), params);

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
  if (!isEventName(name)) return;
  for (const listener of listeners.get(name) ?? []) listener(payload);
});

const bridge = buildBridgeSurface(invoke, (event, listener) => {
  if (!isEventName(event)) throw new Error(`unknown event ${String(event)}`);
  let set = listeners.get(event);
  if (!set) {
    set = new Set();
    listeners.set(event, set);
  }
  const wrapped = listener as (payload: unknown) => void;
  set.add(wrapped);
  return () => set.delete(wrapped);
});

contextBridge.exposeInMainWorld('warroomBridge', bridge);

export type PreloadBridge = typeof bridge;
