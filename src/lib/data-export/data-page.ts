/**
 * The /data/ page: each download with its row count and its columns' documentation, the JSON
 * Schemas, the feeds, and where to report an error in a file. The files and their column
 * documentation are Swedish whatever the page's language.
 */
import type { Dict } from '../../i18n/types.ts';
import { sv } from '../../i18n/sv/index.ts';
import type { LanguageId } from '../../i18n/languages.ts';
import { feedPathIn } from '../feed/items.ts';
import { describeColumns } from '../measure/rows.ts';
import type { Site } from '../site/build-site.ts';
import type { Snapshot } from '../site/snapshot.ts';
import { reportTarget } from '../sources/report-link.ts';
import { districtFeedPath, documentPath, feedPath } from '../urls/paths.ts';
import { datasetsIn } from './datasets.ts';
import { describeCollection, schemaNames } from './json-schema.ts';

export function dataPage(site: Site, snapshot: Snapshot, t: Dict, id: LanguageId) {
  const report = reportTarget();
  return {
    datasets: datasetsIn(t).map((dataset) => ({
      dataset,
      rows: dataset.rows(snapshot).length,
      columns: describeColumns(dataset.columns, snapshot),
    })),
    /** each collection's JSON Schema, with where its entries live (Swedish) */
    schemas: schemaNames.map((name) => ({ name, description: describeCollection(name) })),
    /** the language's feed, then each district's */
    feeds: [
      { href: feedPathIn(id, feedPath()), district: null },
      ...site.districts.map((d) => ({
        href: feedPathIn(id, districtFeedPath(d.id)),
        district: d.data.name,
      })),
    ],
    /** a source column's value as the page's example: a paragraph of a source document */
    sourceExample: documentPath('ks-2023-02-14-31', 'st-6'),
    /** where errors in the files are reported: the link, and the address (or URL) it shows */
    report: {
      href: report,
      label: report.startsWith('mailto:') ? report.slice('mailto:'.length).split('?')[0] : report,
    },
  };
}

/** The download files' routes (/data/<id>.csv and /data/<id>.json): one per dataset, in Swedish like the files. */
export const datasetRoutes = () =>
  datasetsIn(sv).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }));
