import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig, type LlmConfig } from '../src/config.ts';
import { augmentExamples } from '../src/pipeline/augment.ts';
import { compileSpec } from '../src/pipeline/compile-spec.ts';
import { LlmReplyError, createLlmClient } from '../src/pipeline/llm-client.ts';
import { scoreAnswer } from '../src/pipeline/scoring.ts';
import { similarity } from '../src/pipeline/similarity.ts';
import {
  inTurn,
  startOpenAiCompatibleServer,
  userPayload,
  type CannedReply,
  type OpenAiCompatibleServer,
} from './helpers/openai-compatible-server.ts';

let server: OpenAiCompatibleServer;
beforeAll(async () => {
  server = await startOpenAiCompatibleServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const llm = (overrides: Partial<LlmConfig> = {}) =>
  createLlmClient({
    baseUrl: server.baseUrl,
    apiKey: 'sk-test',
    model: 'grader-1',
    timeoutMs: 5_000,
    maxRetries: 2,
    ...overrides,
  });

const json = (value: unknown): CannedReply => ({ content: JSON.stringify(value) });

describe('LLM configuration', () => {
  it('is off without LLM_BASE_URL, and needs LLM_MODEL with it', () => {
    expect(loadConfig({}).llm).toBeUndefined();
    expect(loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MODEL: 'm' }).llm).toEqual({
      baseUrl: 'http://127.0.0.1:9/v1',
      apiKey: 'none',
      model: 'm',
      timeoutMs: 30_000,
      maxRetries: 2,
    });
    expect(() => loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:9/v1' })).toThrow(/LLM_MODEL: is required/);
  });
});

describe('LLM judge', () => {
  const item = {
    systemPrompt: 'Answer with the capital city only.',
    input: 'Capital of France?',
    expected: 'Paris',
    actual: 'Paris, France',
  };
  const fallbackScore = similarity(item.expected, item.actual).score;

  it('scores through a JSON-mode chat completion with the configured model and key', async () => {
    server.answerWith(() => json({ score: 0.9, reasoning: 'Right city; naming the country is harmless.' }));
    await expect(scoreAnswer(item, llm())).resolves.toEqual({
      score: 0.9,
      passed: true,
      reasoning: 'Right city; naming the country is harmless.',
      method: 'LLM_JUDGE',
    });
    const [request] = server.requests;
    expect(server.requests).toHaveLength(1);
    expect(request!.authorization).toBe('Bearer sk-test');
    expect(request!.body).toMatchObject({
      model: 'grader-1',
      response_format: { type: 'json_object' },
      temperature: 0,
    });
    expect(request!.body.messages[0]).toMatchObject({ role: 'system', content: expect.stringContaining('JSON') });
    expect(userPayload(request!.body)).toEqual({
      systemPrompt: item.systemPrompt,
      input: item.input,
      expectedOutput: 'Paris',
      actualOutput: 'Paris, France',
    });
  });

  it('keeps a NUL in the reply as U+FFFD, since the reasoning is stored', async () => {
    server.answerWith(() => json({ score: 0.9, reasoning: 'Right\u0000city.' }));
    await expect(scoreAnswer(item, llm())).resolves.toMatchObject({ reasoning: 'Right\uFFFDcity.' });
  });

  it('asks again after a reply that is not JSON', async () => {
    server.answerWith(inTurn({ content: 'Sure! I would say 0.4.' }, json({ score: 0.4, reasoning: 'Extra text.' })));
    await expect(scoreAnswer(item, llm())).resolves.toMatchObject({ score: 0.4, passed: false, method: 'LLM_JUDGE' });
    expect(server.requests).toHaveLength(2);
  });

  it('accepts JSON wrapped in a Markdown code fence', async () => {
    server.answerWith(() => ({ content: '```json\n{"score": 1, "reasoning": "Equivalent."}\n```' }));
    await expect(scoreAnswer(item, llm())).resolves.toMatchObject({ score: 1, method: 'LLM_JUDGE' });
  });

  it('falls back to similarity, saying why, when every reply has the wrong shape', async () => {
    server.answerWith(inTurn(json({ score: 9, reasoning: 'Nine out of ten.' }), json({ grade: 'A' })));
    const scored = await scoreAnswer(item, llm());
    expect(server.requests).toHaveLength(2);
    expect(scored).toEqual({
      score: fallbackScore,
      passed: fallbackScore >= 0.7,
      method: 'SIMILARITY',
      reasoning: expect.stringMatching(
        /^LLM judge failed: the reply had the wrong shape \(score: .*\) \(2 attempts\)\. Scored by similarity instead\. Similarity 0\.\d{3}: /,
      ),
    });
  });

  it('rides out a server error: the SDK retries and the second reply counts', async () => {
    server.answerWith(inTurn({ status: 500, retryAfterMs: 10 }, json({ score: 0.8, reasoning: 'Fine.' })));
    await expect(scoreAnswer(item, llm())).resolves.toMatchObject({ score: 0.8, method: 'LLM_JUDGE' });
    expect(server.requests).toHaveLength(2);
  });

  it('falls back to similarity when the endpoint keeps failing or timing out', async () => {
    server.answerWith(() => ({ status: 503, message: 'Overloaded', retryAfterMs: 10 }));
    const failing = await scoreAnswer(item, llm());
    expect(server.requests).toHaveLength(3);
    expect(failing).toMatchObject({ score: fallbackScore, method: 'SIMILARITY' });
    expect(failing.reasoning).toMatch(/^LLM judge failed: 503 Overloaded\. Scored by similarity instead\./);

    server.requests.length = 0;
    server.answerWith(() => ({ ...json({ score: 1, reasoning: 'Too late.' }), delayMs: 2_000 }));
    const slow = await scoreAnswer(item, llm({ timeoutMs: 200, maxRetries: 1 }));
    expect(server.requests).toHaveLength(2);
    expect(slow).toMatchObject({ score: fallbackScore, method: 'SIMILARITY' });
    expect(slow.reasoning).toMatch(/^LLM judge failed: Request timed out\./);
  });

  it('throws when scoring is aborted instead of scoring by similarity', async () => {
    server.answerWith(() => ({ ...json({ score: 1, reasoning: 'Too late.' }), delayMs: 2_000 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(scoreAnswer(item, llm(), controller.signal)).rejects.toThrow(/aborted/i);
  });

  it('leaves no listener on a signal that many requests shared', async () => {
    server.answerWith(() => json({ ok: true }));
    const client = llm();
    const controller = new AbortController();
    for (let i = 0; i < 12; i++) {
      const reply = await client.completeJson({
        system: 'Reply in JSON.',
        user: '{}',
        schema: z.object({ ok: z.boolean() }),
        signal: controller.signal,
      });
      expect(reply).toEqual({ ok: true });
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('gives up with LlmReplyError after its reply attempts', async () => {
    server.answerWith(() => ({ content: null }));
    const client = createLlmClient(
      { baseUrl: server.baseUrl, apiKey: 'sk-test', model: 'grader-1', timeoutMs: 5_000, maxRetries: 0 },
      { replyAttempts: 3 },
    );
    const reply = client.completeJson({ system: 'Reply in JSON.', user: '{}', schema: z.object({ ok: z.boolean() }) });
    await expect(reply).rejects.toThrow(new LlmReplyError('the reply was empty (3 attempts)'));
    expect(server.requests).toHaveLength(3);
  });
});

describe('LLM augmentation', () => {
  const spec = {
    systemPrompt: 'You are a polite support agent.',
    examples: [
      { input: 'Where is my order?', expected: 'It ships within two days.' },
      { input: 'Cancel my subscription.', expected: 'Done: it ends this month.' },
      { input: 'I was charged twice.', expected: 'Sorry! The duplicate charge is refunded.' },
    ],
  };
  const useful = ['Has my order shipped yet?', 'When will my package arrive?', "Any news on my order's delivery?"];

  it('keeps valid, distinct inputs, retries malformed replies and fills every gap locally, with provenance', async () => {
    const calls = new Map<string, number>();
    server.answerWith((request) => {
      const input = userPayload(request).input as string;
      calls.set(input, (calls.get(input) ?? 0) + 1);
      if (input === 'Where is my order?') {
        return json({
          inputs: [
            useful[0],
            '  Where is   my order? ', // the example itself, once normalised
            '',
            'It ships within two days.', // the expected output
            `${useful[0]}\n`, // a duplicate
            'x'.repeat(1_001),
            useful[1],
            useful[2],
            'Order status, please.',
            'Never offered: four were enough.',
          ],
        });
      }
      if (input === 'Cancel my subscription.') {
        return calls.get(input) === 1 ? { content: '{"inputs": ["unterminated' } : json({ inputs: [1, 2] });
      }
      return json({ inputs: ['You billed me two times.', 'I was charged twice.', '   '] });
    });

    const { variants, shortfalls } = await augmentExamples(spec, { llm: llm() });

    expect(variants.filter((v) => v.seedIndex === 0)).toEqual(
      [...useful, 'Order status, please.'].map((input) => ({ seedIndex: 0, input, method: 'llm', model: 'grader-1' })),
    );
    expect(variants.filter((v) => v.seedIndex === 1).map((v) => v.method)).toEqual([
      'local:prefix',
      'local:casing',
      'local:punctuation',
      'local:template',
    ]);
    expect(variants.filter((v) => v.seedIndex === 2).map((v) => [v.method, v.input])).toEqual([
      ['llm', 'You billed me two times.'],
      ['local:prefix', 'Request: I was charged twice.'],
      ['local:casing', 'i was charged twice.'],
      ['local:punctuation', 'I was charged twice'],
    ]);
    expect(shortfalls).toEqual([
      {
        seedIndex: 1,
        reason: expect.stringMatching(
          /^the LLM failed: the reply had the wrong shape \(inputs\.0: .*\) \(2 attempts\)$/,
        ),
      },
      { seedIndex: 2, reason: '1 of 4 inputs from the LLM were usable; rejected: 1 same as the example, 1 empty' },
    ]);

    expect(server.requests).toHaveLength(4);
    for (const { body } of server.requests) {
      expect(body).toMatchObject({ model: 'grader-1', response_format: { type: 'json_object' }, temperature: 0.8 });
      expect(body.messages[0]!.content).toContain('Write 4 new inputs');
      const payload = userPayload(body);
      const example = spec.examples.find((e) => e.input === payload.input)!;
      expect(payload).toEqual({
        systemPrompt: spec.systemPrompt,
        input: example.input,
        expectedOutput: example.expected,
      });
    }

    const { records } = compileSpec(spec, variants);
    expect(records).toHaveLength(15);
    expect(records[1]).toEqual({
      prompt: `${spec.systemPrompt}\n\n${useful[0]}`,
      completion: 'It ships within two days.',
      provenance: { seedIndex: 0, method: 'llm', model: 'grader-1' },
    });
  });

  it('augments locally, recording why, when the endpoint is down', async () => {
    server.answerWith(() => ({ status: 500, retryAfterMs: 10 }));
    const { variants, shortfalls } = await augmentExamples(spec, { llm: llm({ maxRetries: 1 }) });
    expect(variants).toEqual((await augmentExamples(spec)).variants);
    expect(shortfalls).toEqual(
      spec.examples.map((_, seedIndex) => ({ seedIndex, reason: 'the LLM failed: 500 The server had an error' })),
    );
    expect(server.requests).toHaveLength(spec.examples.length * 2);
  });
});
