/**
 * Corrections: the page (pages/[...lang]/rattelser.astro), its link in the footer, and "Rättad" on a corrected
 * fact (components/measure/MeasureTimeline.astro, district/RelatedDecisions.astro).
 */

export const words = {
  corrections: {
    title: 'Rättelser',
    description:
      'Alla rättelser av uppgifter på Insyn, det senaste först: vad som var fel, vad som är rätt och var det rätta står.',
    lead: 'När Insyn har visat en uppgift som var fel rättar vi den öppet. Här står varje rättelse: vilken sida och uppgift, vad som var fel, vad som är rätt och källan till det rätta. Den rättade uppgiften visar ”Rättad” med en länk hit.',
    none: 'Inga rättelser hittills.',
    page: 'Sida',
    wrong: 'Vad som var fel',
    right: 'Vad som är rätt',
    source: 'Källa till det rätta',
    reporter: 'Rapporterat av',
    corrected: (date: string) => `Rättad ${date}`,
    policy: 'Så rättar Insyn',
  },
} as const;
