/**
 * Arabic for ../sv/home.ts (Insyn's translation, same keys).
 * The home page (pages/[...lang]/index.astro); its chart's words are in charts.ts.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/home.ts';

export const words: Wide<typeof sv> = {
  home: {
    description:
      'ماذا تَعِد به بلدية Linköping وماذا تفعل ضد الفصل الاجتماعي في Berga وRyd وSkäggetorp: الخطط، والإجراءات، والمتابعات، والمحاضر، مع المصادر.',
    heading: 'ماذا تفعل Linköping ضد الفصل الاجتماعي؟',
    lead: 'كل سنة تقرّ البلدية خطة فيها إجراءات ضد الفصل الاجتماعي. تخص الخطط بشكل خاص Berga وRyd وSkäggetorp. هنا يمكنك أن ترى ماذا تَعِد به الخطط، وما تقول المصادر إنه تم عمله، وماذا قال السياسيون. لكل معلومة مصدر.',
    yourDistrict: 'منطقتك',
    plans: 'الخطط',
    latestMeetings: 'أحدث المحاضر',
    about: 'عن Insyn: من أين تأتي المعلومات، وماذا تعني كلمات الحالة',
  },
};
