import { Col, Result, Row } from 'antd';
import { useProfile } from '../../../api/matchingHooks';
import { useT } from '../../../i18n/context';
import { PageSpin } from '../../../components/PageSpin';
import { CreditCard } from './CreditCard';
import { ProfileForm } from './ProfileForm';

/** 主播资料与信用: the streamer's credit score with its breakdown, and the profile the ranking uses. */
export function ProfilePage() {
  const t = useT();
  const profile = useProfile();
  return (
    <div data-testid="page-matching-profile">
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={9}>
          <CreditCard />
        </Col>
        <Col xs={24} lg={15}>
          {profile.isPending ? <PageSpin /> : profile.isError ? <Result status="warning" title={t('error.loadFailed')} subTitle={profile.error.message} /> : <ProfileForm profile={profile.data} />}
        </Col>
      </Row>
    </div>
  );
}
