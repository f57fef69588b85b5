// Who the Action writes as, so that only that account's comments count as its own. The workflow's
// GITHUB_TOKEN (an installation token of GitHub Actions) writes as `github-actions[bot]` and may
// not read `GET /user`; any other token (a personal or fine-grained one) is that user's.
import { statusOf } from './port.js';

/** The workflow token's account. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** The slice of Octokit this needs. */
interface UserReader {
  request(route: 'GET /user'): Promise<{ data: unknown }>;
}

/**
 * The login comments made with this token carry: `GET /user` where the token may read it, else
 * the Actions bot (an installation token answers 403, or 401/404 on some servers).
 */
export async function tokenLogin(octokit: UserReader): Promise<string> {
  try {
    const { data } = await octokit.request('GET /user');
    const login = (data as { login?: unknown }).login;
    if (typeof login === 'string' && login) return login;
    return ACTIONS_BOT;
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403 || status === 404) return ACTIONS_BOT;
    throw error;
  }
}
