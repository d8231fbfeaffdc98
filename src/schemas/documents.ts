import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';
import { httpNeedsReason, httpOnlyReason, httpsUrl, webUrl } from './web-url.ts';
import { slug } from './keys.ts';
import { opinionForms, sourceKind } from './source-kinds.ts';

export const documentKinds = [
  'decision',
  'minutes',
  'press-release',
  'grant-application',
  'follow-up',
  'plan',
] as const;

/** content/documents/<id>.md: a source document, its text in the body. */
export const documentSchema = z
  .object({
    /** the document's own title */
    title: z.string(),
    /** a short label for citations, e.g. "KS 2023-02-14 § 31" */
    short: z.string(),
    /** what kind of document it is */
    kind: z.enum(documentKinds),
    /** the date the document carries; null when it carries none (then dateNote says what is known) */
    date: isoDate.nullable(),
    /** what is known about the date when the document does not carry one */
    dateNote: z.string().optional(),
    /** who issued it, e.g. "Kommundirektören, Kommunledningsförvaltningen" */
    issuer: z.string(),
    /**
     * to whom the document is addressed, as the document itself names it (the grant application's
     * title: "ansökan till Tillväxtverket"); left out when it names nobody
     */
    recipient: z.string().optional(),
    /** diary number (diarienummer), null when the document shows none */
    diaryNumber: z.string().nullable(),
    /** where the original is published, null when not known */
    url: httpsUrl.nullable(),
    /** the file in shared/seeds/ this text was copied from */
    origin: z.string(),
    /** what the transcription changed (page furniture removed, page breaks marked) */
    transcription: z.string(),
    /** true when the document says it is a draft (UTKAST) */
    draft: z.boolean().default(false),
    /** one sentence in plain Swedish: what the document is (written by Insyn) */
    summary: z.string(),
  })
  .strict();

/** content/references.yaml: other public sources, cited by URL only. */
export const referenceSchema = z
  .object({
    /** stable key, e.g. "lkpg-2021-03-omradesteam" */
    id: z.string(),
    /** who published it */
    publisher: z.string(),
    /** its title */
    title: z.string(),
    /** its date, as precise as known; null when the page shows none */
    date: isoDate.nullable(),
    /** where it is; null when Insyn has only the publisher, title and date (then the note says so) */
    url: webUrl.nullable(),
    /** only for an http: url: why the source has no https: address */
    httpOnly: httpOnlyReason.optional(),
    /** what the source is (src/schemas/source-kinds.ts), read from the source itself; decides what a fact resting on it may be called */
    kind: sourceKind,
    /** kind party: the party whose text it is (id in parties.yaml), so "Socialdemokraternas webbplats" is derived */
    party: slug.optional(),
    /** kind opinion (and majority, when the source names them): who wrote it, as the source names them, e.g. "tre fältarbetare" */
    author: z.string().min(1).optional(),
    /** kind opinion: a reader letter or a debate article */
    form: z.enum(opinionForms).optional(),
    /** the day a person last checked the source against what Insyn says; leave out until someone has (never the build date) */
    checkedOn: isoDate.optional(),
    /** what to know about it (language, machine translation, only an excerpt read) */
    note: z.string().optional(),
  })
  .strict()
  .superRefine(httpNeedsReason)
  .superRefine((r, ctx) => {
    if (r.kind === 'opinion' && (!r.author || !r.form))
      ctx.addIssue({
        code: 'custom',
        path: [r.author ? 'form' : 'author'],
        message:
          'an opinion text needs its author and its form (letter or debate), e.g. author: tre fältarbetare, form: letter',
      });
    if (r.kind === 'party' && !r.party)
      ctx.addIssue({
        code: 'custom',
        path: ['party'],
        message: "a party's text needs the party's id (parties.yaml), e.g. party: s",
      });
    if (r.form && r.kind !== 'opinion')
      ctx.addIssue({ code: 'custom', path: ['form'], message: 'only an opinion text has a form' });
  });
