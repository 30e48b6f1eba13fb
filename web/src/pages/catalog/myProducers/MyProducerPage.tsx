import { useParams } from 'react-router';
import { ProducerDetail } from '../common/ProducerDetail';
import { OwnerActions } from './OwnerActions';

export function MyProducerPage() {
  const { id = '' } = useParams();
  return <ProducerDetail key={id} id={id} backTo="/catalog/my-producers" actions={(p) => <OwnerActions producer={p} />} />;
}
