import { useT } from '../../../i18n/context';
import { ProductManageList } from '../common/ProductManageList';

/** 商品核验: products in the staff member's scope, awaiting verification first. */
export function ProductReviewPage() {
  const t = useT();
  return <ProductManageList title={t('module.catalog.productReview')} testId="page-product-review" base="/catalog/product-review" defaultStatus="submitted" />;
}
