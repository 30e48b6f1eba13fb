import { useState } from 'react';
import { Button, Card, Input, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { complianceApi, type Violation } from '../../../api/compliance';
import { useViolationWrite } from '../../../api/violationHooks';
import { useT } from '../../../i18n/context';

/** 陈述与申辩: the accused streamer answers before staff decide (a later answer replaces the earlier). */
export function RespondBox({ v }: { v: Violation }) {
  const t = useT();
  const [text, setText] = useState('');
  const respond = useViolationWrite((s: string) => complianceApi.respond(v.id, s), t('violation.responded'), () => setText(''));
  return (
    <Card size="small" title={t('violation.respondTitle')} data-testid="violation-respond-box">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t(v.response ? 'violation.respondAgainIntro' : 'violation.respondIntro')}
      </Typography.Paragraph>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 4, maxRows: 10 }}
        maxLength={2000}
        showCount
        placeholder={t('violation.respondPlaceholder')}
        data-testid="violation-respond-text"
      />
      <Button
        type="primary"
        icon={<SendOutlined />}
        style={{ marginTop: 8 }}
        disabled={text.trim().length < 2}
        loading={respond.isPending}
        onClick={() => respond.mutate(text.trim())}
        data-testid="violation-respond"
      >
        {t('violation.respond')}
      </Button>
    </Card>
  );
}
