import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/context';

export function ForbiddenPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      data-testid="page-403"
      status="403"
      title="403"
      subTitle={t('error.forbidden')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('error.backHome')}
        </Button>
      }
    />
  );
}
