/**
 * The one module that imports @actions/github (it reads the environment on import). Every
 * GitHub call goes through the Octokit made here: base URL from GITHUB_API_URL (GitHub
 * Enterprise Server works the same), an injectable fetch (tests use a 127.0.0.1 server), and
 * retries on 5xx, 429 and secondary rate limits.
 */
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** How long the Action waits for GitHub; fixed in production, shortened by tests. */
export type ApiLimits = Pick<ClientOptions, 'maxRetries' | 'requestTimeoutMs' | 'totalBudgetMs' | 'slowAfterMs'>;

export interface ClientOptions {
  readonly token: string;
  /** GITHUB_API_URL. */
  readonly baseUrl: string;
  /** Undefined = @actions/github's proxy-aware fetch. */
  readonly fetch?: typeof globalThis.fetch;
  readonly sleep: (ms: number) => Promise<void>;
  /** Where retries and slow answers are reported (the token never is). */
  readonly log: (message: string) => void;
  /** Default 3. */
  readonly maxRetries?: number;
  /** Longest wait for one answer (default 30 s). */
  readonly requestTimeoutMs?: number;
  /** Every call of the step together, waits between retries included (default 5 minutes). */
  readonly totalBudgetMs?: number;
  /** When to say that an answer is slow in coming (default 10 s). */
  readonly slowAfterMs?: number;
  /** Where a slow answer is reported (default `log`). */
  readonly warn?: (message: string) => void;
  /** Milliseconds since some fixed point (default Date.now). */
  readonly clock?: () => number;
}

/** Longest wait we accept for one retry; a longer Retry-After is not worth holding the job. */
const MAX_RETRY_WAIT_MS = 60_000;
export const REQUEST_TIMEOUT_MS = 30_000;
export const TOTAL_API_BUDGET_MS = 5 * 60_000;
const MAX_REDIRECTS = 5;

const seconds = (ms: number): number => Number((ms / 1000).toFixed(1));

/** An error of ours below Octokit (no answer in time, budget spent, redirect refused): never retried unless `retry`. */
class TransportError extends Error {
  constructor(message: string, readonly code: string, readonly retry: boolean) {
    super(message);
  }
}

export const createGitHubClient = (options: ClientOptions): GitHubClient => {
  const clock = options.clock ?? Date.now;
  const started = clock();
  const budget = options.totalBudgetMs ?? TOTAL_API_BUDGET_MS;
  const remaining = (): number => budget - (clock() - started);
  const base = options.fetch ?? (actionsDefaults.request?.fetch as typeof globalThis.fetch | undefined) ?? globalThis.fetch;
  const client = getOctokit(options.token, {
    baseUrl: options.baseUrl,
    request: { fetch: guardedFetch(base, { ...options, remaining, budget }) },
  });
  const maxRetries = options.maxRetries ?? 3;
  client.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = retryDelay(error, attempt);
        if (wait === undefined || attempt >= maxRetries || wait >= remaining()) throw scrubbed(error, options.token);
        const what = `${String(requestOptions.method)} ${String(requestOptions.url)}`;
        const failure = networkFailureOf(error);
        const answered = failure ? `failed (${scrub(failure.code, options.token)})` : `answered ${statusOf(error) ?? 'with an error'}`;
        options.log(`GitHub API ${what} ${answered}; retrying in ${Math.ceil(wait / 1000)} s (${attempt + 1}/${maxRetries}).`);
        await options.sleep(wait);
      }
    }
  });
  return client;
};

/**
 * The fetch under Octokit: a deadline per answer and for all calls together, a log line while
 * an answer is slow, and redirects followed only within the API's own origin (a redirect to
 * another host would receive the token's request body, SARIF included).
 */
const guardedFetch = (
  base: typeof globalThis.fetch,
  options: Pick<ClientOptions, 'log' | 'warn' | 'requestTimeoutMs' | 'slowAfterMs' | 'baseUrl'> & { readonly remaining: () => number; readonly budget: number },
): typeof globalThis.fetch =>
  (async (input: string | URL | Request, init: RequestInit = {}) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    let method = init.method ?? 'GET';
    let body = init.body;
    const origin = url.origin;
    for (let hop = 0; ; hop++) {
      const left = options.remaining();
      if (left <= 0) throw new TransportError(`the ${seconds(options.budget)} s allowed for all GitHub API calls of this step ran out`, 'EBUDGET', false);
      const timeout = Math.min(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, left);
      const deadline = AbortSignal.timeout(timeout);
      const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
      const where = `${url.origin}${url.pathname}`;
      const slowAfter = options.slowAfterMs ?? 10_000;
      const slow = slowAfter < timeout ? setTimeout(() => (options.warn ?? options.log)(`Still waiting for GitHub API ${method} ${where} after ${seconds(slowAfter)} s (giving up at ${seconds(timeout)} s).`), slowAfter) : undefined;
      slow?.unref?.();
      let response: Response;
      try {
        response = await base(url.href, { ...init, method, body, redirect: 'manual', signal });
      } catch (error) {
        if (deadline.aborted) throw new TransportError(`no answer from ${where} within ${seconds(timeout)} s`, 'ETIMEDOUT', true);
        throw error;
      } finally {
        if (slow) clearTimeout(slow);
      }
      if (![301, 302, 303, 307, 308].includes(response.status)) return response;
      const location = response.headers.get('location');
      const next = location ? new URL(location, url) : undefined;
      if (!next || next.origin !== origin) {
        throw new TransportError(`${where} redirected to ${next ? next.host : 'nowhere'}, another host than the API's; not followed, so nothing was sent there`, 'EREDIRECT', false);
      }
      if (hop >= MAX_REDIRECTS) throw new TransportError(`${where} redirected more than ${MAX_REDIRECTS} times`, 'EREDIRECT', false);
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
      url = next;
    }
  }) as typeof globalThis.fetch;

/** The token, wherever an echoing API put it, replaced in an error's message and body. */
const scrubbed = (error: unknown, token: string): unknown => {
  if (typeof error !== 'object' || error === null || token === '') return error;
  const withMessage = error as { message?: unknown; response?: { data?: unknown } };
  if (typeof withMessage.message === 'string') {
    try {
      withMessage.message = scrub(withMessage.message, token);
    } catch {
      // A read-only message stays; apiFailure scrubs again.
    }
  }
  if (withMessage.response && withMessage.response.data !== undefined) withMessage.response.data = scrubDeep(withMessage.response.data, token);
  return error;
};

export const scrub = (text: string, token: string): string => {
  if (token === '') return text;
  let out = text;
  for (const form of new Set([token, encodeURIComponent(token), Buffer.from(token).toString('base64')])) out = out.split(form).join('***');
  return out;
};

const scrubDeep = (value: unknown, token: string): unknown => {
  if (typeof value === 'string') return scrub(value, token);
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, token));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, scrubDeep(child, token)]));
  return value;
};

/** A request that got no HTTP answer (refused, reset, DNS, timeout, redirect refused): its code and words. */
export const networkFailureOf = (error: unknown): { readonly code: string; readonly message: string; readonly url?: string } | undefined => {
  const withResponse = error as { response?: unknown; cause?: unknown; request?: { url?: unknown } } | undefined;
  if (typeof error !== 'object' || error === null || withResponse?.response !== undefined) return undefined;
  // Only what went wrong on the way: Octokit's RequestError without an answer, or ours.
  if (!(error instanceof TransportError) && withResponse?.request === undefined) return undefined;
  // Octokit wraps what fetch threw: TypeError("fetch failed") with the system error as its cause.
  let cause: unknown = withResponse?.cause ?? error;
  for (let depth = 0; depth < 4 && cause instanceof Error && !(cause as { code?: unknown }).code && cause.cause !== undefined; depth++) cause = cause.cause;
  const code = (cause as { code?: unknown } | undefined)?.code;
  const url = typeof withResponse?.request?.url === 'string' ? withResponse.request.url : undefined;
  return {
    code: typeof code === 'string' ? code : 'no answer',
    message: cause instanceof Error ? cause.message : String(cause),
    ...(url ? { url } : {}),
  };
};

export interface ApiFailure {
  /** HTTP status; undefined for a network failure. */
  readonly status?: number;
  /** GitHub's message (without the documentation URL Octokit appends). */
  readonly message: string;
  /** No HTTP answer at all: not a permission problem. */
  readonly network?: true;
}

/**
 * Status and message of an Octokit error (RequestError or anything else), token-free. A request
 * that got no answer says so with the address and the system's code ("GitHub API unreachable at
 * URL (ECONNREFUSED)"), never as an HTTP status.
 */
export const apiFailure = (error: unknown, token = ''): ApiFailure => {
  const network = networkFailureOf(error);
  if (network) {
    const where = network.url ? ` at ${scrub(network.url.replace(/\?.*$/, ''), token)}` : '';
    const detail = error instanceof TransportError || (error as { cause?: unknown }).cause instanceof TransportError ? `: ${network.message}` : ` (${network.code})`;
    return { network: true, message: scrub(`GitHub API unreachable${where}${detail}`, token) };
  }
  const status = statusOf(error);
  const data = (error as { response?: { data?: unknown } } | undefined)?.response?.data;
  const fromBody = typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string' ? (data as { message: string }).message : undefined;
  const raw = fromBody ?? (error instanceof Error ? error.message : String(error));
  return { ...(status !== undefined ? { status } : {}), message: scrub(raw.replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim(), token) };
};

/** What went wrong, in a few words: no answer, an answer that cannot be used, or GitHub's status. */
export const failureCause = (failure: ApiFailure): string =>
  failure.network ? 'no answer from GitHub' : failure.status === undefined ? 'GitHub\'s answer could not be used' : `GitHub answered HTTP ${failure.status}`;

/** The words behind the cause: ours when GitHub gave none (no answer, an unusable one), else GitHub's, quoted, with its status. */
export const failureDetail = (failure: ApiFailure): string =>
  failure.status === undefined ? failure.message : `GitHub: "${failure.message}", HTTP ${failure.status}`;

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
};

const header = (error: unknown, name: string): string | undefined => {
  const headers = (error as { response?: { headers?: Record<string, unknown> } } | undefined)?.response?.headers;
  const value = headers?.[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
};

/**
 * How long to wait before retrying, or undefined when the error is final. 5xx and network
 * errors back off exponentially (1 s, 2 s, 4 s); 429 and 403 secondary rate limits wait for
 * Retry-After (or x-ratelimit-reset), as GitHub's REST guidelines ask.
 */
export const retryDelay = (error: unknown, attempt: number, now: number = Date.now()): number | undefined => {
  const transport = [error, (error as { cause?: unknown } | undefined)?.cause].find((candidate) => candidate instanceof TransportError);
  if (transport) return transport.retry ? 1000 * 2 ** attempt : undefined;
  const status = networkFailureOf(error) ? undefined : statusOf(error);
  const backoff = 1000 * 2 ** attempt;
  if (status === undefined || status >= 500) return status === 501 ? undefined : backoff;
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = Number(header(error, 'retry-after'));
  const message = error instanceof Error ? error.message : '';
  const secondary = /secondary rate limit/i.test(message) || header(error, 'retry-after') !== undefined;
  const exhausted = header(error, 'x-ratelimit-remaining') === '0';
  if (!secondary && !exhausted && status === 403) return undefined;
  let wait = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : undefined;
  if (wait === undefined && exhausted) {
    const reset = Number(header(error, 'x-ratelimit-reset'));
    if (Number.isFinite(reset)) wait = Math.max(0, reset * 1000 - now);
  }
  wait ??= Math.max(backoff, 60_000);
  return wait <= MAX_RETRY_WAIT_MS ? wait : undefined;
};
