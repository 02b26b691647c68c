import { Alert, Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { AppLink } from '@vern/ui';
import { useState, type ReactNode } from 'react';
import { apiGet, type ApiResult } from '../api/http';
import { casePath } from '../cases/staff-routes';
import { LoadProblem } from '../cases/LoadProblem';
import { useStaffT } from '../i18n/useStaffT';
import { FINDINGS_URL, groupBySeverity, SEVERITIES, type TenantFindings } from './registry';

/** «Kjør kontrollene»: the registry's controls over every case, grouped by severity, worst first. */
export function RegistryFindings({ linkCases }: { linkCases: boolean }): ReactNode {
  const t = useStaffT();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ApiResult<TenantFindings> | undefined>();
  const run = async () => {
    setBusy(true);
    setResult(await apiGet<TenantFindings>(FINDINGS_URL));
    setBusy(false);
  };
  const data = result?.ok ? result.data : undefined;
  return (
    <section aria-labelledby="kontroller" className="vern-stack">
      <Heading level={2} data-size="md" id="kontroller">
        {t('registry.findings.title')}
      </Heading>
      <Paragraph>{t('registry.findings.lead')}</Paragraph>
      <div>
        <Button onClick={() => void run()} disabled={busy}>
          {t(data ? 'registry.findings.rerun' : 'registry.findings.run')}
        </Button>
      </div>
      <div role="status" className="vern-stack">
        {busy ? <Paragraph>{t('registry.findings.busy')}</Paragraph> : null}
        {!busy && data ? (
          <Paragraph>
            {t('registry.findings.summary', { cases: data.casesChecked })}{' '}
            {SEVERITIES.map((s) => `${t(`case.findings.${s}`)}: ${data.counts[s] ?? 0}`).join(' · ')}
          </Paragraph>
        ) : null}
      </div>
      {result && !result.ok ? <LoadProblem problem={result.problem} onRetry={() => void run()} /> : null}
      {data && data.casesHidden > 0 ? (
        <Paragraph data-size="sm">{t('registry.findings.hidden', { count: data.casesHidden })}</Paragraph>
      ) : null}
      {data?.truncated ? <Paragraph data-size="sm">{t('registry.findings.truncated')}</Paragraph> : null}
      {data && data.items.length === 0 ? (
        <Alert data-color="success">
          <Paragraph>{t('registry.findings.none')}</Paragraph>
        </Alert>
      ) : null}
      {data && !linkCases && data.items.length > 0 ? (
        <Paragraph data-size="sm">{t('registry.findings.noCaseAccess')}</Paragraph>
      ) : null}
      {data
        ? groupBySeverity(data.items).map(([severity, items]) => (
            <section key={severity} aria-labelledby={`alvor-${severity}`} className="vern-stack">
              <Heading level={3} data-size="sm" id={`alvor-${severity}`}>
                {t(`case.findings.${severity}`)} ({items.length})
              </Heading>
              <ul className="vern-plain-list vern-stack">
                {items.map((f, i) => (
                  <li key={`${f.caseId}/${f.controlId}/${f.elementId ?? ''}/${f.field}/${i}`}>
                    <Card data-color={severity === 'WARNING' ? 'warning' : 'danger'} data-size="sm">
                      <Paragraph data-size="sm">
                        <strong>{t('registry.findings.case', { journalnummer: f.journalnummer })}</strong>{' '}
                        <Tag data-size="sm" data-color="neutral">
                          {f.controlId}
                        </Tag>
                      </Paragraph>
                      <Paragraph data-size="sm" className="vern-wrap-text">
                        {f.message}
                      </Paragraph>
                      {linkCases ? (
                        <Paragraph data-size="sm">
                          <AppLink to={casePath(f.caseId)}>
                            {t('registry.findings.open', { journalnummer: f.journalnummer })}
                          </AppLink>
                        </Paragraph>
                      ) : null}
                    </Card>
                  </li>
                ))}
              </ul>
            </section>
          ))
        : null}
    </section>
  );
}
