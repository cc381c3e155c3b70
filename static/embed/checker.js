// The playground's partner-file checker: the file's JSON against partner.schema.json, read by a
// small interpreter of the JSON Schema keywords that schema uses, plus the colours' contrast,
// which a schema cannot say. Runs in the page (nothing is sent anywhere) and in Node, for its
// tests. The authority is the app's own validator (`scripts/check-partner FILE`); this one is
// for a quick look while writing the file.

/** The largest partner file the app reads (bytes). */
export const MAX_BYTES = 64 * 1024;
/** Brand colours under this contrast are refused; under ELDER_RATIO kept out of 长辈版. */
export const MIN_RATIO = 4.5;
export const ELDER_RATIO = 7;

const KNOWN = new Set([
  '$schema', '$id', '$comment', '$defs', 'title', 'description', 'default', 'examples',
  'type', 'required', 'properties', 'additionalProperties', 'patternProperties', 'propertyNames',
  'pattern', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'items', 'enum',
  'const', 'minimum', 'maximum', '$ref',
]);

const TYPE_NAMES = {
  object: '对象 object', array: '数组 array', string: '文字 string', number: '数字 number',
  integer: '整数 integer', boolean: 'true / false', null: 'null',
};

/** `a.b[2]` for a path of names and indexes; the whole file is `(文件 the file)`. */
export function pathText(path) {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += /^[A-Za-z_$][\w$-]*$/.test(part) ? (text ? '.' : '') + part : `[${JSON.stringify(part)}]`;
  }
  return text || '(文件 the file)';
}

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value, type) {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Characters as JSON Schema counts them: code points, not UTF-16 units. */
function length(text) {
  return Array.from(text).length;
}

function same(a, b) {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.keys(value).sort().reduce((out, key) => ((out[key] = canonical(value[key])), out), {});
  }
  return value;
}

function shown(value) {
  // Control and bidi characters written as escapes, so the listing itself reads right.
  const text = JSON.stringify(value).replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Checks `value` against `schema` (with `root` for `$ref`s); returns every problem as
 * `{ path, text }` and the keywords it could not read as `unknown` (never silently passed:
 * the page lists them).
 */
export function validate(value, schema, root = schema) {
  const problems = [];
  const unknown = new Set();
  const say = (path, text, node) => problems.push({ path: pathText(path), text: node && node.description ? `${text}（${node.description}）` : text });

  function deref(ref, depth) {
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const target = match && root.$defs && root.$defs[match[1]];
    if (target === undefined || depth > 20) throw new Error(`the schema's $ref ${ref} cannot be followed`);
    return target;
  }

  function check(value, node, path, depth = 0) {
    if (node === true || node === undefined) return;
    if (node === false) return say(path, '这里不能有内容 nothing is allowed here');
    if (node.$ref !== undefined) {
      // Keywords beside a $ref apply as well (2020-12).
      check(value, deref(node.$ref, depth), path, depth + 1);
      const { $ref, ...rest } = node;
      node = rest;
    }
    for (const key of Object.keys(node)) if (!KNOWN.has(key)) unknown.add(key);
    if (node.type !== undefined) {
      const types = [].concat(node.type);
      if (!types.some((type) => hasType(value, type))) {
        return say(path, `应是${types.map((t) => TYPE_NAMES[t] || t).join(' 或 ')}，现在是${TYPE_NAMES[typeOf(value)]} should be ${types.join(' or ')}, is ${typeOf(value)}`, node);
      }
    }
    if ('const' in node && !same(value, node.const)) {
      say(path, `必须是 must be ${shown(node.const)}，现在是 is ${shown(value)}`, node);
    }
    if (node.enum && !node.enum.some((option) => same(value, option))) {
      say(path, `${shown(value)} 不是可用的值 is not one of: ${node.enum.map(shown).join(', ')}`, node);
    }
    if (typeof value === 'string') checkString(value, node, path);
    if (typeof value === 'number') {
      if (node.minimum !== undefined && value < node.minimum) say(path, `不能小于 at least ${node.minimum}`, node);
      if (node.maximum !== undefined && value > node.maximum) say(path, `不能大于 at most ${node.maximum}`, node);
    }
    if (Array.isArray(value)) checkArray(value, node, path);
    else if (value && typeof value === 'object') checkObject(value, node, path);
  }

  function checkString(value, node, path) {
    const n = length(value);
    if (node.minLength !== undefined && n < node.minLength) {
      say(path, n === 0 ? '不能是空的 must not be empty' : `至少 ${node.minLength} 个字符，现在 ${n} 个 at least ${node.minLength} characters, has ${n}`, node);
    }
    if (node.maxLength !== undefined && n > node.maxLength) {
      say(path, `最多 ${node.maxLength} 个字符，现在 ${n} 个 at most ${node.maxLength} characters, has ${n}`, node);
    }
    if (node.pattern !== undefined && !new RegExp(node.pattern, 'u').test(value)) {
      say(path, `格式不对 not in the expected form: ${shown(value)}`, node);
    }
  }

  function checkArray(value, node, path) {
    if (node.minItems !== undefined && value.length < node.minItems) {
      say(path, value.length === 0 ? '不能是空列表 must not be empty' : `至少 ${node.minItems} 项 at least ${node.minItems} entries`, node);
    }
    if (node.maxItems !== undefined && value.length > node.maxItems) {
      say(path, `最多 ${node.maxItems} 项，现在 ${value.length} 项 at most ${node.maxItems} entries, has ${value.length}`, node);
    }
    if (node.uniqueItems) {
      value.forEach((item, i) => {
        if (value.findIndex((other) => same(other, item)) < i) say([...path, i], `重复了 repeats ${shown(item)}`, node);
      });
    }
    if (node.items !== undefined) value.forEach((item, i) => check(item, node.items, [...path, i]));
  }

  function checkObject(value, node, path) {
    for (const name of node.required || []) {
      if (!Object.prototype.hasOwnProperty.call(value, name)) say([...path, name], '缺少这一项 is missing (required)');
    }
    const properties = node.properties || {};
    const patterns = Object.entries(node.patternProperties || {}).map(([source, sub]) => [new RegExp(source, 'u'), sub]);
    for (const [name, item] of Object.entries(value)) {
      if (node.propertyNames !== undefined) {
        const before = problems.length;
        check(name, node.propertyNames, [...path, name]);
        // A bad name is one problem, in words about the name.
        if (problems.length > before) {
          problems.length = before;
          say([...path, name], `不认识的名字 this name is not allowed here: ${shown(name)}`);
          continue;
        }
      }
      let matched = false;
      if (Object.prototype.hasOwnProperty.call(properties, name)) {
        matched = true;
        check(item, properties[name], [...path, name]);
      }
      for (const [pattern, sub] of patterns) {
        if (pattern.test(name)) {
          matched = true;
          check(item, sub, [...path, name]);
        }
      }
      if (!matched && node.additionalProperties !== undefined) {
        if (node.additionalProperties === false) {
          const near = Object.keys(properties).find((known) => distance(known.toLowerCase(), name.toLowerCase()) <= 2);
          say([...path, name], `不认识这一项 unknown field${near ? `，是不是 did you mean "${near}"?` : '（拼写错误？ a typo?）'}`);
        } else {
          check(item, node.additionalProperties, [...path, name]);
        }
      }
    }
  }

  check(value, schema, []);
  return { problems, unknown: [...unknown] };
}

/** How many letters to add, drop or change to make `a` into `b` (for "did you mean"). */
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** The WCAG 2 contrast ratio of two `#rrggbb` colours (as src/theme/contrast.rs), or null. */
export function contrast(a, b) {
  const luminance = (hex) => {
    if (!/^#[0-9a-fA-F]{6}$/.test(hex)) return null;
    const channel = (i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  };
  const x = luminance(a);
  const y = luminance(b);
  if (x === null || y === null) return null;
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * A ratio as people read it, never rounded up past a threshold (4.49 is "4.4:1"), and as
 * scripts/check-partner writes it (one decimal, rounded down).
 */
export function ratioText(ratio) {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

/** Where in `text` (line and column, from 1) a JSON.parse error's "position N" is, if it says. */
function where(text, error) {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return '';
  const before = text.slice(0, Number(match[1])).split('\n');
  return `第 ${before.length} 行第 ${before[before.length - 1].length + 1} 列 line ${before.length}, column ${before[before.length - 1].length + 1}: `;
}

/**
 * Checks a partner file's text: `{ problems, warnings, unknown, ratio }`, problems and
 * warnings as `{ path, text }`. Any problem means the app ignores the whole file.
 */
export function checkPartner(text, schema) {
  const problems = [];
  const warnings = [];
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_BYTES) {
    problems.push({ path: pathText([]), text: `文件太大 the file is too large: ${bytes} 字节 bytes, at most ${MAX_BYTES}` });
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push({ path: pathText([]), text: `不是有效的 JSON: not valid JSON: ${where(text, error)}${error.message}` });
    return { problems, warnings, unknown: [], ratio: null };
  }
  const result = validate(value, schema);
  problems.push(...result.problems);
  let ratio = null;
  const colors = value && value.colors;
  if (colors && typeof colors === 'object') {
    ratio = contrast(colors.brand, colors['on-brand']);
    if (ratio !== null && ratio < MIN_RATIO) {
      problems.push({ path: 'colors', text: `对比度太低 contrast too low: brand 与 on-brand ${ratioText(ratio)}，至少要 ${MIN_RATIO}:1 (needs at least ${MIN_RATIO}:1); 整个文件不会被使用 the whole file is refused` });
    } else if (ratio !== null && ratio < ELDER_RATIO) {
      warnings.push({ path: 'colors', text: `对比度 ${ratioText(ratio)}，低于 ${ELDER_RATIO}:1：长辈版不用这两个颜色，保留安心自己的颜色 under ${ELDER_RATIO}:1, so 长辈版 (the elders' version) keeps Anxin's own colours` });
    }
  }
  return { problems, warnings, unknown: result.unknown, ratio };
}
