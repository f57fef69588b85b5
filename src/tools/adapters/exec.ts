// exec: a tool of your own. The template's `{request}` is replaced by the request; the program
// speaks the protocol in src/core/tools/exec-protocol.ts.
import { parseExecOutput } from '../../core/tools/exec-protocol.js';
import { requestText } from '../../core/tools/requests.js';
import type { ToolAdapter } from './types.js';

export function execAdapter(templateArgs: readonly string[]): ToolAdapter {
  return {
    name: 'exec',
    versionArgs: null,
    readVersion: () => null,
    plans(requests) {
      return requests.map((r) => ({
        command: 'run',
        request: r,
        context: null,
        args: templateArgs.map((a) => a.split('{request}').join(requestText(r))),
      }));
    },
    observe(output) {
      const { events, problems } = parseExecOutput(output.stdout);
      return { events, answer: null, problems };
    },
  };
}
