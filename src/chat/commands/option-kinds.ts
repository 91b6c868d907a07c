import { z } from 'zod';
import type { Taxonomy } from '../../core/index.js';
import { CommandError } from './errors.js';

/**
 * The building blocks of an option description: what a value looks like on
 * each surface (Discord sends typed values, Slack and the CLI send text), and
 * the zod schema that checks the limits every surface shares. The limits are
 * fields of the description, so the Discord builder (setMaxLength, setMinValue),
 * the Slack parser and usage, the CLI help and the handlers' checks read the
 * same number.
 */

/** Where an option exists: the Discord slash command, the Slack /news text, the news-digest CLI. */
export type Surface = 'discord' | 'slack' | 'cli';
export const ALL_SURFACES: readonly Surface[] = ['discord', 'slack', 'cli'];

/** A role picked in Discord's option UI, with what Discord resolved about it. */
export interface RoleValue {
  id: string;
  name: string | null;
  /** Discord's `mentionable` flag; null when unknown (the CLI, trusted). */
  mentionable: boolean | null;
}

/** A channel picked in Discord's option UI. */
export interface ChannelValue {
  id: string;
  kind: 'text' | 'forum' | 'other';
  /** The caller's Manage Channels permission in that channel, resolved by Discord. */
  canManage: boolean;
}

/** A file attached to the command (Discord), as Discord describes it before anything is downloaded. */
export interface AttachmentValue {
  url: string;
  filename: string;
  size: number;
  contentType: string | null;
}

/** A value as a surface delivers it, before the option's schema checks and converts it. */
export type RawOptionValue = string | number | boolean | RoleValue | ChannelValue | AttachmentValue;

/** What converting a value may need to know. */
export interface OptionContext {
  taxonomy: Taxonomy;
}

interface SpecBase<T> {
  name: string;
  /** Other names accepted for it (Slack `tz:`, CLI `--tz`); the name is what every surface shows. */
  aliases?: readonly string[];
  /** One line, at most 100 characters (Discord's limit), used as Discord description, Slack usage and CLI help. */
  help: string;
  /** Default: every surface. */
  surfaces?: readonly Surface[];
  /** How the value is shown in usage and CLI help, e.g. "zone". */
  placeholder: string;
  /** Checks and converts the value once the kind's own limits passed. Throws CommandError with one sentence. */
  convert?: (value: never, ctx: OptionContext) => T;
}

export interface TextSpec<T> extends SpecBase<T> {
  kind: 'text';
  maxLength: number;
  /** In Slack text a `key:value` value runs on over the following words (phrases, "daily 08:00"). */
  multiword?: boolean;
  /** A comma-separated list: in Slack text, "a, b" continues over the space. */
  list?: boolean;
  /** Autocomplete source (Discord). */
  complete?: 'topics' | 'topic' | 'feeds' | 'feed' | 'timezone';
  /** Fixed choices (Discord shows them as a menu). */
  choices?: readonly { name: string; value: string }[];
  /** The sentence for a value that is not one of the choices. */
  invalidChoice?: (value: string) => string;
  /** A bare word in Slack text that can only mean this option (a time zone, "instant"). */
  recognise?: (word: string) => boolean;
  convert?: (value: string, ctx: OptionContext) => T;
}

export interface IntegerSpec<T> extends SpecBase<T> {
  kind: 'integer';
  min: number;
  max: number;
  convert?: (value: number, ctx: OptionContext) => T;
}

export interface BooleanSpec<T> extends SpecBase<T> {
  kind: 'boolean';
  recognise?: (word: string) => boolean;
  convert?: (value: boolean, ctx: OptionContext) => T;
}

export interface RoleSpec<T> extends SpecBase<T> {
  kind: 'role';
  convert?: (value: RoleValue, ctx: OptionContext) => T;
}

export interface ChannelSpec<T> extends SpecBase<T> {
  kind: 'channel';
  convert?: (value: ChannelValue, ctx: OptionContext) => T;
}

export interface AttachmentSpec<T> extends SpecBase<T> {
  kind: 'attachment';
  maxBytes: number;
  convert?: (value: AttachmentValue, ctx: OptionContext) => T;
}

export type OptionSpec<T = unknown> = TextSpec<T> | IntegerSpec<T> | BooleanSpec<T> | RoleSpec<T> | ChannelSpec<T> | AttachmentSpec<T>;

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

/** Keeps the kind of the description, so its limits stay readable (`OPTIONS.topics.maxLength`). */
export function defineOption<T>(spec: TextSpec<T>): TextSpec<T>;
export function defineOption<T>(spec: IntegerSpec<T>): IntegerSpec<T>;
export function defineOption<T>(spec: BooleanSpec<T>): BooleanSpec<T>;
export function defineOption<T>(spec: RoleSpec<T>): RoleSpec<T>;
export function defineOption<T>(spec: ChannelSpec<T>): ChannelSpec<T>;
export function defineOption<T>(spec: AttachmentSpec<T>): AttachmentSpec<T>;
export function defineOption<T>(spec: OptionSpec<T>): OptionSpec<T> {
  return spec;
}
