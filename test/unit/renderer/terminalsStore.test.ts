import { describe, expect, it } from 'vitest';
import { createTerminalsStore } from '../../../renderer/state/terminalsStore';
import { terminalInfo as info } from './fakeHost';

function storeWith(...ids: string[]) {
  const store = createTerminalsStore();
  store.getState().syncList(ids.map((id) => info(id)));
  return store;
}

describe('terminals store', () => {
  it('makes the first terminal active when the list arrives', () => {
    const store = storeWith('t1', 't2');
    expect(store.getState().activeId).toBe('t1');
    expect(store.getState().tabs.map((tab) => tab.id)).toEqual(['t1', 't2']);
  });

  it('activates the right-hand neighbour when the active tab closes', () => {
    const store = storeWith('t1', 't2', 't3');
    store.getState().activate('t2');
    store.getState().remove('t2');
    expect(store.getState().activeId).toBe('t3');
  });

  it('activates the left-hand neighbour when the last tab closes while active', () => {
    const store = storeWith('t1', 't2', 't3');
    store.getState().activate('t3');
    store.getState().remove('t3');
    expect(store.getState().activeId).toBe('t2');
  });

  it('keeps the active tab when another one closes', () => {
    const store = storeWith('t1', 't2', 't3');
    store.getState().activate('t3');
    store.getState().remove('t1');
    expect(store.getState().activeId).toBe('t3');
  });

  it('has no active tab once the last one is closed', () => {
    const store = storeWith('t1');
    store.getState().remove('t1');
    expect(store.getState().activeId).toBeNull();
    expect(store.getState().tabs).toEqual([]);
  });

  it('passes the focus to a neighbour when the host closes the active terminal', () => {
    const store = storeWith('t1', 't2', 't3');
    store.getState().activate('t2');
    store.getState().syncList([info('t1'), info('t3')]);
    expect(store.getState().activeId).toBe('t3');
  });

  it('keeps the exit code of an exited terminal, even against a list sent before the exit', () => {
    const store = storeWith('t1');
    store.getState().markExited('t1', 3, null);
    store.getState().syncList([info('t1')]);
    expect(store.getState().tabs[0]).toMatchObject({ id: 't1', exitCode: 3, signal: null });
  });

  it('learns an exit from the host list too', () => {
    const store = storeWith('t1');
    store.getState().syncList([info('t1', { exitCode: 0, signal: 9 })]);
    expect(store.getState().tabs[0]).toMatchObject({ exitCode: 0, signal: 9 });
  });

  it('keeps an exited tab until it is closed', () => {
    const store = storeWith('t1', 't2');
    store.getState().markExited('t1', 1, null);
    expect(store.getState().tabs.map((tab) => tab.id)).toEqual(['t1', 't2']);
  });

  it('cycles through tabs with next and previous, wrapping at the ends', () => {
    const store = storeWith('t1', 't2', 't3');
    store.getState().activatePrevious();
    expect(store.getState().activeId).toBe('t3');
    store.getState().activateNext();
    expect(store.getState().activeId).toBe('t1');
    store.getState().activateNext();
    expect(store.getState().activeId).toBe('t2');
  });

  it('adds a newly created terminal without disturbing the others', () => {
    const store = storeWith('t1');
    store.getState().upsert(info('t2', { title: 'deploy' }));
    expect(store.getState().tabs.map((tab) => tab.title)).toEqual(['sh 1', 'deploy']);
    expect(store.getState().activeId).toBe('t1');
  });

  it('ignores activating a terminal that is not there', () => {
    const store = storeWith('t1');
    store.getState().activate('t9');
    expect(store.getState().activeId).toBe('t1');
  });
});
