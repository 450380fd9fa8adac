/**
 * The templates a knowledge page can start from: a title and the section headings its body starts
 * with. Shared: the server writes them into the new page's document, the web app offers them.
 */
export const PAGE_TEMPLATES = {
  IMPLEMENTATION_GUIDE: {
    name: 'Implementatiehandleiding',
    headings: [
      'Doel en resultaat',
      'Voor wie is deze handleiding',
      'Voorwaarden en benodigdheden',
      'Stappenplan',
      'Planning en mijlpalen',
      'Risico’s en aandachtspunten',
      'Contact en ondersteuning',
      'Bronnen',
    ],
  },
  EXPLAINER: {
    name: 'Leg-uit-toelichting',
    headings: [
      'In het kort',
      'Waarom is dit nodig?',
      'Wat verandert er voor inwoners en ondernemers?',
      'Wat betekent het voor de gemeente?',
      'Veelgestelde vragen',
      'Meer weten',
    ],
  },
  DECISION: {
    name: 'Besluitvorming',
    headings: [
      'Voorstel',
      'Aanleiding',
      'Beoogd effect',
      'Argumenten',
      'Kanttekeningen en risico’s',
      'Financiële gevolgen',
      'Uitvoering en planning',
      'Communicatie',
      'Besluit',
    ],
  },
} as const;

/** One of the template keys (the GraphQL `PageTemplate`). */
export type PageTemplate = keyof typeof PAGE_TEMPLATES;

/** The template keys, in the order the web app offers them. */
export const PAGE_TEMPLATE_KEYS = Object.keys(PAGE_TEMPLATES) as PageTemplate[];
