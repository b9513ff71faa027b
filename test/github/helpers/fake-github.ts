/**
 * A loopback GitHub REST API for the Action's tests: it serves the few operations the Action
 * calls, checks every request body (and its own answers) against GitHub's OpenAPI description,
 * decodes uploaded SARIF and validates it against the SARIF 2.1.0 schema, and can be told to
 * answer 403/404/500.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { Log } from 'sarif';
import { validateSarif } from '../../helpers/validate-sarif.ts';
import { matchOperation, requestBodyErrors, responseBodyErrors } from './openapi.ts';

export interface RecordedRequest {
  readonly method: string;
  /** Path below the API prefix, e.g. /repos/o/r/check-runs. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly operationId?: string;
  readonly params: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly authorization?: string;
  /** OpenAPI (and, for uploads, SARIF schema) errors; tests assert it is empty. */
  readonly errors: readonly string[];
  readonly status: number;
  /** The decoded SARIF of an upload. */
  readonly sarif?: Log;
}

export interface Failure {
  readonly status: number;
  readonly message: string;
  /** Append the request's Authorization header to the message, as an echoing proxy or API would. */
  readonly echoAuthorization?: boolean;
  /** Fail only the first `times` requests (default: all). */
  readonly times?: number;
}

export interface FakeGitHubOptions {
  /** Path prefix of the API (`/api/v3` as on GitHub Enterprise Server); default none. */
  readonly prefix?: string;
  readonly fail?: Partial<Record<OperationKey, Failure>>;
  /** What GET sarifs/{id} answers, in order (the last repeats); default ['complete']. */
  readonly processing?: readonly ('pending' | 'complete' | 'failed')[];
  readonly processingErrors?: readonly string[];
  /** Files of the pull request (GET pulls/{n}/files). */
  readonly changedFiles?: readonly string[];
  /** The patch of a changed file (default a small one that adds lines 1-4). */
  readonly patches?: Readonly<Record<string, string>>;
  /** A raw answer instead of the operation's (a redirect, a body that is not JSON). */
  readonly raw?: Partial<Record<OperationKey, { readonly status: number; readonly body: string; readonly headers?: Record<string, string> }>>;
  /** Reviews and review comments kept across runs (pass the same object to several servers to re-run). */
  readonly reviewState?: ReviewState;
  /** Who the token is (the author of what the Action posts); default github-actions[bot]. */
  readonly login?: string;
}

type OperationKey = 'upload' | 'processing' | 'checkCreate' | 'checkUpdate' | 'files' | 'reviews' | 'createReview' | 'updateReview' | 'comments' | 'updateComment' | 'deleteComment';

/** Pull-request reviews and review comments as GitHub returns them. */
export interface ReviewState {
  readonly reviews: Record<string, unknown>[];
  readonly comments: Record<string, unknown>[];
  nextId: number;
}

export const emptyReviewState = (): ReviewState => ({ reviews: [], comments: [], nextId: 7000 });

/** A `simple-user` as the API returns it. */
export const apiUser = (login: string, type = login.endsWith('[bot]') ? 'Bot' : 'User'): Record<string, unknown> => {
  const url = `https://api.github.example/users/${encodeURIComponent(login)}`;
  return {
    login, id: 41898282, node_id: 'MDM6Qm90NDE4OTgyODI=', avatar_url: 'https://avatars.example/u/1', gravatar_id: '', url, html_url: `https://github.example/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`, following_url: `${url}/following{/other_user}`, gists_url: `${url}/gists{/gist_id}`, starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`, organizations_url: `${url}/orgs`, repos_url: `${url}/repos`, events_url: `${url}/events{/privacy}`, received_events_url: `${url}/received_events`,
    type, site_admin: false,
  };
};

export interface FakeGitHub {
  /** The GITHUB_API_URL to give the Action. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const OPERATION_KEY: Readonly<Record<string, OperationKey>> = {
  'code-scanning/upload-sarif': 'upload',
  'code-scanning/get-sarif': 'processing',
  'checks/create': 'checkCreate',
  'checks/update': 'checkUpdate',
  'pulls/list-files': 'files',
  'pulls/list-reviews': 'reviews',
  'pulls/create-review': 'createReview',
  'pulls/update-review': 'updateReview',
  'pulls/list-review-comments': 'comments',
  'pulls/update-review-comment': 'updateComment',
  'pulls/delete-review-comment': 'deleteComment',
};

/** One page of `items` with GitHub's Link header. */
const paged = <T>(items: readonly T[], url: URL, pageUrl: (n: number, perPage: number) => string): { slice: T[]; headers: Record<string, string> } => {
  const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
  const page = Number(url.searchParams.get('page') ?? 1);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number): string => `<${pageUrl(n, perPage)}>`;
  return { slice: items.slice((page - 1) * perPage, page * perPage), headers: page < pages ? { link: `${link(page + 1)}; rel="next", ${link(pages)}; rel="last"` } : {} };
};

export const startFakeGitHub = async (options: FakeGitHubOptions = {}): Promise<FakeGitHub> => {
  const prefix = options.prefix ?? '';
  const requests: RecordedRequest[] = [];
  const state = options.reviewState ?? emptyReviewState();
  const login = options.login ?? 'github-actions[bot]';
  const failCounts = new Map<string, number>();
  let checkRunId = 4000;
  let processingPolls = 0;
  let base = '';

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const text = await readBody(request);
    const errors: string[] = [];
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        errors.push('request body is not JSON');
      }
    }
    const match = url.pathname.startsWith(prefix) ? matchOperation(method, path) : undefined;
    const record = (status: number, extra: { sarif?: Log } = {}): void => {
      requests.push({
        method,
        path,
        query: Object.fromEntries(url.searchParams),
        ...(match ? { operationId: match.operationId, params: match.params } : { params: {} }),
        ...(body !== undefined ? { body } : {}),
        ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
        errors,
        status,
        ...extra,
      });
    };
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}, extra: { sarif?: Log } = {}): void => {
      if (match) errors.push(...responseBodyErrors(match.operationId, status, payload).map((error) => `response ${status} ${error}`));
      record(status, extra);
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(payload));
    };
    if (!match) {
      errors.push(`no such operation: ${method} ${url.pathname}`);
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    errors.push(...requestBodyErrors(match.operationId, body));
    const raw = options.raw?.[OPERATION_KEY[match.operationId]!];
    if (raw) {
      record(raw.status);
      response.writeHead(raw.status, { 'content-type': 'application/json; charset=utf-8', ...raw.headers });
      response.end(raw.body);
      return;
    }
    const failure = options.fail?.[OPERATION_KEY[match.operationId]!];
    if (failure) {
      const used = failCounts.get(match.operationId) ?? 0;
      if (failure.times === undefined || used < failure.times) {
        failCounts.set(match.operationId, used + 1);
        const message = failure.echoAuthorization ? `${failure.message} (request had Authorization: ${request.headers.authorization ?? ''})` : failure.message;
        return send(failure.status, { message, documentation_url: 'https://docs.github.com/rest', status: String(failure.status) });
      }
    }
    const repoUrl = `${base}/repos/${match.params.owner}/${match.params.repo}`;
    switch (match.operationId) {
      case 'code-scanning/upload-sarif': {
        let sarif: Log | undefined;
        try {
          sarif = JSON.parse(gunzipSync(Buffer.from((body as { sarif: string }).sarif, 'base64')).toString('utf8')) as Log;
          errors.push(...validateSarif(sarif).map((error) => `SARIF ${error}`));
        } catch (error) {
          errors.push(`sarif is not gzip+base64 JSON: ${String(error)}`);
        }
        const id = '47177e22-5596-11eb-80a1-c1e54ef945c6';
        return send(202, { id, url: `${repoUrl}/code-scanning/sarifs/${id}` }, {}, sarif ? { sarif } : {});
      }
      case 'code-scanning/get-sarif': {
        const states = options.processing ?? ['complete'];
        const status = states[Math.min(processingPolls++, states.length - 1)]!;
        return send(200, {
          processing_status: status,
          analyses_url: status === 'complete' ? `${repoUrl}/code-scanning/analyses?sarif_id=${match.params.sarif_id}` : null,
          errors: status === 'failed' ? [...(options.processingErrors ?? [])] : null,
        });
      }
      case 'checks/create':
      case 'checks/update': {
        const id = match.operationId === 'checks/create' ? ++checkRunId : Number(match.params.check_run_id);
        const input = body as { name?: string; head_sha?: string; status?: string; conclusion?: string; output?: { title?: string; summary?: string; annotations?: unknown[] } };
        return send(match.operationId === 'checks/create' ? 201 : 200, {
          id,
          node_id: `CR_${id}`,
          head_sha: input.head_sha ?? '0'.repeat(40),
          name: input.name ?? 'ephemeral-guard',
          url: `${repoUrl}/check-runs/${id}`,
          html_url: `https://github.example/${match.params.owner}/${match.params.repo}/runs/${id}`,
          details_url: null,
          status: input.conclusion ? 'completed' : (input.status ?? 'queued'),
          conclusion: input.conclusion ?? null,
          started_at: '2026-11-26T10:00:00Z',
          completed_at: input.conclusion ? '2026-11-26T10:00:05Z' : null,
          external_id: null,
          check_suite: { id: 9 },
          output: {
            title: input.output?.title ?? null,
            summary: input.output?.summary ?? null,
            text: null,
            annotations_count: input.output?.annotations?.length ?? 0,
            annotations_url: `${repoUrl}/check-runs/${id}/annotations`,
          },
          app: null,
          pull_requests: [],
        });
      }
      case 'pulls/list-reviews':
      case 'pulls/list-review-comments': {
        const items = (match.operationId === 'pulls/list-reviews' ? state.reviews : state.comments).filter((item) => item['pull_number'] === Number(match.params.pull_number));
        const { slice, headers } = paged(items, url, (n, perPage) => `${base}${path}?per_page=${perPage}&page=${n}`);
        return send(200, slice.map(({ pull_number: _n, ...item }) => item), headers);
      }
      case 'pulls/create-review': {
        const input = body as { commit_id?: string; body?: string; event?: string; comments?: { path: string; body: string; line?: number; side?: string; start_line?: number; start_side?: string }[] };
        const pullNumber = Number(match.params.pull_number);
        const id = ++state.nextId;
        const commit = input.commit_id ?? '0'.repeat(40);
        const pullUrl = `${repoUrl}/pulls/${pullNumber}`;
        const html = `https://github.example/${match.params.owner}/${match.params.repo}/pull/${pullNumber}`;
        const review = {
          pull_number: pullNumber,
          id,
          node_id: `PRR_${id}`,
          user: apiUser(login),
          body: input.body ?? '',
          state: input.event === 'COMMENT' ? 'COMMENTED' : 'PENDING',
          html_url: `${html}#pullrequestreview-${id}`,
          pull_request_url: pullUrl,
          _links: { html: { href: `${html}#pullrequestreview-${id}` }, pull_request: { href: pullUrl } },
          submitted_at: '2026-11-26T10:00:06Z',
          commit_id: commit,
          author_association: 'CONTRIBUTOR',
        };
        state.reviews.push(review);
        for (const comment of input.comments ?? []) {
          const commentId = ++state.nextId;
          const commentUrl = `${repoUrl}/pulls/comments/${commentId}`;
          state.comments.push({
            pull_number: pullNumber,
            url: commentUrl,
            pull_request_review_id: id,
            id: commentId,
            node_id: `PRRC_${commentId}`,
            diff_hunk: '@@ -0,0 +1,4 @@',
            path: comment.path,
            position: comment.line ?? 1,
            original_position: comment.line ?? 1,
            commit_id: commit,
            original_commit_id: commit,
            user: apiUser(login),
            body: comment.body,
            created_at: '2026-11-26T10:00:06Z',
            updated_at: '2026-11-26T10:00:06Z',
            html_url: `${html}#discussion_r${commentId}`,
            pull_request_url: pullUrl,
            author_association: 'CONTRIBUTOR',
            _links: { self: { href: commentUrl }, html: { href: `${html}#discussion_r${commentId}` }, pull_request: { href: pullUrl } },
            start_line: comment.start_line ?? null,
            original_start_line: comment.start_line ?? null,
            start_side: comment.start_line !== undefined ? (comment.start_side ?? 'RIGHT') : null,
            line: comment.line ?? 1,
            original_line: comment.line ?? 1,
            side: comment.side ?? 'RIGHT',
            subject_type: 'line',
          });
        }
        const { pull_number: _n, ...answer } = review;
        return send(200, answer);
      }
      case 'pulls/update-review': {
        const review = state.reviews.find((item) => item['id'] === Number(match.params.review_id));
        if (!review) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        review['body'] = (body as { body: string }).body;
        const { pull_number: _n, ...answer } = review;
        return send(200, answer);
      }
      case 'pulls/update-review-comment': {
        const comment = state.comments.find((item) => item['id'] === Number(match.params.comment_id));
        if (!comment) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        comment['body'] = (body as { body: string }).body;
        comment['updated_at'] = '2026-11-26T10:10:06Z';
        const { pull_number: _n, ...answer } = comment;
        return send(200, answer);
      }
      case 'pulls/delete-review-comment': {
        const at = state.comments.findIndex((item) => item['id'] === Number(match.params.comment_id));
        if (at < 0) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        state.comments.splice(at, 1);
        record(204);
        response.writeHead(204);
        response.end();
        return;
      }
      case 'pulls/list-files': {
        const files = options.changedFiles ?? [];
        const { slice, headers } = paged(files, url, (n, perPage) => `${base}${path}?per_page=${perPage}&page=${n}`);
        return send(
          200,
          slice.map((filename, i) => ({
            sha: (i + 1).toString(16).padStart(40, 'a'),
            filename,
            status: 'modified',
            additions: 3,
            deletions: 1,
            changes: 4,
            blob_url: `https://github.example/blob/${filename}`,
            raw_url: `https://github.example/raw/${filename}`,
            contents_url: `${repoUrl}/contents/${filename}`,
            patch: options.patches?.[filename] ?? '@@ -1,2 +1,4 @@',
          })),
          headers,
        );
      }
      default:
        return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(599);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  return {
    url: base,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
};
