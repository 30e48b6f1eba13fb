import { Col, Row } from 'antd';
import { ProfileInfoCard } from './ProfileInfoCard';
import { ChangePasswordCard } from './ChangePasswordCard';

export function ProfilePage() {
  return (
    <Row gutter={[16, 16]} data-testid="page-profile">
      <Col xs={24} lg={12}>
        <ProfileInfoCard />
      </Col>
      <Col xs={24} lg={12}>
        <ChangePasswordCard />
      </Col>
    </Row>
  );
}
