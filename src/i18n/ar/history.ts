/**
 * Arabic for ../sv/history.ts (Insyn's translation, same keys).
 * How a measure changed between plan years: the steps on a measure's page (components/measure/StepChanges.astro,
 * WordDiff.astro) and two plans compared (pages/[...lang]/planer/jamfor/[pair].astro, measure/ChangeList.astro),
 * whose sentences src/lib/plan/compare.ts builds.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/history.ts';

export const words: Wide<typeof sv> = {
  history: {
    changes: 'ما الذي تغيّر',
    step: (from: number, to: number) => `من ${from} إلى ${to}`,
    gap: 'ما بين ذلك',
    onlyOneYear: 'الإجراء موثّق في سنة خطة واحدة فقط، لذلك لا يوجد ما يُقارن به بعد.',
    noKnownChanges: 'لا توجد تغييرات معروفة.',
    unknownFields: 'غير معروف إن كان هذا قد تغيّر، لأنه لا يوجد مصدر يذكره للسنتين كلتيهما',
    fields: {
      number: 'الرقم',
      wording: 'النص',
      area: 'مجال التطوير',
      districts: 'المناطق',
      responsible: 'المسؤولية',
      status: 'الحالة',
    },
    removed: 'محذوف',
    added: 'مضاف',
    diffLegend: 'الكلمات التي حُذفت عليها خط في وسطها، والكلمات التي أُضيفت تحتها خط.',
    changed: {
      number: (from: string, to: string) => `تغيّر الرقم من ${from} إلى ${to}`,
      wording: 'تغيّر النص',
      area: (from: string, to: string) => `تغيّر مجال التطوير من ${from} إلى ${to}`,
      districts: (from: string, to: string) => `تغيّرت المناطق من ${from} إلى ${to}`,
      responsibleChanged: (from: string, to: string) => `تغيّرت المسؤولية من ${from} إلى ${to}`,
      responsibleMoved: (from: string, to: string) => `انتقلت المسؤولية من ${from} إلى ${to}`,
      status: (from: string, to: string) => `تغيّرت الحالة من ${from} إلى ${to}`,
    },
  },
};
