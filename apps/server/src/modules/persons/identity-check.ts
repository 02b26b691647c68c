import type { Config } from '../../config/config.js';
import { osloDate, resolveIdentity, type IdentityRules, type ResolvedIdentity } from '@vern/domain';
import { AppError, ErrorCode } from '../../platform/errors.js';

/** What the server passes to the identity rules: synthetic numbers only outside production. */
export interface PersonRules {
  allowSynthetic: boolean;
}

export function identityRules(rules: PersonRules, now: Date): IdentityRules {
  return { allowSynthetic: rules.allowSynthetic, today: osloDate(now) };
}

/** resolveIdentity, or a 400 naming each refused field (`body.fodselsnummer`) with its reason. */
export function checkIdentity(input: ResolvedIdentity, rules: PersonRules, now: Date): ResolvedIdentity {
  const result = resolveIdentity(input, identityRules(rules, now));
  if (result.ok) return result.value;
  throw new AppError(
    ErrorCode.ValidationFailed,
    'The person is not valid',
    result.issues.map((i) => ({ field: `body.${i.field}`, reason: i.reason, code: i.code })),
  );
}

/**
 * The 409 for a number already registered in the service. It names the existing person only to
 * an actor who may see them; anyone else learns no more than that the number is taken.
 */
export function numberTaken(
  existing: { id: string; visible: boolean },
  field = 'body.fodselsnummer',
): AppError {
  return new AppError(ErrorCode.Conflict, 'The fødselsnummer is already registered', [
    {
      field,
      reason: existing.visible ? `is registered as person ${existing.id}` : 'is already registered',
      code: 'PERSON_EXISTS',
    },
  ]);
}

/**
 * Synthetic test numbers (month + 40 or + 80) pass outside production and in a demo installation,
 * whose seeded persons carry Skatteetaten's synthetic numbers; a production service takes real ones.
 */
export function personRulesOf(config: Config): PersonRules {
  return { allowSynthetic: config.env !== 'production' || config.seedDemo };
}
