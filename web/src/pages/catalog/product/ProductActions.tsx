import { useState } from 'react';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsApi } from '../../../api/products';
import { QK } from '../../../api/hooks';
import type { Product, ProductEvent, ProductTransitionBody } from '../../../api/types';
import { blockedHint } from '../common/blockedHint';
import { useT } from '../../../i18n/context';
import { useNotifyError } from '../../../components/useNotifyError';
import { buttonTestId } from '../../../components/testId';
import { ReasonModal } from '../common/ReasonModal';
import { VerifyModal } from './VerifyModal';

type ReasonEvent = 'reject' | 'suspend' | 'reinstate';
const ORDER: ProductEvent[] = ['submit', 'withdraw', 'verify', 'reject', 'suspend', 'reinstate'];

/** The buttons the server allows now (`actions`), plus 编辑 when `canEdit` and an edit page exists. */
export function ProductActions({ product, editPath }: { product: Product; editPath?: string }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [verifyOpen, setVerifyOpen] = useState(false);
  const [reasonFor, setReasonFor] = useState<ReasonEvent | null>(null);

  const fire = useMutation({
    mutationFn: (body: ProductTransitionBody) => productsApi.transition(product.id, body),
    onSuccess: (p, body) => {
      qc.setQueryData(QK.product(p.id), p);
      void qc.invalidateQueries({ queryKey: QK.products });
      void qc.invalidateQueries({ queryKey: QK.pool });
      setVerifyOpen(false);
      setReasonFor(null);
      void message.success(t(`action.done.${body.event}`));
    },
    onError: notifyError,
  });

  const allowed = ORDER.filter((e) => product.actions.includes(e));
  const button = (e: ProductEvent) => {
    const common = { loading: fire.isPending && fire.variables?.event === e, 'data-testid': `product-action-${e}` };
    switch (e) {
      case 'submit':
      case 'withdraw':
        return (
          <Popconfirm key={e} title={t(`action.${e}Confirm`)} onConfirm={() => fire.mutate({ event: e })} okButtonProps={buttonTestId('confirm-ok')}>
            <Button {...common} type={e === 'submit' ? 'primary' : 'default'}>
              {t(`action.${e}`)}
            </Button>
          </Popconfirm>
        );
      case 'verify':
        return (
          <Button key={e} {...common} type="primary" onClick={() => setVerifyOpen(true)}>
            {t('action.verify')}
          </Button>
        );
      default:
        return (
          <Button key={e} {...common} danger={e !== 'reinstate'} onClick={() => setReasonFor(e)}>
            {t(`action.${e}`)}
          </Button>
        );
    }
  };

  // A draft whose producer is not approved yet cannot be submitted: say so instead of hiding it silently.
  // What keeps a button away, in the server's words (e.g. the producer is not approved yet).
  const blocked = product.blockedActions.map((b) => blockedHint(t, b)).join('；');
  if (allowed.length === 0 && !(product.canEdit && editPath)) return null;
  return (
    <>
      <Space wrap data-testid="product-actions">
        {product.canEdit && editPath && (
          <Link to={editPath}>
            <Button icon={<EditOutlined />} data-testid="product-edit">
              {t('common.edit')}
            </Button>
          </Link>
        )}
        {allowed.map(button)}
        {blocked && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="product-submit-blocked">
            {blocked}
          </Typography.Text>
        )}
      </Space>
      <VerifyModal
        open={verifyOpen}
        saving={fire.isPending}
        onCancel={() => setVerifyOpen(false)}
        onSubmit={(methods, reason) => fire.mutate({ event: 'verify', methods, reason })}
      />
      <ReasonModal
        open={reasonFor !== null}
        title={reasonFor ? t(`action.${reasonFor}`) : ''}
        danger={reasonFor !== 'reinstate'}
        saving={fire.isPending}
        onCancel={() => setReasonFor(null)}
        onSubmit={(reason) => reasonFor && fire.mutate({ event: reasonFor, reason })}
      />
    </>
  );
}
