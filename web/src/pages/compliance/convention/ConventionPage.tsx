import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Result } from 'antd';
import { EditOutlined, WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { complianceApi } from '../../../api/compliance';
import { ApiError } from '../../../api/client';
import { hasModule, useMe } from '../../../auth/useMe';
import { useI18n } from '../../../i18n/context';
import { PageSpin } from '../../../components/PageSpin';
import { formatDateTime } from '../../../components/time';
import { useNotifyError } from '../../../components/useNotifyError';
import { ConventionText } from './ConventionText';
import { CONVENTION_KEYS } from './keys';

/** 主播公约: the streamer reads the current convention and signs the version read. */
export function ConventionPage() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const me = useMe().data;
  const [agreed, setAgreed] = useState(false);
  const q = useQuery({ queryKey: CONVENTION_KEYS.current, queryFn: complianceApi.convention });
  const sign = useMutation({
    mutationFn: complianceApi.signConvention,
    onSuccess: () => {
      void message.success(t('convention.signedToast'));
      void qc.invalidateQueries({ queryKey: CONVENTION_KEYS.current });
    },
    onError: (err) => {
      notifyError(err);
      // 409: a newer version was published while reading; show it, to be read and signed anew.
      if (err instanceof ApiError && err.status === 409) {
        setAgreed(false);
        void qc.invalidateQueries({ queryKey: CONVENTION_KEYS.current });
      }
    },
  });

  const myViolations = hasModule(me, 'compliance.myViolations') && (
    <Link to="/compliance/my-violations" data-testid="convention-my-violations">
      <WarningOutlined /> {t('convention.myViolations')}
    </Link>
  );

  if (q.isPending) return <PageSpin />;
  if (q.isError) {
    const none = q.error instanceof ApiError && q.error.status === 404;
    return (
      <div data-testid="page-compliance-convention">
        <Result status={none ? 'info' : 'warning'} title={none ? t('convention.none') : t('error.loadFailed')} subTitle={none ? undefined : q.error.message} />
      </div>
    );
  }
  const c = q.data;
  return (
    <div data-testid="page-compliance-convention" data-signed={c.mySignature !== null}>
      <Card size="small" extra={myViolations} title={t('module.compliance.convention')}>
        {c.mySignature ? (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="convention-signed"
            title={t('convention.signed', { time: formatDateTime(c.mySignature.signedAt, locale), n: c.version })}
          />
        ) : (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="convention-unsigned" title={t('convention.unsigned', { n: c.version })} />
        )}
        <ConventionText convention={c} />
        {!c.mySignature && (
          <div
            style={{ marginTop: 16, paddingTop: 16, borderTop: '1px solid #f0f0f0', display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}
            data-testid="convention-sign-box"
          >
            <Checkbox checked={agreed} onChange={(e) => setAgreed(e.target.checked)} data-testid="convention-agree">
              {t('convention.agree')}
            </Checkbox>
            <Button
              type="primary"
              icon={<EditOutlined />}
              disabled={!agreed}
              loading={sign.isPending}
              onClick={() => sign.mutate(c.version)}
              data-testid="convention-sign"
            >
              {t('convention.sign')}
            </Button>
          </div>
        )}
      </Card>
    </div>
  );
}
