import type { Avgiver } from '@vern/domain';
import { AppError, ErrorCode } from '../../platform/errors.js';
import type { TenantRow } from './registry.queries.js';
import type { ValidationProblem } from './xml-validation.js';

/** Organisation numbers of the municipalities with districts (Kravspesifikasjon, Avgiver kontroll 1). */
const CITIES_WITH_DISTRICTS = new Set(['958935420', '964338531', '942110464']);

/**
 * The service as the file's Avgiver, with notices about what the registry will remark on. Without an
 * organisation number there is no valid file at all, so the export is refused before it starts.
 */
export function avgiverOf(tenant: TenantRow): { avgiver: Avgiver; notices: ValidationProblem[] } {
  if (!tenant.organisasjonsnummer) {
    throw new AppError(
      ErrorCode.Conflict,
      'The service has no organisasjonsnummer; the registry file needs it (Avgiver/@Organisasjonsnummer)',
    );
  }
  const notices: ValidationProblem[] = [];
  const notice = (reason: string) =>
    notices.push({ file: '(export)', line: null, element: 'Avgiver', reason });
  if (!tenant.kommunenavn)
    notice(
      "Kommunenavn is the service's name because tenant.kommunenavn is not set; set the municipality's name",
    );
  const bydel = tenant.kind === 'bydel' && tenant.bydelsnummer !== null;
  if (CITIES_WITH_DISTRICTS.has(tenant.organisasjonsnummer) && !(bydel && tenant.bydelsnavn))
    notice('Avgiver kontroll 1 (ERROR): Bydelsnummer og/eller Bydelsnavn skal være utfylt');
  return {
    avgiver: {
      organisasjonsnummer: tenant.organisasjonsnummer,
      kommunenummer: tenant.kommunenummer,
      kommunenavn: (tenant.kommunenavn ?? tenant.name).slice(0, 250),
      ...(bydel ? { bydelsnummer: tenant.bydelsnummer ?? undefined } : {}),
      ...(bydel && tenant.bydelsnavn ? { bydelsnavn: tenant.bydelsnavn } : {}),
    },
    notices,
  };
}
