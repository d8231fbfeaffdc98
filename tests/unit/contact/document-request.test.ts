import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requestHref, requestMail } from '../../../src/lib/contact/document-request.ts';
import { sv } from '../../../src/i18n/sv/index.ts';
import { en } from '../../../src/i18n/en/index.ts';
import { ar } from '../../../src/i18n/ar/index.ts';

const doc = {
  title: 'Bilaga 2 – Åtgärdsplan mot segregation 2023',
  request:
    'Bilaga 2 – Åtgärdsplan mot segregation 2023, till kommunstyrelsens protokoll 2023-02-14 § 31 (Dnr KS 2020-754).',
};

test('the request names the document, the law and that a digital copy is wanted', () => {
  const mail = requestMail(doc, sv.missing.mail);
  assert.ok(mail.subject.includes(doc.title), mail.subject);
  assert.ok(mail.body.includes(doc.request), 'the document asked for');
  assert.match(mail.body, /tryckfrihetsförordningen 2 kap\./);
  assert.match(mail.body, /digital kopia/);
  // The right to stay anonymous is the law's, with its section.
  assert.match(mail.body, /2 kap\. 18 §/);
});

test('the English and Arabic words translate the same letter (shown beside the Swedish one, never sent)', () => {
  for (const t of [en, ar]) {
    const mail = requestMail(doc, t.missing.mail);
    assert.ok(mail.body.includes(doc.request));
    assert.notEqual(mail.body, requestMail(doc, sv.missing.mail).body);
  }
});

test('the mailto: link decodes back to exactly the letter, line breaks as CRLF, spaces never as +', () => {
  const mail = requestMail(doc, sv.missing.mail);
  const href = requestHref(mail, null);
  assert.match(href, /^mailto:\?subject=/, 'no source gives the address: the recipient is left empty');
  assert.ok(!href.includes('+'));
  const url = new URL(href);
  const params = new Map(
    url.search
      .slice(1)
      .split('&')
      .map((kv) => kv.split('=') as [string, string]),
  );
  assert.equal(decodeURIComponent(params.get('subject')!), mail.subject);
  assert.equal(decodeURIComponent(params.get('body')!), mail.body.replace(/\n/g, '\r\n'));
  assert.match(requestHref(mail, 'registrator@example.se'), /^mailto:registrator@example\.se\?subject=/);
});
