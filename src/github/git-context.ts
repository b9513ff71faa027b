/**
 * Which repository, commit and ref a run is about, from the runner's environment and the event
 * payload (GITHUB_EVENT_PATH). Pure: the entry reads the files, this decides.
 */

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export interface PullRequestInfo {
  readonly number: number;
  /** The PR's head commit: where a check run must be attached to show on the PR. */
  readonly headSha?: string;
  /** The head repository differs from the base (or was deleted): the token is read-only. */
  readonly fork: boolean;
  /** `owner/repo` of the head, for messages. */
  readonly headRepo?: string;
}

export interface GitContext {
  readonly repo?: RepoRef;
  readonly eventName: string;
  /** GITHUB_SHA and GITHUB_REF as the runner set them. */
  readonly sha?: string;
  readonly ref?: string;
  /** The commit the workspace has checked out (`.git/HEAD`), when readable. */
  readonly checkedOut?: string;
  readonly pullRequest?: PullRequestInfo;
  readonly actor?: string;
  /** https://github.com or the GitHub Enterprise Server URL (GITHUB_SERVER_URL). */
  readonly serverUrl: string;
  /** The REST API base (GITHUB_API_URL). */
  readonly apiUrl: string;
}

export type Env = Readonly<Record<string, string | undefined>>;

const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

const isSha = (value: unknown): value is string => typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value);

const field = (value: unknown, ...path: string[]): unknown => {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
};

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The run's context. `event` is the parsed GITHUB_EVENT_PATH (anything; read defensively). */
export const gitContextFrom = (options: { env: Env; event?: unknown; checkedOut?: string }): GitContext => {
  const { env, event } = options;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo, ...extra] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repoRef = owner && repo && extra.length === 0 ? { owner, repo } : repoFromEvent(event);
  const sha = isSha(env.GITHUB_SHA) ? env.GITHUB_SHA : undefined;
  const ref = text(env.GITHUB_REF);
  const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? pullRequestFrom(event, ref) : undefined;
  const actor = text(env.GITHUB_ACTOR);
  return {
    ...(repoRef ? { repo: repoRef } : {}),
    eventName,
    ...(sha ? { sha } : {}),
    ...(ref ? { ref } : {}),
    ...(isSha(options.checkedOut) ? { checkedOut: options.checkedOut.toLowerCase() } : {}),
    ...(pullRequest ? { pullRequest } : {}),
    ...(actor ? { actor } : {}),
    serverUrl: (text(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (text(env.GITHUB_API_URL) ?? 'https://api.github.com').replace(/\/+$/, ''),
  };
};

const repoFromEvent = (event: unknown): RepoRef | undefined => {
  const owner = text(field(event, 'repository', 'owner', 'login'));
  const repo = text(field(event, 'repository', 'name'));
  return owner && repo ? { owner, repo } : undefined;
};

const pullRequestFrom = (event: unknown, ref: string | undefined): PullRequestInfo | undefined => {
  const fromEvent = field(event, 'pull_request', 'number');
  const fromRef = /^refs\/pull\/(\d+)\//.exec(ref ?? '')?.[1];
  const number = typeof fromEvent === 'number' && Number.isInteger(fromEvent) && fromEvent > 0 ? fromEvent : fromRef ? Number(fromRef) : undefined;
  if (number === undefined) return undefined;
  const headSha = field(event, 'pull_request', 'head', 'sha');
  const headRepo = text(field(event, 'pull_request', 'head', 'repo', 'full_name'));
  const baseRepo = text(field(event, 'pull_request', 'base', 'repo', 'full_name'));
  const headRepoObject = field(event, 'pull_request', 'head', 'repo');
  // A deleted fork leaves head.repo null; the token is read-only all the same.
  const fork = headRepoObject === null || (headRepo !== undefined && baseRepo !== undefined && headRepo.toLowerCase() !== baseRepo.toLowerCase());
  return {
    number,
    ...(isSha(headSha) ? { headSha: headSha.toLowerCase() } : {}),
    fork,
    ...(headRepo ? { headRepo } : {}),
  };
};

export type UploadTarget = { readonly commitSha: string; readonly ref: string } | { readonly problem: string };

/**
 * commit_sha and ref for a code-scanning upload, as codeql-action chooses them: the commit that
 * was checked out (what was scanned), with the PR's merge ref on pull requests, or its head ref
 * when the workflow checked out the PR head; GITHUB_REF otherwise.
 */
export const uploadTarget = (git: GitContext): UploadTarget => {
  const scanned = git.checkedOut ?? git.sha;
  const pr = git.pullRequest;
  if (pr && pr.headSha && scanned === pr.headSha) return { commitSha: pr.headSha, ref: `refs/pull/${pr.number}/head` };
  if (pr && git.eventName !== 'pull_request_target') {
    if (!scanned) return { problem: 'GITHUB_SHA is not set and the checked-out commit could not be read, so the upload has no commit' };
    return { commitSha: scanned, ref: `refs/pull/${pr.number}/merge` };
  }
  if (!scanned) return { problem: 'GITHUB_SHA is not set and the checked-out commit could not be read, so the upload has no commit' };
  if (!git.ref || !/^refs\/(heads|tags|pull)\//.test(git.ref)) {
    return { problem: `GITHUB_REF (${git.ref ?? 'unset'}) is not a branch, tag or pull-request ref, which code scanning requires` };
  }
  return { commitSha: scanned, ref: git.ref };
};

/** The commit annotations belong to: the PR head on pull requests (so they show on the PR). */
export const annotationSha = (git: GitContext): string | undefined => git.pullRequest?.headSha ?? git.checkedOut ?? git.sha;

/** `https://github.com/o/r/blob/<scanned sha>`: file links in the summary point at what was scanned. */
export const blobBase = (git: GitContext): string | undefined => {
  const sha = git.checkedOut ?? git.sha;
  return git.repo && sha ? `${git.serverUrl}/${git.repo.owner}/${git.repo.repo}/blob/${sha}` : undefined;
};
