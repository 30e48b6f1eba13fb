/** A tiny i18n layer: one flat dictionary per language, a context, and `t(key, vars)`. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../api/client';
import { zhCN, type MessageKey } from './zh-CN';
import { en } from './en';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'livebase.locale';
const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type TFunction = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18nValue {
  locale: Locale;
  /** True once the user picked a language on this device (then it wins over the account's). */
  explicit: boolean;
  setLocale: (locale: Locale, opts?: { explicit?: boolean }) => void;
  t: TFunction;
}

const I18nContext = createContext<I18nValue | null>(null);

function readStored(): Locale | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' || v === 'zh-CN' ? v : null;
  } catch {
    return null;
  }
}

export function translate(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = dictionaries[locale][key] ?? zhCN[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const stored = readStored();
  const [state, setState] = useState<{ locale: Locale; explicit: boolean }>({
    locale: stored ?? 'zh-CN',
    explicit: stored !== null,
  });
  setApiLanguage(state.locale);

  useEffect(() => {
    document.documentElement.lang = state.locale;
  }, [state.locale]);

  const setLocale = useCallback((locale: Locale, opts?: { explicit?: boolean }) => {
    const explicit = opts?.explicit ?? true;
    if (explicit) {
      try {
        localStorage.setItem(STORAGE_KEY, locale);
      } catch {
        /* private mode: keep it in memory only */
      }
    }
    setApiLanguage(locale);
    setState((s) => ({ locale, explicit: s.explicit || explicit }));
  }, []);

  const value = useMemo<I18nValue>(
    () => ({
      locale: state.locale,
      explicit: state.explicit,
      setLocale,
      t: (key, vars) => translate(state.locale, key, vars),
    }),
    [state, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export function useT(): TFunction {
  return useI18n().t;
}

/** Pick the label for the current language from the shared `{ zh, en }` label tables. */
export function useLabel(): (label: { zh: string; en: string } | undefined, fallback?: string) => string {
  const { locale } = useI18n();
  return (label, fallback = '') => (label ? (locale === 'en' ? label.en : label.zh) : fallback);
}
