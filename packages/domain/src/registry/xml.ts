/**
 * The smallest XML writing the registry file needs: elements with attributes in a fixed order,
 * text content, and escaping. Characters XML 1.0 cannot carry (C0 controls other than tab, line
 * feed and carriage return; lone surrogates; U+FFFE and U+FFFF) are replaced with U+FFFD, so a
 * stray control character in a free-text presisering cannot make the file unreadable.
 */

const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** An attribute value: markup characters escaped, and whitespace kept as character references. */
export function escapeAttribute(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** Text content. */
export function escapeText(value: string): string {
  return value
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>\r]/g, (c) => (c === '\r' ? '&#13;' : (ATTRIBUTE_ESCAPES[c] ?? c)));
}

/** Attributes in the order given; undefined values are left out. */
export type Attributes = readonly (readonly [string, string | boolean | undefined])[];

function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of attrs) {
    if (value === undefined) continue;
    out += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

/** An element with attributes and children (already written), or empty when it has none. */
export function element(name: string, attrs: Attributes, children: readonly string[] = []): string {
  const open = `<${name}${attributes(attrs)}`;
  const inner = children.join('');
  return inner === '' ? `${open}/>` : `${open}>${inner}</${name}>`;
}

/** An element holding only text. */
export function textElement(name: string, text: string): string {
  return `<${name}>${escapeText(text)}</${name}>`;
}
