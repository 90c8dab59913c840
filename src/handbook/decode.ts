/*
 * Decoders for data the build writes and a page reads back (JSON): each one
 * checks the shape it promises, so the page's types are earned, not assumed,
 * and a stale or damaged file fails with the path of what is wrong.
 */

/** Turns unknown data into a typed value, or throws a DecodeError naming where it differs. */
export type Decoder<T> = (value: unknown, path: string) => T;

export class DecodeError extends Error {
  constructor(path: string, expected: string) {
    super(`${path} should be ${expected}`);
    this.name = 'DecodeError';
  }
}

export const text: Decoder<string> = (value, path) => {
  if (typeof value !== 'string') throw new DecodeError(path, 'text');
  return value;
};

export const number: Decoder<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new DecodeError(path, 'a number');
  return value;
};

export const boolean: Decoder<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new DecodeError(path, 'true or false');
  return value;
};

/** One of a few fixed values. */
export function oneOf<const T extends string | number | null>(values: readonly T[]): Decoder<T> {
  return (value, path) => {
    for (const allowed of values) if (allowed === value) return allowed;
    throw new DecodeError(path, `one of ${values.map(String).join(', ')}`);
  };
}

export function optional<T>(decode: Decoder<T>): Decoder<T | undefined> {
  return (value, path) => (value === undefined ? undefined : decode(value, path));
}

export function array<T>(decode: Decoder<T>): Decoder<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new DecodeError(path, 'a list');
    return value.map((item: unknown, index) => decode(item, `${path}[${index}]`));
  };
}

/** The properties of an object, to read one by one with their own decoders. */
export function properties(value: unknown, path: string): ReadonlyMap<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DecodeError(path, 'an object');
  return new Map<string, unknown>(Object.entries(value));
}

/** Reads one property of an object with its decoder, naming its path in any error. */
export function field<T>(props: ReadonlyMap<string, unknown>, path: string, key: string, decode: Decoder<T>): T {
  return decode(props.get(key), `${path}.${key}`);
}
