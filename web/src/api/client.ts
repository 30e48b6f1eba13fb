/** The one HTTP client of the web app: same-origin JSON, server error envelope → ApiError. */
import type { ErrorReply } from '../../../src/core/http/common.schema';

let acceptLanguage = 'zh-CN';

/** Called by the i18n provider so the server answers errors in the UI language. */
export function setApiLanguage(locale: string): void {
  acceptLanguage = locale === 'en' ? 'en' : 'zh-CN';
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface Payload {
  body: BodyInit;
  contentType: string;
}

const networkError = () =>
  new ApiError(0, 'NETWORK_ERROR', acceptLanguage === 'en' ? 'Network error, please retry' : '网络异常，请稍后重试');

async function send(method: string, path: string, payload?: Payload, accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': acceptLanguage };
  if (payload) headers['Content-Type'] = payload.contentType;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: payload?.body });
  } catch {
    throw networkError();
  }
  if (!res.ok) throw await toApiError(res);
  return res;
}

async function toApiError(res: Response): Promise<ApiError> {
  let data: unknown = undefined;
  try {
    data = JSON.parse(await res.text());
  } catch {
    data = undefined;
  }
  const err = (data as ErrorReply | undefined)?.error;
  return new ApiError(
    res.status,
    err?.code ?? `HTTP_${res.status}`,
    err?.message ?? (acceptLanguage === 'en' ? `Request failed (${res.status})` : `请求失败（${res.status}）`),
    err?.details,
  );
}

async function parse<T>(res: Response): Promise<T> {
  let text: string;
  try {
    text = await res.text();
  } catch {
    throw networkError();
  }
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined as T;
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const payload = body === undefined ? undefined : { body: JSON.stringify(body), contentType: 'application/json' };
  return parse<T>(await send(method, path, payload));
}

/** The file name from a Content-Disposition header (RFC 5987 `filename*` first). */
function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(cd);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall through */
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain?.[1] ?? fallback;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** POST raw bytes (a File/Blob) as the body, e.g. uploads and spreadsheet imports; JSON reply. */
  postBinary: async <T>(path: string, body: Blob, contentType?: string) =>
    parse<T>(await send('POST', path, { body, contentType: contentType || body.type || 'application/octet-stream' })),
  /**
   * GET a file (e.g. an .xlsx export) with the session cookie and save it. Fetching it (instead
   * of following a link) lets the page show the server's error message when it refuses.
   */
  download: async (path: string, query: Query | undefined, fallbackName: string) => {
    const res = await send('GET', withQuery(path, query), undefined, '*/*');
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileNameOf(res, fallbackName);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

export function isUnauthenticated(err: unknown): boolean {
  return err instanceof ApiError && err.status === 401;
}
