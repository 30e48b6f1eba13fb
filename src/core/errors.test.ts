import { describe, expect, it } from 'vitest';
import { DomainError, ERROR_CATALOG, errorReply, pickLang } from './errors.js';
import { toDomainError } from './http/error-handler.js';

describe('error model', () => {
  it('maps every code to a 4xx/5xx status with Chinese and English messages', () => {
    for (const [code, entry] of Object.entries(ERROR_CATALOG)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.en, code).toMatch(/[a-z]/i);
    }
  });

  it('replies with code and message in the requested language', () => {
    expect(errorReply(new DomainError('ACCOUNT_LOCKED'), 'zh')).toEqual({ status: 423, body: { error: { code: 'ACCOUNT_LOCKED', message: ERROR_CATALOG.ACCOUNT_LOCKED.zh } } });
    expect(errorReply(new DomainError('NOT_FOUND'), 'en').body.error.message).toBe('Not found, or not visible to you');
    expect(errorReply(new DomainError('CONFLICT', '已有同名单位'), 'zh').body.error.message).toBe('已有同名单位');
    expect(errorReply(new DomainError('GUARD_FAILED', '中文', { a: 1 }, 'english'), 'en').body.error).toEqual({ code: 'GUARD_FAILED', message: 'english', details: { a: 1 } });
  });

  it('picks English only when the first language tag is English', () => {
    expect(pickLang(undefined)).toBe('zh');
    expect(pickLang('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(pickLang('en-GB,en;q=0.9')).toBe('en');
    expect(pickLang('fr-FR')).toBe('zh');
  });

  it('turns framework and database errors into domain errors', () => {
    expect(toDomainError({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 })?.code).toBe('BODY_TOO_LARGE');
    expect(toDomainError({ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 })?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(toDomainError({ code: 'FST_ERR_CTP_EMPTY_JSON_BODY', statusCode: 400 })?.code).toBe('MALFORMED_JSON');
    expect(toDomainError({ code: '23505' })?.code).toBe('CONFLICT');
    expect(toDomainError({ code: 'SQLITE_CONSTRAINT_UNIQUE' })?.code).toBe('CONFLICT');
    expect(toDomainError({ statusCode: 429 })?.code).toBe('RATE_LIMITED');
    expect(toDomainError(new Error('boom'))).toBeNull();
    const v = toDomainError({ validation: [{ instancePath: '/roles/0/role', message: '无效的选项' }], validationContext: 'body' });
    expect(v?.code).toBe('VALIDATION_FAILED');
    expect(v?.message).toBe('请求体字段 roles.0.role：无效的选项');
  });
});
