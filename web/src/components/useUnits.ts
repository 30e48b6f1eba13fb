import { useQuery } from '@tanstack/react-query';
import { unitsApi } from '../api/units';
import { QK } from '../api/hooks';

/** The flat list of units the viewer may see (admin endpoints). */
export function useUnits() {
  return useQuery({ queryKey: QK.units, queryFn: unitsApi.list, select: (d) => d.items });
}
