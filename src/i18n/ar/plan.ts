/**
 * Arabic for ../sv/plan.ts (Insyn's translation, same keys).
 * Plans: the list (pages/[...lang]/planer/index.astro), a plan's page (planer/[year].astro), what Insyn has of it
 * (components/plan/Completeness.astro), its follow-up (plan/FollowUpLead.astro, FollowUpSummary.astro) and how
 * to ask for it (plan/RequestPlan.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/plan.ts';
import { measuresAfterPreposition, num, plural } from './grammar.ts';

export const words: Wide<typeof sv> = {
  plan: {
    name: (year: number) => `خطة ${year}`,
    decidedOn: 'تاريخ الاعتماد',
    decidedBy: 'الجهة التي اعتمدتها',
    measureCount: 'عدد الإجراءات في الخطة',
    // Said as what Insyn knows, so the share is never read as progress.
    documented: (documented: number, stated: number | null) =>
      stated === null
        ? `يعرف Insyn ${num(documented)} من إجراءات الخطة. لا يذكر أي مصدر عدد إجراءات الخطة.`
        : `يعرف Insyn ${num(documented)} من إجراءات الخطة، وعددها ${num(stated)}.`,
    uncertainBefore: (n: number) => plural(n, { one: 'واحد منها ', other: `${num(n)} منها ` }),
    uncertainWord: (n: number) => plural(n, { one: 'معلومة غير مؤكدة', other: 'معلومات غير مؤكدة' }),
    notProgress: 'هذا لا يقول شيئًا عن عدد الإجراءات المنفَّذة، بل فقط عن عدد الإجراءات الموصوفة هنا.',
    followUp: 'المتابعة',
    noFollowUp: 'ليس لدى Insyn متابعة لهذه الخطة.',
    noCounts: 'المتابعة موجودة، لكن لا يذكر أي مصدر عدد الإجراءات التي نُفِّذت.',
    /** /planer/ */
    list: {
      description:
        'خطط عمل Linköping ضد الفصل الاجتماعي 2021–2025: متى أُقرّت، وكم إجراءً فيها، وكم منها موثّق هنا.',
      heading: 'خطط العمل ضد الفصل الاجتماعي',
      lead: 'تقرّ البلدية خطة جديدة كل سنة. هنا الخطط وما تقوله المصادر عنها.',
      caption: 'الخطط سنة بعد سنة',
      columns: {
        plan: 'الخطة',
        decided: 'تاريخ الاعتماد',
        stated: 'الإجراءات في الخطة',
        documented: 'الموثّقة هنا',
      },
    },
    /** /planer/<year>/ */
    page: {
      description: (name: string) => `${name}: القرار، وعدد الإجراءات، والمتابعة، والإجراءات الموثّقة هنا.`,
      about: 'عن الخطة',
      documented: 'الإجراءات الموثّقة هنا',
      noneDocumented: 'لا يذكر أي مصدر لدى Insyn أي إجراء بعينه في هذه الخطة.',
      documents: 'القرارات والوثائق',
    },
    /** the follow-up in one sentence at the top of a plan page */
    followUpLead: {
      before: 'بحسب ',
      word: 'متابعة',
      counts: (year: number, words: string, total: number | null) =>
        ` خطة ${year}: ${words}${total === null ? '' : `، من أصل ${measuresAfterPreposition(total)} في الخطة`}.`,
      more: 'المزيد عن المتابعة',
      none: 'ليس لدى Insyn أرقام من متابعة لهذه الخطة.',
    },
    followUpTable: {
      caption: 'حالة إجراءات الخطة بحسب المتابعة',
      status: 'الحالة',
      count: 'عدد الإجراءات',
      total: 'المجموع',
    },
  },
};
