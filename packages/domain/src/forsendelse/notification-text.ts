/**
 * The texts a recipient is notified with (the SMS or e-mail of the digital mailbox, the Altinn
 * notice of SvarUt). A notification can be read by anyone who sees the recipient's phone or inbox,
 * so it never carries case content: not the child's name, not the matter, not the sender's
 * case number. The rule is enforced by allowing only these fixed texts; the letter itself is
 * behind the recipient's sign-in. Each text is given in bokmål, nynorsk and English; the bokmål
 * text is what is stored and sent, and any of the three is accepted as its key.
 */
export const NOTIFICATION_TEXTS = {
  brev: {
    nb: 'Du har fått et brev fra barneverntjenesten. Logg inn for å lese det.',
    nn: 'Du har fått eit brev frå barnevernstenesta. Logg inn for å lese det.',
    en: 'You have received a letter from the child welfare service. Sign in to read it.',
  },
  vedtak: {
    nb: 'Du har fått et vedtak fra barneverntjenesten. Logg inn for å lese det.',
    nn: 'Du har fått eit vedtak frå barnevernstenesta. Logg inn for å lese det.',
    en: 'You have received a decision from the child welfare service. Sign in to read it.',
  },
  innkalling: {
    nb: 'Du har fått en innkalling fra barneverntjenesten. Logg inn for å lese den.',
    nn: 'Du har fått ei innkalling frå barnevernstenesta. Logg inn for å lese ho.',
    en: 'You have received an invitation from the child welfare service. Sign in to read it.',
  },
  foresporsel: {
    nb: 'Barneverntjenesten har sendt deg en forespørsel. Logg inn for å lese den.',
    nn: 'Barnevernstenesta har sendt deg ein førespurnad. Logg inn for å lese han.',
    en: 'The child welfare service has sent you a request. Sign in to read it.',
  },
  organisasjon: {
    nb: 'Virksomheten har fått post fra barneverntjenesten. Den er merket for rett mottaker.',
    nn: 'Verksemda har fått post frå barnevernstenesta. Han er merkt for rett mottakar.',
    en: 'Your organisation has received mail from the child welfare service, marked for its recipient.',
  },
} as const;

export type NotificationTextKey = keyof typeof NOTIFICATION_TEXTS;
export const NOTIFICATION_TEXT_KEYS = Object.keys(NOTIFICATION_TEXTS) as [
  NotificationTextKey,
  ...NotificationTextKey[],
];

/**
 * The key of a notification text: its key itself or any of its three wordings. Undefined for any
 * other text, which is refused (a free text could carry case content).
 */
export function notificationTextKeyOf(text: string): NotificationTextKey | undefined {
  const t = text.trim();
  for (const key of NOTIFICATION_TEXT_KEYS) {
    const texts = NOTIFICATION_TEXTS[key];
    if (t === key || t === texts.nb || t === texts.nn || t === texts.en) return key;
  }
  return undefined;
}
