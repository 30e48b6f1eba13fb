/**
 * Masking of sensitive personal information (PIPL; SPEC §1). Everyone but the owner and the roles
 * that need a field sees the masked form; reading the full value as someone else is audited by
 * the caller (see audit.service.ts `recordSensitiveRead`).
 */
export type SensitiveKind = 'phone' | 'idNumber' | 'bankAccount' | 'name';

/** 13812345678 → 138****5678; +86 prefixes and separators are tolerated. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 18-digit 居民身份证号: keep the first 6 (region) and last 4, 510502199001011234 → 510502********1234. */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 10) return '*'.repeat(s.length);
  return `${s.slice(0, 6)}${'*'.repeat(s.length - 10)}${s.slice(-4)}`;
}

/** Bank account: only the last 4 digits. */
export function maskBankAccount(account: string): string {
  const s = account.replace(/\s/g, '');
  if (s.length <= 4) return '*'.repeat(s.length);
  return `${'*'.repeat(s.length - 4)}${s.slice(-4)}`;
}

/** Chinese personal name: 张三 → 张*, 欧阳娜娜 → 欧***. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

const MASKERS: Record<SensitiveKind, (v: string) => string> = {
  phone: maskPhone,
  idNumber: maskIdNumber,
  bankAccount: maskBankAccount,
  name: maskName,
};

export function mask(kind: SensitiveKind, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return value ?? null;
  return MASKERS[kind](value);
}

/**
 * Shows a value in full only to its owner; everyone else gets the mask. Roles that may read the
 * full value do so through an explicit, audited "reveal" endpoint, not in lists.
 */
export function maskUnlessOwner(kind: SensitiveKind, value: string | null, ownerId: string, viewerId: string | null): string | null {
  return ownerId === viewerId ? value : mask(kind, value);
}
