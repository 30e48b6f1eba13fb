import { useQuery } from '@tanstack/react-query';
import { catalogApi } from '../../../api/catalog';
import { QK } from '../../../api/hooks';

/** The category tree (flat, by parentId); it changes rarely. */
export function useCategories() {
  return useQuery({ queryKey: QK.categories, queryFn: catalogApi.categories, select: (d) => d.items, staleTime: 10 * 60_000 });
}
