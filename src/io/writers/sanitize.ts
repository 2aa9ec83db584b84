// Spreadsheet formula injection (OWASP CSV injection): text that a spreadsheet would run as a
// formula gets a leading apostrophe. Plain numbers such as -5 stay numbers.
const TRIGGERS = /^[=+\-@\t\r\n＝＋－＠]/;
const NUMERIC = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

export function sanitizeCell(text: string): string {
  if (!TRIGGERS.test(text) || NUMERIC.test(text)) return text;
  return `'${text}`;
}

/** Terminal output: control characters and ANSI escapes from data are shown, not executed. */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "�");
}
