/**
 * What a file really is, from its first bytes (magic numbers), never from its name or the
 * declared content type: a renamed executable stays an executable. Pure.
 */
export type SniffedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

const startsWith = (buf: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((b, i) => buf[at + i] === b);

export function sniffFileType(buf: Uint8Array): SniffedType | null {
  if (buf.length >= 3 && startsWith(buf, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (buf.length >= 8 && startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF....WEBP
  if (buf.length >= 12 && startsWith(buf, [0x52, 0x49, 0x46, 0x46]) && startsWith(buf, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  // %PDF- at the start (after at most a byte-order mark or whitespace). Readers tolerate junk
  // before it, but accepting that would let an executable with "%PDF-" inside pass as a PDF.
  const head = Buffer.from(buf.subarray(0, 16)).toString('latin1').replace(/^(\xEF\xBB\xBF)?[\s]*/, '');
  if (head.startsWith('%PDF-')) return 'application/pdf';
  return null;
}

export const FILE_PURPOSES = ['licence', 'product_image', 'evidence', 'site_visit', 'violation_evidence', 'sample_photo', 'ticket_attachment'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

const IMAGES: readonly SniffedType[] = ['image/jpeg', 'image/png', 'image/webp'];
const IMAGES_AND_PDF: readonly SniffedType[] = [...IMAGES, 'application/pdf'];

/** Which types each purpose takes, and how big. */
export const PURPOSE_RULES: Record<FilePurpose, { types: readonly SniffedType[]; maxImageBytes: number; maxPdfBytes: number; label: string }> = {
  licence: { types: IMAGES_AND_PDF, maxImageBytes: 5 * 1024 * 1024, maxPdfBytes: 10 * 1024 * 1024, label: '证照' },
  product_image: { types: IMAGES, maxImageBytes: 5 * 1024 * 1024, maxPdfBytes: 0, label: '商品图片' },
  evidence: { types: IMAGES_AND_PDF, maxImageBytes: 5 * 1024 * 1024, maxPdfBytes: 10 * 1024 * 1024, label: '凭证文件' },
  site_visit: { types: IMAGES, maxImageBytes: 5 * 1024 * 1024, maxPdfBytes: 0, label: '考察照片' },
  violation_evidence: { types: IMAGES_AND_PDF, maxImageBytes: 5 * 1024 * 1024, maxPdfBytes: 10 * 1024 * 1024, label: '违规证据' },
  sample_photo: { types: IMAGES, maxImageBytes: 5 * 1024 * 1024, maxPdfBytes: 0, label: '样品照片' },
  ticket_attachment: { types: IMAGES_AND_PDF, maxImageBytes: 5 * 1024 * 1024, maxPdfBytes: 10 * 1024 * 1024, label: '诉求附件' },
};

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type UploadCheck = { ok: true; mime: SniffedType } | { ok: false; code: 'FILE_EMPTY' | 'FILE_TYPE_REJECTED' | 'FILE_TOO_LARGE'; message: string };

export function checkUpload(purpose: FilePurpose, buf: Uint8Array): UploadCheck {
  if (buf.length === 0) return { ok: false, code: 'FILE_EMPTY', message: '文件为空' };
  const rule = PURPOSE_RULES[purpose];
  const mime = sniffFileType(buf);
  const allowed = rule.types.includes('application/pdf') ? 'JPG、PNG、WebP 图片或 PDF' : 'JPG、PNG 或 WebP 图片';
  if (!mime || !rule.types.includes(mime)) {
    return { ok: false, code: 'FILE_TYPE_REJECTED', message: `${rule.label}只接受${allowed}（按文件内容识别，改扩展名无效）` };
  }
  const max = mime === 'application/pdf' ? rule.maxPdfBytes : rule.maxImageBytes;
  if (buf.length > max) return { ok: false, code: 'FILE_TOO_LARGE', message: `${rule.label}不能超过 ${max / 1024 / 1024} MB` };
  return { ok: true, mime };
}
