import { describe, expect, it } from 'vitest';
import { checkUpload, FILE_PURPOSES, MAX_UPLOAD_BYTES, PURPOSE_RULES, sniffFileType, type FilePurpose } from './sniff.js';

const MB = 1024 * 1024;

/** `bytes` followed by zero padding up to `size` bytes. */
function file(bytes: readonly number[] | string, size = 64): Uint8Array {
  const head = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Uint8Array.from(bytes);
  const buf = new Uint8Array(Math.max(size, head.length));
  buf.set(head);
  return buf;
}

const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
const WEBP = [0x52, 0x49, 0x46, 0x46, 0x24, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20];
const PDF = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n';

const IMAGE_ONLY = '只接受JPG、PNG 或 WebP 图片（按文件内容识别，改扩展名无效）';
const IMAGE_OR_PDF = '只接受JPG、PNG、WebP 图片或 PDF（按文件内容识别，改扩展名无效）';

describe('sniffFileType: accepted kinds', () => {
  it.each<[string, Uint8Array, string]>([
    ['JPEG (JFIF)', file(JPEG), 'image/jpeg'],
    ['JPEG (Exif)', file([0xff, 0xd8, 0xff, 0xe1]), 'image/jpeg'],
    ['JPEG, the three magic bytes only', Uint8Array.from([0xff, 0xd8, 0xff]), 'image/jpeg'],
    ['PNG', file(PNG), 'image/png'],
    ['PNG, the eight magic bytes only', Uint8Array.from(PNG.slice(0, 8)), 'image/png'],
    ['WebP', file(WEBP), 'image/webp'],
    ['WebP, twelve bytes only', Uint8Array.from(WEBP.slice(0, 12)), 'image/webp'],
    ['PDF', file(PDF), 'application/pdf'],
    ['PDF after a byte-order mark and whitespace', file(`\xEF\xBB\xBF\r\n${PDF}`), 'application/pdf'],
  ])('%s → %s', (_name, buf, mime) => {
    expect(sniffFileType(buf)).toBe(mime);
  });
});

describe('sniffFileType: refused content', () => {
  it.each<[string, Uint8Array]>([
    ['empty', new Uint8Array(0)],
    // Junk before %PDF- is refused: an executable with "%PDF-" a few bytes in must not pass as a PDF.
    ['junk bytes before a PDF header', file(`\r\n\x00\x00junk${PDF}`)],
    ['PDF header deep inside the first KB', file(' '.repeat(1019) + '%PDF-', 2048)],
    ['executable with a PDF header inside', file(`MZ\x90\x00\x03\x00\x00\x00${'\x00'.repeat(100)}%PDF-1.4`)],
    ['Windows executable (MZ)', file('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff')],
    ['ELF executable', file([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01])],
    ['Mach-O executable', file([0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00, 0x00, 0x01])],
    ['shell script', file('#!/bin/sh\nrm -rf /\n')],
    ['zip', file([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ['xlsx (zip with [Content_Types].xml)', file('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml')],
    ['HTML', file('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['SVG', file('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')],
    ['SVG without XML prolog', file('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['plain text', file('this is not really a .jpg', 0)],
    ['GIF', file('GIF89a\x01\x00\x01\x00')],
    ['BMP', file('BM\x36\x00\x00\x00')],
    ['TIFF', file([0x49, 0x49, 0x2a, 0x00])],
    ['truncated JPEG (two bytes)', Uint8Array.from([0xff, 0xd8])],
    ['truncated PNG (seven bytes)', Uint8Array.from(PNG.slice(0, 7))],
    ['PNG with a wrong eighth byte', file([...PNG.slice(0, 7), 0x0b])],
    ['RIFF that is not WebP (WAV)', file('RIFF\x24\x00\x00\x00WAVEfmt ')],
    ['RIFF that is not WebP (AVI)', file('RIFF\x24\x00\x00\x00AVI LIST')],
    ['WEBP tag at the wrong offset', file('RIFF\x24\x00\x00\x00\x00WEBP')],
    ['JPEG magic not at the start', file([0x00, ...JPEG])],
    ['PDF header after the first KB', file(' '.repeat(1024) + '%PDF-1.7', 2048)],
    ['PDF header cut by the 1 KB boundary', file(' '.repeat(1020) + '%PDF-', 2048)],
    ['"%PDF" without the dash', file('%PDF1.7')],
    ['zeros', new Uint8Array(100)],
  ])('%s → null', (_name, buf) => {
    expect(sniffFileType(buf)).toBeNull();
  });

  it('ignores the declared name: the same bytes sniff the same however the file is called', () => {
    // There is no name parameter at all; an executable renamed to .jpg is still just its bytes.
    const exe = file('MZ\x90\x00');
    expect(sniffFileType(exe)).toBeNull();
    expect(checkUpload('product_image', exe)).toMatchObject({ ok: false, code: 'FILE_TYPE_REJECTED' });
  });
});

describe('PURPOSE_RULES', () => {
  it('has a rule for every purpose', () => {
    expect(Object.keys(PURPOSE_RULES).sort()).toEqual([...FILE_PURPOSES].sort());
  });

  it('takes images at 5 MB and PDFs at 10 MB where PDFs are allowed', () => {
    for (const p of FILE_PURPOSES) {
      expect(PURPOSE_RULES[p].maxImageBytes).toBe(5 * MB);
      expect(PURPOSE_RULES[p].maxPdfBytes).toBe(PURPOSE_RULES[p].types.includes('application/pdf') ? 10 * MB : 0);
      expect(PURPOSE_RULES[p].maxPdfBytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
    }
  });

  it('allows PDFs for licences, evidence, violation evidence and ticket attachments only', () => {
    expect(FILE_PURPOSES.filter((p) => PURPOSE_RULES[p].types.includes('application/pdf')).sort()).toEqual(['evidence', 'licence', 'ticket_attachment', 'violation_evidence']);
  });
});

describe('checkUpload: accepted files', () => {
  it.each<[FilePurpose, Uint8Array, string]>([
    ['licence', file(JPEG), 'image/jpeg'],
    ['licence', file(PDF), 'application/pdf'],
    ['product_image', file(PNG), 'image/png'],
    ['product_image', file(WEBP), 'image/webp'],
    ['evidence', file(PDF), 'application/pdf'],
    ['evidence', file(WEBP), 'image/webp'],
    ['site_visit', file(JPEG), 'image/jpeg'],
  ])('%s takes %#', (purpose, buf, mime) => {
    expect(checkUpload(purpose, buf)).toEqual({ ok: true, mime });
  });
});

describe('checkUpload: refused files', () => {
  it.each(FILE_PURPOSES)('an empty file for %s is FILE_EMPTY', (purpose) => {
    expect(checkUpload(purpose, new Uint8Array(0))).toEqual({ ok: false, code: 'FILE_EMPTY', message: '文件为空' });
  });

  it.each<[FilePurpose, string]>([
    ['product_image', '商品图片'],
    ['site_visit', '考察照片'],
  ])('%s refuses a PDF and says which types it takes', (purpose, label) => {
    expect(checkUpload(purpose, file(PDF))).toEqual({ ok: false, code: 'FILE_TYPE_REJECTED', message: `${label}${IMAGE_ONLY}` });
  });

  const bad: [string, Uint8Array][] = [
    ['MZ executable', file('MZ\x90\x00')],
    ['ELF', file([0x7f, 0x45, 0x4c, 0x46])],
    ['xlsx', file('PK\x03\x04')],
    ['HTML', file('<html><body>hi</body></html>')],
    ['SVG', file('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ];
  it.each(bad)('refuses %s for licences with the image-or-PDF message', (_name, buf) => {
    expect(checkUpload('licence', buf)).toEqual({ ok: false, code: 'FILE_TYPE_REJECTED', message: `证照${IMAGE_OR_PDF}` });
  });
  it.each(bad)('refuses %s for evidence', (_name, buf) => {
    expect(checkUpload('evidence', buf)).toEqual({ ok: false, code: 'FILE_TYPE_REJECTED', message: `凭证文件${IMAGE_OR_PDF}` });
  });
  it.each(bad)('refuses %s for product images with the image-only message', (_name, buf) => {
    expect(checkUpload('product_image', buf)).toEqual({ ok: false, code: 'FILE_TYPE_REJECTED', message: `商品图片${IMAGE_ONLY}` });
  });

  it('writes every message in Chinese', () => {
    for (const purpose of FILE_PURPOSES) {
      for (const buf of [new Uint8Array(0), file('MZ'), file(JPEG, 5 * MB + 1)]) {
        const r = checkUpload(purpose, buf);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});

describe('checkUpload: size limits', () => {
  it.each(['licence', 'product_image', 'evidence', 'site_visit'] as const)('%s takes an image of exactly 5 MB and refuses one byte more', (purpose) => {
    expect(checkUpload(purpose, file(JPEG, 5 * MB))).toEqual({ ok: true, mime: 'image/jpeg' });
    expect(checkUpload(purpose, file(PNG, 5 * MB + 1))).toEqual({
      ok: false,
      code: 'FILE_TOO_LARGE',
      message: `${PURPOSE_RULES[purpose].label}不能超过 5 MB`,
    });
  });

  it.each<[FilePurpose, string]>([
    ['licence', '证照'],
    ['evidence', '凭证文件'],
  ])('%s takes a PDF of exactly 10 MB and refuses one byte more', (purpose, label) => {
    expect(checkUpload(purpose, file(PDF, 10 * MB))).toEqual({ ok: true, mime: 'application/pdf' });
    expect(checkUpload(purpose, file(PDF, 10 * MB + 1))).toEqual({ ok: false, code: 'FILE_TOO_LARGE', message: `${label}不能超过 10 MB` });
  });

  it('holds a 7 MB image to the image limit even where 10 MB PDFs are allowed', () => {
    expect(checkUpload('evidence', file(WEBP, 7 * MB))).toEqual({ ok: false, code: 'FILE_TOO_LARGE', message: '凭证文件不能超过 5 MB' });
    expect(checkUpload('evidence', file(PDF, 7 * MB))).toEqual({ ok: true, mime: 'application/pdf' });
  });

  it('checks the type before the size (a large PDF for product images is a type error)', () => {
    expect(checkUpload('product_image', file(PDF, 11 * MB))).toMatchObject({ ok: false, code: 'FILE_TYPE_REJECTED' });
    expect(checkUpload('licence', file('MZ', 11 * MB))).toMatchObject({ ok: false, code: 'FILE_TYPE_REJECTED' });
  });

  it('accepts a file that is just the three JPEG magic bytes (no minimum size)', () => {
    expect(checkUpload('product_image', Uint8Array.from([0xff, 0xd8, 0xff]))).toEqual({ ok: true, mime: 'image/jpeg' });
  });
});
