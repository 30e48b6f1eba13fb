/** Query keys shared by several components, so actions can refresh what depends on them. */
export const QK = {
  unreadCount: ['notifications', 'unread-count'] as const,
  notifications: ['notifications'] as const,
  units: ['admin', 'units'] as const,
  users: ['admin', 'users'] as const,
  audit: ['admin', 'audit'] as const,
  calendarYears: ['calendar', 'years'] as const,
  calendarYear: (year: number) => ['calendar', 'years', year] as const,
  calendarCheck: (date: string, add: number) => ['calendar', 'check', date, add] as const,
  categories: ['catalog', 'categories'] as const,
  producers: ['catalog', 'producers'] as const,
  producer: (id: string) => ['catalog', 'producers', 'one', id] as const,
  products: ['catalog', 'products'] as const,
  product: (id: string) => ['catalog', 'products', 'one', id] as const,
  pool: ['catalog', 'pool'] as const,
  synonyms: ['catalog', 'synonyms'] as const,
};
