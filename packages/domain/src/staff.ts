import { z } from 'zod';

/** The staff roles of a child welfare service. A person may hold several, per service. */
export const StaffRole = z.enum([
  'saksbehandler',
  'fagleder',
  'barnevernleder',
  'mottak',
  'systemansvarlig',
  'barnevernvakt',
]);
export type StaffRole = z.infer<typeof StaffRole>;
