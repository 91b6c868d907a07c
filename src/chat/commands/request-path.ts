import type { CommandPath } from './command-specs.js';
import type { CommandRequest } from './types.js';

/** "search" or "feeds add": the key of the command's description, for deferral decisions and logs. */
export function commandPath(request: CommandRequest): CommandPath {
  return request.name === 'feeds' ? `feeds ${request.action}` : request.name;
}
