import { Button, Input, Select, Space, Switch, Typography } from 'antd';
import { TICKET_CATEGORIES, TICKET_TYPES } from '../../../../src/modules/desk/rules/categories';
import { TICKET_STATUSES } from '../../../../src/modules/desk/rules/ticket.machine';
import type { Department } from '../../api/desk';
import { useT } from '../../i18n/context';
import { DateInput } from '../../components/DateInput';

interface Props {
  get: (key: string) => string;
  set: (patch: Record<string, string | undefined>) => void;
  /** Officers may filter on 分派给我的. */
  officer: boolean;
  /** Departments to choose from (all for staff, the officer's own when several); none: no select. */
  departments: Department[];
}

const FILTER_KEYS = ['status', 'category', 'type', 'officer', 'departmentId', 'overdue', 'dueBy', 'q'];

/** The queue's filters; each change goes to the URL (and back to page 1). */
export function QueueFilters({ get, set, officer, departments }: Props) {
  const t = useT();
  const select = (key: string, all: string, options: { value: string; label: string }[], width = 150) => (
    <Select
      value={get(key)}
      onChange={(v: string) => set({ [key]: v })}
      style={{ width, maxWidth: '100%' }}
      popupMatchSelectWidth={false}
      data-testid={`desk-filter-${key}`}
      options={[{ value: '', label: all }, ...options]}
    />
  );
  const active = FILTER_KEYS.some((k) => get(k));
  return (
    <Space size={[8, 8]} wrap style={{ marginBottom: 12, display: 'flex' }} data-testid="desk-queue-filters">
      {select('status', t('desk.allStatuses'), TICKET_STATUSES.map((s) => ({ value: s, label: t(`desk.status.${s}`) })))}
      {select('category', t('desk.allCategories'), TICKET_CATEGORIES.map((c) => ({ value: c, label: t(`desk.category.${c}`) })), 170)}
      {select('type', t('desk.allTypes'), TICKET_TYPES.map((ty) => ({ value: ty, label: t(`desk.type.${ty}`) })), 110)}
      {select('officer', t('desk.officer.any'), [...(officer ? [{ value: 'me', label: t('desk.officer.me') }] : []), { value: 'none', label: t('desk.officer.none') }], 130)}
      {departments.length > 1 && select('departmentId', t('desk.allDepartments'), departments.map((d) => ({ value: d.id, label: d.name })), 200)}
      <Space size={4}>
        <Switch size="small" checked={get('overdue') === 'true'} onChange={(on) => set({ overdue: on ? 'true' : undefined })} data-testid="desk-filter-overdue" />
        <Typography.Text>{t('desk.overdueOnly')}</Typography.Text>
      </Space>
      <Space size={4}>
        <Typography.Text style={{ whiteSpace: 'nowrap' }}>{t('desk.dueBy')}</Typography.Text>
        <DateInput value={get('dueBy') || null} onChange={(v) => set({ dueBy: v ?? undefined })} style={{ width: 150 }} data-testid="desk-filter-dueBy" />
      </Space>
      <Input.Search
        key={get('q')}
        allowClear
        defaultValue={get('q')}
        maxLength={60}
        placeholder={t('desk.searchPlaceholder')}
        onSearch={(s) => set({ q: s.trim() || undefined })}
        style={{ width: 240, maxWidth: '100%' }}
        data-testid="desk-filter-q"
      />
      {active && (
        <Button type="link" onClick={() => set(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])))} data-testid="desk-filter-clear">
          {t('common.clearFilters')}
        </Button>
      )}
    </Space>
  );
}
