/**
 * The one page the API itself renders: the answer to a citizen whose sign-in was not strong
 * enough. It is a browser navigation (the identity provider's redirect), so it gets HTML, not JSON.
 */
export function acrTooLowPage(): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Innloggingen var ikke sikker nok – Vern</title>
</head>
<body>
<main>
<h1>Innloggingen var ikke sikker nok</h1>
<p>Min side krever innlogging på høyt sikkerhetsnivå i ID-porten, for eksempel med BankID. Du logget inn på et lavere nivå, så du er ikke logget inn.</p>
<p><a href="/portal/">Tilbake til forsiden</a></p>
</main>
</body>
</html>
`;
}
