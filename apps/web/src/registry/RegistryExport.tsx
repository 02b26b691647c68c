import { Alert, Button, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { apiSend, type ApiResult } from '../api/http';
import { useApi } from '../api/useApi';
import { LoadProblem } from '../cases/LoadProblem';
import { useStaffT, type StaffT } from '../i18n/useStaffT';
import { countsText, EXPORTS_URL, exportFileUrl, type ExportSummary, type ExportView } from './registry';

/** The outcome of one export: files, counts, validation, and the problems when it was refused. */
function ExportOutcome({ summary, t }: { summary: ExportSummary; t: StaffT }): ReactNode {
  const ready = summary.status === 'ready';
  return (
    <Alert data-color={ready ? 'success' : 'danger'}>
      <Heading level={3} data-size="xs">
        {t(`registry.export.status.${summary.status}`)}
      </Heading>
      <Paragraph>
        {t('registry.export.files', { count: summary.fileCount })}{' '}
        {t(`registry.export.validation.${summary.validation ?? 'none'}`)}
      </Paragraph>
      {countsText(summary.elementCounts) ? (
        <Paragraph data-size="sm">
          {t('registry.export.elements')}: {countsText(summary.elementCounts)}
        </Paragraph>
      ) : null}
      {countsText(summary.findingCounts) ? (
        <Paragraph data-size="sm">
          {t('registry.export.findings')}: {countsText(summary.findingCounts)}
        </Paragraph>
      ) : null}
      {summary.problems.length > 0 ? (
        <ul>
          {summary.problems.map((p, i) => (
            <li key={i} className="vern-wrap-text">
              {p.file}
              {p.line !== null ? `:${p.line}` : ''} {p.element ?? ''} – {p.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {ready ? (
        <Paragraph>
          <a href={exportFileUrl(summary.id)} download>
            {t('registry.export.download')}
          </a>
        </Paragraph>
      ) : null}
    </Alert>
  );
}

function when(iso: string): string {
  return new Date(iso).toLocaleString('nb-NO', { dateStyle: 'short', timeStyle: 'short' });
}

/** The export form with its result, and the history of exports with download links. */
export function RegistryExport({ csrfToken }: { csrfToken: string }): ReactNode {
  const t = useStaffT();
  const history = useApi<{ items: ExportView[] }>(EXPORTS_URL);
  const [kind, setKind] = useState<'total' | 'changes'>('total');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ApiResult<ExportSummary> | undefined>();
  const items = history.result?.ok ? history.result.data.items : [];
  const hasBase = items.some((e) => e.status === 'ready');
  const run = async () => {
    setBusy(true);
    setResult(await apiSend<ExportSummary>(EXPORTS_URL, csrfToken, { kind }));
    setBusy(false);
    history.reload();
  };
  return (
    <>
      <section aria-labelledby="uttrekk" className="vern-stack">
        <Heading level={2} data-size="md" id="uttrekk">
          {t('registry.export.title')}
        </Heading>
        <Paragraph>{t('registry.export.lead')}</Paragraph>
        <form
          className="vern-stack"
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <Fieldset>
            <Fieldset.Legend>{t('registry.export.kind')}</Fieldset.Legend>
            <Radio
              name="kind"
              value="total"
              label={t('registry.export.kind.total')}
              checked={kind === 'total'}
              onChange={() => setKind('total')}
            />
            <Radio
              name="kind"
              value="changes"
              label={t('registry.export.kind.changes')}
              description={hasBase ? undefined : t('registry.export.kind.changesNoBase')}
              checked={kind === 'changes'}
              onChange={() => setKind('changes')}
            />
          </Fieldset>
          <div>
            <Button type="submit" disabled={busy}>
              {t('registry.export.submit')}
            </Button>
          </div>
        </form>
        <div role="status">{busy ? <Paragraph>{t('registry.export.busy')}</Paragraph> : null}</div>
        {result && !busy ? (
          result.ok ? (
            <ExportOutcome summary={result.data} t={t} />
          ) : (
            <Alert data-color="danger">
              <Paragraph>{result.problem.message || t('load.failed')}</Paragraph>
              {result.problem.details.map((d) => (
                <Paragraph key={d.field} data-size="sm">
                  {d.reason}
                </Paragraph>
              ))}
            </Alert>
          )
        ) : null}
      </section>
      <section aria-labelledby="historikk" className="vern-stack">
        <Heading level={2} data-size="md" id="historikk">
          {t('registry.history.title')}
        </Heading>
        {history.result === undefined ? (
          <Paragraph role="status">{t('load.busy')}</Paragraph>
        ) : !history.result.ok ? (
          <LoadProblem problem={history.result.problem} onRetry={history.reload} />
        ) : items.length === 0 ? (
          <Paragraph>{t('registry.history.none')}</Paragraph>
        ) : (
          <ul className="vern-plain-list vern-stack">
            {items.map((e) => (
              <li key={e.id} className="vern-registry-export">
                <Paragraph>
                  <strong>
                    {t('registry.history.item', {
                      seq: e.seq,
                      kind: t(`registry.export.kind.${e.kind}`),
                      when: when(e.startedAt),
                    })}
                  </strong>
                </Paragraph>
                <Paragraph data-size="sm">
                  {t('registry.history.by', { name: e.startedByName ?? t(`registry.history.via.${e.via}`) })}{' '}
                  · {t(`registry.export.status.${e.status}`)} ·{' '}
                  {t('registry.export.files', { count: e.fileCount })}
                </Paragraph>
                {countsText(e.elementCounts) ? (
                  <Paragraph data-size="sm" className="vern-wrap-text">
                    {t('registry.export.elements')}: {countsText(e.elementCounts)}
                  </Paragraph>
                ) : null}
                <Paragraph data-size="sm">
                  {t('registry.export.findings')}: {countsText(e.findingCounts) || '0'}
                </Paragraph>
                {e.status === 'ready' ? (
                  <Paragraph data-size="sm">
                    <a href={exportFileUrl(e.id)} download>
                      {t('registry.history.download', { seq: e.seq })}
                    </a>
                  </Paragraph>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
