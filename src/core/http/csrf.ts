import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated writes, without tokens so scripts and the CLI can use the
 * API as is:
 * - Browsers send `Sec-Fetch-Site`; anything but same-origin (or a user-typed navigation) is
 *   refused.
 * - Browsers send `Origin` on cross-origin and on all POST requests; it must be our own origin.
 * - Non-browser clients send neither header and are allowed: they cannot be tricked into
 *   attaching a victim's cookie.
 * - The session cookie is SameSite=Lax and JSON is the only accepted body type, so a plain HTML
 *   form from another site cannot even reach a handler.
 */
export function assertSameOrigin(req: FastifyRequest, publicOrigin: string | null): void {
  if (SAFE_METHODS.has(req.method)) return;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new DomainError('CSRF_REJECTED');
  const origin = req.headers.origin;
  if (origin === undefined) return;
  const expected = publicOrigin ?? `${req.protocol}://${req.headers.host ?? ''}`;
  if (origin !== expected) throw new DomainError('CSRF_REJECTED');
}
