import type { useT } from '../../../i18n/context';

/** Guard reasons the app has its own words for; any other shows the server's (Chinese) message. */
const KNOWN: Record<string, string> = {
  documents_unchecked: 'producer.approveHint',
  producer_not_approved: 'action.submitBlocked',
};

export function blockedHint(t: ReturnType<typeof useT>, blocked: { reason: string; message: string }): string {
  const key = KNOWN[blocked.reason];
  return key ? t(key as Parameters<typeof t>[0]) : blocked.message;
}
