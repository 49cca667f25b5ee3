import viVN from 'antd/locale/vi_VN';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { type MessageKey, vi } from './vi';

export type Language = 'vi' | 'en';
const STORAGE_KEY = 'bvte.language';

/** A language's messages, and Ant Design's own texts in it (its date pickers, tables, forms). */
export interface Catalog {
  messages: Record<MessageKey, string>;
  antd: typeof viVN;
}
const VIETNAMESE: Catalog = { messages: { ...vi } as Catalog['messages'], antd: viVN };

/** A screen's own Vietnamese (vi-screens.ts), added when its chunk arrives, before it renders. */
export function addVietnamese(messages: Partial<Catalog['messages']>): void {
  Object.assign(VIETNAMESE.messages, messages);
}
/** English is loaded once chosen: most users never do, and the first screens load less. */
const loadEnglish = (): Promise<Catalog> => import('./en').then((module) => module.english);

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** A date (YYYY-MM-DD or an instant) as dd/mm/yyyy. */
  date: (value: string | null | undefined) => string;
  /** Ant Design's texts in the language shown. */
  antdLocale: Catalog['antd'];
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
  const [english, setEnglish] = useState<Catalog | null>(null);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, language);
    // Offline, the English catalog cannot come: the switch goes back to what is shown.
    if (language === 'en' && !english) loadEnglish().then(setEnglish, () => setLanguage('vi'));
  }, [language, english]);
  // Vietnamese until the English catalog has arrived (a moment, once).
  const shown: Language = language === 'en' && english ? 'en' : 'vi';
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);
  const value = useMemo<I18n>(() => {
    const catalog = shown === 'en' && english ? english : VIETNAMESE;
    const messages = catalog.messages;
    const numbers = new Intl.NumberFormat(shown);
    // Numbers grouped as the language writes them (10.000 in Vietnamese, 10,000 in English).
    const t: Translate = (key, params) =>
      messages[key].replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = params?.[name];
        if (value === undefined) return `{${name}}`;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
    return {
      language,
      setLanguage,
      t,
      date: (v) => (v ? dayjs(v).locale(shown).format('DD/MM/YYYY') : messages['common.none']),
      dateTime: (v) => (v ? vietnamTime(v) : messages['common.none']),
      antdLocale: catalog.antd,
    };
  }, [language, shown, english]);
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
