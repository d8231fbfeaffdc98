/**
 * Arabic interface words (Modern Standard Arabic, plain): Insyn's translation of sv.ts, not
 * official. Nobody who reads Arabic has reviewed it yet (see src/schemas/review.ts).
 * Same keys as sv.ts (a missing or extra key fails `npm run check`); function keys take the same
 * parameters. Numbers in sentences are Western digits (ar-u-nu-latn, as on every Arabic page);
 * a counted noun takes its Arabic form through Intl.PluralRules('ar') (one, two, few, many, other).
 * Status words, as in content/translations/ar.yaml: منفَّذ (Genomförd), جارٍ (Pågår),
 * غير منفَّذ (Ej genomförd), غير معروف (Okänd).
 */
import type { Dict } from './index.ts';
import { indicators } from './ar/indicators.ts';

const numbers = new Intl.NumberFormat('ar-u-nu-latn');
const rules = new Intl.PluralRules('ar');
/** a number in a sentence: Western digits, Arabic grouping ("26,250") */
const num = (n: number): string => numbers.format(n);
const list = (items: string[]) => new Intl.ListFormat('ar', { type: 'conjunction' }).format(items);

/** A counted noun's forms; `#` is the number. `zero` falls back to `other`. */
interface Forms {
  zero?: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other: string;
}
/** `shown` replaces `#` when the caller has already formatted the number. */
function counted(n: number, forms: Forms, shown: string = num(n)): string {
  const category = rules.select(n) as keyof Forms;
  return (forms[category] ?? forms.other).replace('#', shown);
}
/** "3 نتائج", "11 نتيجة": search hits, as the subject of a sentence */
const hits = (n: number) =>
  counted(n, { one: 'نتيجة واحدة', two: 'نتيجتان', few: '# نتائج', many: '# نتيجة', other: '# نتيجة' });
/** "من أصل 60 إجراءً": measures after a preposition (genitive) */
const measuresAfterPreposition = (n: number, shown?: string) =>
  counted(
    n,
    { one: 'إجراء واحد', two: 'إجراءين', few: '# إجراءات', many: '# إجراءً', other: '# إجراء' },
    shown,
  );
/** "3 إجراءات", "11 إجراءً": measures as the subject or alone (nominative) */
const measuresCount = (n: number) =>
  counted(n, { one: 'إجراء واحد', two: 'إجراءان', few: '# إجراءات', many: '# إجراءً', other: '# إجراء' });
/** "3 ملاحظات في المحضر": protocol notes, nominative */
const notesCount = (n: number, shown?: string) =>
  counted(
    n,
    {
      one: 'ملاحظة واحدة في المحضر',
      two: 'ملاحظتان في المحضر',
      few: '# ملاحظات في المحضر',
      many: '# ملاحظةً في المحضر',
      other: '# ملاحظة في المحضر',
    },
    shown,
  );
/** "3 أسطر": rows of a data file */
const rowsCount = (n: number, shown?: string) =>
  counted(n, { one: 'سطر واحد', two: 'سطران', few: '# أسطر', many: '# سطرًا', other: '# سطر' }, shown);
/** "لمدة 3 سنوات" */
const years = (n: number) =>
  counted(n, { one: 'سنة واحدة', two: 'سنتين', few: '# سنوات', many: '# سنة', other: '# سنة' });

export const ar: Dict = {
  site: {
    name: 'Insyn',
    tagline: 'عمل Linköping ضد الفصل الاجتماعي – مفتوح للجميع',
    skip: 'انتقل إلى المحتوى',
    navLabel: 'القائمة الرئيسية',
    footer:
      'يجمع Insyn قرارات البلدية نفسها ومحاضرها ومتابعاتها عن خطط العمل ضد الفصل الاجتماعي. لكل معلومة مصدر.',
    footerPrivacy:
      'لا يستخدم الموقع ملفات تعريف الارتباط (الكوكيز)، ولا أدوات تحليل، ولا خدمات من خارج هذا الموقع.',
  },
  nav: {
    home: 'الرئيسية',
    plans: 'الخطط',
    measures: 'الإجراءات',
    districts: 'المناطق',
    meetings: 'المحاضر',
    documents: 'الوثائق',
    statistics: 'الإحصاءات',
    sources: 'المصادر',
    about: 'عن Insyn',
    accessibility: 'إمكانية الوصول',
  },
  languages: {
    menu: 'اللغة',
  },
  translation: {
    mark: 'ترجمة Insyn، ليست رسمية',
    unreviewed: 'ترجم Insyn هذه الصفحة. لم يراجع الترجمة بعد أي شخص يقرأ العربية.',
    onlySwedish: 'بالسويدية',
  },
  header: {
    menu: 'القائمة',
  },
  tables: {
    scrollCue: 'الجدول أعرض من الشاشة. اسحب إلى الجانب لترى كل الأعمدة.',
    source: 'المصدر',
    region: (caption: string) => `جدول: ${caption}`,
    documentTable: (block: string) => `الفقرة ${block}`,
  },
  search: {
    label: 'بحث',
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
      event: (measure: string, kind: string, date: string) => `${measure}: ${kind}، ${date}`,
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
  source: {
    label: 'المصدر',
    secondary: 'مصدر ثانوي',
    page: 'صفحة',
    block: 'فقرة',
  },
  unknown: 'غير معروف',
  status: {
    unknown: 'غير معروف',
    legend: 'الحالة بحسب متابعة البلدية',
  },
  confidence: {
    high: 'معلومة مؤكدة',
    medium: 'من بيان صحفي للبلدية، بدون رقم في الخطة',
    low: 'معلومة غير مؤكدة',
  },
  measure: {
    // With a number (src/lib/text/format.ts count): one form and a plural, as Swedish has.
    one: 'إجراء',
    many: 'إجراءات',
    number: 'الرقم',
    wording: 'النص',
    area: 'مجال التطوير',
    districts: 'المناطق',
    responsible: 'الجهة المسؤولة',
    status: 'الحالة',
    year: 'السنة',
    wholeMunicipality: 'غير محدد (قد يخص البلدية كلها)',
    quote: 'اقتباس من المصدر',
    paraphrase: 'ملخص Insyn للمصدر',
    notInPlanUnknown: 'لا يبيّن أي مصدر إن كان الإجراء في الخطة',
    absent: 'غير موجود في الخطة',
    notes: 'ملاحظات في المحضر تذكر هذا الإجراء',
    history: 'الإجراء سنة بعد سنة',
  },
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
  },
  cite: {
    heading: 'الاستشهاد',
    url: 'العنوان الدائم',
    citation: 'المرجع',
    copy: (what: string) => `نسخ ${what}`,
    copied: 'تم النسخ.',
    copyFailed: 'تعذّر النسخ. حدّد النص وانسخه بنفسك.',
    permanence: 'لا يتغيّر العنوان عندما تعيد الخطط ترقيم الإجراءات.',
  },
  redirect: {
    title: (number: string, year: number) => `الإجراء ${number} في خطة ${year}`,
    text: 'لهذا الإجراء صفحة خاصة فيها تاريخه كاملًا:',
  },
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
    before: 'قبل',
    after: 'بعد',
    measure: 'الإجراء',
  },
  plan: {
    decidedOn: 'تاريخ الاعتماد',
    decidedBy: 'الجهة التي اعتمدتها',
    measureCount: 'عدد الإجراءات في الخطة',
    // Said as what Insyn knows, so the share is never read as progress.
    documented: (documented: number, stated: number | null) =>
      stated === null
        ? `يعرف Insyn ${num(documented)} من إجراءات الخطة. لا يذكر أي مصدر عدد إجراءات الخطة.`
        : `يعرف Insyn ${num(documented)} من إجراءات الخطة، وعددها ${num(stated)}.`,
    uncertainBefore: (n: number) => (n === 1 ? 'واحد منها ' : `${num(n)} منها `),
    uncertainWord: (n: number) => (n === 1 ? 'معلومة غير مؤكدة' : 'معلومات غير مؤكدة'),
    notProgress: 'هذا لا يقول شيئًا عن عدد الإجراءات المنفَّذة، بل فقط عن عدد الإجراءات الموصوفة هنا.',
    uncertain: (n: number) => (n === 1 ? 'واحد منها معلومة غير مؤكدة.' : `${num(n)} منها معلومات غير مؤكدة.`),
    request: 'اطلب الخطة',
    followUp: 'المتابعة',
    noFollowUp: 'ليس لدى Insyn متابعة لهذه الخطة.',
    noCounts: 'المتابعة موجودة، لكن لا يذكر أي مصدر عدد الإجراءات التي نُفِّذت.',
  },
  meeting: {
    decisions: 'القرارات',
    information: 'معلومات في هذا البند',
    notes: 'ملاحظات في المحضر',
    summary: 'ملخص Insyn',
    quotes: 'اقتباسات',
    namesMeasures: 'تذكر إجراءات',
    topics: 'المواضيع',
    readFull: 'اقرأ الملاحظة كاملة في المحضر',
    diary: 'رقم القيد',
  },
  document: {
    kind: {
      decision: 'قرار',
      minutes: 'محضر',
      'press-release': 'بيان صحفي',
      'grant-application': 'طلب',
      'follow-up': 'متابعة',
      plan: 'خطة',
    },
    date: 'التاريخ',
    noDate: 'الوثيقة لا تحمل تاريخًا',
    issuer: 'الجهة المصدِرة',
    origin: 'الملف المصدر',
    original: 'الأصل',
    draft: 'مسودة',
    transcription: 'عن النص',
    fullText: 'النص الكامل',
    page: (n: number) => `الصفحة ${num(n)}`,
  },
  map: {
    label: 'خريطة المناطق في بلدية Linköping',
    caption: 'المناطق نفسها موجودة كروابط في القائمة.',
    keys: 'بلوحة المفاتيح: اضغط على زر «تحريك الخريطة وتكبيرها». ثم حرّك الخريطة بمفاتيح الأسهم، وكبّر وصغّر بـ + و −. مفتاح Enter يفتح المنطقة التي في وسط الخريطة.',
    keysReady:
      'بلوحة المفاتيح: حرّك الخريطة بمفاتيح الأسهم، وكبّر وصغّر بـ + و −. مفتاح Enter يفتح المنطقة التي في وسط الخريطة.',
    activate: 'تحريك الخريطة وتكبيرها',
    loading: 'جارٍ تحميل الخريطة …',
    hintOpen: 'اضغط Enter لفتح صفحة المنطقة.',
    hintNone: 'لا توجد منطقة في وسط الخريطة. حرّك الخريطة بمفاتيح الأسهم.',
    unavailable: 'لا يمكن تحريك الخريطة أو تكبيرها في هذا المتصفح. كل المناطق موجودة في القائمة.',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    list: 'المناطق',
    naming: 'تذكر المنطقة',
  },
  mapControls: {
    reset: 'إعادة الضبط',
    resetLabel: 'إعادة الخريطة إلى عرضها الأول',
    close: 'إغلاق الخريطة',
    closed: 'الخريطة مغلقة. تظهر صورة الخريطة مرة أخرى.',
    twoFingers: 'استخدم إصبعين لتحريك الخريطة.',
    ctrlScroll: 'اضغط مع الاستمرار على Ctrl ومرّر للتكبير والتصغير في الخريطة.',
    cmdScroll: 'اضغط مع الاستمرار على ⌘ ومرّر للتكبير والتصغير في الخريطة.',
    legend: 'دليل الألوان',
    legendMunicipality: 'بلدية Linköping',
    legendUrbanArea: 'مدينة Linköping (المنطقة العمرانية)',
    legendFocus: (name: string) => `${name}، المنطقة التي تتحدث عنها الصفحة (أغمق)`,
    legendOthers: 'المناطق الأخرى (أفتح)',
    legendDistricts: 'المناطق، كل منطقة بلونها',
    boundary: {
      before: 'الحدود هي ',
      term: 'دوائر التسجيل',
      after: ' التابعة لهيئة المساحة (Lantmäteriet)، وليست أحياء البلدية.',
    },
    boundaryMore: 'المزيد عن الحدود',
  },
  district: {
    presenceUnknown: 'غير معروف إن كان في الخطة',
    unknownArea: 'مجال التطوير غير معروف',
  },
  share: {
    ogImageAlt: 'Insyn – عمل Linköping ضد الفصل الاجتماعي، مفتوح للجميع',
    feed: 'الجديد عن خطط العمل (RSS)',
    districtFeed: (name: string) => `الجديد عن ${name} (RSS)`,
  },
  report: {
    link: 'الإبلاغ عن خطأ',
    context: (label: string) => ` في المعلومة التي مصدرها ${label}`,
    subject: 'خطأ في Insyn',
    body: (page: string, fact: string) =>
      `الصفحة: ${page}\nالمعلومة: ${fact}\n\nما الخطأ، وأين توجد المعلومة الصحيحة (يفضَّل مع رابط أو وثيقة)؟\n`,
  },
  feed: {
    title: 'Insyn – الجديد عن خطط Linköping ضد الفصل الاجتماعي',
    description:
      'الخطط المعتمدة، والقرارات في المحاضر، والمتابعات، وملاحظات المحاضر، والأحداث في تاريخ الإجراءات، والتصحيحات، الأحدث أولًا. كل منشور فيه رابط إلى الصفحة التي عليها المصادر.',
    districtTitle: (name: string) => `Insyn – الجديد عن ${name}`,
    districtDescription: (name: string) =>
      `ملاحظات المحاضر والأحداث في الإجراءات التي تذكر ${name}، والقرارات والمتابعات التي تخص الخطة كلها. الأحدث أولًا.`,
  },
  data: {
    nav: 'البيانات المفتوحة',
    title: 'البيانات المفتوحة',
    description:
      'نزّل بيانات Insyn عن خطط العمل ضد الفصل الاجتماعي بصيغتي CSV و JSON، مع وصف لكل عمود، والمخطط (schema)، وموجزات RSS.',
    terms:
      'البيانات مأخوذة من الوثائق العامة لبلدية Linköping ومن المصادر التي يذكرها كل سطر. قرارات الجهات الحكومية وبياناتها ليست محمية بحق المؤلف (المادة 9 من قانون حق المؤلف السويدي). يمكنك أن تستخدم البيانات وتعدّلها وتنشرها بحرية. اذكر المصدر: Insyn والوثيقة المصدر.',
  },
  strip: {
    label: 'الحالة سنة بعد سنة',
    noStatus: 'الحالة غير معروفة',
    unlisted: 'غير معروف إن كان مدرجًا',
  },
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
    entries: 'الإجراءات',
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
  },
  crumbs: {
    label: 'أنت هنا',
  },
  notFound: {
    title: 'الصفحة غير موجودة',
    text: 'لا توجد صفحة على هذا العنوان. ربما فيه خطأ إملائي، أو لم تكن الصفحة هنا أبدًا.',
    searchHeading: 'ابحث عمّا كنت تبحث عنه',
    searchLabel: 'كلمة البحث',
    sectionsHeading: 'أو ابدأ من أحد الأقسام',
    home: 'الصفحة الرئيسية',
  },
  origin: {
    note: (party: string) => `ملاحظة ${party} في المحضر`,
    document: (kind: keyof typeof documentKindWords, issuer: string) =>
      `${documentKindWords[kind]} من ${issuer}`,
    quote: (origin: string) => `اقتباس من ${origin}`,
    paraphrase: (origin: string) => `ملخص Insyn عن ${origin}`,
    confidenceHigh: 'معلومة مؤكدة: يذكر مصدرٌ الإجراءَ برقمه أو بنصه من الخطة.',
    fromBefore: 'المعلومات عن الإجراء مأخوذة من ',
  },
  measureAnswer: {
    noStatus: 'لا تذكر أي متابعة لدى Insyn حالةً لهذا الإجراء.',
    statusInYear: (label: string, year: number) => `«${label}» لعام ${year}`,
    status: (parts: string[]) => `تذكر متابعة البلدية الحالة ${list(parts)}.`,
    latestEvent: (kind: string, date: string, origin: string, text: string) =>
      `آخر حدث معروف (${kind}، ${date})، بحسب ${origin}: ${text}`,
  },
  glossary: {
    nav: 'قاموس الكلمات',
    title: 'قاموس الكلمات',
    description:
      'كلمات يستخدمها Insyn، مشروحة بلغة بسيطة: إجراء، مجال تطوير، متابعة، ملاحظة في المحضر، وغيرها.',
    lead: 'هنا نشرح كلمات موجودة في الصفحات. عندما تكون تحت الكلمة نقاط، يمكنك الضغط عليها لتصل إلى هنا.',
    statusHeading: 'كلمات الحالة',
    statusLead: 'تعطي متابعة البلدية كل إجراء كلمة من هذه الكلمات.',
    unknownStatus:
      'لا يذكر أي مصدر لدى Insyn حالة الإجراء. لا يخمّن Insyn أبدًا. «غير معروف» كلمة Insyn، وليست كلمة البلدية.',
  },
  citeItem: {
    permalink: 'رابط إلى هنا',
    checked: 'آخر تحقق',
    retrieved: 'تاريخ الاطلاع',
    note: 'الملاحظة',
    decision: (n: number) => `القرار ${num(n)}`,
  },
  planTop: {
    before: 'بحسب ',
    word: 'متابعة',
    counts: (year: number, words: string, total: number | null) =>
      ` خطة ${year}: ${words}${total === null ? '' : `، من أصل ${measuresAfterPreposition(total)} في الخطة`}.`,
    more: 'المزيد عن المتابعة',
    none: 'ليس لدى Insyn أرقام من متابعة لهذه الخطة.',
  },
  stripLegend: {
    heading: 'كيف تقرأ هذا السطر',
    okand: 'لا يذكر أي مصدر الحالة في تلك السنة',
    absent: 'الإجراء غير موجود في خطة تلك السنة',
    unlisted: 'قائمة الخطة ليست لدى Insyn، لذلك غير معروف إن كان الإجراء فيها',
    status: (label: string) => `${label} بحسب متابعة البلدية`,
  },
  districtTable: {
    years: 'سنوات الخطط بحسب المصادر',
    status: 'الحالة بحسب المتابعة',
    none: 'لا توجد معلومة',
  },
  districtAnswer: {
    heading: (name: string) => `هذا ما نعرفه عن العمل في ${name}`,
    noMeasures: (name: string) => `لا يذكر أي مصدر لدى Insyn إجراءً مخصصًا لـ ${name}.`,
    measuresBefore: 'يعرف Insyn ',
    measuresAfter: (name: string) => ` تذكر ${name}: `,
    latestEvent: 'آخر حدث معروف لـ ',
    according: (kind: string, origin: string, date: string) => ` (${kind}، ${date})، بحسب ${origin}: `,
    noStatus: 'لا تذكر أي متابعة لدى Insyn حالة أيٍّ منها.',
    someStatus: (k: number, n: number) => `تذكر متابعة البلدية حالة ${num(k)} من ${num(n)}.`,
    followUpBefore: 'بحسب ',
    followUpWord: 'متابعة',
    followUp: (year: number, counts: string, total: number | null) =>
      ` خطة ${year}: ${counts}${total === null ? '' : `، من أصل ${measuresAfterPreposition(total)} في الخطة`}. لا يذكر النص الذي لدى Insyn أيّ الإجراءات هي، ولا أيّ المناطق تخص. `,
    // A count before the status word: "15 منفَّذة" (the measures, a non-human plural, take the feminine).
    statusCount: {
      genomford: (n: number) => `${num(n)} منفَّذة`,
      pagar: (n: number) => `${num(n)} جارية`,
      'ej-genomford': (n: number) => `${num(n)} غير منفَّذة`,
    } as Record<string, (n: number) => string>,
    followUpLink: (year: number) => `متابعة ${year}`,
    notes: (name: string, parties: string) =>
      ` في محضر المجلس التنفيذي للبلدية تذكر ${name}، من ${parties}. `,
    notesLink: 'اقرأ الملاحظات',
    words: 'كلمات مشروحة في قاموس الكلمات: ',
    whatIsNote: 'ما هي الملاحظة في المحضر؟',
    unlisted: (yearList: string, name: string) =>
      `القوائم الكاملة للخطط لسنوات ${yearList} ليست لدى Insyn. لذلك قد تخص ${name} إجراءات أكثر من المذكورة هنا، ولا نعرف كيف سار العمل في معظم الإجراءات. `,
    unspecified: (n: string) => `${n} بلا منطقة محددة، وقد تخص البلدية كلها: `,
    unspecifiedLink: 'إجراءات بلا منطقة محددة',
    note: { one: 'ملاحظة', many: 'ملاحظات' },
  },
  events: {
    kinds: { decision: 'قرار', report: 'البلدية تخبر', news: 'خبر', claim: 'ادعاء' },
    kindMeaning: {
      decision: 'قررت لجنة أو جهة أخرى',
      report: 'تخبر البلدية بما تم عمله',
      news: 'صحيفة تنقل خبرًا',
      claim: 'شخص ما يدّعي شيئًا (رسالة رأي، حزب، موظفون)؛ ليست معلومة مؤكدة',
    },
    according: (who: string) => `بحسب ${who}:`,
    decidedBy: (body: string, diaryNumber?: string) =>
      `قرار من ${body}${diaryNumber ? ` (رقم القيد ${diaryNumber})` : ''}.`,
    inferred: {
      medium: 'على الأرجح جزء من الإجراء، لكن ليس بشكل مؤكد.',
      low: 'قد يكون جزءًا من الإجراء، لكن هذا غير أكيد.',
    },
    inferredWhy: 'المصدر لا يذكر الإجراء. الربط استنتاج من Insyn:',
    feedTitle: (kind: string, measure: string) => `${kind} (حدث): ${measure}`,
  },
  timeline: {
    heading: 'التسلسل الزمني',
    intro: {
      before: 'كل ما يعرفه Insyn عن الإجراء بترتيب التاريخ: الخطط، والمتابعات، و',
      term: 'ملاحظات المحضر',
      after: '، وأحداث أخرى. كل سطر يقول نوع المعلومة وأين توجد.',
    },
    legend: 'نوع المعلومة',
    plan: 'خطة',
    followUp: 'متابعة',
    note: 'ملاحظة في المحضر',
    dateUnknown: 'التاريخ غير معروف',
    planInYear: (year: number, number: string | null) =>
      `الإجراء موجود في خطة ${year}${number ? ` برقم ${number}` : ''}.`,
    planDateUnknown: 'لا يذكر أي مصدر لدى Insyn متى اعتُمدت الخطة.',
    planDetails: (year: number) => `تفاصيل ${year}`,
    followUpStatus: (year: number, status: string) => `تعطي متابعة خطة ${year} الإجراءَ الحالة «${status}».`,
    followUpNoStatus: (year: number) =>
      `متابعة خطة ${year} موجودة، لكن لا يذكر أي مصدر لدى Insyn حالة الإجراء فيها.`,
    noteBy: (party: string, body: string) => `قدّم ${party} ملاحظة في محضر ${body} تذكر هذا الإجراء.`,
    readNote: 'اقرأ الملاحظة',
  },
  decisions: {
    heading: 'قرارات أخرى في المنطقة',
    intro: (name: string) =>
      `اتخذت البلدية قرارات عن ${name} أكثر من إجراءات خطط العمل. لا يقول أي مصدر لدى Insyn إن هذه القرارات تنتمي إلى خطة عمل، لذلك لا تُحسب من إجراءات الخطة.`,
    notInPlan: 'غير معروف أنه جزء من خطة العمل.',
    body: 'الجهة التي قررت',
    date: 'التاريخ',
    diary: 'رقم القيد',
    diaryUnknown: 'لا يذكره المصدر',
    wholeMunicipality: 'لا يذكر المصدر منطقة بعينها؛ القرار يخص عدة أجزاء من البلدية.',
    sameSubject: 'الموضوع نفسه كالإجراء',
    none: 'لا يعرف Insyn أي قرارات أخرى عن المنطقة.',
  },
  series: {
    heading: 'تصنيف الشرطة سنة بعد سنة',
    year: 'السنة',
    value: 'المعلومة',
    note: 'يجب أن تعرف',
    source: 'المصدر',
    gap: 'لا توجد معلومة',
    stripLabel: (label: string) => `${label}، سنة بعد سنة`,
    gapNote:
      'السنة التي بلا معلومة تعني أنه لا يوجد مصدر لدى Insyn يذكر شيئًا عن تلك السنة، وليس أن المنطقة لم تكن على القائمة.',
  },
  corrections: {
    title: 'التصحيحات',
    description:
      'كل تصحيحات المعلومات في Insyn، الأحدث أولًا: ما كان خاطئًا، وما هو الصحيح، وأين توجد المعلومة الصحيحة.',
    lead: 'عندما يعرض Insyn معلومة خاطئة نصحّحها علنًا. هنا كل تصحيح: أي صفحة وأي معلومة، وما كان خاطئًا، وما هو الصحيح، ومصدر المعلومة الصحيحة. تعرض المعلومة المصحّحة عبارة «تم التصحيح» مع رابط إلى هنا.',
    none: 'لا توجد تصحيحات حتى الآن.',
    page: 'الصفحة',
    wrong: 'ما كان خاطئًا',
    right: 'ما هو الصحيح',
    source: 'مصدر المعلومة الصحيحة',
    reporter: 'أبلغ عنه',
    corrected: (date: string) => `تم التصحيح في ${date}`,
    policy: 'كيف يصحّح Insyn',
    feedTitle: (subject: string) => `تصحيح: ${subject}`,
  },
  // --- extract-a ---
  // The district, measure, plan, home and statistics pages and their components (issue 13).
  names: {
    plan: (year: number) => `خطة ${year}`,
    numberedMeasure: (number: string, year: number) => `الإجراء ${number} (${year})`,
    untitledMeasure: 'إجراء بلا عنوان معروف',
    measures: (n: number) => measuresCount(n),
    notes: (n: number) => notesCount(n),
    area: (number: number, name: string) => `${num(number)}. ${name}`,
    paragraph: (n: number) => `§ ${num(n)}`,
  },
  home: {
    description:
      'ماذا تَعِد به بلدية Linköping وماذا تفعل ضد الفصل الاجتماعي في Berga وRyd وSkäggetorp: الخطط، والإجراءات، والمتابعات، والمحاضر، مع المصادر.',
    heading: 'ماذا تفعل Linköping ضد الفصل الاجتماعي؟',
    lead: 'كل سنة تقرّ البلدية خطة فيها إجراءات ضد الفصل الاجتماعي. تخص الخطط بشكل خاص Berga وRyd وSkäggetorp. هنا يمكنك أن ترى ماذا تَعِد به الخطط، وما الذي تم عمله، وماذا قال السياسيون. لكل معلومة مصدر.',
    yourDistrict: 'منطقتك',
    plans: 'الخطط',
    latestMeetings: 'أحدث المحاضر',
    about: 'عن Insyn: من أين تأتي المعلومات، وماذا تعني كلمات الحالة',
  },
  districtsPage: {
    description:
      'Berga وRyd وSkäggetorp: ماذا تَعِد به الخطط ضد الفصل الاجتماعي، وما الذي تم عمله في كل منطقة.',
    lead: 'تتوجه الخطط بشكل خاص إلى ثلاث مناطق في Linköping. اختر منطقتك على الخريطة أو في القائمة.',
  },
  districtPage: {
    description: (name: string) =>
      `${name} في Linköping: الإجراءات ضد الفصل الاجتماعي، وحقائق مع مصادرها، وملاحظات السياسيين في المحاضر.`,
    measures: (name: string) => `الإجراءات التي تذكر ${name}`,
    orderedBy: { before: 'مرتبة حسب ', term: 'مجال التطوير', after: '.' },
    unspecified: 'إجراءات بلا منطقة محددة',
    unspecifiedText: (name: string) =>
      `لا يذكر أي مصدر المنطقة التي تخصها هذه الإجراءات. قد تخص البلدية كلها. لا تُحسب من إجراءات ${name}.`,
    subAreas: 'المناطق الفرعية',
    facts: 'حقائق مع مصادرها',
    factsNote:
      'الأرقام من مصادر مختلفة وتقيس أشياء مختلفة. كل جدول مقياس واحد؛ لا يمكن مقارنة الأرقام في جداول مختلفة بعضها ببعض.',
    factColumns: {
      label: 'المقياس',
      value: 'القيمة',
      year: 'يخص',
      definition: 'ما الذي يُحسب',
      source: 'المصدر',
    },
    more: (name: string) => `المزيد عن ${name}`,
    notes: (name: string) => `ملاحظات المحاضر التي تذكر ${name}`,
    noNotes: 'لا توجد.',
    sameMatters: 'قرارات في القضايا نفسها',
    sameMattersText:
      'القرارات في البنود التي وردت فيها الملاحظات أعلاه. لا يربط أي مصدر هذه القرارات بمنطقة معينة.',
  },
  measuresPage: {
    description:
      'كل إجراءات خطط Linköping ضد الفصل الاجتماعي التي يذكرها مصدر، مع السنة والرقم ومجال التطوير.',
    lead: (measures: string) =>
      `هنا الإجراءات التي يذكرها مصدر: ${measures}. في الخطط من 50 إلى 60 إجراءً في السنة، لكن قوائم الخطط ليست لدى Insyn بعد. اقرأ `,
    leadLink: 'كيف تُجمع المعلومات',
    leadAfter: '.',
    caption: 'الإجراءات الموثّقة هنا',
    columns: {
      measure: 'الإجراء',
      years: 'سنة الخطة والرقم',
      area: 'مجال التطوير',
      confidence: 'درجة التأكد',
    },
  },
  measurePage: {
    description: (title: string) =>
      `${title}: تاريخ الإجراء في خطط Linköping ضد الفصل الاجتماعي، سنة بعد سنة، مع المصادر.`,
    paraphraseTitle: 'العنوان ملخص من Insyn، وليس عنوان الخطة نفسها.',
    number: (number: string) => ` – رقم ${number}`,
    absentIn: (year: number) => `غير موجود في خطة ${year}`,
    unknownIn: (year: number) => `لا يبيّن أي مصدر إن كان الإجراء في خطة ${year}`,
    noNotes: 'لا توجد لدى Insyn ملاحظة في المحضر تذكر هذا الإجراء.',
    noStatusSource: 'لا يذكر أي مصدر حالة الإجراء في هذه السنة.',
    note: 'يجب أن تعرف',
    latestEvent: (kind: string, date: string, origin: string) =>
      `آخر حدث معروف (${kind}، ${date})، بحسب ${origin}: `,
    // Arabic puts the party before "في" and the linked word after it: "Vänsterpartiet في ملاحظة في المحضر".
    partyNote: (party: string) => `${party} في `,
    noteWord: 'ملاحظة في المحضر',
    copyUrl: 'العنوان',
    copyCitation: 'المرجع',
  },
  measureCitation: {
    text: (title: string, years: number, ranges: string) =>
      `Insyn، «${title}»، إجراء في ${years === 1 ? 'خطة عمل' : 'خطط عمل'} بلدية Linköping ضد الفصل الاجتماعي ${ranges}.`,
    retrieved: (date: string) => `(تاريخ الاطلاع ${date}).`,
  },
  changes: {
    number: (from: string, to: string) => `تغيّر الرقم من ${from} إلى ${to}`,
    wording: 'تغيّر النص',
    area: (from: string, to: string) => `تغيّر مجال التطوير من ${from} إلى ${to}`,
    districts: (from: string, to: string) => `تغيّرت المناطق من ${from} إلى ${to}`,
    responsibleChanged: (from: string, to: string) => `تغيّرت المسؤولية من ${from} إلى ${to}`,
    responsibleMoved: (from: string, to: string) => `انتقلت المسؤولية من ${from} إلى ${to}`,
    status: (from: string, to: string) => `تغيّرت الحالة من ${from} إلى ${to}`,
  },
  plansPage: {
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
  planPage: {
    description: (name: string) => `${name}: القرار، وعدد الإجراءات، والمتابعة، والإجراءات الموثّقة هنا.`,
    about: 'عن الخطة',
    documented: 'الإجراءات الموثّقة هنا',
    noneDocumented: 'لا يذكر أي مصدر لدى Insyn أي إجراء بعينه في هذه الخطة.',
    documents: 'القرارات والوثائق',
  },
  comparePage: {
    description: (from: number, to: number) =>
      `ما الإجراءات التي أُضيفت، أو اختفت، أو حصلت على رقم جديد، أو تغيّرت بين خطة ${from} وخطة ${to}.`,
    heading: (label: string, n: number) => `${label} (${measuresCount(n)})`,
  },
  followUpTable: {
    caption: 'حالة إجراءات الخطة بحسب المتابعة',
    status: 'الحالة',
    count: 'عدد الإجراءات',
    total: 'المجموع',
  },
  requestPlan: {
    text: 'قائمة إجراءات الخطة ليست لدى Insyn بعد. إنها وثيقة عامة، ومن حق كل شخص أن يطّلع عليها بحسب مبدأ علنية الوثائق. لا تحتاج إلى أن تقول من أنت أو لماذا تريدها (قانون حرية الصحافة السويدي، الفصل 2، المادتان 1 و18).',
    askFor: 'اطلب:',
    contact: 'تواصل مع بلدية Linköping، العنوان: Storgatan 58, 581 81 Linköping، الهاتف: 013-20 60 00.',
    sendBefore: 'هل حصلت على الوثيقة؟ ',
    sendLink: 'أرسلها إلى Insyn من فضلك',
    sendAfter: ' لتصبح الصفحة أكمل.',
  },
  statisticsPage: {
    description: 'إلى أين وصلت الخطط، بالأرقام مع المصادر.',
    lead: 'أرقام عن الخطط والمتابعات، مع المصادر. تحت كل رسم بياني جدول فيه الأرقام نفسها التي يعرضها الرسم بالضبط، ومصدر الأرقام رابط في كل سطر أو تحت الجدول.',
    byArea: 'الحالة حسب مجال التطوير',
    byOrganisation: 'الحالة حسب الجهة المسؤولة',
    perDistrict: 'الإجراءات حسب المنطقة',
  },
  chartText: {
    percent: ' %',
    districtCount: (name: string, n: string) => `${name} ${n}`,
    statusCount: (label: string, n: string) => `${label} ${n}`,
    range: (label: string, min: string, max: string) => `${label} (${min}–${max} %)`,
  },
  mapText: {
    summary: (name: string, n: number) => `${name}: ${measuresCount(n)}`,
    count: (n: number) =>
      counted(n, {
        one: 'إجراء واحد يذكر المنطقة',
        two: 'إجراءان يذكران المنطقة',
        few: '# إجراءات تذكر المنطقة',
        many: '# إجراءً تذكر المنطقة',
        other: '# إجراء تذكر المنطقة',
      }),
  },
  boundaryNote: {
    before: 'الحدود على الخريطة هي ',
    term: 'دوائر التسجيل',
    after:
      " التابعة لهيئة المساحة (Lantmäteriet)، وليست أحياء البلدية. دائرة Ryd تتطابق جيدًا مع الحي. دائرة Skäggetorp تشمل أيضًا Tornby وأراضي زراعية شمال الحي. دائرة Berga أكبر بكثير من الحي، وتشمل أيضًا Ekholmen وأراضي إلى الجنوب. البيانات من Who's On First؛ الأشكال الهندسية من Lantmäteriet (CC0).",
  },
  districtTableText: {
    yearNumber: (year: number, number: string | null) => (number ? `${year} (رقم ${number})` : String(year)),
  },

  // --- extract-b ---
  pageNotice: {
    reviewed: (by: string, date: string) => `راجع ${by} هذه الترجمة (${date}).`,
    policy: 'كيف يترجم Insyn',
    onlySwedish: 'هذه الصفحة موجودة بالسويدية فقط حتى الآن. هذا هو النص السويدي.',
    fullTextSwedish: 'نص الوثيقة هنا بالسويدية، كما هو في المصدر.',
  },
  citation: {
    at: (page: number, block: string) => `، صفحة ${num(page)}، فقرة ${block}`,
    note: (who: string, heading: string, where: string, url: string) =>
      `${who}، ملاحظة في المحضر، ${heading} (${where}). Insyn: ${url}`,
    decision: (heading: string, n: number, text: string, where: string, url: string) =>
      `${heading}، القرار ${num(n)}: «${text}» (${where}). Insyn: ${url}`,
    original: (url: string) => `؛ الأصل: ${url}`,
    copyWhat: 'المرجع',
  },
  feedText: {
    source: (label: string) => ` المصدر: ${label}.`,
    planTitle: (year: number) => `اعتماد خطة ${year}`,
    planDecided: (name: string, by: string | null, date: string) =>
      `اعتُمدت ${name}${by ? ` من ${by}` : ''} في ${date}.`,
    decisionTitle: (heading: string) => `قرار: ${heading}`,
    decisionItem: (n: number, text: string) => `${num(n)}. «${text}»`,
    followUpTitle: (year: number) => `متابعة خطة ${year}`,
    followUpReported: (year: number, date: string) => `عُرضت متابعة خطة ${year} في ${date}.`,
    followUpCount: (label: string, n: string | null) => `${label}: ${n ?? 'غير معروف'}`,
    followUpTotal: (n: number, formatted: string) => ` (من أصل ${measuresAfterPreposition(n, formatted)})`,
    followUpNoCounts: ' لا يذكر أي مصدر عدد الإجراءات التي نُفِّذت.',
    noteTitle: (party: string, heading: string) => `ملاحظة في المحضر (${party}): ${heading}`,
    noteDescription: (author: string, party: string | null, summary: string) =>
      `${author}${party ? ` (${party})` : ''}. ملخص Insyn: ${summary}`,
    language: 'ar',
  },
  meetingsPage: {
    description:
      'بنود من محاضر البلدية عن خطط العمل ضد الفصل الاجتماعي، مع القرارات وملاحظات الأحزاب في المحاضر.',
    lead: 'بنود من المحاضر التي نوقشت فيها الخطط ضد الفصل الاجتماعي، مع القرارات وملاحظات المحضر.',
    notes: (n: number, formatted: string) => notesCount(n, formatted),
    meetingDescription: (title: string) => `${title}. القرارات وملاحظات المحضر.`,
    concerns: 'يخص',
    plan: (year: number) => `خطة ${year}`,
    informationLead: 'ملخص Insyn، مع الإحالة إلى الفقرة في المحضر.',
  },
  documentsPage: {
    description: 'الوثائق المصدر التي يعتمد عليها Insyn: قرارات ومحاضر وبيانات صحفية وطلب، بنصها الكامل.',
    lead: 'وثائق عامة يعتمد عليها Insyn. تُعرض كل وثيقة بنصها الكامل، حتى تشير كل إحالة إلى مصدر إلى الفقرة الصحيحة.',
    kind: 'النوع',
    draftNote: 'الوثيقة عليها علامة «مسودة» (UTKAST).',
    noOriginal: 'عنوان الأصل غير معروف',
    numbered: 'رقّم Insyn الصفحات والفقرات.',
  },
  referencesPage: {
    description:
      'مصادر عامة أخرى يحيل إليها Insyn: صفحات البلدية على الإنترنت، والبيانات الصحفية، والأحزاب، والأخبار.',
    leadBefore: 'إلى جانب ',
    leadLink: 'الوثائق',
    leadAfter: '، يحيل Insyn إلى هذه الصفحات. لا يعرض Insyn نصها، بل فقط ما تقوله، مع رابط.',
    primaryWord: 'أولي',
    primaryMeans: ' يعني أن البلدية أو جهة حكومية أو حزبًا هو صاحب النص نفسه.',
    secondaryWord: 'ثانوي',
    secondaryMeans: ' يعني أخبارًا أو تجميعات أو ترجمات.',
    primary: 'مصدر أولي',
    secondary: 'مصدر ثانوي',
    noUrl: 'ليس لدى Insyn عنوان المصدر على الإنترنت.',
  },
  dataPage: {
    lead: 'كل ما يعرضه Insyn عن الخطط والإجراءات والمتابعات والمحاضر موجود أيضًا في ملفات للتنزيل. تُبنى الملفات من المعلومات نفسها التي تُبنى منها الصفحات، في كل مرة يُبنى فيها الموقع.',
    filesSwedish: 'الملفات بالسويدية، مثل المصادر: أسماء الأعمدة كلمات إنجليزية، لكن القيم والنصوص سويدية.',
    files: 'الملفات',
    about: 'عن الملفات',
    aboutItems: (separator: string, sourceExample: string) => [
      'ملف <strong>CSV</strong> بترميز UTF-8 مع علامة ترتيب البايت (BOM)، وفيه فاصلة منقوطة (<code>;</code>) بين الأعمدة، ونهاية السطر CRLF. بذلك يفتح Excel بالإعدادات السويدية الملف بشكل صحيح بنقرة مزدوجة. في البرامج الأخرى: اختر ترميز الأحرف UTF-8 والفاصلة المنقوطة فاصلًا.',
      'السطر الأول فيه أسماء الأعمدة. الأعمدة موصوفة أدناه.',
      '<strong>الخلية الفارغة</strong> تعني أنه لا يوجد مصدر لدى Insyn يذكر المعلومة. لا تعني صفرًا ولا «لا».',
      `<strong>القائمة</strong> داخل خلية فيها الرمز <code>${separator}</code> بين القيم.`,
      "الخلية التي كانت ستبدأ بـ <code>=</code> أو <code>+</code> أو <code>-</code> أو <code>@</code> أو بمسافة جدولة (tab) أو بحرف رجوع العربة (carriage return) تبدأ في ملف CSV بـ<strong>فاصلة عليا</strong> (<code>'</code>)، حتى يعرضها Excel وLibreOffice نصًا ولا يشغّلاها كصيغة. الفاصلة العليا ليست جزءًا من القيمة: يحذفها Insyn عندما يُقرأ الملف مرة أخرى، وملف JSON فيه القيمة بدونها.",
      'تُكتب التواريخ بالدقة التي يذكرها المصدر: <code>2023-02-14</code> أو <code>2020-12</code> أو <code>2018</code>.',
      `أعمدة المصادر مسارات على Insyn، مثل <code>${sourceExample}</code>: الفقرة في الوثيقة المصدر التي ترد فيها المعلومة.`,
      'ملف <strong>JSON</strong> فيه الأسطر نفسها التي في ملف CSV، تحت <code>rows</code>. فيه الأعداد الصحيحة أرقام، والقوائم مصفوفات (arrays)، والخلايا الفارغة <code>null</code>. وفي الملف أيضًا وصف الأعمدة (<code>columns</code>) والشروط (<code>terms</code>).',
      'الملف <code>measures.csv</code> له الشكل نفسه الذي يقرؤه Insyn عند إضافة إجراءات جديدة. لذلك يمكن أن يُقرأ الملف بعد تعديله مرة أخرى.',
    ],
    columns: 'الأعمدة',
    rowIs: (what: string) => `كل سطر هو ${what}.`,
    columnsCaption: (dataset: string) => `الأعمدة في ${dataset}`,
    schema: 'مخطط المحتوى (schema)',
    schemaText:
      'محتوى Insyn موجود في ملفات YAML وMarkdown في المجلد <code>content/</code>. لكل مجموعة مخطط JSON Schema (draft 2020-12) يُستخرج من القواعد نفسها التي يتحقق بها الموقع من المحتوى. القواعد التي تخص عدة حقول أو مجموعات (مثلًا أن الإجراء ذا درجة التأكد المنخفضة يجب أن يكون معه تحذير) لا يمكن التعبير عنها في المخطط؛ يُتحقق منها عند بناء الموقع.',
    feeds: 'الموجزات (RSS)',
    feedsLead:
      'تابع القرارات الجديدة والمتابعات وملاحظات المحاضر في قارئ RSS. الأحدث يأتي أولًا، وكل منشور فيه رابط إلى الصفحة التي عليها المصادر. لا تدخل إلا الأحداث التي لها تاريخ يذكره المصدر.',
    feedsLanguages:
      'الموجزات موجودة بالسويدية والإنجليزية والعربية، بالمنشورات نفسها. الاقتباسات والنصوص التي لم يترجمها Insyn تبقى بالسويدية في كل الموجزات.',
    feedsText: [
      'أحداث تاريخ الإجراء يظهر نوعها في العنوان (قرار، أو البلدية تخبر، أو خبر، أو ادعاء). التصحيحات تدخل في موجز الموقع.',
      'موجز المنطقة فيه ملاحظات المحاضر التي تذكر المنطقة، وهي نفسها التي في صفحة المنطقة، والأحداث في الإجراءات التي تذكر المنطقة. وفيه أيضًا الخطط المعتمدة، والقرارات عن الخطط، والمتابعات، لأن كل خطة تخص Berga وRyd وSkäggetorp معًا.',
      'يتطلب RSS وقتًا من اليوم. المصادر لا تذكر إلا اليوم، لذلك تحمل المنشورات الساعة 12.00 (UTC) من ذلك اليوم. الأحداث التي لا يذكر مصدرها إلا الشهر أو السنة لا تحصل على تاريخ في الموجز.',
    ],
    terms: 'الشروط',
    termsExample: (site: string) =>
      `اكتب مثلًا: «المصدر: Insyn (${site})، بحسب محضر المجلس التنفيذي للبلدية بتاريخ 2023-02-14 § 31.»`,
    errors: 'هل وجدت خطأ؟',
    errorsText: (link: string) =>
      `بجانب كل إحالة إلى مصدر في الموقع يوجد الرابط «${link}». يفتح رسالة فيها الصفحة والمعلومة مكتوبتان مسبقًا. يمكنك أيضًا أن تكتب مباشرة إلى `,
  },
  dataTables: {
    downloads: 'ملفات للتنزيل',
    dataset: 'البيانات',
    rowIs: 'كل سطر هو',
    rows: 'الأسطر',
    files: 'الملفات',
    rowCount: (n: number, formatted: string) => rowsCount(n, formatted),
    column: 'العمود',
    type: 'النوع',
    meaning: 'المعنى',
    allowed: 'القيم المسموح بها',
    types: { heltal: 'عدد صحيح', text: 'نص', lista: 'قائمة', id: 'معرّف' },
  },
  // The files stay Swedish (column names are English words, values Swedish); here is what their columns mean.
  dataFiles: {
    titles: {
      measures: 'الإجراءات',
      plans: 'الخطط',
      'follow-ups': 'المتابعات',
      notes: 'ملاحظات المحاضر',
      documents: 'الوثائق',
      events: 'الأحداث',
    },
    rowIs: {
      measures: 'إجراء واحد في سنة خطة واحدة',
      plans: 'سنة خطة واحدة',
      'follow-ups': 'كلمة حالة واحدة في متابعة سنة خطة',
      notes: 'ملاحظة واحدة في المحضر',
      documents: 'وثيقة مصدر واحدة',
      events: 'حدث واحد في تاريخ إجراء (قرار، أو معلومة من البلدية، أو خبر، أو ادعاء)',
    },
    source: {
      meaning: (of: string) =>
        `مصدر ${of}: المسار على Insyn إلى الفقرة في الوثيقة المصدر أو إلى المرجع في صفحة المصادر`,
      allowed: (document: string, reference: string) =>
        `مثل ${document} أو ${reference}؛ فارغ عندما تكون القيمة غير معروفة`,
    },
    remark: {
      meaning: (of: string) => `تعليق Insyn على ${of}، مثلًا لماذا المعلومة ناقصة`,
      allowed: 'نص حر أو فارغ',
    },
    page: {
      meaning: 'الصفحة على Insyn التي تُعرض فيها المعلومة مع مصادرها',
      allowed: 'مسار يبدأ بـ /',
    },
    of: {
      date: 'التاريخ',
      decider: 'الجهة التي قررت',
      count: 'العدد',
      counts: 'الأعداد',
      followUp: 'المتابعة (حيث تُعرض)',
      note: 'الملاحظة',
    },
    plans: {
      plan_year: { meaning: 'سنة الخطة', allowed: 'مثلًا 2023' },
      name: { meaning: 'اسم الخطة كما تسميها المصادر', allowed: 'نص' },
      decided_on: {
        meaning: 'اليوم الذي اعتُمدت فيه الخطة',
        allowed: 'YYYY-MM-DD أو YYYY-MM أو YYYY، بالدقة التي يذكرها المصدر؛ فارغ = لا يذكر أي مصدر التاريخ',
      },
      decided_by: { meaning: 'الجهة التي اعتمدت الخطة', allowed: 'نص؛ فارغ = غير معروف' },
      measure_count: {
        meaning: 'عدد الإجراءات في الخطة بحسب المصدر',
        allowed: 'عدد صحيح؛ فارغ = لا يذكر أي مصدر العدد',
      },
      measures_documented: {
        meaning: 'عدد إجراءات الخطة الموصوفة لدى Insyn (أسطر السنة في measures.csv)',
        allowed: 'عدد صحيح، 0 أو أكثر',
      },
      plan_document_available: {
        meaning: 'هل لدى Insyn وثيقة الخطة نفسها التي فيها قائمة الإجراءات',
        allowed: 'true أو false',
      },
      documents: { meaning: 'وثائق مصدر عن الخطة', allowed: 'معرّفات من documents.csv، بينها |' },
      meetings: {
        meaning: 'بنود المحاضر التي نوقشت فيها الخطة',
        allowed: 'معرّفات (meeting_id في notes.csv)، بينها |',
      },
      request_hint: {
        meaning: 'ما الذي يجب طلبه من البلدية للحصول على وثيقة الخطة',
        allowed: 'نص',
      },
    },
    followUps: {
      plan_year: { meaning: 'سنة الخطة التي تجري متابعتها', allowed: 'مثلًا 2022' },
      status: { meaning: 'الحالة التي يحسبها السطر' },
      status_label: { meaning: 'كلمة الحالة كما تكتبها المتابعة' },
      count: {
        meaning: 'عدد الإجراءات التي لها هذه الحالة بحسب المتابعة',
        allowed: 'عدد صحيح؛ فارغ = لا يذكر أي مصدر العدد',
      },
      total: {
        meaning: 'عدد الإجراءات التي تقول المتابعة إنها تشملها',
        allowed: 'عدد صحيح؛ فارغ = غير مذكور',
      },
      reported_on: {
        meaning: 'اليوم الذي اعتُمدت فيه المتابعة أو عُرضت',
        allowed: 'YYYY-MM-DD أو YYYY-MM أو YYYY؛ فارغ = غير معروف',
      },
    },
    notes: {
      meeting_id: {
        meaning: (path: string) => `معرّف بند المحضر لدى Insyn (العنوان ${path})`,
        allowed: 'أحرف لاتينية صغيرة a–z وأرقام وشرطات',
      },
      meeting_date: { meaning: 'تاريخ الاجتماع', allowed: 'YYYY-MM-DD' },
      body: { meaning: 'الجهة التي اجتمعت', allowed: 'مثلًا Kommunstyrelsen' },
      paragraph: { meaning: 'رقم البند (§) في المحضر', allowed: 'عدد صحيح' },
      diary_number: {
        meaning: 'رقم القيد',
        allowed: 'مثلًا KS 2020-754؛ فارغ إذا لم يذكر المحضر رقمًا',
      },
      note_id: { meaning: 'معرّف الملاحظة (مرساة في صفحة المحضر)', allowed: 'مثل anteckning-v' },
      party: { meaning: 'الحزب الذي قدّم الملاحظة', allowed: 'معرّف من parties.yaml، مثلًا v' },
      party_name: { meaning: 'اسم الحزب', allowed: 'نص' },
      author: { meaning: 'من قدّم الملاحظة، كما يكتب المحضر', allowed: 'نص' },
      summary: { meaning: 'ملخص Insyn للملاحظة (ليس كلمات الحزب)', allowed: 'نص' },
      quotes: { meaning: 'اقتباسات قصيرة من الملاحظة', allowed: 'اقتباسات بينها |' },
      measures: {
        meaning: 'الإجراءات التي تذكرها الملاحظة',
        allowed: 'measure_id من measures.csv، بينها |؛ فارغ = لا تذكر أي إجراء',
      },
      topics: { meaning: 'المواضيع التي تتناولها الملاحظة', allowed: 'كلمات بينها |' },
      districts: {
        meaning: 'المناطق التي تذكرها الملاحظة',
        allowed: (ids: string, separator: string) => `${ids}، بينها ${separator}؛ فارغ = لا تذكر أي منطقة`,
      },
    },
    documents: {
      document_id: {
        meaning: (path: string) => `معرّف الوثيقة لدى Insyn (العنوان ${path})`,
        allowed: 'أحرف لاتينية صغيرة a–z وأرقام وشرطات',
      },
      title: { meaning: 'عنوان الوثيقة نفسها', allowed: 'نص' },
      short: { meaning: 'اسم قصير يستخدمه Insyn في الإحالة إلى المصادر', allowed: 'نص' },
      kind: { meaning: 'نوع الوثيقة' },
      date: {
        meaning: 'التاريخ الذي تحمله الوثيقة',
        allowed: 'YYYY-MM-DD أو YYYY-MM أو YYYY؛ فارغ = الوثيقة لا تحمل تاريخًا',
      },
      date_note: {
        meaning: 'ما هو معروف عن التاريخ عندما لا تحمل الوثيقة تاريخًا',
        allowed: 'نص حر أو فارغ',
      },
      issuer: { meaning: 'الجهة التي أصدرت الوثيقة', allowed: 'نص' },
      diary_number: { meaning: 'رقم القيد', allowed: 'نص؛ فارغ = الوثيقة لا تذكر رقمًا' },
      url: { meaning: 'أين نُشر الأصل', allowed: 'عنوان على الإنترنت؛ فارغ = غير معروف' },
      origin: { meaning: 'الملف الذي نُسخ منه النص', allowed: 'مسار' },
      draft: { meaning: 'هل تقول الوثيقة إنها مسودة', allowed: 'true أو false' },
      summary: { meaning: 'جملة من Insyn عن ماهية الوثيقة', allowed: 'نص' },
    },
  },
  /** the districts' indicators over time (src/i18n/ar/indicators.ts) */
  indicators,
};

/** Document kinds inside a sentence ("اقتباس من بيان صحفي من بلدية Linköping"). */
const documentKindWords = {
  decision: 'قرار',
  minutes: 'محضر',
  'press-release': 'بيان صحفي',
  'grant-application': 'طلب',
  'follow-up': 'متابعة',
  plan: 'خطة',
};
