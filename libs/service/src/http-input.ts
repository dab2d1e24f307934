import { BadRequestException } from '@nestjs/common';
import type { z } from 'zod';

/** Parses untrusted request input; anything wrong is a 400 that says what, never a 500. */
export const parseOr400 = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
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
