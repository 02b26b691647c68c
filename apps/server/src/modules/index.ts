import type { RoutePlugin } from '../platform/http/app.js';
import { absenceRoutes } from './absence/absence.routes.js';
import { auditReviewRoutes } from './audit-review/audit-review.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { caseProcessRoutes } from './case-process/case-process.routes.js';
import { delegationRoutes } from './case-process/delegations.routes.js';
import { caseRoutes } from './cases/cases.routes.js';
import { communicationRoutes } from './communication/communication.routes.js';
import { enqueueForsendelse } from './forsendelse/enqueue-forsendelse.js';
import { forsendelseRoutes } from './forsendelse/forsendelse.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { intakeRoutes } from './intake/intake.routes.js';
import { ownReportRoutes } from './intake/skjema/own-reports.routes.js';
import { publicReportRoutes } from './intake/skjema/public-report.routes.js';
import { journalRoutes } from './journal/journal.routes.js';
import { letterRoutes } from './letters/letters.routes.js';
import { personRoutes } from './persons/persons.routes.js';
import { registryRoutes } from './registry/registry.routes.js';
import { worklistRoutes } from './worklists/worklists.routes.js';

/** Every module's routes, registered under /api in this order. */
export const MODULES: RoutePlugin[] = [
  healthRoutes,
  authRoutes,
  caseRoutes,
  caseProcessRoutes,
  delegationRoutes,
  journalRoutes,
  personRoutes,
  auditReviewRoutes,
  registryRoutes,
  worklistRoutes,
  absenceRoutes,
  intakeRoutes,
  publicReportRoutes,
  communicationRoutes,
  forsendelseRoutes,
  letterRoutes((trx, letter) => enqueueForsendelse(trx, letter)),
  ownReportRoutes,
];
