import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { Page } from '../layout/Page';
import { AppLink } from '../router/AppLink';
import { useRouter } from '../router/Router';

// Pages both apps have, reached from the footer. Their text is a placeholder until each
// municipality writes its own statements.

export function AboutPage(): ReactNode {
  const t = useT();
  return (
    <Page title={t('common.about.title')}>
      <Paragraph>{t('common.about.body1')}</Paragraph>
      <Paragraph>{t('common.about.body2')}</Paragraph>
      <Paragraph>{t('common.about.body3')}</Paragraph>
    </Page>
  );
}

export function AccessibilityPage(): ReactNode {
  const t = useT();
  return (
    <Page title={t('common.a11y.title')}>
      <Paragraph>{t('common.a11y.body1')}</Paragraph>
      <Paragraph>{t('common.a11y.body2')}</Paragraph>
      <Paragraph>{t('common.a11y.body3')}</Paragraph>
    </Page>
  );
}

export function PrivacyPage(): ReactNode {
  const t = useT();
  return (
    <Page title={t('common.privacy.title')}>
      <Paragraph>{t('common.privacy.body1')}</Paragraph>
      <Paragraph>{t('common.privacy.body2')}</Paragraph>
      <Paragraph>{t('common.privacy.body3')}</Paragraph>
    </Page>
  );
}

export function NotFoundPage(): ReactNode {
  const t = useT();
  const { href, path } = useRouter();
  return (
    <Page title={t('common.notFound.title')}>
      <Paragraph>{t('common.notFound.body', { path: href(path) })}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('common.notFound.home')}</AppLink>
      </Paragraph>
    </Page>
  );
}
