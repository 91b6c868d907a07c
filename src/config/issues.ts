import type { z } from 'zod';
import { redactSecretUrls } from './redact.js';

/** `feeds[2].url` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
};

const MAX_SHOWN = 40;

/** What the file actually holds there, in words: `the string "8080"`, `the number 5`, `a list`. */
export function describeInput(input: unknown): string {
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  switch (typeof input) {
    case 'string': {
      // A URL's password never appears, even in a line about a mistake.
      const text = redactSecretUrls(input);
      const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
      return `the string ${JSON.stringify(shown)}`;
    }
    case 'number':
    case 'bigint':
      return `the number ${String(input)}`;
    case 'boolean':
      return String(input);
    case 'object':
      return input instanceof Date ? `the date ${input.toISOString()}` : 'a mapping';
    default:
      return typeof input;
  }
}

type Issue = z.core.$ZodIssue & { input?: unknown };

function sizeLimit(issue: Issue & { code: 'too_small' | 'too_big' }): string {
  const least = issue.code === 'too_small';
  const bound = String(least ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
  const word = least ? 'at least' : 'at most';
  switch (issue.origin) {
    case 'string':
      return least && bound === '1' ? 'must not be empty' : `must be ${word} ${bound} characters long`;
    case 'array':
    case 'set':
      return `must have ${word} ${bound} entries`;
    default:
      if (issue.inclusive === false) return `must be ${least ? 'more' : 'less'} than ${bound}`;
      return `must be ${word} ${bound}`;
  }
}

function problemOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${EXPECTED[issue.expected] ?? `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
    case 'too_big':
      return sizeLimit(issue);
    default:
      return issue.message;
  }
}

/**
 * One line per problem, naming where it is, what is expected, and what the
 * file holds instead: `http.port: must be a number (got the string "8080")`.
 * Needs the issues' inputs: parse with `{ reportInput: true }`.
 */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((raw) => {
    const issue = raw as Issue;
    const where = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys')
      return `${where}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}: is required`;
    const got = issue.input === undefined ? '' : ` (got ${describeInput(issue.input)})`;
    return `${where}: ${problemOf(issue)}${got}`;
  });
}
