/**
 * What is not here: the page of documents Insyn knows of or asks for but does not have
 * (pages/[...lang]/saknas.astro, components/missing/), its ready request to the municipality
 * (src/lib/contact/document-request.ts: `missing.mail` is the letter itself, always sent in
 * Swedish), the link to it (components/missing/MissingLink.astro, on the home page) and what
 * a plan page says is not known about its plan (components/plan/PlanUnknowns.astro).
 */
export const words = {
  missing: {
    title: 'Det här saknas',
    description:
      'Handlingar om Linköpings åtgärdsplaner mot segregation som Insyn inte har: planernas listor över åtgärder, uppföljningar, nulägesbilder och kommunstyrelsens ärenden, med ett färdigt brev för att begära ut varje handling.',
    lead: 'Insyn visar bara det som står i handlingar och andra källor. De här handlingarna har Insyn inte, så det som står i dem finns inte på webbplatsen. Alla har rätt att begära ut allmänna handlingar från kommunen. Här finns ett färdigt brev för varje handling.',
    /** the groups of /saknas/, by `group` in content/missing-documents.yaml */
    groups: {
      plan: 'Planernas listor över åtgärder',
      'follow-up': 'Uppföljningar av planerna',
      'situation-report': 'Nulägesbilder för områdena',
      'board-item': 'Kommunstyrelsens ärenden om planerna',
    },
    fields: {
      plan: 'Hör till',
      body: 'Vem',
      date: 'Datum',
      diary: 'Diarienummer',
      known: 'Det här vet Insyn',
    },
    planName: (year: number) => `Planen för ${year}`,
    notGiven: 'anges inte i källan',
    notNamed:
      'Ingen källa som Insyn har nämner just den här handlingen. Insyn frågar efter den för att den borde finnas.',
    request: 'Begär ut handlingen',
    /** the request link's accessible name: which document, and that it opens an e-mail */
    requestLabel: (title: string) => `Begär ut ”${title}” med ett färdigt e-postbrev till kommunen`,
    /** above the letter's text, shown on request */
    mailIntro: 'Det här står i brevet:',
    how: {
      heading: 'Så begär du ut en handling',
      steps: [
        'Tryck på ”Begär ut handlingen” vid den handling du vill ha. Ditt e-postprogram öppnas med ett färdigt brev.',
        'Skriv kommunens e-postadress i fältet Till. Insyn har ingen källa för adressen, därför är den inte ifylld. Du kan också skicka brevet med vanlig post eller ringa kommunen.',
        'Du behöver inte säga vem du är eller varför du vill ha handlingen (tryckfrihetsförordningen 2 kap. 18 §).',
        'Kommunen ska lämna ut handlingen snabbt. Kommunen måste inte ge dig en digital kopia, men brevet ber om en. Säger kommunen nej kan du be om ett skriftligt beslut och överklaga det.',
      ],
      contact: 'Kommunens adress och telefonnummer, som kommunen själv skriver dem:',
    },
    send: {
      heading: 'Skicka det du får till Insyn',
      text: 'Får du en handling? Skicka den till Insyn, så kan fler läsa den här och sidorna blir mer kompletta. Skriv vilken handling det är och när du fick den.',
      link: 'Skicka en handling till Insyn',
      /** the subject of the message to Insyn */
      subject: 'En handling från kommunen',
    },
    /** the letter to the municipality: Swedish on every page (the link always uses the Swedish words) */
    mail: {
      subject: (title: string) => `Begäran om allmän handling: ${title}`,
      body: (what: string) =>
        `Hej!\n\nJag vill ta del av följande allmänna handling enligt offentlighetsprincipen (tryckfrihetsförordningen 2 kap.):\n\n${what}\n\nJag vill gärna få en digital kopia, till exempel som pdf-fil via e-post.\n\nJag behöver inte säga vem jag är eller varför jag vill ha handlingen (tryckfrihetsförordningen 2 kap. 18 §). Om ni inte lämnar ut handlingen, helt eller delvis, vill jag få ett skriftligt beslut som jag kan överklaga.\n\nVänliga hälsningar`,
    },
    /** the link to /saknas/ from the home page and the about page */
    link: 'Det här saknas – och så begär du ut det',
    linkText:
      'Många handlingar om planerna finns inte här än, till exempel planernas listor över åtgärder och uppföljningarna.',
  },
  /** what a plan page says is not known about its plan (components/plan/PlanUnknowns.astro) */
  unknowns: {
    heading: (year: number) => `Det här vet Insyn inte om planen för ${year}`,
    noSource: (year: number) =>
      `Ingen källa som Insyn har nämner planen för ${year}. Därför vet Insyn inte om den finns, vem som har beslutat den eller vad den innehåller.`,
    items: {
      measures: 'Vilka åtgärder planen har. Ingen källa som Insyn har nämner någon av dem.',
      list: 'Hela listan över planens åtgärder. Insyn känner bara till de åtgärder som står på den här sidan.',
      count: 'Hur många åtgärder planen har.',
      decidedOn: 'När planen fastställdes.',
      decidedBy: 'Vem som fastställde planen.',
      followUp: 'Hur det gick. Insyn har ingen uppföljning av planen.',
      statuses:
        'Hur det gick för varje åtgärd. Uppföljningen säger bara hur många åtgärder som fick varje status.',
    },
    notNothing:
      'Att något inte står här betyder inte att det inte finns. Det betyder att ingen källa som Insyn har läst säger det.',
    documents: 'Handlingar om planen som saknas här',
    all: 'Alla handlingar som saknas här, och hur du begär ut dem',
  },
} as const;
