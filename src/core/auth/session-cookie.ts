import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The session cookie, read and written by hand: it is the only cookie LiveBase uses, so one
 * pattern match per request replaces a cookie plugin that parses every cookie and hooks every
 * reply.
 */
export const SESSION_COOKIE = 'livebase_session';
const PATTERN = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([A-Za-z0-9_-]+)`);

export function readSessionToken(req: FastifyRequest): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  return PATTERN.exec(header)?.[1] ?? null;
}

export interface CookiePolicy {
  secure: boolean;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: string, policy: CookiePolicy): void {
  const parts = [`${SESSION_COOKIE}=${token}`, 'Path=/', `Expires=${new Date(expiresAt).toUTCString()}`, 'HttpOnly', 'SameSite=Lax'];
  if (policy.secure) parts.push('Secure');
  reply.header('set-cookie', parts.join('; '));
}

export function clearSessionCookie(reply: FastifyReply, policy: CookiePolicy): void {
  const parts = [`${SESSION_COOKIE}=`, 'Path=/', 'Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'Max-Age=0', 'HttpOnly', 'SameSite=Lax'];
  if (policy.secure) parts.push('Secure');
  reply.header('set-cookie', parts.join('; '));
}
