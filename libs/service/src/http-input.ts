import { hasControlCharacters } from '@cw/articles';
import { BadRequestException } from '@nestjs/common';
import type { z } from 'zod';

// Control characters and lone surrogates: no parameter of any route has a use for them, and Postgres
// refuses U+0000 outright, so `/totals/SY?region=%00` was a 500 (issue 11).

/** The path of the first string in `input` that holds a control character, or null. */
const controlCharacterAt = (input: unknown, path: string[] = [], depth = 0): string[] | null => {
  if (typeof input === 'string') return hasControlCharacters(input) ? path : null;
  if (depth > 20 || typeof input !== 'object' || input === null) return null;
  for (const [key, value] of Object.entries(input)) {
    if (hasControlCharacters(key)) return [...path, '(a key)'];
    const found = controlCharacterAt(value, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
};

/** Parses untrusted request input; anything wrong is a 400 that says what, never a 500. */
export const parseOr400 = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
  const control = controlCharacterAt(input);
  if (control) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: [`${control.join('.') || 'input'}: control characters are not accepted`],
    });
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`),
    });
  }
  return parsed.data;
};
