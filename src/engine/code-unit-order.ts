/**
 * Orders strings by UTF-16 code units. Stable and far cheaper than localeCompare, whose first call sets up an ICU
 * collator (tens of milliseconds): for ids and file names, where the order only has to be the same every run.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
