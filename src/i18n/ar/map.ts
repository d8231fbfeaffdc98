/**
 * Arabic for ../sv/map.ts (Insyn's translation, same keys).
 * The map of the districts and its list (components/map/DistrictMap.astro, MapLegend.astro, DistrictList.astro,
 * MapPicture.astro; the map script gets these words as data attributes), the names on the map
 * (src/lib/district/districts.ts) and the note on the boundaries (components/district/BoundaryNote.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/map.ts';
import { measuresCount, measuresMentioning } from './grammar.ts';

export const words: Wide<typeof sv> = {
  map: {
    label: 'خريطة المناطق في بلدية Linköping',
    caption: 'المناطق نفسها موجودة كروابط في القائمة.',
    keys: 'بلوحة المفاتيح: اضغط على زر «تحريك الخريطة وتكبيرها». ثم حرّك الخريطة بمفاتيح الأسهم، وكبّر وصغّر بـ + و −. مفتاح Enter يفتح المنطقة التي في وسط الخريطة.',
    keysReady:
      'بلوحة المفاتيح: حرّك الخريطة بمفاتيح الأسهم، وكبّر وصغّر بـ + و −. مفتاح Enter يفتح المنطقة التي في وسط الخريطة.',
    loading: 'جارٍ تحميل الخريطة …',
    hintOpen: 'اضغط Enter لفتح صفحة المنطقة.',
    hintNone: 'لا توجد منطقة في وسط الخريطة. حرّك الخريطة بمفاتيح الأسهم.',
    unavailable: 'لا يمكن تحريك الخريطة أو تكبيرها في هذا المتصفح. كل المناطق موجودة في القائمة.',
    list: 'المناطق',
    controls: {
      activate: 'تحريك الخريطة وتكبيرها',
      zoomIn: 'تكبير',
      zoomOut: 'تصغير',
      reset: 'إعادة الضبط',
      resetLabel: 'إعادة الخريطة إلى عرضها الأول',
      close: 'إغلاق الخريطة',
      closed: 'الخريطة مغلقة. تظهر صورة الخريطة مرة أخرى.',
    },
    gestures: {
      twoFingers: 'استخدم إصبعين لتحريك الخريطة.',
      ctrlScroll: 'اضغط مع الاستمرار على Ctrl ومرّر للتكبير والتصغير في الخريطة.',
      cmdScroll: 'اضغط مع الاستمرار على ⌘ ومرّر للتكبير والتصغير في الخريطة.',
    },
    legend: {
      heading: 'دليل الألوان',
      municipality: 'بلدية Linköping',
      urbanArea: 'مدينة Linköping (المنطقة العمرانية)',
      focus: (name: string) => `${name}، المنطقة التي تتحدث عنها الصفحة (أغمق)`,
      others: 'المناطق الأخرى (أفتح)',
      districts: 'المناطق، كل منطقة بلونها',
    },
    /** the short caveat on the map, around its glossary word */
    boundary: {
      before: 'الحدود هي ',
      term: 'دوائر التسجيل',
      after: ' التابعة لهيئة المساحة (Lantmäteriet)، وليست أحياء البلدية.',
      more: 'المزيد عن الحدود',
    },
    boundaryHeading: 'عن حدود الخريطة',
    boundaryNote: {
      before: 'الحدود على الخريطة هي ',
      term: 'دوائر التسجيل',
      after:
        " التابعة لهيئة المساحة (Lantmäteriet)، وليست أحياء البلدية. دائرة Ryd تتطابق جيدًا مع الحي. دائرة Skäggetorp تشمل أيضًا Tornby وأراضي زراعية شمال الحي. دائرة Berga أكبر بكثير من الحي، وتشمل أيضًا Ekholmen وأراضي إلى الجنوب. البيانات من Who's On First؛ الأشكال الهندسية من Lantmäteriet (CC0).",
    },
    summary: (name: string, n: number) => `${name}: ${measuresCount(n)}`,
    count: (n: number) => measuresMentioning(n),
  },
};
