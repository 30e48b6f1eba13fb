import { useState } from 'react';
import { App, Button, Card, Input, Select, Space, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CATEGORIES } from '../../../../../src/modules/compliance/checker/lexicon-entry';
import { complianceApi, type LexiconItem, type LexiconQuery } from '../../../api/compliance';
import { VK, useLexicon } from '../../../api/violationHooks';
import { useT } from '../../../i18n/context';
import { useNotifyError } from '../../../components/useNotifyError';
import { ChangeLog } from './ChangeLog';
import { LexiconForm } from './LexiconForm';
import { LexiconTable } from './LexiconTable';
import { toInput } from './lexiconFields';

type Dialog = { item: LexiconItem | null } | null;

/** 合规词库: the staff-edited lexicon the checker uses, its versions and change log. */
export function LexiconPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [tab, setTab] = useState('entries');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [query, setQuery] = useState<LexiconQuery>({ page: 1, pageSize: 50 });
  const list = useLexicon(query);
  const patch = (p: Partial<LexiconQuery>) => setQuery((q) => ({ ...q, page: 1, ...p }));

  const toggle = useMutation({
    mutationFn: (e: LexiconItem) => complianceApi.updateLexiconEntry(e.id, { ...toInput(e), enabled: !e.enabled }),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: VK.lexicon });
      void message.success(t(r.item.enabled ? 'lexicon.toggled.on' : 'lexicon.toggled.off', { term: r.item.term, version: r.version }));
    },
    onError: notifyError,
  });

  const version = list.data?.version;
  return (
    <Card
      data-testid="page-compliance-lexicon"
      title={t('module.compliance.lexicon')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ item: null })} data-testid="lexicon-new">
          {t('lexicon.new')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('lexicon.intro')}
      </Typography.Paragraph>
      <Typography.Paragraph strong data-testid="lexicon-version" data-version={version ?? ''}>
        {version === undefined ? '…' : t('lexicon.version', { version, n: list.data?.total ?? 0 })}
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'entries',
            label: <span data-testid="lexicon-tab-entries">{t('lexicon.tab.entries')}</span>,
            children: (
              <>
                <Space wrap size={[8, 8]} style={{ marginBottom: 12 }}>
                  <Input.Search
                    allowClear
                    maxLength={30}
                    placeholder={t('lexicon.searchPlaceholder')}
                    onSearch={(q) => patch({ q: q.trim() || undefined })}
                    style={{ width: 220, maxWidth: '100%' }}
                    data-testid="lexicon-search"
                  />
                  <Select
                    value={query.category ?? ''}
                    onChange={(c: string) => patch({ category: c || undefined })}
                    options={[{ value: '', label: t('lexicon.allCategories') }, ...CATEGORIES.map((c) => ({ value: c, label: t(`lexicon.category.${c}`) }))]}
                    style={{ width: 170 }}
                    data-testid="lexicon-filter-category"
                  />
                  <Select
                    value={query.severity ?? ''}
                    onChange={(s: '' | 'must_fix' | 'caution') => patch({ severity: s || undefined })}
                    options={[
                      { value: '', label: t('lexicon.allSeverities') },
                      { value: 'must_fix', label: t('lexicon.severity.must_fix') },
                      { value: 'caution', label: t('lexicon.severity.caution') },
                    ]}
                    style={{ width: 120 }}
                    data-testid="lexicon-filter-severity"
                  />
                  <Select
                    value={query.enabled ?? ''}
                    onChange={(e: '' | 'true' | 'false') => patch({ enabled: e || undefined })}
                    options={[
                      { value: '', label: t('lexicon.allStates') },
                      { value: 'true', label: t('lexicon.enabled.on') },
                      { value: 'false', label: t('lexicon.enabled.off') },
                    ]}
                    style={{ width: 120 }}
                    data-testid="lexicon-filter-enabled"
                  />
                </Space>
                {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
                <LexiconTable
                  items={list.data?.items ?? []}
                  total={list.data?.total ?? 0}
                  page={query.page ?? 1}
                  pageSize={query.pageSize ?? 50}
                  loading={list.isFetching}
                  toggling={toggle.isPending ? (toggle.variables?.id ?? null) : null}
                  onPage={(page, pageSize) => setQuery((q) => ({ ...q, page, pageSize }))}
                  onToggle={(e) => toggle.mutate(e)}
                  onEdit={(item) => setDialog({ item })}
                />
              </>
            ),
          },
          { key: 'changes', label: <span data-testid="lexicon-tab-changes">{t('lexicon.tab.changes')}</span>, children: <ChangeLog /> },
        ]}
      />
      <LexiconForm open={dialog !== null} item={dialog?.item ?? null} onClose={() => setDialog(null)} />
    </Card>
  );
}
