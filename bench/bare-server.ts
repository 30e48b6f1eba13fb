import fs from 'node:fs';
import Fastify from 'fastify';

// The baseline: a bare Fastify "hello" route, measured in the same run as LiveBase's routes.
const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
// The same bytes the list endpoint sends, as a constant: the ceiling for a reply of that size.
const payload = process.env.BARE_PAYLOAD_FILE ? fs.readFileSync(process.env.BARE_PAYLOAD_FILE, 'utf8') : '{}';
app.get('/payload', (_req, reply) => {
  reply.type('application/json; charset=utf-8').send(payload);
});
const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`listening ${address}`);
