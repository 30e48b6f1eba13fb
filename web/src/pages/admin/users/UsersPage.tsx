import { useEffect, useState } from 'react';
import { App, Button, Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { usersApi } from '../../../api/users';
import type { CreateUserBody, RoleAssignment, User } from '../../../api/types';
import { QK } from '../../../api/hooks';
import { useT } from '../../../i18n/context';
import { useNotifyError } from '../../../components/useNotifyError';
import { UserFilters, type UserFilterValues } from './UserFilters';
import { UsersTable } from './UsersTable';
import type { UserAction } from './UserActions';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { RolesModal } from './RolesModal';
import { ResetPasswordModal } from './ResetPasswordModal';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'roles' | 'reset'; user: User } | null;

export function UsersPage() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<UserFilterValues>({ descendants: true });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<Dialog>(null);

  // A notification may link to /admin/users?id=…: narrow the list to that user.
  const linkedId = params.get('id');
  useEffect(() => {
    if (!linkedId) return;
    usersApi
      .get(linkedId)
      .then((u) => setFilters((f) => ({ ...f, q: u.username })))
      .catch(notifyError);
  }, [linkedId, notifyError]);

  const list = useQuery({
    queryKey: [...QK.users, filters, paging],
    queryFn: () =>
      usersApi.list({
        unitId: filters.unitId,
        descendants: filters.descendants ? 'true' : 'false',
        q: filters.q,
        role: filters.role,
        status: filters.status,
        page: paging.page,
        pageSize: paging.pageSize,
      }),
    placeholderData: keepPreviousData,
  });

  const after = (text: string) => {
    void message.success(text);
    setDialog(null);
    return qc.invalidateQueries({ queryKey: QK.users });
  };
  const create = useMutation({ mutationFn: (b: CreateUserBody) => usersApi.create(b), onSuccess: () => after(t('user.created')), onError: notifyError });
  const edit = useMutation({
    mutationFn: (a: { id: string; body: { displayName: string; phone?: string | null } }) => usersApi.update(a.id, a.body),
    onSuccess: () => after(t('common.saved')),
    onError: notifyError,
  });
  const roles = useMutation({
    mutationFn: (a: { id: string; roles: RoleAssignment[] }) => usersApi.setRoles(a.id, a.roles),
    onSuccess: () => after(t('common.saved')),
    onError: notifyError,
  });
  const reset = useMutation({
    mutationFn: (a: { id: string; pw: string }) => usersApi.resetPassword(a.id, a.pw),
    onSuccess: () => after(t('user.passwordReset')),
    onError: notifyError,
  });
  const simple = useMutation({
    mutationFn: (a: { action: 'disable' | 'enable' | 'unlock'; id: string }) => usersApi[a.action](a.id),
    onSuccess: (_u, a) => after(t(`user.done.${a.action}`)),
    onError: notifyError,
  });

  const onAction = (action: UserAction, user: User) => {
    if (action === 'edit' || action === 'roles' || action === 'reset') setDialog({ kind: action, user });
    else simple.mutate({ action, id: user.id });
  };
  const userOf = (kind: 'edit' | 'roles' | 'reset') => (dialog && dialog.kind === kind ? dialog.user : null);

  return (
    <Card
      data-testid="page-users"
      title={t('module.admin.users')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="user-create">
          {t('user.create')}
        </Button>
      }
    >
      <UserFilters
        key={filters.q ?? ''}
        value={filters}
        onChange={(f) => {
          setFilters(f);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      />
      <UsersTable
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={paging.page}
        pageSize={paging.pageSize}
        loading={list.isFetching}
        onPage={(page, pageSize) => setPaging({ page, pageSize })}
        onAction={onAction}
      />
      <CreateUserModal open={dialog?.kind === 'create'} saving={create.isPending} onCancel={() => setDialog(null)} onSubmit={(b) => create.mutate(b)} />
      <EditUserModal
        user={userOf('edit')}
        saving={edit.isPending}
        onCancel={() => setDialog(null)}
        onSubmit={(body) => edit.mutate({ id: userOf('edit')!.id, body })}
      />
      <RolesModal
        user={userOf('roles')}
        saving={roles.isPending}
        onCancel={() => setDialog(null)}
        onSubmit={(r) => roles.mutate({ id: userOf('roles')!.id, roles: r })}
      />
      <ResetPasswordModal
        user={userOf('reset')}
        saving={reset.isPending}
        onCancel={() => setDialog(null)}
        onSubmit={(pw) => reset.mutate({ id: userOf('reset')!.id, pw })}
      />
    </Card>
  );
}
