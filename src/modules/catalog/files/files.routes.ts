import { z } from 'zod';
import type { App, AppContext } from '../../../core/app-context.js';
import { DomainError } from '../../../core/errors.js';
import type { RouteAccess } from '../../../core/http/access.js';
import { idParamsSchema } from '../../../core/http/common.schema.js';
import { viewerOf } from '../access.js';
import { fileRefSchema } from '../producers/producers.schema.js';
import { canSeeFile } from '../products/products.service.js';
import { findFile, uploadFile } from './files.service.js';
import { FILE_PURPOSES, MAX_UPLOAD_BYTES } from './sniff.js';

/** Streamers upload sample photos and violation evidence; an upload stays private to its uploader until attached to a record that takes its purpose. */
const UPLOADERS: RouteAccess = { roles: ['producer', 'streamer', 'base_staff', 'admin'], scope: 'own' };
/** Whoever may read the record the file belongs to (checked per file). */
const READERS: RouteAccess = { roles: 'authenticated', scope: 'unit-subtree' };
const tags = ['catalog: files'];

/** Binary bodies this API takes (uploads, Excel imports); everything else stays JSON-only. */
export const BINARY_CONTENT_TYPES = [
  'application/octet-stream',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/x-msdownload',
];

export function registerFileRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/files',
    {
      config: { access: UPLOADERS },
      bodyLimit: MAX_UPLOAD_BYTES + 1024,
      schema: {
        tags,
        summary: '上传文件（原始字节作为请求体）：图片或 PDF，按内容识别类型',
        querystring: z.object({ purpose: z.enum(FILE_PURPOSES), name: z.string().max(200).optional() }),
        response: { 200: fileRefSchema },
      },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body)) throw new DomainError('FILE_EMPTY', '请把文件内容作为请求体上传');
      return uploadFile(ctx.db, ctx.storage, { purpose: req.query.purpose, bytes: req.body, originalName: req.query.name ?? null, userId: viewerOf(req).userId });
    },
  );

  app.get(
    '/api/files/:id',
    { config: { access: READERS }, schema: { tags, summary: '下载文件（仅限能查看其所属记录的用户）', params: idParamsSchema } },
    async (req, reply) => {
      const file = await findFile(ctx.db, req.params.id);
      if (!file || !(await canSeeFile(ctx.db, viewerOf(req), file))) throw new DomainError('FILE_NOT_FOUND');
      const bytes = await ctx.storage.get(file.storage_key);
      if (!bytes) throw new DomainError('FILE_NOT_FOUND');
      return reply
        .header('content-type', file.mime)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.original_name ?? file.id)}`)
        .send(bytes);
    },
  );
}
