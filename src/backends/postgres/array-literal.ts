/** An array as its text form holds it: element texts (null for NULL), nested for each dimension. */
export type ArrayText = (string | null | ArrayText)[];

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c;

/**
 * Reads PostgreSQL's array output ("{1,NULL,\"a b\"}", "{{1,2},{3,4}}").
 * Undefined for what an ArrayValue cannot hold: explicit bounds
 * ("[0:1]={...}", lower bounds other than 1). One pass, no regular
 * expression.
 */
export function parseArrayText(text: string, delimiter: string): ArrayText | undefined {
  if (text.charCodeAt(0) !== OPEN) return undefined;
  const delim = delimiter.charCodeAt(0);
  let pos = 0;

  const list = (): ArrayText => {
    pos++; // {
    const items: ArrayText = [];
    if (text.charCodeAt(pos) === CLOSE) {
      pos++;
      return items;
    }
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === OPEN) items.push(list());
      else if (c === QUOTE) items.push(quoted());
      else items.push(bare());
      const next = text.charCodeAt(pos++);
      if (next === CLOSE) return items;
      if (next !== delim) throw new SyntaxError(`unexpected character at ${pos - 1}`);
    }
  };
  const quoted = (): string => {
    pos++;
    let out = "";
    let start = pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (Number.isNaN(c)) throw new SyntaxError("unterminated quoted element");
      if (c === BACKSLASH) {
        out += text.slice(start, pos) + text.charAt(pos + 1);
        pos += 2;
        start = pos;
      } else if (c === QUOTE) {
        out += text.slice(start, pos);
        pos++;
        return out;
      } else pos++;
    }
  };
  const bare = (): string | null => {
    const start = pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === delim || c === CLOSE) break;
      if (Number.isNaN(c)) throw new SyntaxError("unterminated array");
      pos++;
    }
    const item = text.slice(start, pos);
    return item.length === 4 && item.toUpperCase() === "NULL" ? null : item;
  };

  const parsed = list();
  if (pos !== text.length) throw new SyntaxError("text after the array");
  return parsed;
}

/** PostgreSQL's array input for element texts: every element quoted, NULL bare. */
export function formatArrayText(items: ArrayText, delimiter: string): string {
  const parts = items.map((item) => (item === null ? "NULL" : Array.isArray(item) ? formatArrayText(item, delimiter) : quoteElement(item)));
  return `{${parts.join(delimiter)}}`;
}

function quoteElement(text: string): string {
  return `"${text.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}
