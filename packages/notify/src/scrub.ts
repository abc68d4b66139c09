/**
 * Removes secrets from text that is about to be shown: error messages, response
 * bodies, summaries. A webhook URL is a credential in itself, and servers echo
 * it back in error pages ("Cannot POST /hooks/T0/B0/xyz"), so a URL is scrubbed
 * whole, as its path, and percent-encoded, as well as any other masked value.
 */

/** The forms in which a secret may appear in text someone else wrote. */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const encoded = encodeURIComponent(secret);
  if (encoded !== secret) forms.add(encoded);
  try {
    const url = new URL(secret);
    const tail = url.pathname + url.search;
    if (tail.length >= 8) forms.add(tail);
    if (url.pathname.length >= 8) forms.add(url.pathname);
    const decoded = decodeURIComponent(url.pathname);
    if (decoded.length >= 8) forms.add(decoded);
  } catch {
    // Not a URL: the plain forms are enough.
  }
  return [...forms];
}

export function scrub(text: string, secrets: readonly string[]): string {
  const forms = secrets
    .filter((secret) => secret.length >= 4)
    .flatMap(secretForms)
    .sort((a, b) => b.length - a.length);
  let shown = text;
  for (const form of forms) shown = shown.split(form).join('***');
  return shown;
}
