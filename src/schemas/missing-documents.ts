import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';
import { planYear, slug } from './keys.ts';
import { sourceRef } from './source-ref.ts';

/**
 * What a missing document is, as /saknas/ groups them: a plan's list of measures (the plan
 * itself or its annex), a follow-up of a plan, a district situation report (Nulägesbild), or
 * the board item (kommunstyrelsens ärende) a plan was reported in.
 */
export const missingDocumentGroups = ['plan', 'follow-up', 'situation-report', 'board-item'] as const;
export type MissingDocumentGroup = (typeof missingDocumentGroups)[number];

/**
 * content/missing-documents.yaml: documents that Insyn knows of, or asks for, but does not have,
 * so they are not public here (page /saknas/, anchor #<id>). Each says what is known about it
 * (year, body, diary number where a source gives one) and where that is known from; a visitor
 * can ask the municipality for it with a ready request (src/lib/contact/document-request.ts).
 */
export const missingDocumentSchema = z
  .object({
    /** stable key, the anchor on /saknas/ (#<id>), e.g. "atgardsplan-2023" */
    id: slug,
    /** which kind of document it is (the page's groups) */
    group: z.enum(missingDocumentGroups, {
      error: `a missing document needs a group, one of: ${missingDocumentGroups.join(', ')}`,
    }),
    /** the plan year it belongs to, e.g. 2023 (its plan page links here); null when it belongs to none */
    plan: planYear.nullable(),
    /** the document as a source names it, else as one would ask for it, e.g. "Bilaga 2 – Åtgärdsplan mot segregation 2023" */
    title: z.string().min(1),
    /**
     * true when a source names this very document; false when no source does and Insyn asks for
     * it because the pattern of the other years says it should exist (`known` says why)
     */
    named: z.boolean(),
    /** who made or holds it, as a source names them, e.g. "Kommundirektören"; null when no source says */
    body: z.string().nullable(),
    /** the date the document carries, as precise as a source gives it; null when no source gives one */
    date: isoDate.nullable(),
    /** the diary number (diarienummer) where a source gives it, e.g. "KS 2020-754"; null otherwise */
    diaryNumber: z.string().nullable(),
    /** what is known about it, in Insyn's plain Swedish, never more than the source says */
    known: z.string().min(1),
    /** where what is known stands (required: a missing document Insyn cannot source is not listed) */
    source: sourceRef,
    /** further places that state what `known` says (a date, a number of measures), cited after it */
    also: z.array(sourceRef).default([]),
    /** what to ask the municipality for, in Swedish: the words that go into the request */
    request: z.string().min(1),
  })
  .strict();

export type MissingDocument = z.infer<typeof missingDocumentSchema>;
