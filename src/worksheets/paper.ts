/** The two paper sizes every worksheet is printed on, in PDF points (1/72 inch). */
export const papers = {
  a4: { id: 'a4', label: 'A4', width: 595.28, height: 841.89 },
  letter: { id: 'letter', label: 'US Letter', width: 612, height: 792 },
} as const;

export type PaperId = keyof typeof papers;
export type Paper = (typeof papers)[PaperId];
export const paperIds: readonly PaperId[] = ['a4', 'letter'];

/** The size offered first where only one fits (a search result): the handbook is written in US English. */
export const defaultPaper: PaperId = 'letter';

/**
 * How close to the edge anything may be drawn. Office printers cannot print
 * the outer 4-6 mm of a sheet; 24 pt (8.5 mm) stays clear of every common one.
 */
export const printableInset = 24;
