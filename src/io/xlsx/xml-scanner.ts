// A small streaming XML tokenizer for SpreadsheetML parts: tags with raw attribute text, and
// text between tags. Enough for what Excel, LibreOffice, WPS, openpyxl and exceljs write: no DTDs
// (a DOCTYPE is refused: no entity expansion, no XXE), namespace prefixes dropped (x:c → c).

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Entity-decoded text; called only when wantText() is true (skips decoding unused text). */
  text(text: string): void;
  wantText(): boolean;
}

export class XmlScanner {
  private rest = "";

  constructor(private readonly handler: XmlHandler) {}

  /** Next " and ' at or after the scan position in the current buffer; -1 = none left. */
  private dq = 0;
  private sq = 0;

  push(chunk: string): void {
    const s = this.rest + chunk;
    this.dq = this.sq = 0;
    const h = this.handler;
    let pos = 0;
    for (;;) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        this.emitText(s.slice(pos));
        pos = s.length;
        break;
      }
      if (lt > pos) this.emitText(s.slice(pos, lt));
      const end = this.tagEnd(s, lt);
      if (end < 0) {
        pos = lt;
        break;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === 63 /* ? */ || s.startsWith("<!--", lt)) {
        // declaration, processing instruction or comment: nothing to read
      } else if (s.startsWith("<![CDATA[", lt)) {
        if (h.wantText()) h.text(s.slice(lt + 9, end - 2));
      } else if (c === 33 /* ! */) {
        throw new Error("DOCTYPE and entity declarations are not allowed in a workbook");
      } else if (c === 47 /* / */) {
        h.close(localName(s.slice(lt + 2, end).trim()));
      } else {
        const selfClosing = s.charCodeAt(end - 1) === 47;
        const body = s.slice(lt + 1, selfClosing ? end - 1 : end);
        const space = body.search(/\s/);
        const name = localName(space < 0 ? body : body.slice(0, space));
        h.open(name, space < 0 ? "" : body.slice(space), selfClosing);
        if (selfClosing) h.close(name);
      }
      pos = end + 1;
    }
    this.rest = s.slice(pos);
  }

  /** All input given: leftover text means a truncated part. */
  end(): void {
    if (this.rest.trim() !== "") throw new Error("the XML part ends inside a tag");
  }

  private emitText(raw: string): void {
    if (raw !== "" && this.handler.wantText()) this.handler.text(decodeEntities(raw));
  }

  /** Index of the ">" closing the markup at `lt`, or -1 when it is not in `s` yet. */
  private tagEnd(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const i = s.indexOf("-->", lt + 4);
      return i < 0 ? -1 : i + 2;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const i = s.indexOf("]]>", lt + 9);
      return i < 0 ? -1 : i + 2;
    }
    // ">" may stand inside a quoted attribute value: step over quoted runs with indexOf. The next
    // quote positions are remembered so that a part without any "'" is not rescanned per tag.
    let i = lt + 1;
    for (;;) {
      const gt = s.indexOf(">", i);
      if (gt < 0) return -1;
      if (this.dq !== -1 && this.dq < i) this.dq = s.indexOf('"', i);
      if (this.sq !== -1 && this.sq < i) this.sq = s.indexOf("'", i);
      const q = this.dq === -1 ? this.sq : this.sq === -1 ? this.dq : Math.min(this.dq, this.sq);
      if (q === -1 || q > gt) return gt;
      const close = s.indexOf(s[q]!, q + 1);
      if (close < 0) return -1;
      i = close + 1;
    }
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (all, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? all;
  });
}

/** One attribute's decoded value from raw attribute text, e.g. attr(' r="A1" t="s"', "t") → "s". */
export function attr(attrs: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = attrs.indexOf(name, from);
    if (i < 0) return undefined;
    from = i + name.length;
    const before = attrs.charCodeAt(i - 1);
    // a whole attribute name (also after a prefix, as in r:id), followed by =
    if (i > 0 && before !== 32 && before !== 9 && before !== 10 && before !== 13 && before !== 58) continue;
    let j = from;
    while (attrs.charCodeAt(j) <= 32) j++;
    if (attrs.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (attrs.charCodeAt(j) <= 32) j++;
    const quote = attrs[j];
    if (quote !== '"' && quote !== "'") continue;
    const close = attrs.indexOf(quote, j + 1);
    if (close < 0) return undefined;
    return decodeEntities(attrs.slice(j + 1, close));
  }
}
