import { z } from 'astro/zod';

/**
 * A strict object whose unknown keys fail with the list of the keys it knows,
 * so a misspelt field is never silently ignored.
 */
export function strict<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}. Fix: check the spelling; the fields here are ${known}`
        : undefined,
  });
}
