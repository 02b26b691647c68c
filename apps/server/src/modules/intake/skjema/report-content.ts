import type { ReportAddress, ReportSubmission } from '@vern/domain';
import type { InboxAddress, InboxContent } from '../inbox-content.js';
import type { ReporterIdentity } from './reporter-identity.js';

const filled = (s: string | undefined): string | null =>
  s !== undefined && s.trim() !== '' ? s.trim() : null;

function address(a: ReportAddress | undefined): InboxAddress | null {
  const street = filled(a?.street);
  return street ? { street, postalCode: filled(a?.postalCode), postalPlace: filled(a?.postalPlace) } : null;
}

const told = (b: boolean | undefined, why: string | undefined) =>
  b === undefined ? null : b ? 'ja' : `nei${filled(why) ? ` (${filled(why)})` : ''}`;

/**
 * What staff read in the inbox from a form report, in the inbox's one shape: the children, the
 * reporter, and the words of the report as one text. An offentlig melder's parts come under
 * headings as a Fiks offentlig report's do, followed by whom they told about the report, which
 * the review needs (the case's melding keeps this text). A reporter who sent it signed in is
 * marked identified through ID-porten, with the fødselsnummer from their session.
 */
export function inboxContentOf(s: ReportSubmission, identity?: ReporterIdentity): InboxContent {
  const offentlig = s.melder.kind === 'offentlig';
  const r = s.report;
  const sections: [string, string | null][] = offentlig
    ? [
        ['Bekymringen', filled(r.concern)],
        ['Historikk', filled(r.background)],
        ['Andre synspunkter', filled(r.otherViews)],
        ['Behov for tolk', filled(r.interpreter)],
        ['Andre hjelpeinstanser', filled(r.otherServices)],
        [
          'Orientert om meldingen',
          [
            ...s.children.map((c, i) => `Barn ${i + 1}: ${told(c.told, c.notToldWhy) ?? 'ikke oppgitt'}`),
            ...(s.guardians ?? []).map(
              (g, i) => `Foresatt ${i + 1} (${g.name.trim()}): ${told(g.told, g.notToldWhy) ?? ''}`,
            ),
          ].join('\n'),
        ],
      ]
    : [['', r.concern]];
  const text = offentlig
    ? sections
        .filter((p): p is [string, string] => p[1] !== null && p[1] !== '')
        .map(([heading, body]) => `${heading}:\n${body}`)
        .join('\n\n')
    : r.concern;
  return {
    kind: 'skjema',
    text,
    children: s.children.map((c) => ({
      name: c.name.trim(),
      fodselsnummer: filled(c.fodselsnummer),
      birthDate: null,
      unborn: c.unborn ?? false,
      estimatedAge: filled(c.estimatedAge),
      relation: filled(c.relation),
      address: address(c.address),
    })),
    melder: {
      name: s.melder.anonymous ? null : filled(s.melder.name),
      anonymous: s.melder.anonymous,
      role: filled(s.melder.role),
      organisation: filled(s.melder.organisation?.name),
      organisationNumber: filled(s.melder.organisation?.number),
      phone: filled(s.melder.phone),
      email: filled(s.melder.email),
      ...(identity
        ? {
            identified: {
              by: identity.identifiedBy,
              acr: identity.acr,
              fodselsnummer: identity.pid,
              nameVerified: identity.verifiedName !== undefined,
            },
          }
        : {}),
    },
    kommunenummer: null,
    bydelsnummer: null,
    sentAt: null,
  };
}
