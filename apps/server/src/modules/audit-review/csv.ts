/**
 * CSV for spreadsheets: RFC 4180 quoting, and a leading apostrophe on cells that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR), so an export cannot carry an injected formula.
 */
export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  const cell = (v: string | number | boolean | null): string => {
    if (v === null) return '';
    let s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
