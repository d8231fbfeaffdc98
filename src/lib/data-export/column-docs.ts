/**
 * The documentation of the data files' columns (/data/<dataset>.csv and .json): what each column
 * means and which values it may hold. Swedish, like the files: the JSON files carry it, and the
 * /data/ page shows it in every language marked as Swedish (lang="sv"), like the measures' and
 * events' columns beside their rows (../measure/rows.ts, event-rows.ts). The datasets' names and
 * what a row is are interface words (t.data.datasets). Used by datasets.ts.
 */
export const columnDocs = {
  source: {
    meaning: (of: string) =>
      `Källan till ${of}: sökvägen på Insyn till stycket i källdokumentet eller till referensen på sidan Källor`,
    allowed: (document: string, reference: string) =>
      `som ${document} eller ${reference}; tomt när värdet är okänt`,
  },
  remark: {
    meaning: (of: string) => `Insyns anmärkning om ${of}, t.ex. varför uppgiften saknas`,
    allowed: 'fri text eller tomt',
  },
  page: {
    meaning: 'Sidan på Insyn där uppgiften visas med sina källor',
    allowed: 'en sökväg som börjar med /',
  },
  /** what a source or remark column is about */
  of: {
    date: 'datumet',
    decider: 'beslutsfattaren',
    count: 'antalet',
    counts: 'antalen',
    followUp: 'uppföljningen (där den redovisas)',
    note: 'anteckningen',
  },
  plans: {
    plan_year: { meaning: 'Planens år', allowed: 't.ex. 2023' },
    name: { meaning: 'Planens namn som källorna kallar den', allowed: 'text' },
    decided_on: {
      meaning: 'Dag då planen fastställdes',
      allowed: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ så exakt som källan anger; tomt = ingen källa anger datum',
    },
    decided_by: { meaning: 'Vem som fastställde planen', allowed: 'text; tomt = okänt' },
    measure_count: {
      meaning: 'Antal åtgärder i planen enligt källan',
      allowed: 'heltal; tomt = ingen källa anger antalet',
    },
    measures_documented: {
      meaning: 'Antal av planens åtgärder som finns beskrivna hos Insyn (rader i measures.csv för året)',
      allowed: 'heltal, 0 eller mer',
    },
    plan_document_available: {
      meaning: 'Om Insyn har själva plandokumentet med listan över åtgärder',
      allowed: 'true eller false',
    },
    documents: { meaning: 'Källdokument om planen', allowed: 'id:n ur documents.csv, åtskilda med |' },
    meetings: {
      meaning: 'Protokollsparagrafer där planen behandlades',
      allowed: 'id:n (meeting_id i notes.csv), åtskilda med |',
    },
    request_hint: {
      meaning: 'Vad man ska begära ut hos kommunen för att få plandokumentet',
      allowed: 'text',
    },
  },
  followUps: {
    plan_year: { meaning: 'Året för planen som följs upp', allowed: 't.ex. 2022' },
    status: { meaning: 'Status som raden räknar' },
    status_label: { meaning: 'Statusordet som uppföljningen skriver det' },
    count: {
      meaning: 'Antal åtgärder med statusen enligt uppföljningen',
      allowed: 'heltal; tomt = ingen källa anger antalet',
    },
    total: {
      meaning: 'Antal åtgärder som uppföljningen säger att den omfattar',
      allowed: 'heltal; tomt = anges inte',
    },
    reported_on: {
      meaning: 'Dag då uppföljningen godkändes eller redovisades',
      allowed: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ; tomt = okänt',
    },
  },
  notes: {
    meeting_id: {
      meaning: (path: string) => `Protokollsparagrafens id hos Insyn (adressen ${path})`,
      allowed: 'gemener a–z, siffror och bindestreck',
    },
    meeting_date: { meaning: 'Sammanträdets datum', allowed: 'ÅÅÅÅ-MM-DD' },
    body: { meaning: 'Organet som sammanträdde', allowed: 't.ex. Kommunstyrelsen' },
    paragraph: { meaning: 'Paragrafnummer (§) i protokollet', allowed: 'heltal' },
    diary_number: {
      meaning: 'Diarienummer',
      allowed: 't.ex. KS 2020-754; tomt om protokollet inte visar något',
    },
    note_id: { meaning: 'Anteckningens id (ankare på protokollssidan)', allowed: 'som anteckning-v' },
    party: { meaning: 'Partiet som lämnade anteckningen', allowed: 'id ur parties.yaml, t.ex. v' },
    party_name: { meaning: 'Partiets namn', allowed: 'text' },
    author: { meaning: 'Vem som lämnade anteckningen, som protokollet skriver', allowed: 'text' },
    summary: { meaning: 'Insyns sammanfattning av anteckningen (inte partiets ord)', allowed: 'text' },
    quotes: { meaning: 'Korta citat ur anteckningen', allowed: 'citat åtskilda med |' },
    measures: {
      meaning: 'Åtgärder som anteckningen nämner',
      allowed: 'measure_id ur measures.csv, åtskilda med |; tomt = nämner ingen',
    },
    topics: { meaning: 'Ämnen som anteckningen tar upp', allowed: 'ord åtskilda med |' },
    districts: {
      meaning: 'Områden som anteckningen nämner',
      allowed: (ids: string, separator: string) => `${ids}, åtskilda med ${separator}; tomt = nämner inget`,
    },
  },
  documents: {
    document_id: {
      meaning: (path: string) => `Dokumentets id hos Insyn (adressen ${path})`,
      allowed: 'gemener a–z, siffror och bindestreck',
    },
    title: { meaning: 'Dokumentets egen rubrik', allowed: 'text' },
    short: { meaning: 'Kort namn som Insyn använder i källhänvisningar', allowed: 'text' },
    kind: { meaning: 'Slags dokument' },
    date: {
      meaning: 'Datum som dokumentet bär',
      allowed: 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ; tomt = dokumentet bär inget datum',
    },
    date_note: {
      meaning: 'Vad som är känt om datumet när dokumentet inte bär något',
      allowed: 'fri text eller tomt',
    },
    issuer: { meaning: 'Vem som utfärdade dokumentet', allowed: 'text' },
    recipient: {
      meaning: 'Vem dokumentet skickades till, som dokumentet självt säger det',
      allowed: 'text; tomt = dokumentet nämner ingen mottagare',
    },
    diary_number: { meaning: 'Diarienummer', allowed: 'text; tomt = dokumentet visar inget' },
    url: { meaning: 'Var originalet finns publicerat', allowed: 'en webbadress; tomt = okänt' },
    origin: { meaning: 'Filen som texten kopierades från', allowed: 'sökväg' },
    draft: { meaning: 'Om dokumentet säger att det är ett utkast', allowed: 'true eller false' },
    summary: { meaning: 'Insyns mening om vad dokumentet är', allowed: 'text' },
  },
} as const;
