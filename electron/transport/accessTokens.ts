import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../shared/api';

/** 32 random bytes: far beyond guessing, short enough for a URL. */
const TOKEN_BYTES = 32;

/** The serve-mode secrets: one for operators, and optionally one for read-only viewers. */
export class AccessTokens {
  readonly operator: string;
  readonly viewer: string | null;

  constructor(options: { viewer: boolean }) {
    this.operator = newToken();
    this.viewer = options.viewer ? newToken() : null;
  }

  /** The role a presented token grants, or null; compared in constant time. */
  roleFor(presented: string | null | undefined): Role | null {
    if (!presented) return null;
    if (sameSecret(presented, this.operator)) return 'operator';
    if (this.viewer && sameSecret(presented, this.viewer)) return 'viewer';
    return null;
  }
}

function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

function sameSecret(presented: string, secret: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
