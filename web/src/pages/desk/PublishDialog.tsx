import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, TimePicker } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { MAX_SLOT_CAPACITY, MAX_SLOTS } from '../../../../src/modules/desk/rules/service-day';
import { deskApi, type Department } from '../../api/desk';
import { useServiceDayPlaces, useServiceDayWrite } from '../../api/deskHooks';
import { useT } from '../../i18n/context';
import { FormDialog } from '../../components/FormDialog';
import { applyFieldErrors } from '../../components/fieldErrors';
import { todayInShanghai } from '../../components/time';

interface SlotRow {
  start?: Dayjs | null;
  end?: Dayjs | null;
  capacity?: number | null;
}

interface Values {
  departmentId?: string;
  baseUnitId?: string;
  day?: Dayjs | null;
  place: string;
  title: string;
  notes?: string;
  slots: SlotRow[];
}

const HM = 'HH:mm';
const at = (h: number, m: number) => dayjs().startOf('day').hour(h).minute(m);
const FIRST_SLOT: SlotRow = { start: at(9, 30), end: at(10, 30), capacity: 5 };

/** A new row goes on from the last one: as long, as many places. */
function nextSlot(rows: SlotRow[]): SlotRow {
  const last = rows[rows.length - 1];
  if (!last?.start || !last.end || !last.end.isAfter(last.start)) return { capacity: last?.capacity ?? 5 };
  const length = last.end.diff(last.start, 'minute');
  const end = last.end.add(length, 'minute');
  return { start: last.end, end: end.isSame(last.end, 'day') ? end : undefined, capacity: last.capacity ?? 5 };
}

/** 发布服务日: the officer's department, the base and place, the day and its slots (HH:MM, places each). */
export function PublishDialog({ open, departments, onClose }: { open: boolean; departments: Department[]; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const places = useServiceDayPlaces(open);
  const today = todayInShanghai();

  const publish = useServiceDayWrite(
    (v: Values) =>
      deskApi.publishServiceDay({
        departmentId: v.departmentId!,
        baseUnitId: v.baseUnitId!,
        day: v.day!.format('YYYY-MM-DD'),
        place: v.place.trim(),
        title: v.title.trim(),
        notes: v.notes?.trim() || null,
        slots: v.slots.map((s) => ({ startsAt: s.start!.format(HM), endsAt: s.end!.format(HM), capacity: s.capacity! })),
      }),
    () => t('serviceDay.published'),
    (d) => {
      onClose();
      navigate(`/desk/service-days/${encodeURIComponent(d.id)}`);
    },
  );

  const capacityRule = t('serviceDay.capacityRule', { max: MAX_SLOT_CAPACITY });
  const timeRule = t('serviceDay.timeRule');
  return (
    <FormDialog<Values>
      form={form}
      open={open}
      title={t('serviceDay.publish')}
      okText={t('serviceDay.publish')}
      saving={publish.isPending}
      onCancel={onClose}
      onFinish={(v) => publish.mutate(v, { onError: (err) => applyFieldErrors(form, err) })}
      initialValues={{ departmentId: departments.length === 1 ? departments[0]!.id : undefined, slots: [FIRST_SLOT] }}
      testId="sd-form-submit"
    >
      <Form.Item name="departmentId" label={t('serviceDay.department')} rules={[{ required: true, message: t('desk.departmentRequired') }]}>
        <Select options={departments.map((d) => ({ value: d.id, label: d.name }))} data-testid="sd-form-department" />
      </Form.Item>
      <Form.Item name="baseUnitId" label={t('serviceDay.base')} rules={[{ required: true, message: t('serviceDay.baseRequired') }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={places} data-testid="sd-form-base" />
      </Form.Item>
      {open && places.length === 0 && <Alert type="info" showIcon style={{ marginTop: -12, marginBottom: 12 }} title={t('serviceDay.noBases')} />}
      <Form.Item name="day" label={t('serviceDay.day')} rules={[{ required: true, message: t('serviceDay.dayRequired') }]}>
        <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') < today} style={{ width: '100%', maxWidth: 220 }} data-testid="sd-form-day" />
      </Form.Item>
      <Form.Item name="place" label={t('serviceDay.place')} rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('serviceDay.placeRule') }]}>
        <Input maxLength={100} placeholder={t('serviceDay.placePlaceholder')} data-testid="sd-form-place" />
      </Form.Item>
      <Form.Item name="title" label={t('serviceDay.title')} rules={[{ required: true, whitespace: true, min: 2, max: 60, message: t('serviceDay.titleRule') }]}>
        <Input maxLength={60} showCount placeholder={t('serviceDay.titlePlaceholder')} data-testid="sd-form-title" />
      </Form.Item>
      <Form.Item name="notes" label={t('serviceDay.notes')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder={t('serviceDay.notesPlaceholder')} data-testid="sd-form-notes" />
      </Form.Item>
      <Form.Item label={t('serviceDay.slots')} required style={{ marginBottom: 0 }}>
        <Form.List name="slots">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} style={{ display: 'flex', flexWrap: 'wrap', gap: '0 8px', alignItems: 'flex-start' }} data-testid="sd-slot-row">
                  <Form.Item name={[f.name, 'start']} rules={[{ required: true, message: timeRule }]} style={{ marginBottom: 8 }}>
                    <TimePicker format={HM} minuteStep={5} needConfirm={false} placeholder={t('serviceDay.start')} style={{ width: 104 }} data-testid="sd-slot-start" />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'end']}
                    dependencies={[['slots', f.name, 'start']]}
                    rules={[
                      { required: true, message: timeRule },
                      ({ getFieldValue }) => ({
                        validator: async (_, end: Dayjs | null | undefined) => {
                          const start = getFieldValue(['slots', f.name, 'start']) as Dayjs | null | undefined;
                          if (start && end && !end.isAfter(start)) throw new Error(timeRule);
                        },
                      }),
                    ]}
                    style={{ marginBottom: 8 }}
                  >
                    <TimePicker format={HM} minuteStep={5} needConfirm={false} placeholder={t('serviceDay.end')} style={{ width: 104 }} data-testid="sd-slot-end" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'capacity']} rules={[{ required: true, type: 'integer', min: 1, max: MAX_SLOT_CAPACITY, message: capacityRule }]} style={{ marginBottom: 8 }}>
                    <InputNumber min={1} max={MAX_SLOT_CAPACITY} precision={0} inputMode="numeric" suffix={t('serviceDay.people')} placeholder={t('serviceDay.capacity')} style={{ width: 96 }} data-testid="sd-slot-capacity" />
                  </Form.Item>
                  {fields.length > 1 && <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('serviceDay.removeSlot')} onClick={() => remove(f.name)} data-testid="sd-slot-remove" />}
                </div>
              ))}
              <Form.ErrorList errors={errors} />
              {fields.length < MAX_SLOTS && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(nextSlot((form.getFieldValue('slots') as SlotRow[] | undefined) ?? []))} style={{ marginTop: 4, marginBottom: 16 }} data-testid="sd-slot-add">
                  {t('serviceDay.addSlot')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form.Item>
    </FormDialog>
  );
}
