import type { LexiconEntryInput, LexiconItem } from '../../../api/compliance';
import type { TFunction } from '../../../i18n/context';

/** The editable fields of an entry, in the order the form and the change log show them. */
export const ENTRY_FIELDS = ['term', 'category', 'severity', 'clause', 'basis', 'why', 'suggestion', 'allowIn', 'negationWindow', 'enabled'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** An entry without its bookkeeping (id, updatedAt, updatedByName): the body of a PUT. */
export function toInput(item: LexiconItem): LexiconEntryInput {
  const { term, category, severity, clause, basis, why, suggestion, allowIn, negationWindow, enabled } = item;
  return { term, category, severity, clause, basis, why, suggestion, allowIn: [...(allowIn ?? [])], negationWindow, enabled };
}

type Entry = Partial<Record<EntryField, unknown>>;

/** One field's value as a reader sees it (labels, not codes). */
export function formatField(t: TFunction, field: EntryField, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  switch (field) {
    case 'category':
      return t(`lexicon.category.${value as LexiconEntryInput['category']}`);
    case 'severity':
      return t(`lexicon.severity.${value as 'must_fix' | 'caution'}`);
    case 'clause':
      return t('lexicon.clauseValue', { n: Number(value) });
    case 'allowIn':
      return Array.isArray(value) && value.length ? value.join('、') : '—';
    case 'enabled':
      return value ? t('lexicon.enabled.on') : t('lexicon.enabled.off');
    default:
      return String(value);
  }
}

/** Fields whose values differ between two versions of an entry (all fields when one side is missing). */
export function changedFields(before: Entry | null, after: Entry | null): EntryField[] {
  if (!before || !after) return ENTRY_FIELDS.filter((f) => (before ?? after)?.[f] !== undefined);
  return ENTRY_FIELDS.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
}
