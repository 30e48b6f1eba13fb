import type { App, AppContext } from '../../../core/app-context.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema } from '../../../core/http/common.schema.js';
import { DomainError } from '../../../core/errors.js';
import { reliabilityScore } from '../rules/reliability-score.js';
import { findApprovedProducer, producerRecord } from './reliability.repo.js';
import { reliabilitySchema } from './reliability.schema.js';

/** A producer's reliability is a trust signal for the streamers choosing whom to work with. */
const SIGNED_IN: RouteAccess = { roles: 'authenticated', scope: 'shared-reference' };
const tags = ['matching: scores'];


export function registerReliabilityRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/matching/producers/:id/reliability',
    { config: { access: SIGNED_IN }, schema: { tags, summary: '生产主体履约分（审批及时、发样速度与履约、合作履约、售后、质量事故）', params: idParamsSchema, response: { 200: reliabilitySchema } } },
    async (req) => {
      const producer = await findApprovedProducer(ctx.db, req.params.id);
      if (!producer) throw new DomainError('PRODUCER_NOT_FOUND');
      const since = new Date(Date.now() - 365 * 86_400_000).toISOString();
      const { score, parts } = reliabilityScore(await producerRecord(ctx.db, producer.id, since));
      return { producerId: producer.id, producerName: producer.name, score, parts };
    },
  );
}
