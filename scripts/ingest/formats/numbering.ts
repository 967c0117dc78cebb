/**
 * Word's automatic numbering (word/numbering.xml): a numbered paragraph holds no `一、` in its
 * text, so the number is rendered here from the list definitions and counted as Word counts:
 * each list (numId) keeps a counter per level, and a level restarts when a higher one advances.
 */
import { childNamed, childrenNamed, descendants, type XmlNode } from './xml.ts';

interface Level {
  start: number;
  format: string;
  text: string;
  /** The level whose advance restarts this one (Word's lvlRestart), 0 for never. */
  restartAfter: number;
}

export interface ListState {
  /** The rendered number (with its suffix) of a paragraph at `level` of list `numId`, counting it. */
  next(numId: string, level: number): string;
}

const val = (node: XmlNode | undefined) => node?.attrs.val;

export function readNumbering(root: XmlNode | null): ListState {
  const abstract = new Map<string, Map<number, Level>>();
  const lists = new Map<string, { levels: Map<number, Level>; counters: Map<number, number> }>();
  if (root) {
    const definitions = descendants(root, 'abstractNum');
    // A list made with a list style (多级列表 → 新建列表样式) keeps its levels once, in the
    // definition that names the style (styleLink); the lists using the style only point to it (numStyleLink).
    const styled = new Map(definitions.map((d) => [val(childNamed(d, 'styleLink')), d]));
    for (const definition of definitions) {
      const source = childrenNamed(definition, 'lvl').length > 0 ? definition : (styled.get(val(childNamed(definition, 'numStyleLink')) ?? '') ?? definition);
      abstract.set(definition.attrs.abstractNumId, new Map(childrenNamed(source, 'lvl').map((lvl) => [Number(lvl.attrs.ilvl), level(lvl)])));
    }
    for (const num of descendants(root, 'num')) {
      const levels = new Map(abstract.get(val(childNamed(num, 'abstractNumId')) ?? '') ?? []);
      for (const override of childrenNamed(num, 'lvlOverride')) {
        const ilvl = Number(override.attrs.ilvl);
        const base = childNamed(override, 'lvl');
        const start = val(childNamed(override, 'startOverride'));
        const current = base ? level(base) : levels.get(ilvl);
        if (current) levels.set(ilvl, { ...current, start: start !== undefined ? Number(start) : current.start });
      }
      lists.set(num.attrs.numId, { levels, counters: new Map() });
    }
  }
  return {
    next(numId, ilvl) {
      const list = lists.get(numId);
      const lvl = list?.levels.get(ilvl);
      if (!list || !lvl || numId === '0') return '';
      list.counters.set(ilvl, (list.counters.get(ilvl) ?? lvl.start - 1) + 1);
      for (const [deeper, other] of list.levels) {
        if (deeper > ilvl && other.restartAfter !== 0 && ilvl <= other.restartAfter - 1) list.counters.delete(deeper);
      }
      if (lvl.format === 'bullet' || lvl.format === 'none') return '';
      return lvl.text.replace(/%(\d)/g, (_, n: string) => {
        const at = Number(n) - 1;
        const of = list.levels.get(at);
        return of ? formatNumber(list.counters.get(at) ?? of.start, of.format) : '';
      });
    },
  };
}

function level(lvl: XmlNode): Level {
  const ilvl = Number(lvl.attrs.ilvl);
  const restart = val(childNamed(lvl, 'lvlRestart'));
  return {
    start: Number(val(childNamed(lvl, 'start')) ?? 1),
    format: val(childNamed(lvl, 'numFmt') ?? numFmtFallback(lvl)) ?? 'decimal',
    text: val(childNamed(lvl, 'lvlText')) ?? '',
    // By default a level restarts after any higher level (lvlRestart names a 1-based level).
    restartAfter: restart === undefined ? ilvl : Number(restart),
  };
}

/**
 * A format Word 2010 and later write only as a choice (a custom format, 001 or 一, 二, 三…) with a
 * fallback of one every reader knows: the fallback's, as Word writes it for older readers. Without
 * it the level read as decimal.
 */
function numFmtFallback(lvl: XmlNode): XmlNode | undefined {
  return childNamed(childNamed(childNamed(lvl, 'AlternateContent'), 'Fallback'), 'numFmt');
}

const digits = '〇一二三四五六七八九';

/** n in one of Word's number formats (ST_NumberFormat); unknown formats fall back to decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCounting(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => digits[Number(d)]).join('');
    case 'chineseLegalSimplified':
      return chineseCounting(n).replace(/[一二三四五六七八九十百千]/g, (c) => '壹贰叁肆伍陆柒捌玖拾佰仟'['一二三四五六七八九十百千'.indexOf(c)]);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10];
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12];
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const roman = toRoman(n);
      return format === 'lowerRoman' ? roman.toLowerCase() : roman;
    }
    default:
      return String(n);
  }
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseCounting(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return digits[n];
  if (n < 20) return '十' + (n % 10 ? digits[n % 10] : '');
  if (n < 100) return digits[Math.floor(n / 10)] + '十' + (n % 10 ? digits[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    return digits[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + digits[rest] : rest < 20 ? '一' + chineseCounting(rest) : chineseCounting(rest));
  }
  return String(n);
}

function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) for (; n >= value; n -= value) out += letters;
  return out;
}
