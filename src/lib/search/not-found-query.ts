/**
 * The search query the 404 page offers for a mistyped address: its last path segment as
 * words ("/atgarder/forskola-ryd/" → "forskola ryd"), so one press on "Sök" finds what the
 * reader probably meant. Runs in the browser (the 404 page is one static file for every address).
 */
export function notFoundQuery(pathname: string): string {
  const segment = pathname.split('/').filter(Boolean).pop() ?? '';
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // A broken %-escape: search for the segment as typed.
  }
  return text
    .replace(/\.(html?|php|aspx?)$/i, '')
    .replace(/[-_+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}
