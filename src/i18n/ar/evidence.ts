/**
 * Arabic words for what a fact may be called (src/lib/sources/evidence.ts): Insyn's translation
 * of src/i18n/sv/evidence.ts, not official, same keys. Counted nouns take their Arabic form
 * through Intl.PluralRules('ar'); numbers are Western digits, as on every Arabic page.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/evidence.ts';
import { countedNoun, type PluralForms } from '../plural.ts';
import { num } from './grammar.ts';

/** A counted noun in its Arabic form (one, two, few, many, other); `#` is the number in Western digits. */
const counted = (n: number, forms: PluralForms) => countedNoun('ar', forms, num)(n);

/** "for/of X": ل joins an Arabic word (ال becomes لل), and stands as لـ before a Latin name. */
const li = (name: string) =>
  /^[\u0600-\u06FF]/.test(name) ? (name.startsWith('ال') ? `ل${name.slice(1)}` : `ل${name}`) : `لـ${name}`;

const documentWords = {
  decision: 'قرار',
  minutes: 'محضر',
  'press-release': 'بيان صحفي',
  'grant-application': 'طلب',
  'follow-up': 'متابعة',
  plan: 'خطة',
};

export const words: Wide<typeof sv> = {
  evidence: {
    kinds: {
      record: 'وثيقة من وثائق البلدية نفسها',
      'municipal-news': 'خبر أو بيان صحفي من البلدية',
      authority: 'صفحة هيئة حكومية عن عملها',
      majority: 'بيان صحفي من الأغلبية الحاكمة',
      party: 'نص من حزب',
      news: 'مقال إخباري',
      opinion: 'مقال رأي أو رسالة قارئ',
      secondary: 'مصدر غير مباشر',
      statistics: 'إحصاءات رسمية',
    },
    kindMeans: {
      record: 'تُعرض القرارات والأعمال كحقائق.',
      'municipal-news': 'تُعرض قرارات البلدية وأعمالها كحقائق.',
      authority: 'تُعرض قرارات الهيئة وأعمالها هي كحقائق، وما عدا ذلك كمعلومة من الهيئة.',
      majority: 'يُعرض كما تكتبه الأغلبية، لا كقرار.',
      party: 'يُعرض كما يكتبه الحزب، لا كقرار.',
      news: 'يُعرض كما تنقله الصحيفة.',
      opinion: 'يُعرض كرأي الكاتب وروايته.',
      secondary: 'ملخص أو موسوعة أو ترجمة آلية أو بحث جامعي: يُعرض كمعلومة من المصدر، مع تحفظ.',
      statistics: 'تُعرض الأرقام كحقائق، مع تعريفها.',
    },
    counted: {
      own: (c: number) =>
        counted(c, {
          one: 'وثيقة أو خبر واحد من البلدية نفسها',
          two: 'وثيقتان أو خبران من البلدية نفسها',
          few: '# من وثائق البلدية وأخبارها',
          many: '# من وثائق البلدية وأخبارها',
          other: '# من وثائق البلدية وأخبارها',
        }),
      authority: (c: number) =>
        counted(c, {
          one: 'صفحة واحدة لهيئة حكومية',
          two: 'صفحتان لهيئات حكومية',
          few: '# صفحات لهيئات حكومية',
          many: '# صفحةً لهيئات حكومية',
          other: '# صفحة لهيئات حكومية',
        }),
      majority: (c: number) =>
        counted(c, {
          one: 'بيان صحفي واحد من الأغلبية الحاكمة',
          two: 'بيانان صحفيان من الأغلبية الحاكمة',
          few: '# بيانات صحفية من الأغلبية الحاكمة',
          many: '# بيانًا صحفيًا من الأغلبية الحاكمة',
          other: '# بيان صحفي من الأغلبية الحاكمة',
        }),
      party: (c: number) =>
        counted(c, {
          one: 'نص واحد من حزب',
          two: 'نصان من أحزاب',
          few: '# نصوص من أحزاب',
          many: '# نصًا من أحزاب',
          other: '# نص من أحزاب',
        }),
      news: (c: number) =>
        counted(c, {
          one: 'مقال إخباري واحد',
          two: 'مقالان إخباريان',
          few: '# مقالات إخبارية',
          many: '# مقالًا إخباريًا',
          other: '# مقال إخباري',
        }),
      opinion: (c: number) =>
        counted(c, {
          one: 'مقال رأي أو رسالة قارئ واحدة',
          two: 'مقالا رأي أو رسالتا قارئ',
          few: '# مقالات رأي ورسائل قراء',
          many: '# مقالًا ورسالةً',
          other: '# مقال رأي ورسالة قارئ',
        }),
      secondary: (c: number) =>
        counted(c, {
          one: 'مصدر غير مباشر واحد',
          two: 'مصدران غير مباشرين',
          few: '# مصادر غير مباشرة',
          many: '# مصدرًا غير مباشر',
          other: '# مصدر غير مباشر',
        }),
      statistics: (c: number) =>
        counted(c, {
          one: 'صفحة إحصاءات واحدة',
          two: 'صفحتا إحصاءات',
          few: '# صفحات إحصاءات',
          many: '# صفحةً إحصائية',
          other: '# صفحة إحصاءات',
        }),
    },
    total: (count: number, parts: string) =>
      `يعتمد Insyn على ${counted(count, { one: 'مصدر واحد', two: 'مصدرين', few: '# مصادر', many: '# مصدرًا', other: '# مصدر' })}: ${parts}.`,
    footer: 'كل معلومة تذكر مصدرها. وما لا يأتي من وثائق البلدية نفسها يذكر من يقوله.',
    labels: {
      decision: 'قرار',
      agreement: 'اتفاق',
      record: 'من الوثيقة',
      municipality: 'البلدية تخبر',
      authority: (who: string) => `${who} تخبر`,
      statistics: 'إحصاءات',
      news: 'خبر',
      according: (who: string) => `بحسب ${who}`,
    },
    labelMeaning: {
      decision: 'القرار موجود في وثيقة الجهة نفسها أو في خبر من البلدية',
      agreement: 'الاتفاق موجود في وثيقة البلدية نفسها أو في خبر منها',
      record: 'المعلومة موجودة في وثيقة البلدية نفسها',
      municipality: 'البلدية نفسها تخبر بما فعلته أو ستفعله',
      authority: 'هيئة حكومية تخبر بشيء فعلته هي',
      statistics: 'إحصاءات رسمية',
      news: 'صحيفة أو قناة تنقل الخبر؛ هذه رواية الصحيفة',
      according:
        'يقوله طرف غير الجهة التي قامت بالعمل (حزب، أو الأغلبية الحاكمة، أو رسالة قارئ، أو ملخص)؛ هذه روايتهم، وليست معلومة ثابتة',
    },
    inline: (who: string) => `بحسب ${who}`,
    lead: {
      according: (who: string) => `بحسب ${who}:`,
      reports: (who: string) => `بحسب خبر في ${who}:`,
      writes: (who: string) => `تكتب ${who}:`,
    },
    who: {
      record: (kind: keyof typeof documentWords, issuer: string) => `${documentWords[kind]} من ${issuer}`,
      municipality: 'البلدية',
      note: (party: string) => `ملاحظة ${party} في المحضر`,
      party: (party: string) => `الموقع الإلكتروني ${li(party)}`,
      majority: (author: string | null) => (author ? `الأغلبية الحاكمة (${author})` : 'الأغلبية الحاكمة'),
      opinion: (form: 'letter' | 'debate', author: string, publisher: string) =>
        form === 'letter'
          ? `رسالة قارئ كتبها ${author} في ${publisher}`
          : `مقال رأي كتبه ${author} في ${publisher}`,
      statistics: (publisher: string) => `إحصاءات ${publisher}`,
    },
    happenings: {
      decision: 'قرار',
      action: 'حدث',
      plan: 'مخطط له',
      finding: 'متابعة',
      agreement: 'اتفاق',
    },
    certainty: {
      high: 'معلومة مؤكدة',
      medium: 'معلومة غير مباشرة',
      low: 'معلومة غير مؤكدة',
    },
    restsOn: (who: string) => `معروفة من ${who}.`,
    inPlan: {
      high: (year: number, number: string | null) =>
        `الإجراء موجود في خطة عام ${year}${number ? ` برقم ${number}` : ''}.`,
      medium: (who: string, year: number, number: string | null) =>
        `بحسب ${who}، الإجراء موجود في خطة عام ${year}${number ? ` برقم ${number}` : ''}.`,
      low: (who: string, year: number) =>
        `بحسب ${who}، هو من إجراءات عام ${year}. ليس من المؤكد أنه موجود في خطة عام ${year}.`,
    },
    checked: (date: string) => `تمّ التحقق منه في ${date}`,
    sourceWords: 'يقول المصدر',
    conflict: {
      heading: 'المصادر تقول أشياء مختلفة',
      intro: 'يعرض Insyn ما يقوله كل مصدر ولا يختار بينها.',
    },
    measuresNaming: (name: string, uncertain: number) =>
      ` تذكر ${name}${uncertain > 0 ? `، منها ${num(uncertain)} غير مؤكدة` : ''}: `,
    uncertainMark: 'معلومة غير مؤكدة',
    body: {
      decision: 'الجهة التي قررت',
      agreement: 'الأطراف',
      other: 'الجهة',
      decisionAccording: 'الجهة التي قررت، بحسب المصدر',
      agreementAccording: 'الأطراف، بحسب المصدر',
      otherAccording: 'الجهة، بحسب المصدر',
    },
    eventTitle: (measure: string, label: string, date: string) => `${measure}: ${label}، ${date}`,
    decisionsHeading: 'قرارات وأحداث أخرى في المنطقة',
    decisions: {
      named: (name: string) =>
        `هذه قرارات وأحداث تقول المصادر إنها تخص ${name}. لا يقول أي مصدر لدى Insyn إنها جزء من خطة عمل، لذلك لا تُحسب من إجراءات الخطة.`,
      maybe: (name: string) =>
        `هذه قرارات قد تخص ${name}: المصدر لا يذكر منطقة بعينها، لذلك لا يعرف Insyn هل تشمل ${name}. لا يقول أي مصدر لدى Insyn إنها جزء من خطة عمل.`,
      mixed: (name: string) =>
        `هذه قرارات وأحداث تقول المصادر إنها تخص ${name}، وقرارات قد تخص ${name} (حين لا يذكر المصدر أي منطقة). لا يقول أي مصدر لدى Insyn إنها جزء من خطة عمل.`,
    },
  },
};
