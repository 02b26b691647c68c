import { z } from 'zod';

/**
 * The public concern-report form (bekymringsmelding) as the citizen portal sends it, checked the
 * same way in the browser (field by field, as the reporter types) and on the server (before
 * anything is stored). The fields follow KS's Fiks schemas: a private reporter those of
 * no.ks.fiks.bekymringsmelding.privat.v2, a professional with a duty to report (offentlig melder)
 * those of .offentlig.v2 (role, workplace, whether the child and the guardians were told). Unlike
 * KS's private schema a private reporter may stay anonymous, and the child's address is optional:
 * a reporter writes what they know.
 *
 * Each problem names the field and a stable code; the message of a zod issue is that code.
 */
export const REPORT_LIMITS = {
  name: 200,
  short: 200,
  phone: 40,
  email: 200,
  street: 200,
  /** The words of the report, all parts together (what a melding holds, melding_detail.content). */
  text: 100_000,
  part: 50_000,
  note: 2_000,
  children: 20,
  guardians: 2,
} as const;

export const REPORT_PROBLEM_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'PHONE',
  'EMAIL',
  'POSTAL_CODE',
  'ORGNR',
  'FNR',
  'NOT_ANONYMOUS',
  'NOT_SIGNED_IN',
  'NOT_VERIFIED',
  'INVALID',
] as const;
export type ReportProblemCode = (typeof REPORT_PROBLEM_CODES)[number];

/** KS's patterns for a telephone number and an e-mail address (offentligMelder). */
export const PHONE_PATTERN = /^[+]?[0-9]+([- ][0-9]+)*$/;
export const EMAIL_PATTERN =
  /^[A-Za-zæøåÆØÅ0-9-_]+(\.[A-Za-zæøåÆØÅ0-9-_]+)*@[A-Za-zæøåÆØÅ0-9-]+(\.[A-Za-zæøåÆØÅ0-9-]+)*(\.[A-Za-z]{2,})$/;

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

/** A text the reporter may leave out: absent or empty is the same. Never trimmed: kept as typed. */
const optional = (max: number) => z.string({ error: 'INVALID' }).max(max, 'TOO_LONG').optional();
const required = (max: number) =>
  z
    .string({ error: 'REQUIRED' })
    .max(max, 'TOO_LONG')
    .refine((s) => s.trim() !== '', 'REQUIRED');
const pattern = (max: number, re: RegExp, code: ReportProblemCode) =>
  optional(max).refine((s) => blank(s) || re.test((s ?? '').trim()), code);

export const ReportAddress = z.strictObject({
  street: optional(REPORT_LIMITS.street),
  postalCode: pattern(4, /^\d{4}$/, 'POSTAL_CODE'),
  postalPlace: optional(REPORT_LIMITS.short),
});
export type ReportAddress = z.infer<typeof ReportAddress>;

export const ReportChild = z.strictObject({
  /** The name, or a description when the reporter does not know it («gutten i 2. etasje»). */
  name: required(REPORT_LIMITS.name),
  fodselsnummer: pattern(11, /^\d{11}$/, 'FNR'),
  unborn: z.boolean({ error: 'INVALID' }).optional(),
  /** Private reporter: the age as they guess it, and how they know the child. */
  estimatedAge: optional(20),
  relation: optional(REPORT_LIMITS.short),
  phone: pattern(REPORT_LIMITS.phone, PHONE_PATTERN, 'PHONE'),
  address: ReportAddress.optional(),
  /** Offentlig melder: whether the child was told about the report, and if not, why. */
  told: z.boolean({ error: 'REQUIRED' }).optional(),
  notToldWhy: optional(REPORT_LIMITS.note),
});
export type ReportChild = z.infer<typeof ReportChild>;

export const ReportGuardian = z.strictObject({
  name: required(REPORT_LIMITS.name),
  phone: pattern(REPORT_LIMITS.phone, PHONE_PATTERN, 'PHONE'),
  told: z.boolean({ error: 'REQUIRED' }),
  notToldWhy: optional(REPORT_LIMITS.note),
});
export type ReportGuardian = z.infer<typeof ReportGuardian>;

export const ReportMelder = z.strictObject({
  kind: z.enum(['privat', 'offentlig'], { error: 'REQUIRED' }),
  /** Only a private reporter may stay anonymous; a professional reports in their role. */
  anonymous: z.boolean({ error: 'INVALID' }),
  name: optional(REPORT_LIMITS.name),
  phone: pattern(REPORT_LIMITS.phone, PHONE_PATTERN, 'PHONE'),
  email: pattern(REPORT_LIMITS.email, EMAIL_PATTERN, 'EMAIL'),
  address: ReportAddress.optional(),
  role: optional(REPORT_LIMITS.short),
  organisation: z
    .strictObject({
      name: optional(REPORT_LIMITS.short),
      number: pattern(9, /^\d{9}$/, 'ORGNR'),
      address: ReportAddress.optional(),
    })
    .optional(),
});
export type ReportMelder = z.infer<typeof ReportMelder>;

export const ReportText = z.strictObject({
  /** What worries the reporter: the report itself. */
  concern: required(REPORT_LIMITS.part),
  /** Offentlig: what has happened before, what has been tried (KS: historie). */
  background: optional(REPORT_LIMITS.part),
  otherViews: optional(REPORT_LIMITS.part),
  interpreter: optional(REPORT_LIMITS.note),
  otherServices: optional(REPORT_LIMITS.note),
});
export type ReportText = z.infer<typeof ReportText>;

export const ReportContent = z.strictObject({
  melder: ReportMelder,
  children: z
    .array(ReportChild, { error: 'REQUIRED' })
    .min(1, 'REQUIRED')
    .max(REPORT_LIMITS.children, 'TOO_LONG'),
  guardians: z
    .array(ReportGuardian, { error: 'INVALID' })
    .max(REPORT_LIMITS.guardians, 'TOO_LONG')
    .optional(),
  report: ReportText,
});
export type ReportContent = z.infer<typeof ReportContent>;

/** The status code a reporter keeps with the reference number: 12 characters of Crockford base 32. */
export const STATUS_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/**
 * What the form sends: the report, the language it was written in, and two values the browser made
 * when the draft began and repeats on every retry: the idempotency key (a retry never stores twice)
 * and the status code (the reporter's secret for the status page; the server keeps only its hash).
 *
 * `identifiedBy: 'idporten'` says the reporter sends it signed in with ID-porten. It is a claim the
 * server checks, never an identity: the fødselsnummer is not in the submission at all, and the
 * server takes it (and the name, when the identity provider gave one) from the citizen session;
 * without a session the submission is refused at this field (NOT_SIGNED_IN).
 */
export const ReportSubmission = z.strictObject({
  version: z.literal(1, { error: 'INVALID' }),
  idempotencyKey: z.uuid({ error: 'INVALID' }),
  statusCode: z.string({ error: 'INVALID' }).regex(STATUS_CODE_PATTERN, 'INVALID'),
  lang: z.enum(['nb', 'nn', 'en'], { error: 'INVALID' }),
  identifiedBy: z.literal('idporten', { error: 'INVALID' }).optional(),
  ...ReportContent.shape,
});
export type ReportSubmission = z.infer<typeof ReportSubmission>;

export interface ReportProblem {
  /** A dotted path from the submission's root: `children.0.name`, `melder.email`. */
  field: string;
  code: ReportProblemCode;
}

const CODES = new Set<string>(REPORT_PROBLEM_CODES);

/** How the report is sent: signed in with ID-porten (identified) or not. */
export interface ReportCheckOptions {
  identified?: boolean;
}

/** The rules a schema of each field alone cannot say: what each kind of reporter must give. */
function crossFieldProblems(r: ReportContent, options: ReportCheckOptions = {}): ReportProblem[] {
  const out: ReportProblem[] = [];
  const need = (value: string | undefined, field: string) => {
    if (blank(value)) out.push({ field, code: 'REQUIRED' });
  };
  const m = r.melder;
  // Signed in, the reporter is known to the service by their verified identity: not anonymous.
  if (options.identified && m.kind === 'privat' && m.anonymous)
    out.push({ field: 'melder.anonymous', code: 'NOT_ANONYMOUS' });
  if (m.kind === 'privat') {
    if (!m.anonymous) need(m.name, 'melder.name');
    if (m.anonymous) {
      for (const f of ['name', 'phone', 'email', 'role'] as const) {
        if (!blank(m[f])) out.push({ field: `melder.${f}`, code: 'NOT_ANONYMOUS' });
      }
      if (m.address && Object.values(m.address).some((v) => !blank(v)))
        out.push({ field: 'melder.address.street', code: 'NOT_ANONYMOUS' });
    }
  } else {
    if (m.anonymous) out.push({ field: 'melder.anonymous', code: 'NOT_ANONYMOUS' });
    need(m.name, 'melder.name');
    need(m.role, 'melder.role');
    need(m.phone, 'melder.phone');
    need(m.email, 'melder.email');
    need(m.organisation?.name, 'melder.organisation.name');
    need(m.organisation?.address?.street, 'melder.organisation.address.street');
    r.children.forEach((c, i) => {
      if (c.told === undefined) out.push({ field: `children.${i}.told`, code: 'REQUIRED' });
    });
  }
  const t = r.report;
  const total = [t.concern, t.background, t.otherViews, t.interpreter, t.otherServices].reduce(
    (n, s) => n + (s?.length ?? 0),
    0,
  );
  if (total > REPORT_LIMITS.text) out.push({ field: 'report.concern', code: 'TOO_LONG' });
  return out;
}

/** Checks a draft's content (what the reporter fills in): every problem, field by field. */
export function reportContentProblems(input: unknown, options: ReportCheckOptions = {}): ReportProblem[] {
  const parsed = ReportContent.safeParse(input);
  if (!parsed.success) return merged(issuesToProblems(parsed.error), input, options);
  return crossFieldProblems(parsed.data, options);
}

/**
 * The problems of the fields on their own, and those between fields as far as the input lets them
 * be read, so the reporter sees every problem at once rather than one round after another.
 */
function merged(own: ReportProblem[], input: unknown, options: ReportCheckOptions): ReportProblem[] {
  let cross: ReportProblem[] = [];
  try {
    const r = input as ReportContent;
    if (r && typeof r === 'object' && r.melder && Array.isArray(r.children) && r.report)
      cross = crossFieldProblems(r, options);
  } catch {
    // not shaped enough to say more than the schema did
  }
  const seen = new Set(own.map((p) => p.field));
  return [...own, ...cross.filter((p) => !seen.has(p.field))];
}

/** Checks a whole submission; the value when it has no problem. */
export function checkReportSubmission(
  input: unknown,
): { ok: true; value: ReportSubmission } | { ok: false; problems: ReportProblem[] } {
  const parsed = ReportSubmission.safeParse(input);
  const identified = (input as { identifiedBy?: unknown } | null)?.identifiedBy !== undefined;
  if (!parsed.success)
    return { ok: false, problems: merged(issuesToProblems(parsed.error), input, { identified }) };
  const problems = crossFieldProblems(parsed.data, { identified: parsed.data.identifiedBy !== undefined });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

function issuesToProblems(error: z.ZodError): ReportProblem[] {
  const seen = new Set<string>();
  const out: ReportProblem[] = [];
  for (const issue of error.issues) {
    const keys =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of keys) {
      const field = path.map(String).join('.');
      const code = (CODES.has(issue.message) ? issue.message : 'INVALID') as ReportProblemCode;
      if (seen.has(field)) continue;
      seen.add(field);
      out.push({ field, code });
    }
  }
  return out;
}

/** An English reason for each code, for API clients (the portal shows its own words). */
export const REPORT_PROBLEM_REASONS: Readonly<Record<ReportProblemCode, string>> = {
  REQUIRED: 'is required',
  TOO_LONG: 'is too long',
  PHONE: 'must be a telephone number (digits, optionally + first and spaces or hyphens between)',
  EMAIL: 'must be an e-mail address',
  POSTAL_CODE: 'must be four digits',
  ORGNR: 'must be nine digits',
  FNR: 'must be eleven digits',
  NOT_ANONYMOUS:
    'must be left out when the reporter is anonymous (a professional, or a reporter signed in with ID-porten, cannot be anonymous)',
  NOT_SIGNED_IN:
    'needs the reporter to be signed in with ID-porten in this browser; sign in again, or send the report without signing in',
  NOT_VERIFIED: 'must be the name ID-porten gave at sign-in (it cannot be changed while signed in)',
  INVALID: 'is not valid here',
};
