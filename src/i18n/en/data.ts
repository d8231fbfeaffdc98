/**
 * English for ../sv/data.ts (Insyn's translation, same keys).
 * The open data page /data/ (pages/[...lang]/data/index.astro, data/_components/ColumnTable.astro,
 * DownloadTable.astro) and the datasets' names (src/lib/data-export/datasets.ts). The columns' documentation
 * is Swedish, like the files, and lives with them in src/lib/data-export/column-docs.ts.
 */
import type { Wide } from '../types.ts';
import type { words as sv } from '../sv/data.ts';
import { countedNoun } from '../plural.ts';

export const words: Wide<typeof sv> = {
  data: {
    nav: 'Open data',
    title: 'Open data',
    description:
      "Download Insyn's information about the action plans against segregation as CSV and JSON, with a description of each column, a schema and RSS feeds.",
    terms:
      "The information comes from Linköping municipality's public documents and from the sources that each row gives. Decisions and statements by public authorities are not protected by copyright (the Swedish Copyright Act, section 9). You may use, adapt and share the information freely. Give the source: Insyn and the source document.",
    /** /data/: the page. Strings marked HTML are rendered with set:html: keep their tags. */
    page: {
      lead: 'Everything that Insyn shows about the plans, the measures, the follow-ups and the minutes is also available as files to download. The files are built from the same information as the pages, every time the website is built.',
      /** shown on the pages in other languages: the files are not translated */
      filesSwedish:
        'The files are in Swedish, like the sources: the names of the columns are English words, but the values and the texts are Swedish.',
      files: 'Files',
      about: 'About the files',
      /** HTML: the list under "About the files" */
      aboutItems: (separator: string, sourceExample: string) => [
        '<strong>CSV</strong> is encoded as UTF-8 with a byte order mark (BOM), has semicolons (<code>;</code>) between the columns and CRLF line endings. That way Excel with Swedish settings opens the file correctly with a double click. In other programs: choose the character encoding UTF-8 and semicolon as the separator.',
        'The first row has the names of the columns. The columns are described below.',
        'An <strong>empty cell</strong> means that no source that Insyn has gives the information. It does not mean zero or no.',
        `A <strong>list</strong> in a cell has the character <code>${separator}</code> between the values.`,
        "A cell that would start with <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, tab or carriage return has an <strong>apostrophe</strong> (<code>'</code>) first in the CSV file, so that Excel and LibreOffice show it as text and do not run it as a formula. The apostrophe is not part of the value: Insyn removes it when the file is read in again, and the JSON file has the value without it.",
        'Dates are written as exactly as the source gives them: <code>2023-02-14</code>, <code>2020-12</code> or <code>2018</code>.',
        `The source columns are paths on Insyn, like <code>${sourceExample}</code>: the paragraph in the source document where the information is.`,
        '<strong>JSON</strong> has the same rows as the CSV file, under <code>rows</code>. There, whole numbers are numbers, lists are arrays and empty cells are <code>null</code>. The file also has the description of the columns (<code>columns</code>) and the terms (<code>terms</code>).',
        'The file <code>measures.csv</code> has the same form that Insyn reads in when new measures are added. So a changed file can be read in again.',
      ],
      columns: 'Columns',
      rowIs: (what: string) => `A row is ${what}.`,
      columnsCaption: (dataset: string) => `Columns in ${dataset}`,
      schema: 'Schema for the content',
      /** HTML */
      schemaText:
        "Insyn's content is stored as YAML and Markdown files in the folder <code>content/</code>. Each collection has a JSON Schema (draft 2020-12) that is made from the same rules that the website checks the content with. Rules that concern several fields or collections (for example that a measure with low certainty must have a warning) cannot be expressed in the schema; they are checked when the website is built.",
      feeds: 'Feeds (RSS)',
      feedsLead:
        'Follow new decisions, follow-ups and notes in the minutes in an RSS reader. The latest comes first, and each item links to the page with the sources. Only events with a date that the source gives are included.',
      feedsLanguages:
        'The feeds are in Swedish, English and Arabic, with the same items. Quotations and texts that Insyn has not translated are in Swedish in all feeds.',
      feedsText: [
        "Events in a measure's history have in their heading what their source allows them to be called: Decision, The municipality reports or News, otherwise According to … naming who says it. Corrections are included in the website's feed.",
        "An area's feed has the notes in the minutes that mention the area, the same as the area's page, and the events in the measures that mention the area. It also has adopted plans, decisions about the plans and follow-ups, because each plan is about Berga, Ryd and Skäggetorp together.",
        'RSS needs a time of day. The sources only give the day, so the items get the time 12:00 (UTC) on that day. Events where the source only gives a month or a year get no date in the feed.',
      ],
      terms: 'Terms',
      termsExample: (site: string) =>
        `For example, write: “Source: Insyn (${site}), based on the minutes of the Municipal Executive Board (Kommunstyrelsen) 2023-02-14 § 31.”`,
      errors: 'Have you found an error?',
      errorsText: (link: string) =>
        `Next to every source reference on the website there is the link “${link}”. It opens a message where the page and the information are already filled in. You can also write directly to `,
    },
    /** the tables on /data/ */
    table: {
      downloads: 'Files to download',
      dataset: 'Information',
      rowIs: 'A row is',
      rows: 'Rows',
      files: 'Files',
      rowCount: countedNoun('en', { one: '# row', other: '# rows' }),
      column: 'Column',
      type: 'Type',
      meaning: 'Meaning',
      allowed: 'Allowed values',
      /** a column's type as the files name it (heltal, text, lista, id) */
      types: { heltal: 'whole number', text: 'text', lista: 'list', id: 'id' },
    },
    /** each dataset's heading and what one of its rows is */
    datasets: {
      titles: {
        measures: 'Measures',
        plans: 'Plans',
        'follow-ups': 'Follow-ups',
        notes: 'Notes in the minutes',
        documents: 'Documents',
        events: 'Events',
        decisions: 'Other decisions in the areas',
      },
      rowIs: {
        measures: 'one measure in one plan year',
        plans: 'one plan year',
        'follow-ups': 'one status word in the follow-up of one plan year',
        notes: 'one note in the minutes',
        documents: 'one source document',
        events:
          "one event in a measure's history (a decision, something done or to be done, a follow-up), with the kind of its source",
        decisions:
          'a decision, agreement or event in the areas that no source ties to a measure of the plan, with the kind of its source',
      },
    },
  },
};
