import { Select } from 'antd';
import { type Language, useI18n } from '../i18n';

/** Vietnamese or English, on the sign-in screen and in the header. */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <Select<Language>
      aria-label={t('lang.label')}
      value={language}
      onChange={setLanguage}
      size="small"
      options={[
        { value: 'vi', label: t('lang.vi') },
        { value: 'en', label: t('lang.en') },
      ]}
    />
  );
}
