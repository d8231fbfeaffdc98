/**
 * The addresses a deployment must set before it is published: the site's own address, where
 * "Rapportera fel" goes, and the security contact. Their defaults are placeholders at
 * insyn.example.se, so that `npm start` and `npm test` work on a fresh machine; a production
 * build (INSYN_PRODUCTION=1, `npm run build:production`) refuses to run while any is one.
 * A placeholder is an address at a name reserved for examples and tests (RFC 2606, RFC 6761):
 * example.se/.com/.org/.net, .example, .test, .invalid, localhost.
 */
import { securityContact } from '../../src/lib/contact/security-txt.ts';
import { reportTarget } from '../../src/lib/sources/report-link.ts';

/** astro.config.mjs's default for INSYN_SITE_URL. */
const DEFAULT_SITE_URL = 'https://insyn.example.se';

const RESERVED_HOST = /(^|\.)(example\.(se|com|org|net)|example|test|invalid|localhost)$/i;

/** The host of an address: the domain of a mailto:, the hostname of a URL. */
function hostOf(address: string): string {
  if (address.startsWith('mailto:'))
    return address.slice('mailto:'.length).split('?')[0].split('@').pop() ?? '';
  try {
    return new URL(address).hostname;
  } catch {
    return '';
  }
}

export interface Placeholder {
  variable: string;
  value: string;
  /** the variable is not set: the value is its default */
  unset: boolean;
}

/** Every deployment address that is still a placeholder (or an address that is not one at all). */
export function placeholders(env: Record<string, string | undefined>): Placeholder[] {
  const settings: [string, (value: string | undefined) => string][] = [
    ['INSYN_SITE_URL', (v) => v?.trim() || DEFAULT_SITE_URL],
    ['INSYN_REPORT_URL', reportTarget],
    ['INSYN_SECURITY_CONTACT', securityContact],
  ];
  return settings.flatMap(([variable, resolve]) => {
    const value = resolve(env[variable]);
    const host = hostOf(value);
    return !host || RESERVED_HOST.test(host) ? [{ variable, value, unset: !env[variable]?.trim() }] : [];
  });
}

/** One line per placeholder, for the person building. */
export const placeholderLine = (p: Placeholder) =>
  `${p.variable}: ${p.unset ? `not set, and its default ${p.value}` : p.value} is a placeholder (set the real address; docs/deploy.md)`;
