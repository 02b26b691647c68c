import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { AppLink, Page } from '@vern/ui';
import type { ReactNode } from 'react';
import { RequireStaff } from '../cases/RequireStaff';
import { useStaffT } from '../i18n/useStaffT';
import { mayOpenCases, mayReport } from './registry';
import { RegistryExport } from './RegistryExport';
import { RegistryFindings } from './RegistryFindings';
import '../cases/cases.css';
import './registry.css';

/** «Rapportering til barnevernregisteret», `/register`: the controls over every case and the exports. */
export function RegistryPage(): ReactNode {
  const t = useStaffT();
  return (
    <RequireStaff title={t('registry.title')}>
      {(session) => (
        <Page title={t('registry.title')}>
          <Paragraph data-size="lg">{t('registry.lead')}</Paragraph>
          {mayReport(session.roles) ? (
            <>
              <RegistryFindings linkCases={mayOpenCases(session.roles)} />
              <RegistryExport csrfToken={session.csrfToken} />
            </>
          ) : (
            <Alert data-color="info">
              <Paragraph>{t('registry.notAllowed')}</Paragraph>
            </Alert>
          )}
          <Paragraph>
            <AppLink to="/">{t('registry.toFront')}</AppLink>
          </Paragraph>
        </Page>
      )}
    </RequireStaff>
  );
}
