import { useParams } from 'react-router';
import { ProducerDetail } from '../common/ProducerDetail';
import { ReviewPanel } from './ReviewPanel';

export function ProducerReviewDetailPage() {
  const { id = '' } = useParams();
  return <ProducerDetail key={id} id={id} backTo="/catalog/producer-review" review actions={() => null} side={(p) => <ReviewPanel producer={p} />} />;
}
