/**
 * @module bench/groonga/peer
 * Groonga as two runners of the interleaved mix: bare (top 20 by score and the count) and with
 * the project's facets and passages. Each keeps, beside the round trip the mix times, the time
 * Groonga reports for itself, so the table can show both.
 */
import type { SearchRequest } from '../../src/model';
import { parseQuery } from '../../src/store/query/parse-query';
import { percentiles, type Latency, type Runner } from '../engines';
import type { GroongaProcess } from './client';
import { selectCommand, selectCount } from './commands';

export interface GroongaRunner {
  name: 'groonga-bare' | 'groonga-facets';
  run: Runner;
  /** Groonga's own time per command, measured rounds only (the first `warm` are dropped). */
  ownLatency(warm: number): Latency;
}

export function groongaRunners(groonga: GroongaProcess): GroongaRunner[] {
  const make = (name: GroongaRunner['name'], facetsAndPassages: boolean): GroongaRunner => {
    const own: number[] = [];
    const commands = new Map<SearchRequest, string>();
    return {
      name,
      async run(request) {
        let line = commands.get(request);
        if (!line) {
          line = selectCommand(request, parseQuery(request.q), { limit: request.limit ?? 20, facetsAndPassages });
          commands.set(request, line);
        }
        const reply = await groonga.command(line);
        own.push(reply.elapsedMs);
        return selectCount(reply.body);
      },
      ownLatency: (warm) => percentiles(own.slice(warm)),
    };
  };
  return [make('groonga-bare', false), make('groonga-facets', true)];
}
