import { DOCUMENT_TYPES, type DocumentMediaType } from './media-type.js';

// Control characters, and the characters Windows refuses in a name.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;

/**
 * The name a file is kept under: the last part of what the client sent (no folders), without
 * control or reserved characters, never empty or a dot-name. Undefined when nothing is left.
 */
export function cleanFilename(raw: string): string | undefined {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(UNSAFE, '_').trim().replace(/^\.+/, '').slice(0, 200);
  return cleaned.length > 0 ? cleaned : undefined;
}

const EXTENSIONS: Partial<Record<DocumentMediaType, string[]>> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/tiff': ['tif', 'tiff'],
  'text/plain': ['txt', 'text'],
};

/**
 * The name a download is offered under: the stored name with the extension of the type the bytes
 * really are, so that the user's machine opens it with the right program whatever it was called.
 */
export function downloadName(filename: string, mediaType: DocumentMediaType): string {
  const ext = DOCUMENT_TYPES[mediaType].extension;
  const accepted = EXTENSIONS[mediaType] ?? [ext];
  const current = /\.([A-Za-z0-9]{1,8})$/.exec(filename)?.[1]?.toLowerCase();
  return current && accepted.includes(current) ? filename : `${filename}.${ext}`;
}

/**
 * `Content-Disposition: attachment` with the name both as a plain ASCII fallback and as RFC 6266
 * / 5987 `filename*` in UTF-8, so æøå survive and nothing in the name can break out of the header.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
