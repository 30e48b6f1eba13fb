import { Button, Image, Typography } from 'antd';
import { CloseOutlined, FileOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { FileRef } from '../api/types';
import { useT } from '../i18n/context';

export const isImage = (f: Pick<FileRef, 'mime'>) => f.mime.startsWith('image/');

/** An uploaded file: an image thumbnail with preview, or a link that opens the file. */
export function FileThumb({ file, size = 80, onRemove }: { file: FileRef; size?: number; onRemove?: () => void }) {
  const t = useT();
  const remove = onRemove && (
    <Button
      size="small"
      type="text"
      danger
      icon={<CloseOutlined />}
      aria-label={t('upload.remove')}
      onClick={onRemove}
      data-testid="file-remove"
      style={{ position: 'absolute', top: -8, right: -8, background: '#fff', borderRadius: '50%', boxShadow: '0 1px 3px rgba(0,0,0,.2)' }}
    />
  );
  if (isImage(file)) {
    return (
      <div style={{ position: 'relative', width: size, height: size }} data-testid="file-thumb" data-file-id={file.id}>
        <Image
          src={file.url}
          alt={file.originalName ?? ''}
          width={size}
          height={size}
          style={{ objectFit: 'cover', borderRadius: 6, border: '1px solid #f0f0f0' }}
        />
        {remove}
      </div>
    );
  }
  const Icon = file.mime === 'application/pdf' ? FilePdfOutlined : FileOutlined;
  return (
    <div style={{ position: 'relative', display: 'inline-flex', alignItems: 'center', gap: 4, maxWidth: 240, paddingRight: onRemove ? 16 : 0 }} data-testid="file-thumb" data-file-id={file.id}>
      <Icon />
      <Typography.Link href={file.url} target="_blank" rel="noopener" ellipsis style={{ maxWidth: 220 }}>
        {file.originalName ?? file.id}
      </Typography.Link>
      {remove}
    </div>
  );
}

/** Several files: images as a preview group, other files as links. */
export function FileGallery({ files, size = 80 }: { files: FileRef[]; size?: number }) {
  const images = files.filter(isImage);
  const others = files.filter((f) => !isImage(f));
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      {images.length > 0 && (
        <Image.PreviewGroup>
          {images.map((f) => (
            <FileThumb key={f.id} file={f} size={size} />
          ))}
        </Image.PreviewGroup>
      )}
      {others.map((f) => (
        <FileThumb key={f.id} file={f} />
      ))}
    </div>
  );
}
