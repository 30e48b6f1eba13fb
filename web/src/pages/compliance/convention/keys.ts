/** Query keys of the convention pages (kept here so the shared QK table needs no edit). */
export const CONVENTION_KEYS = {
  current: ['compliance', 'convention'] as const,
  signatures: ['compliance', 'convention', 'signatures'] as const,
};
