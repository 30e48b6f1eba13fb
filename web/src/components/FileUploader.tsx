import { useRef, useState } from 'react';
import { Button, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { filesApi, type FilePurpose } from '../api/files';
import type { FileRef } from '../api/types';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/zh-CN';
import { FileThumb } from './FileThumb';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MB = 1024 * 1024;

/**
 * What can be told before sending (type by name/declared type, size): on a slow rural network an
 * upload the server would refuse is not worth sending. The server still sniffs the content and
 * has the last word (a renamed file gets its message).
 */
function precheck(file: File, imagesOnly: boolean): MessageKey | null {
  const name = file.name.toLowerCase();
  const image = IMAGE_TYPES.includes(file.type) || /\.(jpe?g|png|webp)$/.test(name);
  const pdf = file.type === 'application/pdf' || name.endsWith('.pdf');
  if (imagesOnly && !image) return 'upload.imageOnly';
  if (!image && !pdf) return 'upload.badType';
  if ((image && file.size > 5 * MB) || (pdf && file.size > 10 * MB)) return 'upload.tooLarge';
  return null;
}

export interface FileUploaderProps {
  purpose: FilePurpose;
  value?: FileRef[];
  onChange?: (files: FileRef[]) => void;
  max?: number;
  imagesOnly?: boolean;
  disabled?: boolean;
  'data-testid'?: string;
}

/** Uploads files one by one to /api/files and keeps the list of FileRefs (a form field value). */
export function FileUploader({ purpose, value, onChange, max = 10, imagesOnly = false, disabled, 'data-testid': testId = 'file-uploader' }: FileUploaderProps) {
  const t = useT();
  const files = value ?? [];
  const current = useRef(files);
  current.current = files;
  const [busy, setBusy] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File) => {
    const problem = precheck(file, imagesOnly);
    if (problem) {
      setError(`${file.name}：${t(problem)}`);
      return;
    }
    if (current.current.length >= max) {
      setError(t('upload.max', { n: max }));
      return;
    }
    setError(null);
    setBusy((n) => n + 1);
    try {
      const ref = await filesApi.upload(purpose, file);
      current.current = [...current.current, ref];
      onChange?.(current.current);
    } catch (err) {
      setError(`${file.name}：${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy((n) => n - 1);
    }
  };

  const remove = (id: string) => onChange?.(files.filter((f) => f.id !== id));

  return (
    <div data-testid={testId}>
      {files.length > 0 && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 8 }}>
          {files.map((f) => (
            <FileThumb key={f.id} file={f} onRemove={disabled ? undefined : () => remove(f.id)} />
          ))}
        </div>
      )}
      {files.length < max && !disabled && (
        <Upload
          accept={imagesOnly ? IMAGE_TYPES.join(',') : [...IMAGE_TYPES, 'application/pdf'].join(',')}
          multiple={max > 1}
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy > 0} data-testid={`${testId}-button`}>
            {busy > 0 ? t('upload.uploading') : t(imagesOnly ? 'upload.image' : 'upload.button')}
          </Button>
        </Upload>
      )}
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('upload.hint')}
        </Typography.Text>
      </div>
      {error && (
        <Typography.Text type="danger" data-testid={`${testId}-error`} role="alert">
          {error}
        </Typography.Text>
      )}
    </div>
  );
}
