/**
 * Arabic for ../sv/sources.ts (Insyn's translation, same keys).
 * Sources beside every fact: the source link (components/source/Cite.astro, charts/RowSources.astro,
 * src/lib/sources/citation.ts), whose words a text is (src/lib/sources/origin.ts, measure/YearEntry.astro,
 * ConfidenceNote.astro), the "Citera" boxes and reference texts (measure/CiteMeasure.astro, CopyText.astro,
 * meeting/CiteItem.astro, NoteCard.astro, src/lib/sources/item-citation.ts, measure-citation.ts), the report
 * link (source/ContactLink.astro, src/lib/sources/report-link.ts) and the references page
 * (pages/[...lang]/kallor.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/sources.ts';
import { num, plural } from './grammar.ts';

/** A number range kept left to right inside Arabic text (a left-to-right isolate). */
const ltr = (text: string) => `\u2066${text}\u2069`;

export const words: Wide<typeof sv> = {
  source: {
    label: 'المصدر',
    secondary: 'مصدر ثانوي',
    block: 'فقرة',
  },
  notes: {
    summary: (n: number) => `المصادر (${num(n)})`,
    marker: (n: number) => `المصدر ${n}`,
    label: (section: string) => `مصادر ${section}`,
  },
  origin: {
    note: (party: string) => `ملاحظة ${party} في المحضر`,
    document: (kind: string, issuer: string) => `${kind} من ${issuer}`,
    quote: (origin: string) => `اقتباس من ${origin}`,
    paraphrase: (origin: string) => `ملخص Insyn عن ${origin}`,
    fromBefore: 'المعلومات عن الإجراء مأخوذة من ',
  },
  citation: {
    /** the "Citera" boxes and their copy buttons (CiteMeasure.astro, CiteItem.astro, CopyText.astro) */
    heading: 'الاستشهاد',
    open: 'العنوان والمرجع للنسخ',
    url: 'العنوان الدائم',
    reference: 'المرجع',
    permanence: 'لا يتغيّر العنوان عندما تعيد الخطط ترقيم الإجراءات.',
    permalink: 'رابط إلى هنا',
    copy: (what: string) => `نسخ ${what}`,
    copyQuote: 'نسخ الاقتباس',
    quoteCopy: (words: string, where: string, url: string) => `”${words}” (${where}) ${url}`,
    copied: 'تم النسخ.',
    copyFailed: 'تعذّر النسخ. حدّد النص وانسخه بنفسك.',
    retrieved: 'تاريخ الاطلاع',
    /** what a copy button copies (copy(what): "Kopiera referensen") */
    what: {
      url: 'العنوان',
      reference: 'المرجع',
      note: 'الملاحظة',
      decision: (n: number) => `القرار ${num(n)}`,
    },
    // the reference texts (src/lib/sources/citation.ts, item-citation.ts, measure-citation.ts)
    at: (page: number, block: string) => `، صفحة ${num(page)}، فقرة ${block}`,
    // A range stays left to right inside the Arabic (an isolate): without it "27–37" reads "37–27".
    atRange: (firstPage: number, lastPage: number, first: string, last: string) =>
      `، ${firstPage === lastPage ? `صفحة ${num(firstPage)}` : `الصفحات ${ltr(`${num(firstPage)}–${num(lastPage)}`)}`}، الفقرات ${ltr(`${first}–${last}`)}`,
    note: (who: string, heading: string, where: string, url: string) =>
      `${who}، ملاحظة في المحضر، ${heading} (${where}). Insyn: ${url}`,
    decision: (heading: string, n: number, text: string, where: string, url: string) =>
      `${heading}، القرار ${num(n)}: «${text}» (${where}). Insyn: ${url}`,
    original: (url: string) => `؛ الأصل: ${url}`,
    measure: {
      text: (title: string, years: number, ranges: string) =>
        `Insyn، «${title}»، إجراء في ${plural(years, { one: 'خطة عمل', other: 'خطط عمل' })} بلدية Linköping ضد الفصل الاجتماعي ${ranges}.`,
      retrieved: (date: string) => `(تاريخ الاطلاع ${date}).`,
    },
  },
  report: {
    link: 'الإبلاغ عن خطأ',
    context: (label: string) => ` في المعلومة التي مصدرها ${label}`,
    subject: 'خطأ في Insyn',
    body: (page: string) => `الصفحة: ${page}\n\nما الخطأ؟ وأين المعلومة الصحيحة؟\n`,
  },
  /** /kallor/ */
  references: {
    description:
      'مصادر عامة أخرى يحيل إليها Insyn: صفحات البلدية على الإنترنت، والبيانات الصحفية، والأحزاب، والأخبار.',
    leadBefore: 'إلى جانب ',
    leadLink: 'الوثائق',
    leadAfter: '، يحيل Insyn إلى هذه الصفحات. لا يعرض Insyn نصها، بل فقط ما تقوله، مع رابط.',
    noUrl: 'ليس لدى Insyn عنوان المصدر على الإنترنت.',
  },
};
