import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { en } from './en';
import { type MessageKey, vi } from './vi';

export type Language = 'vi' | 'en';
const CATALOGS: Record<Language, Record<MessageKey, string>> = { vi, en };
const STORAGE_KEY = 'bvte.language';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** A date (YYYY-MM-DD or an instant) as dd/mm/yyyy. */
  date: (value: string | null | undefined) => string;
  /** An instant as dd/mm/yyyy HH:mm in Vietnam time, wherever the browser's clock is set. */
  dateTime: (value: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  // The language is a preference, not a secret: the one thing the app keeps in storage.
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'vi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, language);
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(() => {
    const catalog = CATALOGS[language];
    const locale = language === 'vi' ? 'vi' : 'en';
    const numbers = new Intl.NumberFormat(locale);
    // Numbers grouped as the language writes them (10.000 in Vietnamese, 10,000 in English).
    const t: Translate = (key, params) =>
      catalog[key].replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = params?.[name];
        if (value === undefined) return `{${name}}`;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
    return {
      language,
      setLanguage,
      t,
      date: (v) => (v ? dayjs(v).locale(locale).format('DD/MM/YYYY') : catalog['common.none']),
      dateTime: (v) => (v ? vietnamTime(v) : catalog['common.none']),
    };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** dd/mm/yyyy HH:mm of an instant, in Asia/Ho_Chi_Minh (deadlines and history are kept so). */
function vietnamTime(instant: string): string {
  const part = Object.fromEntries(
    VIETNAM_TIME.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}
