import { useState } from 'react';
import { App, Button, Select, Table, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DEPARTMENT_KINDS, type DepartmentKind } from '../../../../../src/modules/desk/rules/categories';
import { deskApi, type Department } from '../../../api/desk';
import { DK, useDepartments } from '../../../api/deskHooks';
import { useT } from '../../../i18n/context';
import { useNotifyError } from '../../../components/useNotifyError';

interface Edit {
  kind: DepartmentKind;
  headUserIds: string[];
}

const current = (d: Department): Edit => ({ kind: d.kind, headUserIds: d.heads.map((h) => h.userId) });
const same = (a: Edit, b: Edit) => a.kind === b.kind && a.headUserIds.length === b.headUserIds.length && a.headUserIds.every((id) => b.headUserIds.includes(id));

/** Departments: the kind (which categories reach it) and its heads, saved row by row. */
export function DepartmentsTab() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const list = useDepartments();
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const edited = (d: Department) => edits[d.id] ?? current(d);
  const patch = (d: Department, p: Partial<Edit>) => setEdits((e) => ({ ...e, [d.id]: { ...edited(d), ...p } }));
  const save = useMutation({
    mutationFn: (d: Department) => deskApi.saveDepartment(d.id, edited(d)),
    onSuccess: (saved) => {
      qc.setQueryData(DK.departments, (old: { items: Department[] } | undefined) => old && { items: old.items.map((d) => (d.id === saved.id ? saved : d)) });
      void qc.invalidateQueries({ queryKey: [...DK.all, 'routing'] });
      setEdits(({ [saved.id]: _, ...rest }) => rest);
      void message.success(t('deskAdmin.saved', { name: saved.name }));
    },
    onError: notifyError,
  });

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('deskAdmin.departmentsIntro')}
      </Typography.Paragraph>
      {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      <Table<Department>
        data-testid="admin-desk-departments"
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(d) => ({ 'data-testid': 'admin-desk-department', 'data-id': d.id, 'data-name': d.name }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('deskAdmin.name'), dataIndex: 'name', render: (name: string, d) => <span className={d.active ? undefined : 'lb-inactive'}>{name}</span> },
          { title: t('deskAdmin.region'), dataIndex: 'regionName', render: (r: string | null) => r ?? '—' },
          {
            title: t('deskAdmin.kind'),
            key: 'kind',
            render: (_, d) => (
              <Select value={edited(d).kind} onChange={(kind) => patch(d, { kind })} style={{ width: 180 }} popupMatchSelectWidth={false} options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: t(`desk.kind.${k}`) }))} data-testid="admin-desk-kind" />
            ),
          },
          {
            title: t('deskAdmin.heads'),
            key: 'heads',
            render: (_, d) =>
              d.officers.length === 0 ? (
                <Typography.Text type="secondary">{t('deskAdmin.noOfficers')}</Typography.Text>
              ) : (
                <Select
                  mode="multiple"
                  value={edited(d).headUserIds}
                  onChange={(headUserIds: string[]) => patch(d, { headUserIds })}
                  style={{ minWidth: 200, maxWidth: 320 }}
                  maxCount={10}
                  options={d.officers.map((o) => ({ value: o.userId, label: o.displayName }))}
                  data-testid="admin-desk-heads"
                />
              ),
          },
          { title: t('deskAdmin.officers'), key: 'officers', render: (_, d) => <span style={{ display: 'inline-block', maxWidth: 220, whiteSpace: 'normal' }}>{d.officers.map((o) => o.displayName).join('、') || '—'}</span> },
          {
            title: t('common.actions'),
            key: 'save',
            render: (_, d) => (
              <Button size="small" type="primary" icon={<SaveOutlined />} disabled={same(edited(d), current(d))} loading={save.isPending && save.variables?.id === d.id} onClick={() => save.mutate(d)} data-testid="admin-desk-save">
                {t('common.save')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
