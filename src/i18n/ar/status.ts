/**
 * Arabic for ../sv/status.ts (Insyn's translation, same keys).
 * Status and certainty wherever a measure is shown: the status badge (components/measure/StatusBadge.astro),
 * the year-by-year strip (measure/StatusStrip.astro), the certainty notes (measure/ConfidenceNote.astro,
 * MeasureCaveat.astro, district/YearStrip.astro) and "Okänt" for what no source says (source/Unknown.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/status.ts';

export const words: Wide<typeof sv> = {
  unknown: 'غير معروف',
  status: {
    unknown: 'غير معروف',
  },
  confidence: {
    low: 'معلومة غير مؤكدة',
  },
  /** a measure's status year by year */
  strip: {
    label: 'الحالة سنة بعد سنة',
    noStatus: 'الحالة غير معروفة',
    unlisted: 'غير معروف إن كان مدرجًا',
    /** the legend under the strip */
    legend: {
      heading: 'كيف تقرأ هذا السطر',
      okand: 'لا يذكر أي مصدر الحالة في تلك السنة',
      absent: 'الإجراء غير موجود في خطة تلك السنة',
      unlisted: 'قائمة الخطة ليست لدى Insyn، لذلك غير معروف إن كان الإجراء فيها',
      status: (label: string) => `${label} بحسب متابعة البلدية`,
    },
  },
};
