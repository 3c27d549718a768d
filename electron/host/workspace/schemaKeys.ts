import { z } from 'zod';
import type { PathSegment } from './problemPath';

/** The schema itself under optional, default and transform wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return unwrapped(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrapped(schema.in as z.ZodType);
  return schema;
}

/** The keys the object at `path` takes, in the schema's order; none when there is no object there. */
export function knownKeysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  const node = unwrapped(schema);
  const [segment, ...rest] = path;
  if (segment === undefined) return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
  if (node instanceof z.ZodObject) {
    const child = node.shape[String(segment)];
    return child ? knownKeysAt(child, rest) : [];
  }
  if (node instanceof z.ZodRecord) return knownKeysAt(node.valueType as z.ZodType, rest);
  if (node instanceof z.ZodArray) return knownKeysAt(node.element as z.ZodType, rest);
  return [];
}
