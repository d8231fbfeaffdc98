/**
 * Arabic for ../sv/timeline.ts (Insyn's translation, same keys).
 * A measure's timeline and its events (components/measure/MeasureTimeline.astro, src/lib/measure/timeline.ts);
 * who decided an event and how sure an inferred tie is are also said in the search index and the feeds. What
 * an event may be called (its label) is derived from its source: evidence.ts.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/timeline.ts';

export const words: Wide<typeof sv> = {
  events: {
    decidedBy: (body: string, diaryNumber?: string) =>
      `قرار من ${body}${diaryNumber ? ` (رقم القيد ${diaryNumber})` : ''}.`,
    inferred: {
      medium: 'على الأرجح جزء من الإجراء، لكن ليس بشكل مؤكد.',
      low: 'قد يكون جزءًا من الإجراء، لكن هذا غير أكيد.',
    },
    inferredWhy: 'المصدر لا يذكر الإجراء. الربط استنتاج من Insyn:',
    inferredWhyOpen: 'لماذا؟',
  },
  timeline: {
    heading: 'التسلسل الزمني',
    intro: {
      before: 'كل ما يعرفه Insyn عن الإجراء، الأقدم أولاً: الخطط، والمتابعات، و',
      term: 'ملاحظات المحضر',
      after: '، وأحداث أخرى.',
    },
    legend: 'كيف تقرأ التسلسل الزمني',
    plan: 'خطة',
    followUp: 'متابعة',
    note: 'ملاحظة في المحضر',
    dateUnknown: 'التاريخ غير معروف',
    planDateUnknown: 'لا يذكر أي مصدر لدى Insyn متى اعتُمدت الخطة.',
    planDetails: (year: number) => `تفاصيل ${year}`,
    followUpStatus: (year: number, status: string) => `تعطي متابعة خطة ${year} الإجراءَ الحالة «${status}».`,
    followUpNoStatus: (year: number) =>
      `متابعة خطة ${year} موجودة، لكن لا يذكر أي مصدر لدى Insyn حالة الإجراء فيها.`,
    noteBy: (party: string, body: string) => `قدّم ${party} ملاحظة في محضر ${body} تذكر هذا الإجراء.`,
    readNote: 'اقرأ الملاحظة',
  },
};
