// Decides whether Python's `json.loads` would accept a string. It differs from JSON.parse in
// accepting the literals NaN, Infinity and -Infinity; everything else follows the JSON grammar
// (strict mode: no raw control characters inside strings).

class Reject extends Error {}

export function pyJsonLoads(text: string): boolean {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const lit = (word: string): boolean => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    return false;
  };
  const digits = (): number => {
    const s = i;
    while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
    return i - s;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (text[i] >= '1' && text[i] <= '9') digits();
    else throw new Reject();
    if (text[i] === '.' && text[i + 1] >= '0' && text[i + 1] <= '9') {
      i++;
      digits();
    }
    if ((text[i] === 'e' || text[i] === 'E') && /^[eE][-+]?[0-9]/.test(text.slice(i, i + 3))) {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) throw new Reject();
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) throw new Reject();
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Reject();
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          throw new Reject();
        }
        continue;
      }
      i++;
    }
  };
  // The members of an object or array after its opening bracket, up to the closing one.
  const sequence = (close: string, member: () => void) => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') throw new Reject();
      i++;
    }
  };
  const member = () => {
    ws();
    if (text[i] !== '"') throw new Reject();
    string();
    ws();
    if (text[i] !== ':') throw new Reject();
    i++;
    value();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return sequence('}', member);
    if (c === '[') return sequence(']', value);
    if (c === '"') return string();
    if (lit('true') || lit('false') || lit('null') || lit('NaN') || lit('Infinity') || lit('-Infinity')) return;
    number();
  };
  try {
    value();
    ws();
    return i === text.length;
  } catch (err) {
    if (err instanceof Reject) return false;
    throw err;
  }
}
