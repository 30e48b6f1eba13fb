import { useState } from 'react';
import { Alert, App, Button, Select, Space, Typography } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deskApi, type BulkAssignResult, type Department } from '../../api/desk';
import { DK } from '../../api/deskHooks';
import { useT } from '../../i18n/context';
import { useNotifyError } from '../../components/useNotifyError';

interface Props {
  /** The officer's departments: their officers are the ones to assign to. */
  departments: Department[];
  selected: string[];
  onDone: () => void;
}

/** 批量分派: the selected tickets to one officer of the viewer's department(s); skipped ones are listed. */
export function BulkAssign({ departments, selected, onDone }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [officerId, setOfficerId] = useState<string>();
  const [result, setResult] = useState<BulkAssignResult | null>(null);
  const officers = new Map(departments.flatMap((d) => d.officers.map((o) => [o.userId, o.displayName] as const)));
  const assign = useMutation({
    mutationFn: () => deskApi.bulkAssign({ ids: selected, officerId: officerId! }),
    onSuccess: (r) => {
      setResult(r);
      void qc.invalidateQueries({ queryKey: DK.tickets });
      void message.success(t('desk.bulk.result', { assigned: r.assigned.length, skipped: r.skipped.length }));
      onDone();
    },
    onError: notifyError,
  });
  return (
    <div style={{ marginBottom: 12 }}>
      <Space size={[8, 8]} wrap data-testid="desk-bulk">
        <Typography.Text data-testid="desk-bulk-count">{t('desk.bulk.selected', { n: selected.length })}</Typography.Text>
        <Select
          value={officerId}
          onChange={setOfficerId}
          placeholder={t('desk.bulk.officer')}
          style={{ width: 160 }}
          options={[...officers].map(([value, label]) => ({ value, label }))}
          data-testid="desk-bulk-officer"
        />
        <Button type="primary" icon={<UserAddOutlined />} disabled={!officerId || selected.length === 0} loading={assign.isPending} onClick={() => assign.mutate()} data-testid="desk-bulk-assign">
          {t('desk.bulk.assign')}
        </Button>
      </Space>
      {result && (
        <Alert
          style={{ marginTop: 8 }}
          type={result.skipped.length ? 'warning' : 'success'}
          showIcon
          closable={{ onClose: () => setResult(null) }}
          data-testid="desk-bulk-result"
          data-assigned={result.assigned.length}
          data-skipped={result.skipped.length}
          title={t('desk.bulk.result', { assigned: result.assigned.length, skipped: result.skipped.length })}
          description={
            result.skipped.length > 0 && (
              <>
                <div>{t('desk.bulk.skippedTitle')}</div>
                {result.skipped.map((s) => (
                  <div key={s.id} style={{ overflowWrap: 'anywhere' }}>
                    {s.ticketNo ?? s.id}：{s.message}
                  </div>
                ))}
              </>
            )
          }
        />
      )}
    </div>
  );
}
