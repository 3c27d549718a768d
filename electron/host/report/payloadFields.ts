import type { EventPayloadData } from '../../../shared/journalTypes';

/** Typed reads of an event payload's fields: a field of another type reads as absent (null). */

export function numberField(payload: EventPayloadData, key: string): number | null {
  const value = payload[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function stringField(payload: EventPayloadData, key: string): string | null {
  const value = payload[key];
  return typeof value === 'string' ? value : null;
}

export function booleanField(payload: EventPayloadData, key: string): boolean | null {
  const value = payload[key];
  return typeof value === 'boolean' ? value : null;
}

export function recordField(payload: EventPayloadData, key: string): EventPayloadData | null {
  const value = payload[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as EventPayloadData)
    : null;
}

export function arrayField(payload: EventPayloadData, key: string): unknown[] {
  const value = payload[key];
  return Array.isArray(value) ? value : [];
}

/** The elements of an array field that are objects. */
export function recordsField(payload: EventPayloadData, key: string): EventPayloadData[] {
  return arrayField(payload, key).filter(
    (item): item is EventPayloadData => typeof item === 'object' && item !== null && !Array.isArray(item),
  );
}
