/**
 * Arabic for ../sv/measure.ts (Insyn's translation, same keys).
 * Measures: the list (pages/[...lang]/atgarder/index.astro), a measure's page (atgarder/[slug].astro,
 * components/measure/YearEntry.astro, StepChanges.astro, ConfidenceNote.astro), the answer at its top
 * (src/lib/measure/answer.ts), a measure's name (src/lib/measure/measures.ts) and the redirect from a plan
 * year's number (pages/planer/[year]/[number].astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/measure.ts';
import { num, list, measuresCount } from './grammar.ts';

export const words: Wide<typeof sv> = {
  measure: {
    number: 'الرقم',
    wording: 'النص',
    area: 'مجال التطوير',
    districts: 'المناطق',
    responsible: 'الجهة المسؤولة',
    status: 'الحالة',
    wholeMunicipality: 'غير محدد (قد يخص البلدية كلها)',
    absent: 'غير موجود في الخطة',
    notes: 'ملاحظات في المحضر تذكر هذا الإجراء',
    history: 'الإجراء سنة بعد سنة',
    numbered: (number: string, year: number) => `الإجراء ${number} (${year})`,
    untitled: 'إجراء بلا عنوان معروف',
    /** "1 åtgärd", "3 åtgärder" */
    count: (n: number) => measuresCount(n),
    areaName: (number: number, name: string) => `${num(number)}. ${name}`,
    /** /atgarder/ */
    list: {
      description:
        'كل إجراءات خطط Linköping ضد الفصل الاجتماعي التي يذكرها مصدر، مع السنة والرقم ومجال التطوير.',
      lead: (measures: string) =>
        `هنا الإجراءات التي يذكرها مصدر: ${measures}. في الخطط من 50 إلى 60 إجراءً في السنة، لكن قوائم الخطط ليست لدى Insyn بعد. اقرأ `,
      leadLink: 'كيف تُجمع المعلومات',
      leadAfter: '.',
      caption: 'الإجراءات الموثّقة هنا',
      columns: {
        measure: 'الإجراء',
        years: 'سنة الخطة والرقم',
        area: 'مجال التطوير',
        confidence: 'درجة التأكد',
      },
    },
    /** /atgarder/<id>/ */
    page: {
      description: (title: string) =>
        `${title}: تاريخ الإجراء في خطط Linköping ضد الفصل الاجتماعي، سنة بعد سنة، مع المصادر.`,
      paraphraseTitle: 'العنوان ملخص من Insyn، وليس عنوان الخطة نفسها.',
      number: (number: string) => ` – رقم ${number}`,
      yearMore: (year: number) => `ماذا تقول خطة ${year}`,
      absentIn: (year: number) => `غير موجود في خطة ${year}`,
      unknownIn: (year: number) => `لا يبيّن أي مصدر إن كان الإجراء في خطة ${year}`,
      plansOf: 'خطط ',
      absentInRun: 'الإجراء غير موجود فيها',
      unknownInRun: 'لا يبيّن أي مصدر إن كان فيها',
      noNotes: 'لا توجد لدى Insyn ملاحظة في المحضر تذكر هذا الإجراء.',
      noStatusSource: 'لا يذكر أي مصدر حالة الإجراء في هذه السنة.',
      note: 'يجب أن تعرف',
      latestEvent: (kind: string | null, date: string, origin: string) =>
        `آخر حدث معروف (${kind ? `${kind}، ` : ''}${date})، بحسب ${origin}.`,
      // Arabic puts the party before "في" and the linked word after it: "Vänsterpartiet في ملاحظة في المحضر".
      partyNote: (party: string) => `${party} في `,
      noteWord: 'ملاحظة في المحضر',
    },
    answer: {
      name: 'ما يعرفه Insyn عن الإجراء',
      noStatus: 'لا تذكر أي متابعة لدى Insyn حالةً لهذا الإجراء.',
      readInTimeline: 'اقرأ المزيد في التسلسل الزمني',
      statusInYear: (label: string, year: number) => `«${label}» لعام ${year}`,
      status: (parts: string[]) => `تذكر متابعة البلدية الحالة ${list(parts)}.`,
    },
    /** /planer/<year>/<number>/: a measure's old address, by its number in a plan year */
    redirect: {
      title: (number: string, year: number) => `الإجراء ${number} في خطة ${year}`,
      text: 'لهذا الإجراء صفحة خاصة فيها تاريخه كاملًا:',
    },
  },
};
