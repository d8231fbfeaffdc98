/**
 * The open data page /data/ (pages/[...lang]/data/index.astro, data/_components/ColumnTable.astro,
 * DownloadTable.astro) and the datasets' names (src/lib/data-export/datasets.ts). The columns' documentation
 * is Swedish, like the files, and lives with them in src/lib/data-export/column-docs.ts.
 */
import { countedNoun } from '../plural.ts';

export const words = {
  data: {
    nav: 'Öppna data',
    title: 'Öppna data',
    description:
      'Ladda ner Insyns uppgifter om åtgärdsplanerna mot segregation som CSV och JSON, med beskrivning av varje kolumn, schema och RSS-flöden.',
    terms:
      'Uppgifterna kommer ur Linköpings kommuns allmänna handlingar och ur de källor som varje rad anger. Myndigheters beslut och yttranden skyddas inte av upphovsrätt (upphovsrättslagen 9 §). Du får använda, bearbeta och sprida uppgifterna fritt. Ange källan: Insyn och källdokumentet.',
    /** /data/: the page. Strings marked HTML are rendered with set:html: keep their tags. */
    page: {
      lead: 'Allt som Insyn visar om planerna, åtgärderna, uppföljningarna och protokollen finns också som filer att ladda ner. Filerna byggs av samma uppgifter som sidorna, varje gång webbplatsen byggs.',
      /** shown on the pages in other languages: the files are not translated */
      filesSwedish:
        'Filerna är på svenska, som källorna: kolumnernas namn är engelska ord, men värdena och texterna är svenska.',
      files: 'Filer',
      about: 'Om filerna',
      /** HTML: the list under "Om filerna" */
      aboutItems: (separator: string, sourceExample: string) => [
        '<strong>CSV</strong> är kodad som UTF-8 med byte order mark (BOM), har semikolon (<code>;</code>) mellan kolumnerna och radslut CRLF. Då öppnar Excel med svenska inställningar filen rätt med ett dubbelklick. I andra program: välj teckenkodning UTF-8 och semikolon som avgränsare.',
        'Första raden är kolumnernas namn. Kolumnerna beskrivs nedan.',
        'En <strong>tom cell</strong> betyder att ingen källa som Insyn har anger uppgiften. Den betyder inte noll eller nej.',
        `En <strong>lista</strong> i en cell har tecknet <code>${separator}</code> mellan värdena.`,
        "En cell som skulle börja med <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, tabb eller vagnretur har en <strong>apostrof</strong> (<code>'</code>) först i CSV-filen, så att Excel och LibreOffice visar den som text och inte kör den som en formel. Apostrofen hör inte till värdet: Insyn tar bort den när filen läses in igen, och JSON-filen har värdet utan den.",
        'Datum skrivs så exakt som källan anger dem: <code>2023-02-14</code>, <code>2020-12</code> eller <code>2018</code>.',
        `Källkolumnerna är sökvägar på Insyn, som <code>${sourceExample}</code>: stycket i källdokumentet där uppgiften står.`,
        '<strong>JSON</strong> har samma rader som CSV-filen, under <code>rows</code>. Där är heltal tal, listor arrayer och tomma celler <code>null</code>. Filen har också kolumnbeskrivningen (<code>columns</code>) och villkoren (<code>terms</code>).',
        'Filen <code>measures.csv</code> har samma form som Insyn läser in när nya åtgärder läggs till. En ändrad fil kan alltså läsas in igen.',
      ],
      columns: 'Kolumner',
      rowIs: (what: string) => `En rad är ${what}.`,
      columnsCaption: (dataset: string) => `Kolumner i ${dataset}`,
      schema: 'Schema för innehållet',
      /** HTML */
      schemaText:
        'Insyns innehåll ligger som YAML- och Markdown-filer i katalogen <code>content/</code>. Varje samling har ett JSON Schema (draft 2020-12) som tas fram ur samma regler som webbplatsen kontrollerar innehållet med. Regler som gäller flera fält eller samlingar (till exempel att en åtgärd med låg säkerhet måste ha en varning) kan inte uttryckas i schemat; de kontrolleras när webbplatsen byggs.',
      feeds: 'Flöden (RSS)',
      feedsLead:
        'Följ nya beslut, uppföljningar och protokollsanteckningar i en RSS-läsare. Det senaste kommer först, och varje post länkar till sidan med källorna. Bara händelser med ett datum som källan anger kommer med.',
      feedsLanguages:
        'Flödena finns på svenska, engelska och arabiska, med samma poster. Citat och texter som Insyn inte har översatt står på svenska i alla flöden.',
      feedsText: [
        'Händelser i en åtgärds historia har i rubriken det som källan tillåter att de kallas: Beslut, Kommunen berättar eller Nyhet, annars Enligt … med vem som säger det. Rättelser kommer med i webbplatsens flöde.',
        'Ett områdes flöde har de protokollsanteckningar som nämner området, samma som områdets sida, och händelserna i de åtgärder som nämner området. Dessutom har det fastställda planer, beslut om planerna och uppföljningar, eftersom varje plan gäller Berga, Ryd och Skäggetorp tillsammans.',
        'RSS kräver ett klockslag. Källorna anger bara dag, så posterna får klockan 12.00 (UTC) den dagen. Händelser där källan bara anger månad eller år får inget datum i flödet.',
      ],
      terms: 'Villkor',
      termsExample: (site: string) =>
        `Skriv till exempel: ”Källa: Insyn (${site}), efter Kommunstyrelsens protokoll 2023-02-14 § 31.”`,
      errors: 'Har du hittat ett fel?',
      errorsText: (link: string) =>
        `Bredvid varje källhänvisning på webbplatsen finns länken ”${link}”. Den öppnar ett meddelande där sidan och uppgiften redan är ifyllda. Du kan också skriva direkt till `,
    },
    /** the tables on /data/ */
    table: {
      downloads: 'Filer att ladda ner',
      dataset: 'Uppgifter',
      rowIs: 'En rad är',
      rows: 'Rader',
      files: 'Filer',
      rowCount: countedNoun('sv', { one: '# rad', other: '# rader' }),
      column: 'Kolumn',
      type: 'Typ',
      meaning: 'Betydelse',
      allowed: 'Tillåtna värden',
      /** a column's type as the files name it */
      types: { heltal: 'heltal', text: 'text', lista: 'lista', id: 'id' },
    },
    /** each dataset's heading and what one of its rows is */
    datasets: {
      titles: {
        measures: 'Åtgärder',
        plans: 'Planer',
        'follow-ups': 'Uppföljningar',
        notes: 'Protokollsanteckningar',
        documents: 'Dokument',
        events: 'Händelser',
        decisions: 'Andra beslut i områdena',
      },
      rowIs: {
        measures: 'en åtgärd ett planår',
        plans: 'ett planår',
        'follow-ups': 'ett statusord i uppföljningen av ett planår',
        notes: 'en protokollsanteckning',
        documents: 'ett källdokument',
        events:
          'en händelse i en åtgärds historia (ett beslut, något som gjordes eller ska göras, en uppföljning), med källans slag',
        decisions:
          'ett beslut, en överenskommelse eller en händelse i områdena som ingen källa knyter till en åtgärd i planen, med källans slag',
      },
    },
  },
} as const;
