import { matchLetterRoute, type LetterRoute } from '../letters/letters';
import { isStepFormType, type StepFormType } from '../steps/step-specs';

/** The case process pages, whose paths carry ids (the shared router matches fixed paths only). */
export type StaffRoute =
  | { page: 'new-case'; personId?: string }
  | { page: 'person'; personId: string }
  | { page: 'case'; sakId: string }
  | { page: 'step'; sakId: string; type: StepFormType; target?: string }
  | LetterRoute;

const UUID = '[0-9a-fA-F-]{36}';
const CASE = new RegExp(`^/saker/(${UUID})$`);
const NEW_FOR = new RegExp(`^/saker/ny/(${UUID})$`);
const PERSON = new RegExp(`^/personer/(${UUID})$`);
const STEP = new RegExp(`^/saker/(${UUID})/steg/([a-z-]+)(?:/([^/]+))?$`);

export const NEW_CASE_PATH = '/saker/ny';
export const newCasePath = (personId: string): string => `${NEW_CASE_PATH}/${personId}`;
export const personPath = (personId: string): string => `/personer/${personId}`;
export const casePath = (sakId: string): string => `/saker/${sakId}`;
export const stepPath = (sakId: string, type: StepFormType, target?: string): string =>
  `/saker/${sakId}/steg/${type}${target ? `/${encodeURIComponent(target)}` : ''}`;

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

export function matchStaffRoute(path: string): StaffRoute | undefined {
  if (path === NEW_CASE_PATH) return { page: 'new-case' };
  const n = NEW_FOR.exec(path);
  if (n?.[1]) return { page: 'new-case', personId: n[1] };
  const p = PERSON.exec(path);
  if (p?.[1]) return { page: 'person', personId: p[1] };
  const c = CASE.exec(path);
  if (c?.[1]) return { page: 'case', sakId: c[1] };
  const letter = matchLetterRoute(path);
  if (letter) return letter;
  const s = STEP.exec(path);
  if (!s?.[1] || !s[2] || !isStepFormType(s[2])) return undefined;
  if (s[3] === undefined) return { page: 'step', sakId: s[1], type: s[2] };
  const target = decode(s[3]);
  return target === undefined ? undefined : { page: 'step', sakId: s[1], type: s[2], target };
}
