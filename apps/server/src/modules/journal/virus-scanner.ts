import type { Config } from '../../config/config.js';

/** What a scan found: clean, a named infection, or no answer (the scanner is down or timed out). */
export type ScanResult =
  { verdict: 'clean' } | { verdict: 'infected'; signature: string } | { verdict: 'unavailable' };

/**
 * The hook point for virus scanning of uploads (ASVS 5.2.x). Every upload is scanned before its
 * document row is written: infected bytes are removed from the store and refused; when the scanner
 * gives no answer the document is kept with scan_status 'pending' and is not served until scanned.
 */
export interface VirusScanner {
  scan(bytes: Buffer): Promise<ScanResult>;
}

// The EICAR anti-virus test file, in two halves so that this source file is no test file itself.
const EICAR = Buffer.from(
  'X5O!P%@AP[4\\PZX54(P^)7CC)7}$' + 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*',
  'latin1',
);

/**
 * The built-in scanner: it knows one signature, the EICAR test file, anywhere in the bytes. It
 * keeps the hook real and testable on a machine without an anti-virus engine; it is no protection
 * against real malware, which is what a ClamAV adapter (below) is for.
 */
export const eicarScanner: VirusScanner = {
  scan(bytes) {
    return Promise.resolve(
      bytes.includes(EICAR)
        ? { verdict: 'infected', signature: 'Eicar-Test-Signature' }
        : { verdict: 'clean' },
    );
  },
};

/**
 * The scanner the server uses. A ClamAV adapter plugs in here: a VirusScanner that streams the
 * bytes to clamd with the INSTREAM command over TCP (answers `stream: OK` or `stream: <name> FOUND`)
 * and maps a refused connection or a timeout to 'unavailable', chosen by a clamd address setting
 * in src/config. Until that setting exists every installation gets the built-in EICAR scanner.
 */
export function virusScannerFor(_config: Config): VirusScanner {
  return eicarScanner;
}
