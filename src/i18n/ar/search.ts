/**
 * Arabic for ../sv/search.ts (Insyn's translation, same keys).
 * Search: the search box in the header (components/layout/Header.astro), the search page
 * (pages/[...lang]/sok.astro, components/search/SearchApp.astro; its script gets these words as data
 * from src/lib/search/messages.ts), the 404 page's search, and the names of results and filters in
 * the index (src/lib/search/records.ts, facets.ts).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/search.ts';
import { num, hits } from './grammar.ts';

export const words: Wide<typeof sv> = {
  search: {
    label: 'بحث',
    site: 'البحث في الموقع',
    placeholder: 'ابحث عن إجراء أو قرار أو ملاحظة …',
    button: 'بحث',
    types: {
      atgard: 'إجراء',
      anteckning: 'ملاحظة في المحضر',
      beslut: 'قرار',
      handelse: 'حدث',
      protokoll: 'محضر',
      dokument: 'وثيقة',
      plan: 'خطة',
      omrade: 'منطقة',
      lattlast: 'نص سهل القراءة',
      sida: 'صفحة',
      oversikt: 'نظرة عامة',
    },
    filters: {
      typ: 'النوع',
      ar: 'السنة',
      utvecklingsomrade: 'مجال التطوير',
      omrade: 'المنطقة',
      status: 'الحالة',
      parti: 'الحزب (ملاحظات المحضر)',
    },
    titles: {
      measure: (number: string | null, title: string | null, year: number) =>
        `${number ? `الإجراء ${number}` : ''}${number && title ? ': ' : ''}${title ?? ''} (خطة ${year})`,
      note: (partyAbbr: string, meeting: string) => `ملاحظة ${partyAbbr} في المحضر، ${meeting}`,
      decision: (n: number, meeting: string) => `القرار ${num(n)}، ${meeting}`,
      relatedDecision: (title: string, body: string, date: string) => `${title} (${body}، ${date})`,
    },
    // Citations keep the minutes' own short name, as the document is cited ("KS 2023-02-14 § 31").
    bodyShort: { Kommunstyrelsen: 'KS' },
    without: {
      typ: 'بدون نوع',
      ar: 'بدون سنة محددة',
      utvecklingsomrade: 'بدون مجال تطوير',
      omrade: 'بدون منطقة',
      status: 'بدون حالة (ليست إجراءات)',
      parti: 'بدون حزب (ليست ملاحظات)',
    },
    manyDistricts: 'قد يخص الإجراء أو الملاحظة عدة مناطق، لذلك قد يكون مجموع الأعداد أكبر من عدد النتائج.',
    dateLegend: 'التاريخ (الملاحظات، القرارات، الأحداث، المحاضر، الوثائق)',
    dateFrom: 'من سنة',
    dateTo: 'إلى سنة',
    dateAny: 'كل السنوات',
    planYear: (y: string) => `خطة ${y}`,
    caveat: 'معلومة غير مؤكدة',
    noResults: {
      searched: (q: string, filters: string) =>
        filters ? `بحثت عن «${q}» مع حدود البحث ${filters}.` : `بحثت عن «${q}».`,
      searchedFilters: (filters: string) => `بحثت مع حدود البحث ${filters}.`,
      suggest: 'هل تقصد:',
      withoutFilters: (n: number) => `بدون حدود البحث توجد ${hits(n)}.`,
      clear: 'ابحث بدون حدود',
      browse: 'أو تصفّح المحتوى:',
    },
    refine: 'تضييق البحث',
    clear: 'إزالة كل حدود البحث',
    loading: 'جارٍ تحميل البحث …',
    prompt: 'اكتب كلمة بحث، مثل «الروضة» أو «Skäggetorp».',
    results: (n: number, q: string) => (n === 0 ? `لا توجد نتائج لـ «${q}».` : `${hits(n)} لـ «${q}».`),
    filteredResults: (n: number) =>
      n === 0 ? 'لا توجد نتائج مع حدود البحث هذه.' : `${hits(n)} مع حدود البحث.`,
    searchedAs: (q: string) => `تم البحث عن «${q}» لتشمل النتائج صيغًا أكثر للكلمة.`,
    correctedAs: (q: string) => `تم البحث عن «${q}» بعد تصحيح كتابة الاسم.`,
    partial: (n: number, q: string) =>
      `لا توجد نتيجة فيها كل كلمات «${q}». ${hits(n)} فيها بعض هذه الكلمات، الأكثر كلمات أولًا.`,
    missing: (words: string) => `ينقصها: ${words}`,
    alsoPartial: (n: number) => `${hits(n)} أخرى فيها بعض الكلمات.`,
    alsoFoundBy: 'كلمات بحث تجد هذا أيضًا',
    more: 'عرض مزيد من النتائج',
    inPage: 'نتائج في الصفحة',
    failed: 'تعذّر تحميل البحث. يمكنك تصفّح المحتوى بدلًا من ذلك:',
    noScript: 'نتائج البحث تحتاج إلى JavaScript، وهو متوقف في متصفحك. يمكنك تصفّح المحتوى بدلًا من ذلك:',
    description: 'ابحث في الإجراءات والخطط والمحاضر والملاحظات والوثائق.',
    scope: 'أنت تبحث في الصفحات العربية.',
    inSwedish: 'ابحث عن الكلمات نفسها في الصفحات السويدية',
    or: 'أو',
    dateLabel: 'التاريخ',
  },
};
