/** Person ids compare trimmed and case-insensitively (§2.3); NFKC folds full-width letters too. */
export function personKey(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase();
}

/** Code-unit order, never locale order (§2.3). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
