import { App } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { producersApi } from '../../../api/producers';
import { QK } from '../../../api/hooks';
import type { Producer } from '../../../api/types';
import { useNotifyError } from '../../../components/useNotifyError';

/** A write on a producer that returns the producer: refresh its page and the lists, toast `done`. */
export function useProducerWrite<A>(fn: (a: A) => Promise<Producer>, done: string | ((a: A) => string), after?: () => void) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  return useMutation({
    mutationFn: fn,
    onSuccess: (p, a) => {
      qc.setQueryData(QK.producer(p.id), p);
      void qc.invalidateQueries({ queryKey: QK.producers });
      void message.success(typeof done === 'function' ? done(a) : done);
      after?.();
    },
    onError: notifyError,
  });
}
