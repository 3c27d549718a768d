import type { Document } from 'yaml';
import {
  describe,
  readBoolean,
  readDuration,
  readNameList,
  readText,
  type SettingRead,
} from './settingValues';
import { mapEntries, startOf, type YamlEntry } from './yamlNodes';

/** Reads a probe's settings, each from its key, reporting a bad value where the value is. */
export class ProbeSettingReader {
  constructor(
    private readonly document: Document,
    private readonly byKey: Map<string, YamlEntry>,
    readonly report: (offset: number, message: string) => void,
  ) {}

  take<T>(key: string, read: (value: unknown) => SettingRead<T>): T | null {
    const entry = this.byKey.get(key);
    if (!entry) return null;
    const result = read(entry.value);
    if (result.ok) return result.value;
    this.report(startOf(entry.valueNode, startOf(entry.keyNode, 0)), `${key}: ${result.message}`);
    return null;
  }

  text(key: string): string | null {
    return this.take(key, readText);
  }

  boolean(key: string): boolean | null {
    return this.take(key, readBoolean);
  }

  duration(key: 'within' | 'interval' | 'for'): number | null {
    return this.take(key, (value) => readDuration(value, key));
  }

  names(key: string): string[] {
    return this.take(key, readNameList) ?? [];
  }

  entry(key: string): YamlEntry | undefined {
    return this.byKey.get(key);
  }

  /** The entries of a nested map (json:, headers:), or null when it is not one. */
  entries(node: YamlEntry['valueNode']): YamlEntry[] | null {
    return mapEntries(node, this.document);
  }

  choice<T extends string>(key: string, options: readonly T[]): T | null {
    return this.take(key, (value) =>
      options.includes(value as T)
        ? { ok: true, value: value as T }
        : { ok: false, message: `expected ${options.join(' or ')}, got ${describe(value)}` },
    );
  }

  /** A setting the probe cannot go without. */
  required(key: string, typeAt: number, type: string): string | null {
    if (!this.byKey.has(key)) {
      this.report(typeAt, `${type === 'http' ? 'an' : 'a'} ${type} probe needs ${key}:`);
      return null;
    }
    const value = this.text(key);
    if (value !== null && value.trim() === '') {
      this.report(startOf(this.byKey.get(key)?.valueNode, typeAt), `${key}: is empty`);
      return null;
    }
    return value;
  }
}
