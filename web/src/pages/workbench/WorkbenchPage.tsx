import { Card, Col, Row, Typography } from 'antd';
import { useCurrentUser } from '../../auth/useMe';
import { useT } from '../../i18n/context';
import { RoleTags } from '../../components/RoleTags';
import { TodayCard } from './TodayCard';
import { UnreadCard } from './UnreadCard';

export function WorkbenchPage() {
  const me = useCurrentUser();
  const t = useT();
  return (
    <div data-testid="page-workbench">
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card>
            <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="welcome">
              {t('workbench.welcome', { name: me.displayName })}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('workbench.rolesIntro')}</Typography.Paragraph>
            <RoleTags roles={me.roles} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <UnreadCard />
        </Col>
        <Col xs={24} lg={10}>
          <TodayCard />
        </Col>
      </Row>
    </div>
  );
}
