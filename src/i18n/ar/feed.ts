/**
 * Arabic for ../sv/feed.ts (Insyn's translation, same keys).
 * The RSS feeds (pages/[...lang]/flode.xml.ts, flode/[id].xml.ts, src/lib/feed/items.ts) and the links to them
 * (src/layouts/Base.astro, components/layout/Footer.astro, the data page).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/feed.ts';
import { num, measuresAfterPreposition } from './grammar.ts';

export const words: Wide<typeof sv> = {
  feed: {
    link: 'الجديد عن خطط العمل (RSS)',
    districtLink: (name: string) => `الجديد عن ${name} (RSS)`,
    title: 'Insyn – الجديد عن خطط Linköping ضد الفصل الاجتماعي',
    description:
      'الخطط المعتمدة، والقرارات في المحاضر، والمتابعات، وملاحظات المحاضر، والأحداث في تاريخ الإجراءات، والقرارات الأخرى في المناطق، والتصحيحات، الأحدث أولًا. كل منشور فيه رابط إلى الصفحة التي عليها المصادر.',
    districtTitle: (name: string) => `Insyn – الجديد عن ${name}`,
    districtDescription: (name: string) =>
      `ملاحظات المحاضر والأحداث في الإجراءات والقرارات الأخرى التي تذكر ${name}، والقرارات والمتابعات التي تخص الخطة كلها. الأحدث أولًا.`,
    language: 'ar',
    /** the feeds' items; a feed is in one language, its quotations stay Swedish */
    item: {
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
      event: (kind: string, measure: string) => `${kind} (حدث): ${measure}`,
      related: (kind: string, title: string) => `${kind} (قرارات أخرى في المنطقة): ${title}`,
      notInPlan: 'غير معروف أنه جزء من خطة العمل.',
      correction: (subject: string) => `تصحيح: ${subject}`,
    },
  },
};
