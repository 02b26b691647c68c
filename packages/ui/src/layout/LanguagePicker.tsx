import { Button } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { LANGUAGES } from '../i18n/language';

/**
 * Toggle buttons rather than a select: a select that rewrites the whole page on change is a change
 * of context on input (WCAG 3.2.2), a button press is not. Each language name is written in its
 * own language and marked with lang, so screen readers pronounce it right.
 */
export function LanguagePicker(): ReactNode {
  const { lang, setLang, t } = useI18n();
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="vern-lang">
      <span id={labelId} className="ds-sr-only">
        {t('common.language.label')}
      </span>
      {LANGUAGES.map((code) => (
        <Button
          key={code}
          type="button"
          data-size="sm"
          variant={code === lang ? 'primary' : 'tertiary'}
          aria-pressed={code === lang}
          lang={code}
          onClick={() => setLang(code)}
        >
          {t(`common.language.${code}`)}
        </Button>
      ))}
    </div>
  );
}
