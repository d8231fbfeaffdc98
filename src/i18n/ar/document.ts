/**
 * Arabic for ../sv/document.ts (Insyn's translation, same keys).
 * Source documents: the list (pages/[...lang]/dokument/index.astro), a document's page with its full text
 * (dokument/[id].astro, components/document/DocumentText.astro), and the kinds of document wherever a source
 * is named (src/lib/sources/origin.ts, the search index, the easy-read source links).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/document.ts';
import { num } from './grammar.ts';

export const words: Wide<typeof sv> = {
  document: {
    /** a kind of document as a label (a document's page, the easy-read source links) */
    kind: {
      decision: 'قرار',
      minutes: 'محضر',
      'press-release': 'بيان صحفي',
      'grant-application': 'طلب',
      'follow-up': 'متابعة',
      plan: 'خطة',
    },
    /** a kind of document inside a sentence ("citat ur pressmeddelande från …", origin.document) */
    kindInSentence: {
      decision: 'قرار',
      minutes: 'محضر',
      'press-release': 'بيان صحفي',
      'grant-application': 'طلب',
      'follow-up': 'متابعة',
      plan: 'خطة',
    },
    date: 'التاريخ',
    noDate: 'الوثيقة لا تحمل تاريخًا',
    issuer: 'الجهة المصدِرة',
    recipient: 'أُرسلت إلى',
    original: 'الأصل',
    draft: 'مسودة',
    transcription: 'عن النص',
    fullText: 'النص الكامل',
    page: (n: number) => `الصفحة ${num(n)}`,
    kindHeading: 'النوع',
    draftNote: 'الوثيقة عليها علامة «مسودة» (UTKAST).',
    noOriginal: 'عنوان الأصل غير معروف',
    numbered: 'رقّم Insyn الصفحات والفقرات.',
    /** /dokument/ */
    list: {
      description: 'الوثائق المصدر التي يعتمد عليها Insyn: قرارات ومحاضر وبيانات صحفية وطلب، بنصها الكامل.',
      lead: 'وثائق عامة يعتمد عليها Insyn. تُعرض كل وثيقة بنصها الكامل، حتى تشير كل إحالة إلى مصدر إلى الفقرة الصحيحة.',
    },
  },
};
