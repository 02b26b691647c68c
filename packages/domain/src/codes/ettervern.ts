import { code } from './code-list.js';

/** Konklusjon of an ettervern offer. SSB `/Barnevern/Sak/Ettervern/Konklusjon/@Kode`. */
export const ETTERVERN_KONKLUSJON = [
  code('1', 'Gitt tilbud om tiltak, akseptert', '2022-01-01'),
  code('2', 'Gitt tilbud om tiltak, avslått av bruker grunnet ønske om annet tiltak', '2022-01-01'),
  code('3', 'Ikke lenger tiltak etter BVL, etter brukers ønske', '2022-01-01'),
] as const;
