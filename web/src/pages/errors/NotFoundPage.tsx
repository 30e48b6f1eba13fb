import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/context';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      data-testid="page-404"
      status="404"
      title="404"
      subTitle={t('error.notFound')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('error.backHome')}
        </Button>
      }
    />
  );
}
