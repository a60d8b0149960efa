/**
 * The fields of a row in PostgreSQL's record text output (`row::text`, as
 * the capture trigger logs it): `(1,,"a ""b""","\\x00ff")`. Each field is
 * its column type's own text output, exactly; an empty unquoted field is
 * NULL and `""` is the empty string. Inside quotes `""` and `\\` stand for
 * `"` and `\` (record_out doubles both). One pass, no backtracking.
 * Undefined when `text` is not a record literal.
 */
export function parseRowText(text: string): (string | null)[] | undefined {
  if (text.length < 2 || text[0] !== "(" || text[text.length - 1] !== ")") return undefined;
  const fields: (string | null)[] = [];
  const end = text.length - 1;
  let i = 1;
  for (;;) {
    if (text[i] === '"') {
      let value = "";
      let from = ++i;
      for (;;) {
        if (i >= end) return undefined;
        const c = text[i];
        if (c === "\\" || (c === '"' && text[i + 1] === '"')) {
          value += text.slice(from, i) + text[i + 1];
          i += 2;
          from = i;
        } else if (c === '"') {
          value += text.slice(from, i);
          i++;
          break;
        } else {
          i++;
        }
      }
      fields.push(value);
    } else {
      const from = i;
      while (i < end && text[i] !== ",") i++;
      fields.push(i === from ? null : text.slice(from, i));
    }
    if (i === end) return fields;
    if (text[i] !== ",") return undefined;
    i++;
  }
}
