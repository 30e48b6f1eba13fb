import { ShopOutlined } from '@ant-design/icons';

/** The product's cover image (first image), or a placeholder. */
export function ProductThumb({ url, size = 64 }: { url: string | null; size?: number }) {
  const box = { width: size, height: size, borderRadius: 6, flexShrink: 0 } as const;
  return url ? (
    <img src={url} alt="" loading="lazy" style={{ ...box, objectFit: 'cover', background: '#fafafa' }} />
  ) : (
    <div style={{ ...box, background: '#f5f5f5', display: 'flex', alignItems: 'center', justifyContent: 'center', color: '#bbb', fontSize: size / 2.5 }}>
      <ShopOutlined />
    </div>
  );
}
