/**
 * Linköping municipality's address and switchboard, as the municipality's own document
 * prints them (the source below; tests/unit/content-invariants.test.ts checks they still
 * stand there). The one-page languages show it under "how to ask for a document".
 */
export const municipalityContact = {
  name: 'Linköpings kommun',
  address: 'Storgatan 58, 581 81 Linköping',
  phone: '013-20 60 00',
  /** the same number for a phone's dialler (+46, without the leading 0) */
  tel: 'tel:+4613206000',
  /**
   * the municipality's e-mail address for requests; null: no source Insyn has gives one, so a
   * ready request (src/lib/contact/document-request.ts) leaves the recipient for the reader to fill in
   */
  email: null as string | null,
  /** the paragraph with the address; the phone number is the next one (st-26) */
  source: { document: 'pm-2020-12-samordningsplan', anchor: 'st-25' },
} as const;
