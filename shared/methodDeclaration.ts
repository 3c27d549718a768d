import type { z } from 'zod';

/** What a method needs: 'watch' is open to viewers, 'operate' only to operators. */
export type Access = 'watch' | 'operate';

export interface MethodDeclaration<P extends z.ZodType, R extends z.ZodType> {
  readonly access: Access;
  readonly params: P;
  readonly result: R;
}

/** Declares one method of the contract: who may call it, what it takes, what it returns. */
export function method<P extends z.ZodType, R extends z.ZodType>(
  access: Access,
  params: P,
  result: R,
): MethodDeclaration<P, R> {
  return { access, params, result };
}
