import { Segmented } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { authApi } from '../api/auth';
import type { Me } from '../api/types';
import { ME_KEY } from '../auth/useMe';
import { useI18n, type Locale } from '../i18n/context';

/** 中文 / English; saved on this device and, when signed in, to the account. */
export function LanguageSwitch({ size = 'middle', compact = false }: { size?: 'small' | 'middle'; compact?: boolean }) {
  const { locale, setLocale } = useI18n();
  const qc = useQueryClient();
  const change = (value: Locale) => {
    setLocale(value);
    const me = qc.getQueryData<Me | null>(ME_KEY);
    if (me && me.locale !== value) {
      authApi
        .updateMe({ locale: value })
        .then((updated) => qc.setQueryData(ME_KEY, updated))
        .catch(() => undefined);
    }
    // Server-rendered texts (notifications, error messages) may depend on the language.
    void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
  };
  return (
    <Segmented<Locale>
      data-testid="language-switch"
      size={size}
      value={locale}
      onChange={change}
      options={[
        { value: 'zh-CN', label: <span data-testid="lang-zh">中文</span> },
        { value: 'en', label: <span data-testid="lang-en">{compact ? 'EN' : 'English'}</span> },
      ]}
    />
  );
}
