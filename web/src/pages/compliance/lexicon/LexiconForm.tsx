import { useEffect } from 'react';
import { App, Button, Col, Drawer, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CATEGORIES } from '../../../../../src/modules/compliance/checker/lexicon-entry';
import { ApiError } from '../../../api/client';
import { complianceApi, type LexiconEntryInput, type LexiconItem, type LexiconTryBody } from '../../../api/compliance';
import { VK } from '../../../api/violationHooks';
import { useT } from '../../../i18n/context';
import { useIsMobile } from '../../../layout/useIsMobile';
import { applyFieldErrors } from '../../../components/fieldErrors';
import { useNotifyError } from '../../../components/useNotifyError';
import { EntryHistory } from './ChangeLog';
import { TryBox } from './TryBox';
import { toInput } from './lexiconFields';

type Values = LexiconEntryInput;

const EMPTY: Values = { term: '', category: 'absolute', severity: 'must_fix', clause: 1, basis: '', why: '', suggestion: '', allowIn: [], negationWindow: 0, enabled: true };

interface Props {
  open: boolean;
  /** The entry being edited; null for a new one. */
  item: LexiconItem | null;
  onClose: () => void;
}

/** Add or edit one lexicon entry, try it on a sample text before saving, see its history. */
export function LexiconForm({ open, item, onClose }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(item ? toInput(item) : EMPTY);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, item]);

  const save = useMutation({
    mutationFn: (v: Values) => (item ? complianceApi.updateLexiconEntry(item.id, v) : complianceApi.createLexiconEntry(v)),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: VK.lexicon });
      void message.success(t(item ? 'lexicon.saved' : 'lexicon.created', { version: r.version }));
      onClose();
    },
    onError: (err) => {
      applyFieldErrors(form, err);
      // 409: the term exists already — say so on the field too.
      if (err instanceof ApiError && err.status === 409) form.setFields([{ name: 'term', errors: [err.message] }]);
      notifyError(err);
    },
  });

  const clean = (v: Values): Values => ({
    ...v,
    term: v.term.trim(),
    basis: v.basis.trim(),
    why: v.why.trim(),
    suggestion: v.suggestion.trim(),
    allowIn: [...new Set((v.allowIn ?? []).map((w) => w.trim()).filter(Boolean))],
  });

  /** The unsaved entry for 试一试; explanations not written yet get a stand-in so the draft is valid. */
  const draft = (): LexiconTryBody['draft'] => {
    const v = { ...EMPTY, ...form.getFieldsValue(true) } as Values;
    if (!v.term?.trim()) return undefined;
    const c = clean(v);
    const orDash = (s: string) => s || '—';
    return { ...c, basis: orDash(c.basis), why: orDash(c.why), suggestion: orDash(c.suggestion), clause: c.clause || 1, id: item?.id };
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={item ? t('lexicon.edit', { term: item.term }) : t('lexicon.new')}
      size={mobile ? '100%' : 760}
      destroyOnHidden
      data-testid="lexicon-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="lexicon-form-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" initialValues={EMPTY} onFinish={(v) => save.mutate(clean(v))} data-testid="lexicon-form">
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="term" label={t('lexicon.field.term')} rules={[{ required: true, whitespace: true, message: t('lexicon.termRequired') }, { max: 30 }]}>
              <Input maxLength={30} data-testid="lexicon-form-term" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="category" label={t('lexicon.field.category')} rules={[{ required: true }]}>
              <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`lexicon.category.${c}`) }))} data-testid="lexicon-form-category" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="severity" label={t('lexicon.field.severity')} rules={[{ required: true }]}>
              <Select
                options={(['must_fix', 'caution'] as const).map((s) => ({ value: s, label: t(`lexicon.severity.${s}`) }))}
                data-testid="lexicon-form-severity"
              />
            </Form.Item>
          </Col>
          <Col xs={8} sm={6}>
            <Form.Item name="clause" label={t('lexicon.field.clause')} rules={[{ required: true, type: 'number', min: 1, max: 11 }]}>
              <InputNumber min={1} max={11} precision={0} style={{ width: '100%' }} data-testid="lexicon-form-clause" />
            </Form.Item>
          </Col>
          <Col xs={16} sm={18}>
            <Form.Item name="basis" label={t('lexicon.field.basis')} rules={[{ required: true, whitespace: true, message: t('lexicon.basisRequired') }, { max: 200 }]}>
              <Input maxLength={200} placeholder={t('lexicon.basisPlaceholder')} data-testid="lexicon-form-basis" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="why" label={t('lexicon.field.why')} rules={[{ required: true, whitespace: true, message: t('lexicon.whyRequired') }, { max: 300 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="lexicon-form-why" />
        </Form.Item>
        <Form.Item name="suggestion" label={t('lexicon.field.suggestion')} rules={[{ required: true, whitespace: true, message: t('lexicon.suggestionRequired') }, { max: 300 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} data-testid="lexicon-form-suggestion" />
        </Form.Item>
        <Form.Item name="allowIn" label={t('lexicon.field.allowIn')} extra={t('lexicon.allowInHelp')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ' ']} data-testid="lexicon-form-allow-in" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="negationWindow" label={t('lexicon.field.negationWindow')} extra={t('lexicon.negationHelp')} rules={[{ type: 'number', min: 0, max: 10 }]}>
              <InputNumber min={0} max={10} precision={0} style={{ width: 120 }} data-testid="lexicon-form-negation" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="enabled" label={t('lexicon.field.enabled')} valuePropName="checked">
              <Switch data-testid="lexicon-form-enabled" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <TryBox draft={draft} />
      {item && (
        <div style={{ marginTop: 16 }}>
          <EntryHistory entryId={item.id} />
        </div>
      )}
    </Drawer>
  );
}
