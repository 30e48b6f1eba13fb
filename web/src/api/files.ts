import { api, withQuery } from './client';
import type { FileRef } from './types';

export type FilePurpose = 'licence' | 'product_image' | 'evidence' | 'site_visit' | 'violation_evidence' | 'sample_photo' | 'ticket_attachment';

export const filesApi = {
  /** The raw file is the body; the server checks its type and size and answers in Chinese. */
  upload: (purpose: FilePurpose, file: File) =>
    api.postBinary<FileRef>(withQuery('/api/files', { purpose, name: file.name }), file, file.type || 'application/octet-stream'),
};
