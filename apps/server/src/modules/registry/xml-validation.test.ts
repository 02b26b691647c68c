import { describe, expect, it } from 'vitest';
import { parseXmllintOutput, schemaCheckAvailable, withoutValues } from './xml-validation.js';

const STDERR = [
  "/tmp/x/0b7c.xml:3: element Personalia: Schemas validity error : Element 'Personalia', attribute 'Fodselsnummer': [facet 'pattern'] The value '1234' is not accepted by the pattern '\\d{11}'.",
  '/tmp/x/0b7c.xml fails to validate',
  '/tmp/x/1a2b.xml validates',
  "/tmp/x/9f9f.xml:2: element Sak: Schemas validity error : Element 'Sak', attribute 'Kjonn': '7' is not a valid value of the local atomic type.",
  '/tmp/x/9f9f.xml fails to validate',
].join('\n');

describe('xmllint output', () => {
  it('names file, line, element and reason, without the values', () => {
    const problems = parseXmllintOutput(STDERR);
    expect(problems).toEqual([
      {
        file: '0b7c.xml',
        line: 3,
        element: 'Personalia',
        reason:
          "Element 'Personalia', attribute 'Fodselsnummer': [facet 'pattern'] The value is not accepted by the pattern '\\d{11}'.",
      },
      {
        file: '9f9f.xml',
        line: 2,
        element: 'Sak',
        reason: "Element 'Sak', attribute 'Kjonn': the value is not a valid value of the local atomic type.",
      },
    ]);
    expect(JSON.stringify(problems)).not.toContain('1234');
  });

  it('reports a file that failed without a parsed complaint', () => {
    expect(parseXmllintOutput('/tmp/x/c.xml fails to validate')).toEqual([
      { file: 'c.xml', line: null, element: null, reason: 'does not validate' },
    ]);
    expect(withoutValues("The value 'Ola' has a length of '3'")).toBe("The value has a length of '3'");
  });

  it('says plainly when xmllint or the XSD is missing', () => {
    const noXsd = schemaCheckAvailable({ xmllint: 'xmllint', xsdPath: '/nonexistent/Barnevern_v4.xsd' });
    expect(noXsd).toEqual({
      available: false,
      reason: expect.stringContaining('the registry XSD was not found at /nonexistent/Barnevern_v4.xsd'),
    });
    const noTool = schemaCheckAvailable({ xmllint: '/nonexistent/xmllint', xsdPath: import.meta.filename });
    expect(noTool).toEqual({ available: false, reason: expect.stringContaining('xmllint could not be run') });
  });
});
