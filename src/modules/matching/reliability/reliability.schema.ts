import { z } from 'zod';

export const reliabilitySchema = z.object({
  producerId: z.string(),
  producerName: z.string(),
  score: z.number().int(),
  parts: z.array(z.object({ key: z.string(), label: z.string(), points: z.number(), max: z.number(), detail: z.string() })),
});
