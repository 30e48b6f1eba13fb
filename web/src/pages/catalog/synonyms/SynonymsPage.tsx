import { useState } from 'react';
import { App, Button, Card, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { catalogApi } from '../../../api/catalog';
import { QK } from '../../../api/hooks';
import type { SynonymGroup } from '../../../api/types';
import { useI18n } from '../../../i18n/context';
import { ItemList, ItemRow } from '../../../components/ItemList';
import { formatDateTime } from '../../../components/time';
import { useNotifyError } from '../../../components/useNotifyError';
import { SynonymModal } from './SynonymModal';

type Dialog = { group: SynonymGroup | null } | null;

/** 搜索同义词: groups of words the pool search treats as one. */
export function SynonymsPage() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useQuery({ queryKey: QK.synonyms, queryFn: catalogApi.synonyms });
  const after = (text: string) => {
    setDialog(null);
    void message.success(text);
    void qc.invalidateQueries({ queryKey: QK.synonyms });
    void qc.invalidateQueries({ queryKey: QK.pool });
  };
  const save = useMutation({
    mutationFn: (a: { id?: string; words: string[] }) => (a.id ? catalogApi.updateSynonym(a.id, { words: a.words }) : catalogApi.createSynonym({ words: a.words })),
    onSuccess: () => after(t('common.saved')),
    onError: notifyError,
  });
  const remove = useMutation({ mutationFn: catalogApi.deleteSynonym, onSuccess: () => after(t('synonym.removed')), onError: notifyError });

  return (
    <Card
      data-testid="page-synonyms"
      title={t('synonym.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ group: null })} data-testid="synonym-add">
          {t('synonym.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('synonym.intro')}</Typography.Paragraph>
      <ItemList
        loading={list.isPending}
        items={list.data?.items ?? []}
        rowKey={(g) => g.id}
        empty={<Empty description={t('synonym.empty')} />}
        data-testid="synonyms-list"
        renderItem={(g) => (
          <ItemRow
            data-testid="synonym-row"
            data-words={g.words.join('/')}
            title={
              <Space size={[4, 4]} wrap>
                {g.words.map((w) => (
                  <Tag key={w} color="blue">
                    {w}
                  </Tag>
                ))}
              </Space>
            }
            description={<span style={{ fontSize: 12 }}>{formatDateTime(g.updatedAt, locale)}</span>}
            actions={
              <Space size={0}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setDialog({ group: g })} aria-label={t('common.edit')} data-testid="synonym-edit" />
                <Popconfirm title={t('synonym.removeConfirm')} onConfirm={() => remove.mutate(g.id)} okButtonProps={{ danger: true }}>
                  <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} data-testid="synonym-remove" />
                </Popconfirm>
              </Space>
            }
          />
        )}
      />
      <SynonymModal
        open={dialog !== null}
        group={dialog?.group ?? null}
        saving={save.isPending}
        onCancel={() => setDialog(null)}
        onSubmit={(words) => save.mutate({ id: dialog?.group?.id, words })}
      />
    </Card>
  );
}
