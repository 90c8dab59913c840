import { describe, expect, it } from 'vitest';
import type { Engine, ResultData, SearchResponse } from '../../src/search/engine';
import { remembering } from '../../src/search/remembering-engine';

/**
 * An engine that answers from a table and counts what it was asked: the
 * rules under test are what the wrapper asks again, not how Pagefind
 * searches (the browser tests run the real one).
 */
function countingEngine(answers: Record<string, string[]>) {
  const asked: string[] = [];
  const read: string[] = [];
  let failing = false;
  const engine: Engine = {
    async search(query, options) {
      asked.push(JSON.stringify([query, options ?? null]));
      if (failing) throw new Error('Failed to load Pagefind index chunk');
      const ids = answers[query ?? ''] ?? [];
      const response: SearchResponse = {
        results: ids.map((id) => ({
          id,
          score: 1,
          words: [0],
          async data(): Promise<ResultData> {
            read.push(id);
            return { url: `/${id}/`, content: id, meta: {}, filters: {} };
          },
        })),
        filters: {},
      };
      return response;
    },
    filters: async () => ({}),
  };
  return {
    engine,
    asked,
    read,
    fail(value: boolean) {
      failing = value;
    },
  };
}

describe('remembering', () => {
  it('answers a search it has made from memory, options included', async () => {
    const counting = countingEngine({ angry: ['a', 'b'] });
    const engine = remembering(counting.engine);
    const first = await engine.search('angry');
    const again = await engine.search('angry');
    expect(again.results.map((hit) => hit.id)).toEqual(['a', 'b']);
    expect(again).toBe(first);
    expect(counting.asked).toHaveLength(1);
    await engine.search('angry', { filters: { type: { any: ['Tool'] } } });
    expect(counting.asked).toHaveLength(2);
  });

  it('asks again after an empty answer or a failure: either may be a download that failed', async () => {
    const counting = countingEngine({ angry: ['a'] });
    const engine = remembering(counting.engine);
    await engine.search('zyxw');
    await engine.search('zyxw');
    expect(counting.asked).toHaveLength(2);
    counting.fail(true);
    await expect(engine.search('angry')).rejects.toThrow(/index chunk/);
    counting.fail(false);
    await expect(engine.search('angry').then((response) => response.results.length)).resolves.toBe(1);
    expect(counting.asked).toHaveLength(4);
  });

  it("reads a page's data once, whichever search found it", async () => {
    const counting = countingEngine({ angry: ['a', 'b'], shouting: ['a'] });
    const engine = remembering(counting.engine);
    const [fromAngry] = (await engine.search('angry')).results;
    const [fromShouting] = (await engine.search('shouting')).results;
    const [one, two] = await Promise.all([fromAngry?.data(), fromShouting?.data()]);
    expect(one?.url).toBe('/a/');
    expect(two).toBe(one);
    expect(counting.read).toEqual(['a']);
  });
});
