/**
 * The "Rapportera fel" link beside every source: a mailto (default) or a web
 * form, pre-filled with the page and the fact. INSYN_REPORT_URL sets where
 * reports go: "mailto:adress@example.se" or "https://…" (then the page and the
 * fact are added as the query parameters `sida` and `uppgift`).
 */

/** A placeholder until the project has a real address (README says so). */
export const DEFAULT_REPORT_TARGET = 'mailto:rapportera-fel@insyn.example.se';

export function reportTarget(env: string | undefined = process.env.INSYN_REPORT_URL): string {
  const value = env?.trim();
  if (!value) return DEFAULT_REPORT_TARGET;
  if (!/^(mailto:|https?:\/\/)/.test(value))
    throw new Error(`INSYN_REPORT_URL must start with mailto: or http(s)://, got "${value}"`);
  return value;
}

/** The fact goes in the subject only: a report link sits beside each source, and repeating the fact
 * in the body made each link about 600 bytes (a fifth of a measure page's HTML). */
type ReportText = { subject: string; body: (page: string) => string };

/** The report link for `fact` on the page at `pathname` of the site, to the configured target. */
export function reportLink(pathname: string, site: URL | undefined, fact: string, text: ReportText): string {
  return reportHref(reportTarget(), new URL(pathname, site).href, fact, text);
}

export function reportHref(target: string, page: string, fact: string, text: ReportText): string {
  if (target.startsWith('mailto:')) {
    // RFC 6068: percent-encoding, spaces as %20 (not +), line breaks as %0D%0A.
    const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
    const sep = target.includes('?') ? '&' : '?';
    return `${target}${sep}subject=${enc(`${text.subject}: ${fact}`)}&body=${enc(text.body(page))}`;
  }
  const url = new URL(target);
  url.searchParams.set('sida', page);
  url.searchParams.set('uppgift', fact);
  return url.href;
}
