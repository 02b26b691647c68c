import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCaseHistory } from '../case/history.js';
import { deletedSince, elementRefs, writeBarnevern } from './barnevern-xml.js';
import { REGISTRY_UUID, registryId, sha1, uuidV5 } from './registry-id.js';
import { fullCase, fullDocument, MELDING_UUID, PERSON_ID } from './registry-fixtures.js';
import { escapeAttribute } from './xml.js';

const XSD = fileURLToPath(
  new URL('../../../../../shared/reference/ssb-barnevern/Barnevern_v4.xsd', import.meta.url),
);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const canValidate = hasXmllint && existsSync(XSD);
if (!canValidate)
  console.warn(`skipping schema validation: ${hasXmllint ? `no XSD at ${XSD}` : 'xmllint is not installed'}`);

/** Runs xmllint on the text; returns null when valid, else its complaint. */
function xmllint(xml: string): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'vern-xsd-'));
  try {
    const file = path.join(dir, 'barn.xml');
    writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
    return r.status === 0 ? null : r.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('registry ids', () => {
  it('computes SHA-1 and RFC 4122 version 5 UUIDs', () => {
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new Uint8Array(0)))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    // RFC 4122 appendix / Python uuid.uuid5(NAMESPACE_DNS, 'python.org')
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });

  it('keeps a UUID and maps any other id to a stable UUID per case', () => {
    expect(registryId('sak-a', MELDING_UUID)).toBe(MELDING_UUID);
    const mapped = registryId('sak-a', 'm1');
    expect(mapped).toMatch(REGISTRY_UUID);
    expect(registryId('sak-a', 'm1')).toBe(mapped);
    expect(registryId('sak-b', 'm1')).not.toBe(mapped);
    expect(registryId('sak-a', 'm2')).not.toBe(mapped);
    // a random v4 UUID that is not of the RFC variant would fail the XSD: it is mapped too
    expect(registryId('sak-a', '3f0c6a1e-8b2d-4c5e-1f7a-1b2c3d4e5f60')).toMatch(REGISTRY_UUID);
  });
});

describe('writeBarnevern', () => {
  const xml = writeBarnevern(fullDocument());

  it('writes the XSD element order with every element of the case', () => {
    const order = [...xml.matchAll(/<([A-Za-z]+)[ />]/g)].map((m) => m[1]);
    const top = order.filter((n) =>
      [
        'Fagsystem',
        'Avgiver',
        'Sak',
        'Personalia',
        'Melding',
        'Undersokelse',
        'Plan',
        'Tiltak',
        'Vedtak',
        'Ettervern',
        'OversendelseFylkesnemnd',
        'Flytting',
        'Relasjon',
      ].includes(n ?? ''),
    );
    expect(top).toEqual([
      'Fagsystem',
      'Avgiver',
      'Sak',
      'Personalia',
      'Melding',
      'Undersokelse',
      'Plan',
      'Tiltak',
      'Vedtak',
      'Ettervern',
      'OversendelseFylkesnemnd',
      'Flytting',
      'Relasjon',
      'Relasjon',
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<Barnevern Id=')).toBe(true);
    expect(xml).toContain('DatoUttrekk="2026-06-30T08:15:00Z"');
    expect(xml).toContain('Journalnummer="2026/42" Avsluttet="true"');
    expect(xml).toContain(
      '<Lovhjemmel><Lov>BVL2021</Lov><Kapittel>3</Kapittel><Paragraf>1</Paragraf><Ledd>2</Ledd><Bokstav>a</Bokstav><Punktum>1</Punktum></Lovhjemmel>',
    );
    expect(xml).toContain(
      '<BarnetsMedvirkning><StartDato>2026-02-01</StartDato><MedvirkningType>1.1</MedvirkningType></BarnetsMedvirkning>',
    );
    expect(xml).toContain(`<Personalia Id="${PERSON_ID}" StartDato="2026-01-05" Fodselsnummer="15062098748"`);
  });

  it('escapes free text and keeps its whitespace', () => {
    expect(xml).toContain('Presisering="Fritidsklubb &amp; «venner» &lt;ute&gt;"');
    expect(xml).toContain('Presisering="Flyttet&#9;med&#10;familien"');
    expect(escapeAttribute('a\u0001b"c')).toBe('a\uFFFDb&quot;c');
  });

  it('gives every Id, and Relasjon both ends, a UUID the XSD accepts, the same on both sides', () => {
    const ids = [...xml.matchAll(/ (?:Id|TilId|FraId)="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(id).toMatch(REGISTRY_UUID);
    const u1 = registryId('sak-full', 'u1');
    expect(xml).toContain(`<Undersokelse Id="${u1}"`);
    expect(xml).toContain(`FraId="${MELDING_UUID}" FraType="Melding" TilId="${u1}" TilType="Undersokelse"`);
  });

  it('writes ForrigeId and Slettet in a change file, leaves Avsluttet false on an open case', () => {
    const open = createCaseHistory({ sakId: 'sak-open', journalnummer: '2026/1', startDato: '2026-01-01' });
    const gone = { type: 'Melding' as const, id: MELDING_UUID, sluttDato: '2026-06-30' };
    const change = writeBarnevern(
      fullDocument({ history: open, forrigeId: 'c8d6a3f2-1e4b-4a5c-9d7e-2f3a4b5c6d7e', slettet: [gone] }),
    );
    expect(change).toContain('ForrigeId="c8d6a3f2-1e4b-4a5c-9d7e-2f3a4b5c6d7e"');
    expect(change).toContain('Avsluttet="false"><Slettet Id=');
    expect(change).toContain(`<Slettet Id="${MELDING_UUID}" Type="Melding" SluttDato="2026-06-30"/>`);
  });

  it('refuses a header the XSD would refuse, naming the attribute', () => {
    expect(() => writeBarnevern(fullDocument({ id: 'not-a-uuid' }))).toThrow(/Id must be a UUID/);
    const avgiver = { ...fullDocument().avgiver, organisasjonsnummer: '12345' };
    expect(() => writeBarnevern(fullDocument({ avgiver }))).toThrow(/Organisasjonsnummer/);
  });

  it('names the elements a later file must mark deleted', () => {
    const before = elementRefs(fullCase());
    expect(before).toHaveLength(11);
    const after = { ...fullCase(), ettervern: [] };
    expect(deletedSince(before, after, '2026-07-01')).toEqual([
      { type: 'Ettervern', id: registryId('sak-full', 'e1'), sluttDato: '2026-07-01' },
    ]);
    expect(deletedSince(before, fullCase(), '2026-07-01')).toEqual([]);
  });

  it.skipIf(!canValidate)('validates against Barnevern_v4.xsd with xmllint, with and without Slettet', () => {
    expect(xmllint(xml)).toBeNull();
    const gone = [{ type: 'Plan' as const, id: registryId('sak-full', 'p9'), sluttDato: '2026-06-30' }];
    const change = writeBarnevern(
      fullDocument({ forrigeId: 'c8d6a3f2-1e4b-4a5c-9d7e-2f3a4b5c6d7e', slettet: gone }),
    );
    expect(xmllint(change)).toBeNull();
  });

  it.skipIf(!canValidate)('the validation can fail: xmllint refuses elements out of order', () => {
    const broken = xml.replace(/(<Melding .*?<\/Melding>)(<Undersokelse .*?<\/Undersokelse>)/, '$2$1');
    expect(broken).not.toBe(xml);
    expect(xmllint(broken)).toMatch(/Element 'Melding': This element is not expected/);
  });
});
