import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { Finding } from '../api/types';
import { useStaffT } from '../i18n/useStaffT';

/** Registry findings (the national registry's controls) as alerts: errors red, warnings yellow. */
export function FindingList({ findings }: { findings: readonly Finding[] }): ReactNode {
  const t = useStaffT();
  const shown = findings.filter((f) => f.severity !== 'INFO');
  if (shown.length === 0) return null;
  return shown.map((f) => (
    <Alert
      key={`${f.controlId}/${f.elementId ?? ''}/${f.field}`}
      data-color={f.severity === 'WARNING' ? 'warning' : 'danger'}
      data-size="sm"
    >
      <Paragraph data-size="sm">
        <strong>{t(`case.findings.${f.severity}`)}:</strong> {f.message}
      </Paragraph>
    </Alert>
  ));
}
