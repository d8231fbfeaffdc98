/**
 * Arabic for ../sv/compare.ts (Insyn's translation, same keys).
 * Two plans compared (pages/[...lang]/planer/jamfor/[pair].astro, planer/_components/ComparedList.astro,
 * ComparisonSummary.astro) and the links to it from a plan's page; the sentences of the changes are in history.ts.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/compare.ts';
import { measuresCount } from './grammar.ts';

export const words: Wide<typeof sv> = {
  compare: {
    title: (from: number, to: number) => `خطة ${from} مقارنةً بخطة ${to}`,
    link: (from: number, to: number) => `قارن بين خطتي ${from} و${to}`,
    section: 'قارن بسنوات خطط أخرى',
    listed: (year: number) => `القائمة الكاملة لإجراءات خطة ${year} موجودة لدى Insyn.`,
    notListed: (year: number) => `قائمة إجراءات خطة ${year} ليست لدى Insyn.`,
    summary: 'الملخص',
    added: 'إجراءات جديدة',
    removed: 'إجراءات اختفت',
    renumbered: 'رقم جديد',
    changed: 'إجراءات تغيّرت',
    unchanged: 'بدون تغييرات معروفة',
    cannotAdded: (from: number) => `لا يمكن الحكم بدون قائمة خطة ${from}`,
    cannotRemoved: (to: number) => `لا يمكن الحكم بدون قائمة خطة ${to}`,
    partial: 'المقارنة غير كاملة. يعرض Insyn فقط ما تقوله المصادر عن السنتين كلتيهما.',
    laterOnly: (from: number, to: number) =>
      `موثّقة في ${to} وليست في ${from}: غير معروف إن كانت في خطة ${from}`,
    earlierOnly: (from: number, to: number) =>
      `موثّقة في ${from} وليست في ${to}: غير معروف إن كانت ما زالت في خطة ${to}`,
    nothing: 'لا شيء.',
    matching:
      'يتتبّع Insyn الإجراءات بين السنوات بمعرّف ثابت، وليس بالرقم، لذلك يُحسب الإجراء الذي له رقم جديد الإجراءَ نفسه.',
    measure: 'الإجراء',
    page: {
      description: (from: number, to: number) =>
        `ما الإجراءات التي أُضيفت، أو اختفت، أو حصلت على رقم جديد، أو تغيّرت بين خطة ${from} وخطة ${to}.`,
      heading: (label: string, n: number) => `${label} (${measuresCount(n)})`,
    },
  },
};
