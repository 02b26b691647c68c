// @vern/ui: the shared shell of the staff app and the citizen portal.

export type { Dictionary, MessageKey, MessageParams } from './i18n/dictionary';
export {
  DEFAULT_LANG,
  LANG_STORAGE_KEY,
  LANGUAGES,
  detectLanguage,
  isLang,
  langFromTag,
  type Lang,
} from './i18n/language';
export { dictionaries, interpolate, translate, createTranslator, type TranslateFn } from './i18n/translate';
export { I18nProvider, initialLanguage, useI18n, useT, type I18n } from './i18n/I18nProvider';

export { RouterProvider, useLinkProps, useRouter, type LinkProps, type Router } from './router/Router';
export { AppLink, type AppLinkProps } from './router/AppLink';
export { Routes, infoRoutes, matchRoute, type RouteTable } from './router/Routes';
export { normalizeBase, normalizePath, toAppPath, toHref } from './router/paths';

export { PageLayout, FOOTER_ROUTES, MAIN_ID, type PageLayoutProps } from './layout/PageLayout';
export { Page, type PageProps } from './layout/Page';
export { LanguagePicker } from './layout/LanguagePicker';
export type { NavItem } from './layout/PrimaryNav';

export { AboutPage, AccessibilityPage, NotFoundPage, PrivacyPage } from './pages/InfoPages';

export {
  fetchSession,
  signOut,
  useSession,
  LOGOUT_URL,
  SESSION_URL,
  type SessionState,
} from './session/session';
export { FormErrorSummary, type FieldProblem } from './forms/FormErrorSummary';
export { mountApp } from './mount';
