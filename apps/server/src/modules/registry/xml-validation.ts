import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where xmllint and the XSD are (config `registry`). */
export interface SchemaTool {
  xmllint: string;
  xsdPath: string;
}

/** One reason a file does not validate, without the values it holds (they may be personal data). */
export interface ValidationProblem {
  /** The file's name in the export: `<sak id>.xml`. */
  file: string;
  line: number | null;
  element: string | null;
  reason: string;
}

export type SchemaCheck = { available: true } | { available: false; reason: string };

/** Whether validation can run: xmllint answers and the XSD file is there. Said plainly when not. */
export function schemaCheckAvailable(tool: SchemaTool): SchemaCheck {
  if (!existsSync(tool.xsdPath))
    return {
      available: false,
      reason: `the registry XSD was not found at ${tool.xsdPath} (VERN_REGISTRY_XSD)`,
    };
  const probe = spawnSync(tool.xmllint, ['--version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0)
    return {
      available: false,
      reason: `xmllint could not be run as "${tool.xmllint}" (install libxml2-utils or set VERN_XMLLINT)`,
    };
  return { available: true };
}

/**
 * Removes the values xmllint quotes in a complaint (`The value '01019912345' is not ...`), keeping
 * element and attribute names, so the reason can be stored and shown without personal data.
 */
export function withoutValues(reason: string): string {
  return reason
    .replace(/The value '[^']*'/g, 'The value')
    .replace(/'[^']*' is not a valid value/g, 'the value is not a valid value')
    .trim();
}

// file.xml:12: element Melder: Schemas validity error : Element 'Melder', attribute 'Kode': ...
const ERROR_LINE = /^(.*?):(\d+): element ([^:]+): Schemas validity error : (.*)$/;

/** Reads xmllint's stderr into problems, one per complaint, naming the export's file. */
export function parseXmllintOutput(stderr: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const line of stderr.split('\n')) {
    const m = ERROR_LINE.exec(line);
    if (m) {
      problems.push({
        file: path.basename(m[1] ?? ''),
        line: Number(m[2]),
        element: m[3] ?? null,
        reason: withoutValues(m[4] ?? ''),
      });
    } else if (/ fails to validate$/.test(line)) {
      const file = path.basename(line.replace(/ fails to validate$/, ''));
      if (!problems.some((p) => p.file === file))
        problems.push({ file, line: null, element: null, reason: 'does not validate' });
    } else if (/parser error|Schemas parser error|failed to load/i.test(line)) {
      const file = path.basename(line.split(':')[0] ?? '');
      problems.push({
        file,
        line: null,
        element: null,
        reason: withoutValues(line.slice(line.indexOf(':') + 1)),
      });
    }
  }
  return problems;
}

/**
 * Validates files against the XSD with one xmllint run for the lot (the schema is parsed once).
 * Returns the problems; an empty list means every file validated.
 */
export async function validateFiles(
  tool: SchemaTool,
  files: readonly string[],
): Promise<ValidationProblem[]> {
  if (files.length === 0) return [];
  const child = spawn(tool.xmllint, ['--noout', '--schema', tool.xsdPath, ...files], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => {
    stderr += d;
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? -1));
  });
  const problems = parseXmllintOutput(stderr);
  if (code !== 0 && problems.length === 0)
    problems.push({
      file: '(all)',
      line: null,
      element: null,
      reason: `xmllint stopped with exit code ${code}`,
    });
  return problems;
}
