/**
 * Arabic words for the districts' indicators over time (see src/i18n/sv/indicators.ts for where
 * they are used): Insyn's translation, not official, not yet reviewed. Same keys as the Swedish.
 * Numbers stay Western digits (ar-u-nu-latn), as on every Arabic page; a figure is written
 * "18.3%" (no space, so the sign stays beside its number) inside a left-to-right isolate.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/indicators.ts';

const qualifiers = { about: 'حوالي', 'just-under': 'أقل بقليل من', 'just-over': 'أكثر بقليل من' } as const;
const units = { procent: '%', personer: 'شخصًا', invånare: 'نسمة' } as const;
/** A number (or range, "6–7%") kept left to right inside Arabic text: without it "6–7%" reads "%7–6". */
const ltr = (text: string) => `\u2066${text}\u2069`;

export const words: Wide<typeof sv> = {
  indicators: {
    heading: 'هل تغيَّر شيء؟',
    lead: (name) => `أرقام عن ${name} من سنوات مختلفة. مصدرها إحصاءات البلدية ومصادر أخرى. لكل رقم مصدره.`,
    caveat: 'تُظهر الأرقام كيف تغيَّر الوضع. لكنها لا تُظهر إن كانت الخطة هي السبب.',
    planStart: (year) =>
      `بدأ العمل بأول خطة ضد الفصل السكني في ${year}. في الرسوم البيانية يُظهر خطٌّ متقطع متى بدأت.`,
    planMarker: (year) => `أول خطة ${year}`,
    beforePlan: 'قبل أول خطة',
    topics: {
      arbetsloshet: 'البطالة',
      'ekonomisk-standard': 'الأطفال في أسر ذات مستوى اقتصادي منخفض',
      valdeltagande: 'نسبة المشاركة في الانتخابات',
      skola: 'المدرسة',
      befolkning: 'السكان',
      'utlandsk-bakgrund': 'المولودون في بلد آخر وذوو الخلفية الأجنبية',
      flyttning: 'الانتقال من بلدان أخرى وإليها',
    },
    areaUnits: {
      stadsdel: 'حيّ',
      basomrade: 'منطقة أساسية (جزء من الحيّ)',
      'stadsdel-ungefar': 'منطقة تقارب الحيّ، محسوبة من الدوائر الانتخابية',
      valdistrikt: 'دائرة انتخابية (حيث يصوّت الناس)',
      'polisens-omrade': 'المنطقة كما تحدّ الشرطة حدودها',
      skola: 'مدرسة',
    },
    about: {
      publisher: 'من يقول ذلك',
      definition: 'ما الذي يُحسب',
      areaUnit: 'المنطقة',
      base: 'نسبة من',
      baseUnknown: 'لا يذكر المصدر ذلك',
      method: 'كيف يُحسب',
    },
    columns: {
      area: 'المنطقة',
      period: 'متى',
      value: 'الرقم',
      municipality: 'لينشوبينغ كلها',
      source: 'المصدر',
    },
    noPeriod: 'السنة غير مذكورة',
    noMunicipality: 'لا يوجد رقم',
    municipalityLine: 'لينشوبينغ كلها',
    sourceWords: 'يكتب المصدر',
    value: (n, unit, qualifier) =>
      `${qualifier ? `${qualifiers[qualifier]} ` : ''}${ltr(unit === 'procent' ? `${n}%` : n)}${unit === 'procent' ? '' : `\u00a0${units[unit]}`}`,
    change: (area, from, to, amount, unit, fell) =>
      `${area}: ${fell ? 'انخفض الرقم' : 'ارتفع الرقم'} بمقدار ${amount} ${unit === 'procent' ? 'نقطة مئوية' : units[unit]} من ${from} إلى ${to}.`,
    changesHeading: 'ما يقوله المصدر عن التغيُّر',
    single: 'يوجد هنا قياس واحد فقط لكل منطقة، لذلك لا يوجد رسم بياني.',
    summaryArea: (area, values) => `${area}: ${values.join('، ')}`,
    summaryValue: (value, period) => `${value} (${period})`,
    disagree: {
      heading: 'المصادر تقول أشياء مختلفة',
      lead: (area, year) => `مصدران يقولان أشياء مختلفة عن ${area} في ${year}:`,
      side: (publisher) => `${publisher}:`,
      noneThatYear: (year) => `لا يوجد رقم لعام ${year}.`,
    },
    overview: {
      title: 'المناطق بالأرقام',
      description:
        'البطالة والأطفال في أسر ذات مستوى اقتصادي منخفض ونسبة المشاركة في الانتخابات وغيرها في Berga و Ryd و Skäggetorp، عبر الزمن ومع المصادر.',
      lead: 'هنا كل الأرقام عن Berga و Ryd و Skäggetorp التي وجدها Insyn، لكل مقياس مع المناطق الثلاث. تحت كل رسم بياني جدول بالأرقام نفسها ومصادرها.',
      noDistrict: 'لا يذكر المصدر أيّ المناطق يقصد.',
      link: 'كل الأرقام عن Berga و Ryd و Skäggetorp',
    },
    data: {
      title: 'أرقام عن المناطق',
      rowIs: 'رقم واحد لمنطقة واحدة وفي وقت واحد، ضمن سلسلة تقيس بطريقة واحدة',
    },
  },
};
