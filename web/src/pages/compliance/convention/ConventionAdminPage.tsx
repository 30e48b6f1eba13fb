import { useState } from 'react';
import { Button, Card, Result, Tabs } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { complianceApi } from '../../../api/compliance';
import { ApiError } from '../../../api/client';
import { useT } from '../../../i18n/context';
import { PageSpin } from '../../../components/PageSpin';
import { ConventionText } from './ConventionText';
import { CoverageTab } from './CoverageTab';
import { CONVENTION_KEYS } from './keys';
import { PublishModal } from './PublishModal';

/** The current text and the 「发布新版本」 editor. */
function TextTab() {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const q = useQuery({ queryKey: CONVENTION_KEYS.current, queryFn: complianceApi.convention });
  const none = q.isError && q.error instanceof ApiError && q.error.status === 404;
  const publishButton = (
    <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setEditing(true)} disabled={q.isPending} data-testid="convention-publish-open">
      {t('convention.publishNew')}
    </Button>
  );
  return (
    <Card size="small" extra={publishButton} title={t('convention.textTab')}>
      {q.isPending ? (
        <PageSpin />
      ) : q.isError ? (
        <Result status={none ? 'info' : 'warning'} title={none ? t('convention.none') : t('error.loadFailed')} subTitle={none ? undefined : q.error.message} />
      ) : (
        <ConventionText convention={q.data} />
      )}
      <PublishModal open={editing} current={q.data} onClose={() => setEditing(false)} />
    </Card>
  );
}

/** 公约与签署 (staff): who has signed the version in force, and publishing a new version. */
export function ConventionAdminPage() {
  const t = useT();
  const [tab, setTab] = useState('coverage');
  return (
    <div data-testid="page-compliance-convention-admin">
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'coverage', label: <span data-testid="convention-tab-coverage">{t('convention.coverageTab')}</span>, children: <CoverageTab /> },
          { key: 'text', label: <span data-testid="convention-tab-text">{t('convention.textTab')}</span>, children: <TextTab /> },
        ]}
      />
    </div>
  );
}
