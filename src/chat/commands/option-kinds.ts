import type { Taxonomy } from '../../core/index.js';

/**
 * The building blocks of an option description: what a value looks like on
 * each surface (Discord sends typed values, Slack and the CLI send text); the
 * zod schema that checks the limits every surface shares is in option-read.ts,
 * so the descriptions load without zod (CLI --help). The limits are
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
