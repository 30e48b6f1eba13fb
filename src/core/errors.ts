/**
 * One error model. Domain code throws `DomainError` with a stable code; `ERROR_CATALOG` maps each
 * code, in one place, to an HTTP status and a message in Chinese and English. Domain code never
 * chooses HTTP statuses itself.
 */
export const ERROR_CATALOG = {
  VALIDATION_FAILED: { status: 400, zh: '请求参数不正确', en: 'The request is invalid' },
  MALFORMED_JSON: { status: 400, zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型，请使用 application/json', en: 'Unsupported content type; use application/json' },
  BODY_TOO_LARGE: { status: 413, zh: '请求体过大', en: 'The request body is too large' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  NOT_FOUND: { status: 404, zh: '记录不存在或无权查看', en: 'Not found, or not visible to you' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { status: 401, zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: { status: 423, zh: '登录失败次数过多，账号已临时锁定，请稍后再试或联系管理员解锁', en: 'Too many failed sign-ins; the account is locked for a while' },
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用，请联系管理员', en: 'This account is disabled' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  FORBIDDEN: { status: 403, zh: '无权执行此操作', en: 'You may not do this' },
  OUT_OF_SCOPE: { status: 403, zh: '该单位不在您的管辖范围内', en: 'That unit is outside your scope' },
  CSRF_REJECTED: { status: 403, zh: '跨站请求已被拒绝', en: 'Cross-site request refused' },
  WRONG_PASSWORD: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  USERNAME_TAKEN: { status: 409, zh: '用户名已被占用', en: 'That username is taken' },
  UNIT_NOT_FOUND: { status: 404, zh: '单位不存在或无权查看', en: 'Unit not found, or not visible to you' },
  UNIT_INACTIVE: { status: 409, zh: '该单位已停用', en: 'That unit is deactivated' },
  UNIT_MOVE_CYCLE: { status: 409, zh: '不能把单位移动到它自己或它的下级之下', en: 'A unit cannot move under itself or its descendants' },
  UNIT_IS_ROOT: { status: 409, zh: '根单位不能移动或停用', en: 'The root unit cannot be moved or deactivated' },
  UNIT_HAS_ACTIVE_CHILDREN: { status: 409, zh: '请先停用其下级单位', en: 'Deactivate its sub-units first' },
  INVALID_TRANSITION: { status: 409, zh: '当前状态不允许此操作', en: 'This action is not allowed in the current state' },
  GUARD_FAILED: { status: 409, zh: '不满足执行此操作的条件', en: 'The conditions for this action are not met' },
  CANNOT_MODIFY_SELF: { status: 409, zh: '不能对自己的账号执行此操作', en: 'You cannot do this to your own account' },
  REGION_NOT_FOUND: { status: 404, zh: '行政区划代码不存在', en: 'No such region code' },
  CALENDAR_ENTRY_INVALID: { status: 400, zh: '节假日数据有误', en: 'The holiday data is invalid' },
  FILE_NOT_FOUND: { status: 404, zh: '文件不存在或无权查看', en: 'File not found, or not visible to you' },
  FILE_TYPE_REJECTED: { status: 415, zh: '不支持的文件类型', en: 'This kind of file is not accepted' },
  FILE_TOO_LARGE: { status: 413, zh: '文件过大', en: 'The file is too large' },
  FILE_EMPTY: { status: 400, zh: '文件为空', en: 'The file is empty' },
  PRODUCER_NOT_FOUND: { status: 404, zh: '生产主体不存在或无权查看', en: 'Producer not found, or not visible to you' },
  PRODUCT_NOT_FOUND: { status: 404, zh: '商品不存在或无权查看', en: 'Product not found, or not visible to you' },
  BATCH_NOT_FOUND: { status: 404, zh: '批次不存在或无权查看', en: 'Batch not found, or not visible to you' },
  CREDIT_CODE_TAKEN: { status: 409, zh: '该统一社会信用代码已登记', en: 'That unified social credit code is already registered' },
  BATCH_CODE_TAKEN: { status: 409, zh: '该商品下已有相同批次号', en: 'This product already has a batch with that code' },
  CATEGORY_NOT_FOUND: { status: 400, zh: '商品类目不存在', en: 'No such category' },
  CATEGORY_NOT_LEAF: { status: 400, zh: '请选择最末一级的商品类目', en: 'Choose a leaf category' },
  REGION_INVALID: { status: 400, zh: '行政区划代码不存在', en: 'No such region code' },
  NOT_EDITABLE: { status: 409, zh: '当前状态下不能修改', en: 'This record cannot be changed in its current state' },
  IMPORT_FILE_UNREADABLE: { status: 400, zh: '无法读取该 Excel 文件，请使用下载的模板（.xlsx）', en: 'The workbook cannot be read; use the .xlsx template' },
  IMPORT_INVALID: { status: 422, zh: '导入文件有错误，未写入任何数据', en: 'The file has errors; nothing was imported' },
  CONFLICT: { status: 409, zh: '数据已被修改，请刷新后重试', en: 'The data changed; reload and try again' },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后再试', en: 'Internal server error' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Overrides the catalogue's message where a more precise Chinese sentence helps the user. */
    readonly detailZh?: string,
    readonly details?: unknown,
    readonly detailEn?: string,
  ) {
    super(detailZh ?? ERROR_CATALOG[code].zh);
    this.name = 'DomainError';
  }
}

export type Lang = 'zh' | 'en';

export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh';
  // The first language tag wins; anything that is not English falls back to Chinese.
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

export interface ErrorReplyBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorReply(err: DomainError, lang: Lang): { status: number; body: ErrorReplyBody } {
  const entry = ERROR_CATALOG[err.code];
  const message = lang === 'en' ? (err.detailEn ?? entry.en) : (err.detailZh ?? entry.zh);
  const body: ErrorReplyBody = { error: { code: err.code, message } };
  if (err.details !== undefined) body.error.details = err.details;
  return { status: entry.status, body };
}
