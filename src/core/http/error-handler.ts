import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, errorReply, pickLang } from '../errors.js';

/**
 * The one place errors become HTTP replies: `{ error: { code, message } }`, message in Chinese
 * unless the client asks for English.
 */
const LOCATION_ZH: Record<string, string> = { body: '请求体', querystring: '查询参数', params: '路径参数', headers: '请求头' };

function fromValidation(err: FastifyError & { validation: { instancePath: string; message?: string }[]; validationContext?: string }): DomainError {
  const where = LOCATION_ZH[err.validationContext ?? ''] ?? '';
  const details = err.validation.map((v) => ({ field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || null, message: v.message ?? '' }));
  const first = details[0];
  const label = first?.field ? `${where}字段 ${first.field}` : where || '请求';
  const en = first?.field ? `Invalid field ${first.field}: ${first.message}` : 'The request is invalid';
  return new DomainError('VALIDATION_FAILED', `${label}：${first?.message ?? '格式不正确'}`, details, en);
}

/** Database constraint violations that a race between two requests can still cause. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export function toDomainError(err: unknown): DomainError | null {
  if (err instanceof DomainError) return err;
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) return fromValidation(fe as never);
  if (fe && Array.isArray((fe as { validation?: unknown }).validation)) return fromValidation(fe as never);
  switch (fe?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DomainError('BODY_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new DomainError('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new DomainError('MALFORMED_JSON', '请求体为空，但 Content-Type 声明为 JSON');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new DomainError('MALFORMED_JSON');
  }
  if (fe instanceof SyntaxError && fe.statusCode === 400) return new DomainError('MALFORMED_JSON');
  if (isUniqueViolation(err)) return new DomainError('CONFLICT');
  if (fe?.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (fe.statusCode === 413) return new DomainError('BODY_TOO_LARGE');
    if (fe.statusCode === 415) return new DomainError('UNSUPPORTED_MEDIA_TYPE');
    if (fe.statusCode === 429) return new DomainError('RATE_LIMITED');
    return new DomainError('VALIDATION_FAILED', undefined, { reason: fe.message });
  }
  return null;
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err, req: FastifyRequest, reply: FastifyReply) => {
    const lang = pickLang(req.headers['accept-language']);
    const domain = toDomainError(err);
    if (!domain) {
      req.log.error({ err }, 'unhandled error');
      const { status, body } = errorReply(new DomainError('INTERNAL'), lang);
      return reply.status(status).send(body);
    }
    if (domain.code === 'INTERNAL') req.log.error({ err }, 'internal error');
    const { status, body } = errorReply(domain, lang);
    return reply.status(status).send(body);
  });
}
