/**
 * Arabic for ../sv/charts.ts (Insyn's translation, same keys).
 * Charts and their tables (components/charts/YearStatusChart.astro, GroupStatusChart.astro, DistrictChart.astro,
 * GrantChart.astro, RowSources.astro) on the statistics page (pages/[...lang]/statistik.astro) and the home page.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/charts.ts';
import { num, list, measuresAfterPreposition, years } from './grammar.ts';

export const words: Wide<typeof sv> = {
  charts: {
    countedFrom: 'محسوب من',
    noData: 'لا توجد معلومة',
    year: 'سنة الخطة',
    basis: 'الأساس',
    total: 'المجموع',
    stated: 'أرقام المتابعة',
    computed: 'محسوب من حالة الإجراءات',
    none: 'لا يذكر أي مصدر الحالة',
    perMeasure: (year: number) => `${year} (حسب كل إجراء)`,
    yearCaption: 'حالة إجراءات الخطط حسب سنة الخطة',
    yearTitle: 'إلى أين وصلت الخطط؟',
    conflictTitle: 'المصادر تتعارض',
    conflictStatus: (year: number, status: string, stated: number, computed: number) =>
      `${year}: عدد الإجراءات بالحالة «${status}» في المتابعة ${num(stated)}، لكن عددها بحسب مصادر كل إجراء على حدة ${num(computed)}.`,
    conflictSum: (year: number, sum: number, total: number) =>
      `${year}: مجموع أرقام المتابعة ${num(sum)}، لكن عدد إجراءات الخطة ${num(total)}.`,
    yearSummary: (
      stated: { year: number; parts: string[]; total: number | null }[],
      unknownYears: number[],
    ) => {
      const known = stated.map(
        (s) =>
          `${s.year}: ${list(s.parts)}${s.total === null ? '' : ` من أصل ${measuresAfterPreposition(s.total)}`}`,
      );
      const unknown = unknownYears.length
        ? `بالنسبة إلى ${list(unknownYears.map(String))} لا يذكر أي مصدر لدى Insyn كيف سار العمل`
        : '';
      return known.length
        ? `الحالة بحسب المتابعات – ${known.join('؛ ')}${unknown ? `؛ ${unknown}` : ''}.`
        : `${unknown}.`;
    },
    moreStatistics:
      'مزيد من الإحصاءات: الحالة حسب مجال التطوير والجهة المسؤولة، والإجراءات حسب المنطقة، والمنحة الحكومية',
    area: 'مجال التطوير',
    areaUnknown: 'مجال التطوير غير معروف',
    areaCaption: 'الحالة حسب مجال التطوير للإجراءات الموجودة هنا',
    organisation: 'الجهة المسؤولة',
    organisationUnknown: 'الجهة المسؤولة غير معروفة',
    organisationCaption: 'الحالة حسب الجهة المسؤولة للإجراءات الموجودة هنا',
    groupNote:
      'يُحسب كل إجراء مرة واحدة عن كل سنة خطة يرد فيها. تُحسب فقط الإجراءات الموثّقة هنا، وليس الخطط كاملة.',
    organisationNote: 'الإجراء الذي له عدة جهات مسؤولة يُحسب عند كل واحدة منها.',
    groupSummary: (entries: number, groups: number, unknown: number) =>
      `سجلات الإجراءات: ${num(entries)}، في مجموعات عددها ${num(groups)}؛ ${
        unknown === entries
          ? 'ولا يذكر أي مصدر لدى Insyn حالة أيٍّ منها.'
          : `و${num(unknown)} منها لا يذكر أي مصدر لدى Insyn حالتها.`
      }`,
    measureList: 'قائمة الإجراءات',
    district: 'المنطقة',
    districtCaption: 'الإجراءات حسب المنطقة',
    districtCount: 'عدد الإجراءات',
    districtNote:
      'يُحسب كل إجراء مرة واحدة لكل منطقة يذكرها، بغض النظر عن سنة الخطة. الإجراء الذي يذكر عدة مناطق يُحسب في كل منها.',
    districtSummary: (parts: string[], none: number) =>
      `${list(parts)}؛ ولا يذكر أي مصدر منطقةً لـ ${measuresAfterPreposition(none)}.`,
    districtSources: 'كل سطر فيه رابط إلى الصفحة التي تظهر فيها الإجراءات المحسوبة.',
    grantTitle: 'المنحة الحكومية 2018: كيف كان سيُوزَّع المال',
    grantCaption: 'نطاق التمويل حسب مجال العمل في الطلب، كنسبة من المنحة الحكومية للسنة',
    grantArea: 'مجال العمل في الطلب',
    grantMin: 'الأدنى',
    grantMax: 'الأعلى',
    // The application only planned ranges: it says nothing about what any area got.
    grantSummary: (largest: string, smallest: string) =>
      `خطّط الطلب لأكبر نسبة لمجال ${largest} ولأصغر نسبة لمجال ${smallest}. هذه نطاقات مخطط لها؛ لا يبيّن أي مصدر لدى Insyn كم حصل كل مجال.`,
    grantBudget: (amount: string, yearCount: number | null) =>
      `يحسب الطلب مبلغ ${amount} كرونة في السنة${yearCount === null ? '' : ` لمدة ${years(yearCount)}`}.`,
    grantNoBudget: 'مبلغ الطلب في السنة غير موجود في النص الذي لدى Insyn.',
    format: {
      percent: ' %',
      districtCount: (name: string, n: string) => `${name} ${n}`,
      statusCount: (label: string, n: string) => `${label} ${n}`,
      range: (label: string, min: string, max: string) => `${label} (${min}–${max} %)`,
    },
    /** /statistik/ */
    page: {
      description: 'إلى أين وصلت الخطط، بالأرقام مع المصادر.',
      lead: 'أرقام عن الخطط والمتابعات، مع المصادر. تحت كل رسم بياني جدول فيه الأرقام نفسها التي يعرضها الرسم بالضبط، ومصدر الأرقام رابط في كل سطر أو تحت الجدول.',
      byArea: 'الحالة حسب مجال التطوير',
      byOrganisation: 'الحالة حسب الجهة المسؤولة',
      perDistrict: 'الإجراءات حسب المنطقة',
    },
  },
};
