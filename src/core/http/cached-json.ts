import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

/**
 * Sends a result that came from a VersionedCache. The first time a cached object is sent it is
 * checked against its response schema and serialised (and gzipped, for clients that accept it:
 * every browser, and rural networks are slow); later hits reuse those bytes, which is what makes
 * a cached list endpoint cheap — serialisation and writing big replies dominate otherwise.
 */
interface Encoded {
  /** UTF-8 bytes: encoding a string with Chinese text on every send costs more than the send. */
  json: Buffer;
  gzip: Buffer | null;
}

const encoded = new WeakMap<object, Encoded>();
/** Below this size gzip saves too little to be worth a header. */
const GZIP_MIN_BYTES = 1024;

function acceptsGzip(req: FastifyRequest): boolean {
  const accept = req.headers['accept-encoding'];
  return typeof accept === 'string' && /\bgzip\b/.test(accept);
}

export function sendCachedJson<T extends object>(req: FastifyRequest, reply: FastifyReply, schema: z.ZodType<T>, payload: T): FastifyReply {
  let entry = encoded.get(payload);
  if (!entry) {
    entry = { json: Buffer.from(JSON.stringify(schema.parse(payload))), gzip: null };
    encoded.set(payload, entry);
  }
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (entry.json.length >= GZIP_MIN_BYTES && acceptsGzip(req)) {
    entry.gzip ??= gzipSync(entry.json);
    return reply.header('content-encoding', 'gzip').send(entry.gzip);
  }
  // A Buffer is sent as is: Fastify does not serialise it again.
  return reply.send(entry.json);
}
