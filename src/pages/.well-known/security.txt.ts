/** /.well-known/security.txt (RFC 9116); contact from INSYN_SECURITY_CONTACT, see src/lib/contact/security-txt.ts. */
import type { APIRoute } from 'astro';
import { securityContact, securityTxt } from '../../lib/contact/security-txt.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(securityTxt({ site: site!, contact: securityContact(), now: new Date() }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
