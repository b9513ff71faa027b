/**
 * The one module that imports @actions/github (it reads the environment on import). Every
 * GitHub call goes through the Octokit made here: base URL from GITHUB_API_URL (GitHub
 * Enterprise Server works the same), an injectable fetch (tests use a 127.0.0.1 server), and
 * retries on 5xx, 429 and secondary rate limits.
 */
import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  readonly token: string;
  /** GITHUB_API_URL. */
  readonly baseUrl: string;
  /** Undefined = @actions/github's proxy-aware fetch. */
  readonly fetch?: typeof globalThis.fetch;
  readonly sleep: (ms: number) => Promise<void>;
  /** Where retries are reported (the token never is). */
  readonly log: (message: string) => void;
  /** Default 3. */
  readonly maxRetries?: number;
}

/** Longest wait we accept for one retry; a longer Retry-After is not worth holding the job. */
const MAX_RETRY_WAIT_MS = 60_000;

export const createGitHubClient = (options: ClientOptions): GitHubClient => {
  const client = getOctokit(options.token, {
    baseUrl: options.baseUrl,
    ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
  });
  const maxRetries = options.maxRetries ?? 3;
  client.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const wait = retryDelay(error, attempt);
        if (wait === undefined || attempt >= maxRetries) throw error;
        const what = `${String(requestOptions.method)} ${String(requestOptions.url)}`;
        options.log(`GitHub API ${what} answered ${statusOf(error) ?? 'a network error'}; retrying in ${Math.ceil(wait / 1000)} s (${attempt + 1}/${maxRetries}).`);
        await options.sleep(wait);
      }
    }
  });
  return client;
};

export interface ApiFailure {
  /** HTTP status; undefined for a network failure. */
  readonly status?: number;
  /** GitHub's message (without the documentation URL Octokit appends). */
  readonly message: string;
}

/** Status and message of an Octokit error (RequestError or anything else), token-free. */
export const apiFailure = (error: unknown): ApiFailure => {
  const status = statusOf(error);
  const data = (error as { response?: { data?: unknown } } | undefined)?.response?.data;
  const fromBody = typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string' ? (data as { message: string }).message : undefined;
  const raw = fromBody ?? (error instanceof Error ? error.message : String(error));
  return { ...(status !== undefined ? { status } : {}), message: raw.replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim() };
};

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
  const status = statusOf(error);
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
