import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_REPORT_TARGET, reportHref, reportTarget } from '../../../src/lib/sources/report-link.ts';
import { sv } from '../../../src/i18n/sv/index.ts';

const page = 'https://insyn.example.se/atgarder/kulturskolan-for-fler/';
const fact = 'Källa: KS 2023-02-14 § 31, s. 4, st. 34';

test('by default a report is an e-mail to the placeholder address, with the page and the fact filled in', () => {
  const href = reportHref(reportTarget(''), page, fact, sv.report);
  assert.ok(href.startsWith(`${DEFAULT_REPORT_TARGET}?subject=`));
  const params = new URLSearchParams(href.split('?')[1]);
  assert.equal(params.get('subject'), `${sv.report.subject}: ${fact}`);
  const body = params.get('body')!;
  assert.ok(body.includes(`Sida: ${page}\r\n`));
  assert.ok(!body.includes(fact), 'the fact is in the subject, not repeated in the body');
  assert.ok(href.length < 400, `a report link stays short (${href.length} characters)`);
  assert.ok(!href.includes('+'), 'spaces are %20 in a mailto, never +');
});

test('INSYN_REPORT_URL can name another address or a web form, which gets sida and uppgift as parameters', () => {
  assert.ok(
    reportHref(reportTarget('mailto:fel@example.se'), page, fact, sv.report).startsWith(
      'mailto:fel@example.se?subject=',
    ),
  );
  const form = new URL(reportHref(reportTarget('https://example.se/rapport?typ=fel'), page, fact, sv.report));
  assert.equal(form.searchParams.get('typ'), 'fel');
  assert.equal(form.searchParams.get('sida'), page);
  assert.equal(form.searchParams.get('uppgift'), fact);
});

test('a report target that is neither mailto nor http(s) stops the build', () => {
  assert.throws(() => reportTarget('javascript:alert(1)'), /INSYN_REPORT_URL/);
});
