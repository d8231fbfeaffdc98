/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem. The contact is
 * set per deployment with INSYN_SECURITY_CONTACT (a mailto: or https:// address), like
 * INSYN_REPORT_URL for errors in the content; the default is a placeholder to replace.
 * Expires is set at build time, 180 days ahead (the RFC advises less than a year), so a site
 * that is not rebuilt for half a year says its contact may be stale.
 */
export const DEFAULT_SECURITY_CONTACT = 'mailto:sakerhet@insyn.example.se';
export const SECURITY_TXT_PATH = '/.well-known/security.txt';
const VALID_DAYS = 180;

export function securityContact(env: string | undefined = process.env.INSYN_SECURITY_CONTACT): string {
  const value = env?.trim();
  if (!value) return DEFAULT_SECURITY_CONTACT;
  if (!/^(mailto:|https:\/\/)/.test(value))
    throw new Error(`INSYN_SECURITY_CONTACT must start with mailto: or https://, got "${value}"`);
  return value;
}

export function securityTxt(opts: { site: URL; contact: string; now: Date }): string {
  const expires = new Date(opts.now.getTime() + VALID_DAYS * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    `Contact: ${opts.contact}`,
    `Expires: ${expires.toISOString().replace('.000Z', 'Z')}`,
    `Canonical: ${new URL(SECURITY_TXT_PATH, opts.site).href}`,
    'Preferred-Languages: sv, en',
    '',
  ].join('\n');
}
