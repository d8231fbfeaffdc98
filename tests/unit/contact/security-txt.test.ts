import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_SECURITY_CONTACT,
  securityContact,
  securityTxt,
} from '../../../src/lib/contact/security-txt.ts';

test('security.txt has Contact, an Expires less than a year ahead, and its Canonical address', () => {
  const now = new Date('2026-12-01T23:00:00Z');
  const text = securityTxt({ site: new URL('https://insyn.example.se'), contact: 'mailto:a@b.se', now });
  const fields = new Map(
    text
      .trim()
      .split('\n')
      .map((l) => l.split(/: (.*)/s).slice(0, 2) as [string, string]),
  );
  assert.equal(fields.get('Contact'), 'mailto:a@b.se');
  assert.equal(fields.get('Canonical'), 'https://insyn.example.se/.well-known/security.txt');
  const expires = new Date(fields.get('Expires')!);
  assert.match(fields.get('Expires')!, /^\d{4}-\d\d-\d\dT00:00:00Z$/);
  assert.ok(expires > now && expires.getTime() - now.getTime() < 365 * 86_400_000);
});

test('the contact comes from INSYN_SECURITY_CONTACT, must be mailto: or https://, else the placeholder', () => {
  assert.equal(securityContact(undefined), DEFAULT_SECURITY_CONTACT);
  assert.equal(securityContact(' https://example.se/sakerhet '), 'https://example.se/sakerhet');
  assert.throws(() => securityContact('sakerhet@example.se'), /INSYN_SECURITY_CONTACT/);
});
