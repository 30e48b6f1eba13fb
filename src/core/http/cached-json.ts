import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/**
 * Sends a result that came from a VersionedCache. The first time a cached object is sent it is
 * checked against its response schema and serialised; later hits reuse the JSON text, which is
 * what makes a cached list endpoint cheap (zod serialisation dominates otherwise).
 */
const serialised = new WeakMap<object, string>();

export function sendCachedJson<T extends object>(reply: FastifyReply, schema: z.ZodType<T>, payload: T): FastifyReply {
  let text = serialised.get(payload);
  if (text === undefined) {
    text = JSON.stringify(schema.parse(payload));
    serialised.set(payload, text);
  }
  return reply.type('application/json; charset=utf-8').serializer((x: unknown) => x as string).send(text);
}
