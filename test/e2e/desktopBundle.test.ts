import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The built preload, as Electron loads it into the sandboxed window. */
const preload = readFileSync('out/preload/preload.cjs', 'utf8');

describe('the built desktop preload', () => {
  it('requires nothing but electron, as a sandboxed preload must', () => {
    const required = [...preload.matchAll(/require\((["'`])([^"'`]+)\1\)/g)].map((match) => match[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes one object to the page, and neither the environment nor the process', () => {
    expect([...preload.matchAll(/exposeInMainWorld\(\s*["'`](\w+)/g)].map((match) => match[1])).toEqual([
      'warroomBridge',
    ]);
    expect(preload).not.toMatch(/process\.(env|versions|argv)/);
  });
});
