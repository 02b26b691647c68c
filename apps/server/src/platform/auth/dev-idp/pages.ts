/** A staff account the login page offers as a button. */
export interface DevStaffUser {
  username: string;
  displayName: string;
  roles: readonly string[];
}
import type { TestCitizen } from './test-users.js';

/**
 * The development IdP's own pages: plain server-rendered HTML in bokmål, one stylesheet from the
 * same origin, no scripts and no inline styles, so they work under a strict Content-Security-Policy.
 */

export const STYLESHEET_PATH = '/dev-idp.css';

export const DEV_IDP_CSS = `
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f4f4f4}
header{background:#5c1a00;color:#fff;padding:.75rem 1rem}
header p{margin:0;font-weight:600}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.25rem;margin:2rem 0 .75rem}
.notice{background:#fff4d6;border-left:.375rem solid #a35d00;padding:.75rem 1rem;margin:0 0 1rem}
.error{background:#fde8e8;border-left:.375rem solid #b3261e;padding:.75rem 1rem;margin:0 0 1rem}
ul.choices{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
button{font:inherit;cursor:pointer;border-radius:.25rem;border:2px solid #1f4f8f;padding:.625rem 1rem;min-height:2.75rem}
ul.choices button{width:100%;text-align:left;background:#fff;color:#1f4f8f}
ul.choices button span{display:block;color:#3d3d3d;font-size:.9375rem}
button.primary{background:#1f4f8f;color:#fff}
button.secondary{background:#fff;color:#1f4f8f}
button:hover{border-color:#0b2e5c}
:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
label{display:block;font-weight:600;margin-bottom:.25rem}
.hint{margin:0 0 .5rem;color:#3d3d3d;font-size:.9375rem}
input[type=text]{font:inherit;width:100%;max-width:20rem;padding:.5rem;border:2px solid #595959;border-radius:.25rem;margin-bottom:.75rem}
fieldset{border:0;padding:0;margin:0 0 1rem}
legend{font-weight:600;margin-bottom:.25rem}
.radio{display:flex;gap:.5rem;align-items:center;margin:.25rem 0}
.radio label{font-weight:400;margin:0}
.radio input{width:1.25rem;height:1.25rem}
.cancel{margin-top:2rem}
`;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Vern utviklings-IdP</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<header><p>Vern utviklings-IdP – bare for utvikling og test</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}

const NO_PASSWORD =
  'Dette er en innloggingstjeneste for utvikling og test. Her er det ingen passord: du velger selv hvem du logger inn som. Den finnes ikke i produksjon, der logger du inn gjennom kommunens eller statens innloggingsløsning.';

function errorBox(error: string | undefined): string {
  return error ? `<p class="error" id="feil" role="alert">${escapeHtml(error)}</p>` : '';
}

function cancelForm(uid: string): string {
  return `<form class="cancel" method="post" action="/interaction/${escapeHtml(uid)}/abort">
<button type="submit" class="secondary">Avbryt innloggingen</button>
</form>`;
}

export function staffLoginPage(input: {
  uid: string;
  staff: readonly DevStaffUser[];
  error?: string;
  username?: string;
}): string {
  const action = `/interaction/${escapeHtml(input.uid)}/login`;
  const buttons = input.staff
    .map(
      (s) =>
        `<li><button type="submit" name="username" value="${escapeHtml(s.username)}">${escapeHtml(s.displayName)} <span>${escapeHtml(s.roles.join(', '))}, brukernavn ${escapeHtml(s.username)}</span></button></li>`,
    )
    .join('\n');
  const described = input.error ? ' aria-describedby="feil" aria-invalid="true"' : '';
  return layout(
    'Logg inn som ansatt',
    `<h1>Logg inn som ansatt</h1>
<p class="notice">${NO_PASSWORD}</p>
${errorBox(input.error)}
<h2 id="velg">Velg en testbruker</h2>
<form method="post" action="${action}">
<ul class="choices" aria-labelledby="velg">
${buttons}
</ul>
</form>
<h2>Eller skriv inn et brukernavn</h2>
<form method="post" action="${action}">
<label for="username">Brukernavn</label>
<p class="hint" id="username-hint">Små bokstaver, tall, punktum, bindestrek eller understrek. Brukeren må finnes i Vern.</p>
<input type="text" id="username" name="username" autocomplete="username" spellcheck="false" autocapitalize="none" required maxlength="64" aria-describedby="username-hint"${described} value="${escapeHtml(input.username ?? '')}">
<div><button type="submit" class="primary">Logg inn</button></div>
</form>
${cancelForm(input.uid)}`,
  );
}

const LEVELS = [
  { acr: 'idporten-loa-high', label: 'Høyt (idporten-loa-high), som BankID' },
  { acr: 'idporten-loa-substantial', label: 'Betydelig (idporten-loa-substantial), som MinID' },
] as const;

export function citizenLoginPage(input: {
  uid: string;
  citizens: readonly TestCitizen[];
  requestedAcr: string | undefined;
  error?: string;
  pid?: string;
}): string {
  const action = `/interaction/${escapeHtml(input.uid)}/login`;
  const buttons = input.citizens
    .map(
      (c) =>
        `<li><button type="submit" name="pid" value="${escapeHtml(c.pid)}">${escapeHtml(c.name)} <span>${escapeHtml(c.description)}, fødselsnummer ${escapeHtml(c.pid)}</span></button></li>`,
    )
    .join('\n');
  const requested = input.requestedAcr ?? 'idporten-loa-high';
  const radios = LEVELS.map(
    (l, i) =>
      `<div class="radio"><input type="radio" id="acr-${i}" name="acr" value="${l.acr}"${l.acr === requested ? ' checked' : ''}><label for="acr-${i}">${escapeHtml(l.label)}</label></div>`,
  ).join('\n');
  const described = input.error
    ? ' aria-describedby="pid-hint feil" aria-invalid="true"'
    : ' aria-describedby="pid-hint"';
  return layout(
    'Logg inn på Min side',
    `<h1>Logg inn på Min side</h1>
<p class="notice">Testversjon av ID-porten. ${NO_PASSWORD}</p>
${errorBox(input.error)}
<h2 id="velg">Velg en testperson</h2>
<form method="post" action="${action}">
<ul class="choices" aria-labelledby="velg">
${buttons}
</ul>
</form>
<h2>Eller skriv inn et fødselsnummer</h2>
<form method="post" action="${action}">
<label for="pid">Fødselsnummer (11 siffer)</label>
<p class="hint" id="pid-hint">Bruk bare syntetiske testnummer, aldri et ekte fødselsnummer.</p>
<input type="text" id="pid" name="pid" inputmode="numeric" autocomplete="off" required maxlength="11"${described} value="${escapeHtml(input.pid ?? '')}">
<fieldset>
<legend>Sikkerhetsnivå</legend>
${radios}
</fieldset>
<div><button type="submit" class="primary">Logg inn</button></div>
</form>
${cancelForm(input.uid)}`,
  );
}

export function errorPage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}
