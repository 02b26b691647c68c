import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as pdfkit writes it, for tests that search a letter for what must not be in
 * it (poppler's pdftotext is not installed on these machines). It reads every object, inflates
 * FlateDecode streams, builds each embedded font's code-to-text map from its ToUnicode CMap (pdfkit
 * subsets the font and numbers glyphs itself, so the raw bytes never hold the letters), follows
 * the page resources' font names (/F1 … → font object), and decodes every `[<hex> n …] TJ` and
 * `<hex> Tj` in the content streams with the font set by the last `Tf`; each text object (BT … ET)
 * becomes one line. Test support only.
 */
export function pdfText(pdf: Buffer): string {
  const s = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  for (const m of s.matchAll(/(\d+) 0 obj\s([\s\S]*?)\bendobj/g)) {
    const body = m[2] ?? '';
    const sm = /^([\s\S]*?)\bstream\r?\n([\s\S]*?)\r?\nendstream\s*$/.exec(body);
    if (!sm) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = sm[1] ?? '';
    const raw = Buffer.from(sm[2] ?? '', 'latin1');
    objects.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
  }

  const cmaps = new Map<number, Map<number, string>>();
  for (const [num, o] of objects) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(o.dict);
    const cmap = ref ? objects.get(Number(ref[1]))?.stream : undefined;
    if (cmap) cmaps.set(num, parseCmap(cmap.toString('latin1')));
  }
  const fontByName = new Map<string, number>();
  for (const o of objects.values()) {
    const fonts = /\/Font\s*<<([\s\S]*?)>>/.exec(o.dict);
    for (const f of fonts?.[1]?.matchAll(/\/([A-Za-z0-9]+)\s+(\d+) 0 R/g) ?? []) {
      fontByName.set(f[1] ?? '', Number(f[2]));
    }
  }

  const lines: string[] = [];
  for (const o of objects.values()) {
    const content = o.stream?.toString('latin1');
    if (!content || !/\bTf\b/.test(content) || !/\bT[Jj]\b/.test(content)) continue;
    let map: Map<number, string> | undefined;
    let line = '';
    const ops = /\/([A-Za-z0-9]+)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\bET\b/g;
    for (const op of content.matchAll(ops)) {
      if (op[1] !== undefined) {
        map = cmaps.get(fontByName.get(op[1]) ?? -1);
      } else if (op[2] !== undefined) {
        for (const hex of op[2].matchAll(/<([0-9A-Fa-f]*)>/g)) line += decode(hex[1] ?? '', map);
      } else if (op[3] !== undefined) {
        line += decode(op[3], map);
      } else {
        lines.push(line);
        line = '';
      }
    }
  }
  return lines.join('\n');
}

function decode(hex: string, map: Map<number, string> | undefined): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) {
    const code = parseInt(hex.slice(i, i + 4), 16);
    out += map?.get(code) ?? '\uFFFD';
  }
  return out;
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function parseCmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const section of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const r of (section[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f\s]+>)/g,
    )) {
      const start = parseInt(r[1] ?? '0', 16);
      const end = parseInt(r[2] ?? '0', 16);
      const target = r[3] ?? '';
      if (target.startsWith('[')) {
        const entries = [...target.matchAll(/<([0-9A-Fa-f\s]*)>/g)].map((e) =>
          utf16((e[1] ?? '').replace(/\s+/g, '')),
        );
        entries.forEach((e, i) => map.set(start + i, e));
      } else {
        const first = parseInt(target.replace(/[<>\s]/g, ''), 16);
        for (let c = start; c <= end; c++) map.set(c, String.fromCharCode(first + c - start));
      }
    }
  }
  for (const section of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const c of (section[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f\s]+)>/g)) {
      map.set(parseInt(c[1] ?? '0', 16), utf16((c[2] ?? '').replace(/\s+/g, '')));
    }
  }
  return map;
}
