// Streaming RFC 4180 tokenizer over decoded text chunks (why not csv-parse: numbers in csv-table.ts).
// An unfinished record is kept as text and tokenised again with the next chunk, so the only state
// carried between chunks is "physical line where the kept text starts"; a record therefore always
// starts at a line start, which keeps line and column numbers exact.
import { dataError } from "../errors.js";
import { advanceLines, findBadText } from "./decode.js";
import type { TableRow } from "./table.js";

const QUOTE = 34, LF = 10, CR = 13;
const QUOTE_HINT = 'quote the whole field and double the quotes inside it: "say ""hi"""';

export class CsvTokenizer {
  /** Completed records (blank ones included) since the caller last emptied it. */
  out: TableRow[] = [];
  /** Header names, once known, to name the column in errors. */
  names: string[] | undefined;
  private tail = "";
  private pending: string[] = [];
  private pendingLength = 0;
  private line = 1;
  private record = 0;
  private lastChars = "";
  private readonly delimCode: number;

  constructor(
    private readonly file: string,
    private readonly delimiter: string,
    private readonly encoding: string,
    private readonly maxRecordChars: number,
  ) {
    this.delimCode = delimiter.charCodeAt(0);
  }

  push(chunk: string): void {
    this.checkText(chunk);
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    // Retokenise a long unfinished record only once as much new text has arrived: linear overall.
    if (this.pendingLength >= this.tail.length) this.flush(false);
  }

  end(): void {
    this.flush(true);
  }

  private flush(final: boolean): void {
    const text = this.tail + (this.pending.length === 1 ? this.pending[0]! : this.pending.join(""));
    this.pending = [];
    this.pendingLength = 0;
    this.tail = "";
    this.run(text, final);
  }

  private checkText(chunk: string): void {
    const edge = (this.lastChars + chunk.slice(0, 2)).indexOf("锟斤拷");
    const bad = findBadText(chunk, this.encoding) ??
      (edge >= 0 ? { ...findBadText("锟斤拷", this.encoding)!, index: edge - this.lastChars.length } : undefined);
    this.lastChars = chunk.slice(-2);
    if (!bad) return;
    // A record's unprocessed text is all in tail + pending (it has no line break before the damage).
    const prior = this.tail + this.pending.join("");
    const before = bad.index >= 0 ? prior + chunk.slice(0, bad.index) : prior.slice(0, prior.length + bad.index);
    throw dataError(bad.code, bad.message, { file: this.file, ...advanceLines(before, this.line) }, bad.hint);
  }

  private run(s: string, final: boolean): void {
    const n = s.length, D = this.delimiter, out = this.out;
    // Next position of each special character (n = none), refreshed once passed: the scanning is
    // done by native indexOf, which is several times faster here than a charCodeAt loop.
    const find = (ch: string, from: number) => {
      const k = s.indexOf(ch, from);
      return k < 0 ? n : k;
    };
    let lf = find("\n", 0), cr = find("\r", 0), qt = find('"', 0), dl = find(D, 0);
    let i = 0, line = this.line, lineStart = 0;
    while (i < n) {
      const recStart = i, recLine = line;
      if (lf < i) lf = find("\n", i);
      if (cr < i) cr = find("\r", i);
      if (qt < i) qt = find('"', i);
      if ((lf < cr ? lf : cr) >= n && !final) return this.keep(s, recStart, recLine);
      let cells: string[];
      if (qt > (lf < cr ? lf : cr)) {
        // Fast path: no quote before the end of the line.
        i = lf < cr ? lf : cr;
        cells = s.slice(recStart, i).split(D);
      } else {
        cells = [];
        for (;;) {
          if (s.charCodeAt(i) === QUOTE) {
            const openLine = line, openColumn = i - lineStart + 1;
            let value = "", j = i + 1;
            for (;;) {
              const q = find('"', j);
              if (q >= n || (q + 1 >= n && !final)) {
                if (!final) return this.keep(s, recStart, recLine);
                throw this.error("csv_unclosed_quote", "this quote is never closed", openLine, openColumn, cells.length,
                  "a missing closing quote would swallow the rest of the file into one field");
              }
              // Line breaks inside the quoted text (\r\n counts once).
              for (let p = j; ; p = lineStart) {
                if (lf < p) lf = find("\n", p);
                if (cr < p) cr = find("\r", p);
                const b = lf < cr ? lf : cr;
                if (b >= q) break;
                line++;
                lineStart = b === cr && lf === b + 1 ? b + 2 : b + 1;
              }
              if (s.charCodeAt(q + 1) === QUOTE) {
                value += s.slice(j, q + 1);
                j = q + 2;
                continue;
              }
              value += s.slice(j, q);
              i = q + 1;
              break;
            }
            cells.push(value);
            const c = s.charCodeAt(i);
            if (c === this.delimCode) {
              i++;
              continue;
            }
            if (i >= n || c === LF || c === CR) break;
            const opened = openLine !== line ? ` (the quoted field opened at line ${openLine})` : "";
            throw this.error("csv_stray_quote", `unexpected text after a closing quote${opened}`, line, i - lineStart + 1,
              cells.length - 1, QUOTE_HINT);
          }
          if (lf < i) lf = find("\n", i);
          if (cr < i) cr = find("\r", i);
          if (qt < i) qt = find('"', i);
          if (dl < i) dl = find(D, i);
          const eol = lf < cr ? lf : cr;
          if (eol >= n && !final) return this.keep(s, recStart, recLine);
          if (qt < eol && qt < dl)
            throw this.error("csv_stray_quote", "quote inside an unquoted field", line, qt - lineStart + 1, cells.length, QUOTE_HINT);
          if (dl < eol) {
            cells.push(s.slice(i, dl));
            i = dl + 1;
            continue;
          }
          cells.push(s.slice(i, eol));
          i = eol;
          break;
        }
      }
      // The record ends at i: a line break, or the end of the text.
      if (i < n) {
        if (s.charCodeAt(i) === CR) {
          if (i + 1 >= n && !final) return this.keep(s, recStart, recLine); // maybe the \r of a \r\n
          if (s.charCodeAt(i + 1) === LF) i++;
        }
        lineStart = ++i;
        line++;
      }
      if (i - recStart > this.maxRecordChars) throw this.tooLarge(s.slice(recStart, i), recLine);
      out.push({ line: ++this.record, physicalLine: recLine, cells });
    }
    if (!final) this.keep(s, n, line);
  }

  private keep(s: string, recStart: number, recLine: number): void {
    this.tail = recStart === 0 ? s : s.slice(recStart);
    this.line = recLine;
    if (this.tail.length > this.maxRecordChars) throw this.tooLarge(this.tail, recLine);
  }

  private tooLarge(text: string, line: number) {
    // Error path only: find the quote that is still open at the end of the text, if any.
    let quote = -1, inside = false;
    for (let k = text.indexOf('"'); k >= 0; k = text.indexOf('"', k + 1)) if ((inside = !inside)) quote = k;
    const where = inside ? advanceLines(text.slice(0, quote), line) : { line };
    const hint = inside ? "the quote here is probably never closed" : "split the field, or raise the limit";
    return dataError("csv_record_too_large", `record longer than ${this.maxRecordChars} characters`, { file: this.file, ...where }, hint);
  }

  private error(code: string, message: string, line: number, column: number, fieldIndex: number, hint: string) {
    return dataError(code, message, { file: this.file, line, column, field: this.names?.[fieldIndex] }, hint);
  }
}
