import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../journal/test-files.js';
import { AsicError, readAsice, writeAsice } from './asic.js';
import { feilet } from './fiks-io.js';
import { readBekymringsmelding } from './read-bekymringsmelding.js';
import {
  BEKYMRINGSMELDING_TYPES,
  FIKS_SCHEMA_DIR,
  isDateTime,
  type BekymringsmeldingType,
} from './schemas.js';
import { example, FIKS_REFERENCE_DIR, INVALID_OFFENTLIG_V2, PDF } from './test-messages.js';

const TYPES = Object.keys(BEKYMRINGSMELDING_TYPES) as BekymringsmeldingType[];
const json = (m: unknown) => Buffer.from(JSON.stringify(m), 'utf8');

describe('Fiks concern reports: KS schemas', () => {
  it('the schemas Vern validates with are KS reference copies, byte for byte', () => {
    for (const file of [...Object.values(BEKYMRINGSMELDING_TYPES), 'adresse.json', 'feilmelding.json']) {
      const reference = file.startsWith('v2/') ? `domain/${file}` : `domain/${file}`;
      expect(
        readFileSync(`${FIKS_SCHEMA_DIR}${file}`).equals(readFileSync(`${FIKS_REFERENCE_DIR}${reference}`)),
        file,
      ).toBe(true);
    }
  });

  it.each(TYPES)('KS example of %s passes and is read', (type) => {
    const result = readBekymringsmelding(type, json(example(type)), [
      { filename: 'bekymringsmelding.pdf', bytes: PDF },
    ]);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
    if (!result.ok) return;
    expect(result.content.children.map((c) => c.name)).toEqual(['Barn Barnesen', 'Bare Barnet']);
    expect(result.content.text).toContain('Her kommer selve innholdet i bekymringsmeldingen!');
    expect(result.content.kommunenummer).toBe('1201');
    expect(result.content.sentAt).toMatch(/^2020-03-1/);
    if (type.includes('offentlig')) {
      expect(result.content.children[0]?.fodselsnummer).toBe('28071364498');
      expect(result.content.melder).toMatchObject({ role: 'Lærer', organisation: 'Lærerskolen' });
      expect(result.content.text).toContain('Historikk:');
    } else {
      expect(result.content.children[0]).toMatchObject({ estimatedAge: '10', fodselsnummer: null });
    }
  });

  it('the v2 public report has andreSynspunkter, which v1 does not require either', () => {
    const r = readBekymringsmelding(
      'no.ks.fiks.bekymringsmelding.offentlig.v2',
      json(example('no.ks.fiks.bekymringsmelding.offentlig.v2')),
      [],
    );
    expect(r.ok && r.content.text).toContain('Andre synspunkter:');
  });

  it('an empty privatBarn is valid by KS schema (minLength on an array asserts nothing)', () => {
    const m = example('no.ks.fiks.bekymringsmelding.privat.v2');
    m['privatBarn'] = [];
    expect(readBekymringsmelding('no.ks.fiks.bekymringsmelding.privat.v2', json(m), []).ok).toBe(true);
  });

  it.each(INVALID_OFFENTLIG_V2)('refuses %s, naming %s', (_name, field, change) => {
    const m = example('no.ks.fiks.bekymringsmelding.offentlig.v2');
    change(m);
    const result = readBekymringsmelding('no.ks.fiks.bekymringsmelding.offentlig.v2', json(m), []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toContain(field);
    for (const p of result.problems) expect(p.reason.length).toBeGreaterThan(3);
    // a refusal never repeats a value that was sent
    expect(JSON.stringify(result.problems)).not.toMatch(
      /ikke en adresse|ring meg|xxxxxxxx|NNNNNNNN|Barnesen/,
    );
  });

  it('refuses an attachment that is not a PDF, and one cut short', () => {
    const m = json(example('no.ks.fiks.bekymringsmelding.privat.v1'));
    for (const bytes of [SAMPLES['image/png'], Buffer.from('%PDF-1.7\n1 0 obj'), Buffer.from('MZ\x90\x00')]) {
      const r = readBekymringsmelding('no.ks.fiks.bekymringsmelding.privat.v1', m, [
        { filename: 'bekymringsmelding.pdf', bytes },
      ]);
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.problems).toEqual([{ field: 'vedlegg.0', reason: expect.stringMatching(/^is not a PDF/) }]);
    }
  });

  it('refuses what is not JSON, not UTF-8, or not a concern report type', () => {
    const bad = (type: string, payload: Buffer) => {
      const r = readBekymringsmelding(type, payload, []);
      return r.ok ? [] : r.problems;
    };
    expect(bad('no.ks.fiks.bekymringsmelding.privat.v2', Buffer.from('{"a":'))).toEqual([
      { field: 'payload', reason: 'is not valid JSON' },
    ]);
    expect(bad('no.ks.fiks.bekymringsmelding.privat.v2', Buffer.from([0x7b, 0xff, 0x7d]))).toEqual([
      { field: 'payload', reason: 'is not UTF-8 text' },
    ]);
    expect(bad('no.ks.fiks.arkiv.v1', json({}))[0]?.field).toBe('type');
  });

  it('date-time: RFC 3339 with the offset optional, and a real date', () => {
    expect(
      ['2020-03-16T13:29:33', '2020-03-16T13:29:33Z', '2020-03-16T13:29:33.5+01:00'].every(isDateTime),
    ).toBe(true);
    expect(['2020-02-30T10:00:00', '2020-03-16', '2020-03-16T25:00:00', '16.03.2020'].some(isDateTime)).toBe(
      false,
    );
  });

  it('feilet names each field and reason in a feilmelding body', () => {
    const reply = feilet('m-1', [{ field: 'kommunenummer', reason: 'does not match the pattern ^\\d{4}$' }]);
    expect(reply.meldingType).toBe('no.ks.fiks.bekymringsmelding.feilet.v1');
    const body = JSON.parse(reply.payload?.bytes.toString('utf8') ?? '{}') as { melding: string };
    expect(body.melding).toContain('kommunenummer: does not match the pattern');
  });
});

describe('ASiC-E container', () => {
  it('packs and unpacks the payload files, mimetype first and stored', () => {
    const zip = writeAsice([
      { name: 'bekymringsmelding.json', bytes: Buffer.from('{"a":1}') },
      { name: 'bekymringsmelding.pdf', bytes: PDF },
    ]);
    expect(zip.toString('latin1', 30, 38)).toBe('mimetype');
    expect(zip.readUInt16LE(8)).toBe(0);
    const files = readAsice(zip);
    expect(files.map((f) => f.name)).toEqual(['bekymringsmelding.json', 'bekymringsmelding.pdf']);
    expect(files[1]?.bytes.equals(PDF)).toBe(true);
    expect(
      writeAsice([{ name: 'a.json', bytes: Buffer.from('x') }]).equals(
        writeAsice([{ name: 'a.json', bytes: Buffer.from('x') }]),
      ),
    ).toBe(true);
  });

  it('refuses what is not an ASiC-E container, or is damaged', () => {
    expect(() => readAsice(Buffer.from('not a zip'))).toThrow(AsicError);
    expect(() => readAsice(SAMPLES['application/vnd.oasis.opendocument.text'])).toThrow(/mimetype/);
    const zip = writeAsice([{ name: 'a.json', bytes: Buffer.from('{"a":1}') }]);
    const damaged = Buffer.from(zip);
    const at = zip.indexOf(Buffer.from('a.json')) + 8;
    damaged.writeUInt8((damaged.readUInt8(at) ^ 0xff) & 0xff, at);
    expect(() => readAsice(damaged)).toThrow(AsicError);
    expect(() => writeAsice([{ name: '../evil.json', bytes: Buffer.from('x') }])).toThrow();
  });
});
