import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/context';
import { ProductManageList } from '../common/ProductManageList';

/** 我的商品: the producer's own products, drafts included. */
export function MyProductsPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <ProductManageList
      title={t('module.catalog.myProducts')}
      testId="page-my-products"
      base="/catalog/my-products"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/catalog/my-products/new')} data-testid="product-create">
          {t('product.create')}
        </Button>
      }
    />
  );
}
