import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server speaking the part of the OpenAI API Trainyard uses, POST /v1/chat/completions,
 * with the same response and error bodies. Tests decide each reply, so the LLM paths (retries,
 * malformed replies, fallbacks) run through the real SDK and network stack without a real model.
 */
export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string };
  temperature?: number;
  max_tokens?: number;
}

export interface ReceivedRequest {
  body: ChatRequest;
  authorization: string | undefined;
}

/** The assistant message's content (after `delayMs`), or an API error with `status`. */
export type CannedReply =
  { content: string | null; delayMs?: number } | { status: number; message?: string; retryAfterMs?: number };

export type ReplyPlan = (request: ChatRequest) => CannedReply;

export interface OpenAiCompatibleServer {
  /** Ends in `/v1`, as OpenAI's own base URL does. */
  baseUrl: string;
  requests: ReceivedRequest[];
  /** Requests whose connection closed before their reply was sent: the client gave up on them. */
  abandoned: ReceivedRequest[];
  answerWith(plan: ReplyPlan): void;
  close(): Promise<void>;
}

/** A plan answering with `replies` in turn, then the last one again and again. */
export function inTurn(...replies: CannedReply[]): ReplyPlan {
  let next = 0;
  return () => replies[Math.min(next++, replies.length - 1)]!;
}

/** The user message of a request: Trainyard sends its payload there as JSON. */
export function userPayload(request: ChatRequest): Record<string, unknown> {
  const user = request.messages.find((m) => m.role === 'user');
  return JSON.parse(user?.content ?? '{}') as Record<string, unknown>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const apiError = (message: string, type: string) => ({ error: { message, type, param: null, code: null } });

function completion(model: string, content: string | null) {
  return {
    id: `chatcmpl-${randomUUID()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 42, completion_tokens: content?.length ?? 0, total_tokens: 42 + (content?.length ?? 0) },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startOpenAiCompatibleServer(): Promise<OpenAiCompatibleServer> {
  const requests: ReceivedRequest[] = [];
  const abandoned: ReceivedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let plan: ReplyPlan = () => ({ status: 500, message: 'no reply planned' });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      return sendJson(res, 404, apiError(`Unknown request URL: ${req.method} ${req.url}`, 'invalid_request_error'));
    }
    let body: ChatRequest;
    try {
      body = JSON.parse(await readBody(req)) as ChatRequest;
    } catch {
      return sendJson(res, 400, apiError('We could not parse the JSON body of your request.', 'invalid_request_error'));
    }
    if (typeof body.model !== 'string' || !Array.isArray(body.messages)) {
      return sendJson(res, 400, apiError('model and messages are required', 'invalid_request_error'));
    }
    const received = { body, authorization: req.headers.authorization };
    requests.push(received);
    res.on('close', () => res.writableEnded || abandoned.push(received));
    const reply = plan(body);
    if ('status' in reply) {
      const headers: Record<string, string> = reply.retryAfterMs
        ? { 'retry-after-ms': String(reply.retryAfterMs) }
        : {};
      return sendJson(res, reply.status, apiError(reply.message ?? 'The server had an error', 'server_error'), headers);
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!res.destroyed) sendJson(res, 200, completion(body.model, reply.content));
    }, reply.delayMs ?? 0);
    timers.add(timer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => sendJson(res, 500, apiError(error.message, 'server_error')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    abandoned,
    answerWith(next) {
      plan = next;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
