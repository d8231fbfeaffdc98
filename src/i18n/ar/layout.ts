/**
 * Arabic for ../sv/layout.ts (Insyn's translation, same keys).
 * The frame of every page: the head and header (src/layouts/Base.astro, components/layout/Header.astro,
 * LanguageMenu.astro), the main menu and breadcrumbs (layout/sections.ts, Breadcrumbs.astro), the footer
 * (Footer.astro), the notices on translated pages (Base.astro, pages/[...lang]/[page].astro,
 * dokument/[id].astro, components/i18n/Quote.astro), wide tables (layout/TableScroll.astro and the tables
 * in it) and the 404 page (pages/404.astro, [lang]/404.astro, layout/NotFound.astro).
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/layout.ts';
import { num } from './grammar.ts';

export const words: Wide<typeof sv> = {
  site: {
    name: 'Insyn',
    tagline: 'عمل Linköping ضد الفصل الاجتماعي – مفتوح للجميع',
    skip: 'انتقل إلى المحتوى',
    footerPrivacy:
      'لا يستخدم الموقع ملفات تعريف الارتباط (الكوكيز)، ولا أدوات تحليل، ولا خدمات من خارج هذا الموقع.',
    /** the text of the image shown when a page is shared */
    ogImageAlt: 'Insyn – عمل Linköping ضد الفصل الاجتماعي، مفتوح للجميع',
  },
  nav: {
    label: 'القائمة الرئيسية',
    /** the button that opens the menu on a phone */
    menu: 'القائمة',
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
  page: {
    onThisPage: 'في هذه الصفحة',
    showMore: (n: number) => `عرض الباقي (${num(n)})`,
    showEarlier: (n: number) => `عرض الأقدم (${num(n)})`,
    showLess: 'عرض أقل',
  },
  languages: {
    menu: 'اللغة',
    more: 'لغات أخرى',
  },
  translation: {
    mark: 'ترجمة Insyn، ليست رسمية',
    unreviewed: 'ترجم Insyn هذه الصفحة. لم يراجع الترجمة بعد أي شخص يقرأ العربية.',
    reviewed: (by: string, date: string) => `راجع ${by} هذه الترجمة (${date}).`,
    policy: 'كيف يترجم Insyn',
    fullTextSwedish: 'نص الوثيقة هنا بالسويدية، كما هو في المصدر.',
    pageOnlySwedish: 'هذه الصفحة موجودة بالسويدية فقط حتى الآن. هذا هو النص السويدي.',
  },
  crumbs: {
    label: 'أنت هنا',
  },
  tables: {
    scrollCue: 'الجدول أعرض من الشاشة. اسحب إلى الجانب لترى كل الأعمدة.',
    source: 'المصدر',
    region: (caption: string) => `جدول: ${caption}`,
    documentTable: (block: string) => `الفقرة ${block}`,
  },
  notFound: {
    title: 'الصفحة غير موجودة',
    text: 'لا توجد صفحة على هذا العنوان. ربما فيه خطأ إملائي، أو لم تكن الصفحة هنا أبدًا.',
    searchHeading: 'ابحث عمّا كنت تبحث عنه',
    searchLabel: 'كلمة البحث',
    sectionsHeading: 'أو ابدأ من أحد الأقسام',
    home: 'الصفحة الرئيسية',
  },
};
