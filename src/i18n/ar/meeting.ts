/**
 * Arabic for ../sv/meeting.ts (Insyn's translation, same keys).
 * Minutes: the list (pages/[...lang]/protokoll/index.astro), a paragraph's page (protokoll/[id].astro) and a
 * party's note in it (components/meeting/NoteCard.astro); a paragraph and counted notes wherever they are named.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/meeting.ts';
import { num, notesCount } from './grammar.ts';

export const words: Wide<typeof sv> = {
  meeting: {
    decisions: 'القرارات',
    information: 'معلومات في هذا البند',
    notes: 'ملاحظات في المحضر',
    summary: 'ملخص Insyn',
    namesMeasures: 'تذكر إجراءات',
    topics: 'المواضيع',
    readFull: 'اقرأ الملاحظة كاملة في المحضر',
    open: 'ماذا تقول الملاحظة',
    diary: 'رقم القيد',
    paragraph: (n: number) => `§ ${num(n)}`,
    /** "1 protokollsanteckning", "3 protokollsanteckningar"; `shown` is the number already formatted */
    noteCount: notesCount,
    /** /protokoll/ */
    list: {
      description:
        'بنود من محاضر البلدية عن خطط العمل ضد الفصل الاجتماعي، مع القرارات وملاحظات الأحزاب في المحاضر.',
      lead: 'بنود من المحاضر التي نوقشت فيها الخطط ضد الفصل الاجتماعي، مع القرارات وملاحظات المحضر.',
    },
    /** /protokoll/<id>/ */
    page: {
      description: (title: string) => `${title}. القرارات وملاحظات المحضر.`,
      concerns: 'يخص',
      plan: (year: number) => `خطة ${year}`,
      informationLead: 'ملخص Insyn، مع الإحالة إلى الفقرة في المحضر.',
    },
  },
};
