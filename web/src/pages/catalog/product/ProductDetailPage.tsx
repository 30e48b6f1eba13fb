import { useLocation, useParams } from 'react-router';
import { useCurrentUser } from '../../../auth/useMe';
import { ProductDetail } from './ProductDetail';

/** The product page under a module's path: /catalog/<module>/:id. */
export function ProductDetailPage({ base }: { base: '/catalog/pool' | '/catalog/my-products' | '/catalog/product-review' }) {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  // Lists pass their query string along, so 返回 restores the search and filters.
  const from = (useLocation().state as { from?: string } | null)?.from ?? '';
  // Edit pages live under 我的商品 and 商品核验; from the pool, use whichever the user has.
  const editBase =
    base !== '/catalog/pool' ? base : me.modules.includes('catalog.myProducts') ? '/catalog/my-products' : me.modules.includes('catalog.productReview') ? '/catalog/product-review' : undefined;
  return <ProductDetail key={id} id={id} backTo={`${base}${from}`} editPath={editBase ? `${editBase}/${encodeURIComponent(id)}/edit` : undefined} />;
}
