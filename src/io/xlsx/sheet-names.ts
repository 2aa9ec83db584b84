// Sheet names from data (RELIABILITY 50): at most 31 UTF-16 units, none of []:*?/\, no leading or
// trailing apostrophe, unique case-insensitively, never "History". Deterministic: the same people
// in the same order always get the same names; a clash gets the person id, then a ~N suffix.
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /\x1b\[[0-9;?]*[ -/]*[@-~]|[\u0000-\u001f\u007f-\u009f]/g;

/** Excel compares sheet names ignoring case; folding width too is the safe side. */
export function sheetKey(name: string): string {
  return name.normalize("NFKC").toUpperCase();
}

/** Cut to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

function tidy(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, "");
}

export function cleanSheetName(raw: string, max = MAX_SHEET_NAME): string {
  const text = tidy(raw.normalize("NFC").replace(CONTROL, "").replace(FORBIDDEN, "_"));
  return tidy(cut(text, max));
}

/** One sheet name per person, avoiding `reserved` (the workbook's fixed sheets). */
export function assignSheetNames(people: readonly { id: string; name: string | null }[], reserved: readonly string[]): string[] {
  const taken = new Set<string>();
  // exceljs refuses names equal under toLowerCase(); Excel folds case (and, to be safe, width).
  const keys = (name: string) => [sheetKey(name), `lower:${name.toLowerCase()}`];
  const claim = (name: string) => {
    if (name === "" || keys(name).some((k) => taken.has(k))) return false;
    for (const k of keys(name)) taken.add(k);
    return true;
  };
  for (const name of [...reserved, "History"]) claim(name);
  return people.map((person) => {
    const base = cleanSheetName(person.name ?? "") || cleanSheetName(person.id) || "person";
    const withId = cleanSheetName(`${base} (${person.id})`);
    if (claim(base)) return base;
    if (withId !== base && claim(withId)) return withId;
    for (let i = 2; ; i++) {
      const suffix = `~${i}`;
      const name = cleanSheetName(base, MAX_SHEET_NAME - suffix.length) + suffix;
      if (claim(name)) return name;
    }
  });
}

/** A sheet name inside a formula: 'name' with apostrophes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
