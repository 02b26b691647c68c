import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { ApiProblem } from '../api/http';
import { useStaffT } from '../i18n/useStaffT';

/** A read that failed: not found (or no access, which the API answers alike) or try again. */
export function LoadProblem({ problem, onRetry }: { problem: ApiProblem; onRetry: () => void }): ReactNode {
  const t = useStaffT();
  if (problem.status === 404)
    return (
      <Alert data-color="warning">
        <Paragraph>{t('case.notFound')}</Paragraph>
      </Alert>
    );
  return (
    <Alert data-color="danger">
      <Paragraph>{t('load.failed')}</Paragraph>
      <Button variant="secondary" onClick={onRetry}>
        {t('load.retry')}
      </Button>
    </Alert>
  );
}
