/**
 * Arabic for ../sv/district.ts (Insyn's translation, same keys).
 * Districts: the list with the map (pages/[...lang]/omraden/index.astro), a district's page (omraden/[id].astro),
 * the answer at its top (components/district/DistrictAnswer.astro, src/lib/district/answer.ts), its measures
 * (district/MeasureStatusTable.astro), other decisions in the area (district/RelatedDecisions.astro) and the
 * police classification (district/ClassificationSeries.astro, YearStrip.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/district.ts';
import { num, measuresAfterPreposition } from './grammar.ts';

export const words: Wide<typeof sv> = {
  district: {
    unknownArea: 'مجال التطوير غير معروف',
    /** /omraden/ */
    list: {
      description:
        'Berga وRyd وSkäggetorp: ماذا تَعِد به الخطط ضد الفصل الاجتماعي، وما تقول المصادر إنه تم عمله في كل منطقة.',
      lead: 'تتوجه الخطط بشكل خاص إلى ثلاث مناطق في Linköping. اختر منطقتك على الخريطة أو في القائمة.',
    },
    /** /omraden/<id>/ */
    page: {
      description: (name: string) =>
        `${name} في Linköping: الإجراءات ضد الفصل الاجتماعي، وحقائق مع مصادرها، وملاحظات السياسيين في المحاضر.`,
      measures: (name: string) => `الإجراءات التي تذكر ${name}`,
      unspecified: 'إجراءات بلا منطقة محددة',
      unspecifiedText: (name: string) =>
        `لا يذكر أي مصدر المنطقة التي تخصها هذه الإجراءات. قد تخص البلدية كلها. لا تُحسب من إجراءات ${name}.`,
      subAreas: 'المناطق الفرعية',
      more: (name: string) => `المزيد عن ${name}`,
      notes: (name: string) => `ملاحظات المحاضر التي تذكر ${name}`,
      noNotes: 'لا توجد.',
      sameMatters: 'قرارات في القضايا نفسها',
      sameMattersText:
        'القرارات في البنود التي وردت فيها الملاحظات أعلاه. لا يربط أي مصدر هذه القرارات بمنطقة معينة.',
      done: (name: string) => `القرارات والأحداث في ${name}`,
      doneMaybe: (name: string) => `القرارات والأحداث التي قد تخص ${name}`,
      doneMore: 'المزيد عن هذا',
      background: (name: string) => `عن ${name}: الخريطة والخلفية`,
      figures: (n: number) => `سلاسل الأرقام: ${num(n)}`,
      facts: (n: number) => `معلومات: ${num(n)}`,
      nav: {
        done: 'القرارات والأحداث',
        changed: 'التغيرات',
        measures: 'الإجراءات',
        notes: 'ملاحظات الأحزاب',
        background: 'الخريطة والخلفية',
      },
    },
    answer: {
      heading: (name: string) => `هذا ما نعرفه عن العمل في ${name}`,
      noMeasures: (name: string) => `لا يذكر أي مصدر لدى Insyn إجراءً مخصصًا لـ ${name}.`,
      measuresBefore: 'يعرف Insyn ',
      latestEvent: 'آخر حدث معروف لـ ',
      according: (kind: string | null, origin: string, date: string) =>
        ` (${kind ? `${kind}، ` : ''}${date})، بحسب ${origin}. `,
      noStatus: 'لا تذكر أي متابعة لدى Insyn حالة أيٍّ منها.',
      someStatus: (k: number, n: number) => `تذكر متابعة البلدية حالة ${num(k)} من ${num(n)}.`,
      followUpBefore: 'بحسب ',
      followUpWord: 'متابعة',
      followUp: (year: number, counts: string, total: number | null) =>
        ` خطة ${year}: ${counts}${total === null ? '' : `، من أصل ${measuresAfterPreposition(total)} في الخطة`}. لا يذكر النص الذي لدى Insyn أيّ الإجراءات هي، ولا أيّ المناطق تخص. `,
      // A count before the status word: "15 منفَّذة" (the measures, a non-human plural, take the feminine).
      statusCount: {
        genomford: (n: number) => `${num(n)} منفَّذة`,
        pagar: (n: number) => `${num(n)} قيد التنفيذ`,
        'ej-genomford': (n: number) => `${num(n)} غير منفَّذة`,
      } as Record<string, (n: number) => string>,
      followUpLink: (year: number) => `متابعة ${year}`,
      notes: (name: string, parties: string) =>
        ` في محضر المجلس التنفيذي للبلدية تذكر ${name}، من ${parties}. `,
      notesLink: 'اقرأ الملاحظات',
      doneLink: 'كل القرارات والأحداث',
      words: 'كلمات مشروحة في قاموس الكلمات: ',
      whatIsNote: 'ما هي الملاحظة في المحضر؟',
      unlisted: (yearList: string, name: string) =>
        `القوائم الكاملة للخطط لسنوات ${yearList} ليست لدى Insyn. لذلك قد تخص ${name} إجراءات أكثر من المذكورة هنا، ولا نعرف كيف سار العمل في معظم الإجراءات. `,
      unspecified: (n: string) => `${n} بلا منطقة محددة، وقد تخص البلدية كلها: `,
      whyUncertain: (n: number) =>
        n === 1 ? 'لماذا هذا الإجراء غير مؤكد؟' : `لماذا هذه الإجراءات (${n}) غير مؤكدة؟`,
      unspecifiedLink: 'إجراءات بلا منطقة محددة',
    },
    /** a district's measures by development area (MeasureStatusTable.astro) */
    table: {
      years: 'سنوات الخطط بحسب المصادر',
      status: 'الحالة بحسب المتابعة',
      none: 'لا توجد معلومة',
      yearNumber: (year: number, number: string | null) =>
        number ? `${year} (رقم ${number})` : String(year),
    },
  },
  decisions: {
    heading: 'قرارات أخرى في المنطقة',
    notInPlan: 'غير معروف أنه جزء من خطة العمل.',
    date: 'التاريخ',
    diary: 'رقم القيد',
    diaryUnknown: 'لا يذكره المصدر',
    wholeMunicipality: 'لا يذكر المصدر منطقة بعينها.',
    sameSubject: 'الموضوع نفسه كالإجراء',
    none: 'لا يعرف Insyn أي قرارات أخرى عن المنطقة.',
  },
  series: {
    heading: 'تصنيف الشرطة سنة بعد سنة',
    year: 'السنة',
    value: 'المعلومة',
    note: 'يجب أن تعرف',
    source: 'المصدر',
    gap: 'لا توجد معلومة',
    details: 'كل سنة مع مصدرها',
    stripLabel: (label: string) => `${label}، سنة بعد سنة`,
    gapNote:
      'السنة التي بلا معلومة تعني أنه لا يوجد مصدر لدى Insyn يذكر شيئًا عن تلك السنة، وليس أن المنطقة لم تكن على القائمة.',
  },
};
