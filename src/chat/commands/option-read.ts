import { z } from 'zod';
import { CommandError } from './errors.js';
import type { AttachmentValue, OptionContext, OptionSpec, RawOptionValue, RoleValue } from './option-kinds.js';

/**
 * Checking a value against its option description: the zod schema of each
 * kind, with the limits from the description and one-sentence errors.
 */

const TRUE_WORDS = ['true', 'yes', 'on', '1'];
const FALSE_WORDS = ['false', 'no', 'off', '0'];
const SNOWFLAKE = /^\d{15,21}$/;

/** The schema of a kind, with its limits and one-sentence errors. */
export function kindSchema(spec: OptionSpec): z.ZodType<unknown> {
  const label = spec.name;
  switch (spec.kind) {
    case 'text': {
      const text = z
        .string({ error: `${label}: takes text.` })
        .trim()
        .min(1, { error: `Give a value for ${label}: (${spec.help.charAt(0).toLowerCase()}${spec.help.slice(1)}).` })
        .max(spec.maxLength, {
          error: (issue) => `The ${label} value is ${String((issue.input as string).length)} characters long; keep it to ${spec.maxLength}.`,
        });
      const choices = spec.choices?.map((choice) => choice.value);
      if (!choices) return text;
      return text
        .transform((value) => value.toLowerCase())
        .refine((value) => choices.includes(value), {
          error: (issue) =>
            spec.invalidChoice?.(String(issue.input).slice(0, 30)) ?? `${label}: "${String(issue.input).slice(0, 30)}" is not one of ${choices.join(', ')}.`,
        });
    }
    case 'integer':
      return z
        .union(
          [
            z.number(),
            z
              .string()
              .trim()
              .regex(/^-?\d+$/)
              .transform(Number),
          ],
          { error: `${label}: takes a whole number from ${spec.min} to ${spec.max}.` },
        )
        .pipe(
          z
            .number()
            .int({ error: `${label}: takes a whole number from ${spec.min} to ${spec.max}.` })
            .min(spec.min, { error: `${label}: takes a whole number from ${spec.min} to ${spec.max}.` })
            .max(spec.max, { error: `${label}: takes a whole number from ${spec.min} to ${spec.max}.` }),
        );
    case 'boolean':
      return z.union(
        [
          z.boolean(),
          z
            .string()
            .trim()
            .toLowerCase()
            .refine((word) => TRUE_WORDS.includes(word) || FALSE_WORDS.includes(word))
            .transform((word) => TRUE_WORDS.includes(word)),
        ],
        { error: `${label}: takes true or false.` },
      );
    case 'role':
      return z.union(
        [
          z.object({ id: z.string().regex(SNOWFLAKE), name: z.string().nullable(), mentionable: z.boolean().nullable() }),
          // The CLI takes a role id (or a pasted <@&id> mention); the operator is trusted with it.
          z
            .string()
            .trim()
            .transform((text) => text.replace(/^<@&(\d+)>$/, '$1'))
            .pipe(z.string().regex(SNOWFLAKE))
            .transform((id): RoleValue => ({ id, name: null, mentionable: null })),
        ],
        { error: `${label}: takes a role (a role id such as 123456789012345678).` },
      );
    case 'channel':
      return z.object(
        { id: z.string().regex(SNOWFLAKE), kind: z.enum(['text', 'forum', 'other']), canManage: z.boolean() },
        { error: `${label}: takes a channel.` },
      );
    case 'attachment':
      return z
        .object(
          { url: z.string().url(), filename: z.string(), size: z.number().int().min(0), contentType: z.string().nullable() },
          { error: `${label}: takes an attached file.` },
        )
        .refine((file) => file.size <= spec.maxBytes, {
          error: (issue) => `The attached file is ${String((issue.input as AttachmentValue).size)} bytes; the limit is ${spec.maxBytes} bytes.`,
        });
  }
}

/** Checks and converts one raw value by its description; undefined stays undefined. */
export function readOption<T>(spec: OptionSpec<T>, raw: RawOptionValue | undefined, ctx: OptionContext): T | undefined {
  if (raw === undefined) return undefined;
  const checked = kindSchema(spec).safeParse(raw);
  if (!checked.success) throw new CommandError(checked.error.issues[0]?.message ?? `${spec.name}: is not valid.`);
  const convert = spec.convert as ((value: unknown, ctx: OptionContext) => T) | undefined;
  return convert ? convert(checked.data, ctx) : (checked.data as T);
}
