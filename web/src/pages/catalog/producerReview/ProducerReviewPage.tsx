import { useT } from '../../../i18n/context';
import { ProducerList } from '../common/ProducerList';

/** 主体审核: producers in the staff member's scope, submitted ones first. */
export function ProducerReviewPage() {
  const t = useT();
  return <ProducerList title={t('module.catalog.producerReview')} testId="page-producer-review" base="/catalog/producer-review" defaultStatus="submitted" />;
}
