/**
 * Arabic for ../sv/glossary.ts (Insyn's translation, same keys).
 * The glossary (pages/[...lang]/ordlista.astro, components/glossary/TermList.astro, status/StatusList.astro)
 * and its link in the footer.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/glossary.ts';

export const words: Wide<typeof sv> = {
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
};
