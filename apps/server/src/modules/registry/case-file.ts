import {
  avgiverXml,
  deletedSince,
  elementRefs,
  idMapper,
  registryPersonalia,
  runControls,
  sakXml,
  writeBarnevern,
  type Avgiver,
  type CaseHistory,
  type ControlOptions,
  type ElementRef,
  type Fagsystem,
  type Severity,
} from '@vern/domain';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Baseline, CaseRow } from './registry.queries.js';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Vern as the file's Fagsystem. */
export const FAGSYSTEM: Fagsystem = {
  leverandor: 'Vern (åpen kildekode)',
  navn: 'Vern',
  versjon: pkg.version,
};

/** The registry's view of a case as a file shows it: the stored history with Personalia from the person. */
export function historyOf(row: CaseRow, today: string): CaseHistory {
  const personalia = registryPersonalia(
    {
      id: row.childId,
      fodselsnummer: row.fodselsnummer,
      birthDate: row.birthDate,
      kjonn: row.kjonn,
      dufNummer: row.dufNummer,
    },
    row.startDate,
    today,
  );
  return { ...row.history, personalia };
}

/**
 * Whether synthetic test numbers pass Personalia kontroll 12: outside production and in a demo
 * installation, the same rule the case view applies, so a demo's invented children are not ERRORs.
 */
export function allowsSyntheticNumbers(config: { env: string; seedDemo: boolean }): boolean {
  return config.env !== 'production' || config.seedDemo;
}

/** The options the registry's controls run with for one case (typed wide: older domains ignore the flag). */
export function controlOptionsOf(
  history: CaseHistory,
  today: string,
  allowSyntheticNumbers: boolean,
): ControlOptions {
  const birthDate = history.personalia[0]?.fodseldato;
  const options: ControlOptions & { allowSyntheticNumbers?: boolean } = {
    reportingDate: today,
    ...(birthDate ? { birthDate } : {}),
    allowSyntheticNumbers,
  };
  return options;
}

export interface CaseFile {
  sakId: string;
  version: number;
  documentId: string;
  xml: string;
  contentSha256: string;
  elements: ElementRef[];
  slettet: number;
  findings: Partial<Record<Severity, number>>;
}

/**
 * The file of one case, or null when a change export has nothing new to say about it: the Avgiver
 * and Sak as they would be written hash the same as in the last file sent. A change file carries
 * that file's Id as ForrigeId and marks what it had and the case no longer has as Slettet.
 */
export function caseFile(
  row: CaseRow,
  ctx: {
    avgiver: Avgiver;
    now: Date;
    today: string;
    changes: boolean;
    baseline: Baseline | undefined;
    allowSyntheticNumbers: boolean;
  },
): CaseFile | null {
  const history = historyOf(row, ctx.today);
  const idOf = idMapper(history);
  const sak = sakXml(history, [], idOf);
  const contentSha256 = createHash('sha256').update(avgiverXml(ctx.avgiver)).update(sak).digest('hex');
  const base = ctx.changes ? ctx.baseline : undefined;
  if (base && base.contentSha256 === contentSha256) return null;
  const slettet = base ? deletedSince(base.elements, history, ctx.today, idOf) : [];
  const documentId = randomUUID();
  const xml = writeBarnevern({
    id: documentId,
    datoUttrekk: ctx.now,
    forrigeId: base?.documentId,
    fagsystem: FAGSYSTEM,
    avgiver: ctx.avgiver,
    history,
    slettet,
    idOf,
  });
  const findings: Partial<Record<Severity, number>> = {};
  for (const f of runControls(history, controlOptionsOf(history, ctx.today, ctx.allowSyntheticNumbers)))
    findings[f.severity] = (findings[f.severity] ?? 0) + 1;
  return {
    sakId: row.sakId,
    version: row.version,
    documentId,
    xml,
    contentSha256,
    elements: elementRefs(history, idOf),
    slettet: slettet.length,
    findings,
  };
}
