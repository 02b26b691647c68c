import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '@vern/ui';
import { useEffect, useState, type ReactNode } from 'react';
import { checkHealth, type Health } from './health';
import './health.css';

/** One line telling whether the server answers. The region is polite: it is news, not an alarm. */
export function HealthStatus(): ReactNode {
  const t = useT();
  const [health, setHealth] = useState<Health | 'checking'>('checking');

  useEffect(() => {
    let current = true;
    void checkHealth().then((result) => {
      if (current) setHealth(result);
    });
    return () => {
      current = false;
    };
  }, []);

  const text =
    health === 'ok'
      ? t('staff.health.ok')
      : health === 'down'
        ? t('staff.health.down')
        : t('staff.health.checking');
  return (
    <Paragraph data-size="sm" className="vern-health" data-health={health} aria-live="polite">
      <span className="vern-health__dot" aria-hidden="true" />
      {text}
    </Paragraph>
  );
}
