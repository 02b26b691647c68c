import { Button } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useLinkProps, useRouter } from '../router/Router';

/** A page in this app (`to`) or a plain link that leaves it, such as sign-in (`href`). */
export type NavItem = { label: string; to: string } | { label: string; href: string };

function InternalLink({ to, label, current }: { to: string; label: string; current: boolean }): ReactNode {
  const props = useLinkProps(to);
  return (
    <a {...props} className="vern-nav__link" aria-current={current ? 'page' : undefined}>
      {label}
    </a>
  );
}

function MenuIcon(): ReactNode {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1.25em" height="1.25em">
      <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The primary navigation. On a narrow screen the list folds behind a "Meny" button (CSS decides
 * when); the menu closes by itself after a navigation because it is only open for the
 * navigationKey it was opened at.
 */
export function PrimaryNav({ items }: { items: readonly NavItem[] }): ReactNode {
  const { t } = useI18n();
  const { path, navigationKey } = useRouter();
  const [openAt, setOpenAt] = useState<number | null>(null);
  const open = openAt === navigationKey;
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  // Escape closes an open menu and returns focus to its button, as in any disclosure menu.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || !open) return;
    setOpenAt(null);
    toggle.current?.focus();
  };

  return (
    <nav aria-label={t('common.nav.label')} className="vern-nav" onKeyDown={onKeyDown}>
      <div className="vern-container vern-nav__inner">
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          className="vern-nav__toggle"
          ref={toggle}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpenAt(open ? null : navigationKey)}
        >
          <MenuIcon />
          {t('common.nav.toggle')}
        </Button>
        <ul id={listId} className="vern-nav__list" data-open={open}>
          {items.map((item) => (
            <li key={'to' in item ? item.to : item.href}>
              {'to' in item ? (
                <InternalLink to={item.to} label={item.label} current={item.to === path} />
              ) : (
                <a href={item.href} className="vern-nav__link">
                  {item.label}
                </a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
