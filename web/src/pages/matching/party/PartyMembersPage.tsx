import { Button, Card, Empty, Popconfirm, Tabs, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import type { PartyMembers } from '../../../api/matching';
import { useConfirmParty, usePartyMembers } from '../../../api/matchingHooks';
import { useI18n } from '../../../i18n/context';
import { ItemList, ItemRow } from '../../../components/ItemList';
import { buttonTestId } from '../../../components/testId';
import { formatDateTime } from '../../../components/time';

type Member = PartyMembers['items'][number];
type Status = 'pending' | 'confirmed';

/**
 * 党员主播确认 (org_secretary): streamers who declared membership of one of the secretary's party
 * organisations; confirming lets them open 党员示范直播间, withdrawing takes that back.
 */
export function PartyMembersPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const status: Status = params.get('tab') === 'confirmed' ? 'confirmed' : 'pending';
  const list = usePartyMembers(status);
  const confirm = useConfirmParty((m, ok) => t(ok ? 'party.confirmed' : 'party.withdrawn', { name: m.displayName }));
  const busy = (m: Member) => confirm.isPending && confirm.variables?.m.userId === m.userId;
  const items = list.data?.items ?? [];

  const action = (m: Member) =>
    m.confirmedAt ? (
      <Popconfirm
        title={t('party.withdrawConfirm', { name: m.displayName })}
        description={<div style={{ maxWidth: 260 }}>{t('party.withdrawNote')}</div>}
        onConfirm={() => confirm.mutate({ m, confirmed: false })}
        okButtonProps={buttonTestId('confirm-ok', { danger: true })}
      >
        <Button icon={<RollbackOutlined />} loading={busy(m)} data-testid="party-withdraw">
          {t('party.withdraw')}
        </Button>
      </Popconfirm>
    ) : (
      <Button type="primary" icon={<CheckOutlined />} loading={busy(m)} onClick={() => confirm.mutate({ m, confirmed: true })} data-testid="party-confirm">
        {t('party.confirm')}
      </Button>
    );

  return (
    <Card data-testid="page-matching-party-members" data-tab={status} title={t('module.matching.partyMembers')}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginTop: -4 }} data-testid="party-intro">
        {t('party.intro')}
      </Typography.Paragraph>
      <Tabs
        activeKey={status}
        onChange={(k) => setParams(k === 'confirmed' ? { tab: k } : {}, { replace: true })}
        items={(['pending', 'confirmed'] as const).map((k) => ({ key: k, label: <span data-testid={`party-tab-${k}`}>{t(`party.tab.${k}`)}</span> }))}
      />
      {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      <ItemList
        loading={list.isFetching}
        items={items}
        rowKey={(m) => m.userId}
        data-testid="party-list"
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(status === 'pending' ? 'party.nonePending' : 'party.noneConfirmed')} />}
        renderItem={(m) => (
          <ItemRow
            data-testid="party-member-row"
            data-user-id={m.userId}
            data-confirmed={m.confirmedAt ? 'true' : 'false'}
            title={<span data-testid="party-member-name">{m.displayName}</span>}
            description={
              <>
                <div>{m.unitName ? `${m.branchName} · ${m.unitName}` : m.branchName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('party.declaredAt', { at: formatDateTime(m.declaredAt, locale) })}
                </Typography.Text>
                {m.confirmedAt && (
                  <div style={{ fontSize: 12 }} data-testid="party-confirmed-by">
                    {t('party.confirmedBy', { name: m.confirmedByName ?? '—', at: formatDateTime(m.confirmedAt, locale) })}
                  </div>
                )}
              </>
            }
            actions={action(m)}
          />
        )}
      />
    </Card>
  );
}
