/**
 * Arabic for ../sv/corrections.ts (Insyn's translation, same keys).
 * Corrections: the page (pages/[...lang]/rattelser.astro), its link in the footer, and "Rättad" on a corrected
 * fact (components/measure/MeasureTimeline.astro, district/RelatedDecisions.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/corrections.ts';

export const words: Wide<typeof sv> = {
  corrections: {
    title: 'التصحيحات',
    description:
      'كل تصحيحات المعلومات في Insyn، الأحدث أولًا: ما كان خاطئًا، وما هو الصحيح، وأين توجد المعلومة الصحيحة.',
    lead: 'عندما يعرض Insyn معلومة خاطئة نصحّحها علنًا. هنا كل تصحيح: أي صفحة وأي معلومة، وما كان خاطئًا، وما هو الصحيح، ومصدر المعلومة الصحيحة. تعرض المعلومة المصحّحة عبارة «تم التصحيح» مع رابط إلى هنا.',
    none: 'لا توجد تصحيحات حتى الآن.',
    page: 'الصفحة',
    wrong: 'ما كان خاطئًا',
    right: 'ما هو الصحيح',
    source: 'مصدر المعلومة الصحيحة',
    reporter: 'أبلغ عنه',
    corrected: (date: string) => `تم التصحيح في ${date}`,
    policy: 'كيف يصحّح Insyn',
  },
};
