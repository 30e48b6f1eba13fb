import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { authApi } from '../api/auth';
import { useI18n } from '../i18n/context';
import { ME_KEY, useMe } from './useMe';

/**
 * Keeps the UI language and the account's saved language in step: a language picked on this
 * device wins (and is saved to the account); otherwise the account's language is adopted.
 */
export function LocaleSync() {
  const { data: me } = useMe();
  const { locale, explicit, setLocale } = useI18n();
  const qc = useQueryClient();
  useEffect(() => {
    if (!me || me.locale === locale) return;
    if (!explicit) {
      setLocale(me.locale, { explicit: false });
      return;
    }
    authApi
      .updateMe({ locale })
      .then((updated) => qc.setQueryData(ME_KEY, updated))
      .catch(() => undefined);
  }, [me, locale, explicit, setLocale, qc]);
  return null;
}
