// The few GitHub REST calls the faces make, behind an interface each face wires to its own Octokit.

export interface IssueComment {
  id: number;
  body: string;
  url: string;
  /** The login of the author (bots end in `[bot]`). */
  author: string;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, … as GitHub reports it. */
  association: string;
  isBot: boolean;
}

export interface CommentsPort {
  /** Every comment of the issue or pull request, all pages. */
  list(issue: number): Promise<IssueComment[]>;
  create(issue: number, body: string): Promise<IssueComment>;
  update(commentId: number, body: string): Promise<IssueComment>;
  remove(commentId: number): Promise<void>;
}

/** GitHub marks apps' accounts with type Bot; their logins end in `[bot]`. */
export function isBotUser(user: { login?: string; type?: string } | null | undefined): boolean {
  return user?.type === 'Bot' || (user?.login ?? '').endsWith('[bot]');
}

/** A REST error's status, when the error came from the API. */
export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : null;
}

/** What the triage of an issue needs beyond its comments. */
export interface IssuePort extends CommentsPort {
  addLabels(issue: number, labels: string[]): Promise<void>;
  removeLabel(issue: number, label: string): Promise<void>;
  /** Creates the label with a colour and description when the repository lacks it. */
  ensureLabel(name: string, color: string, description: string): Promise<void>;
  /** Open or closed issues whose text holds `text` (our fingerprint), oldest first. */
  searchIssues(text: string, limit: number): Promise<{ number: number; title: string }[]>;
  /** The user's permission on the repository: admin, maintain, write, triage, read, none. */
  permission(user: string): Promise<string>;
  react(commentId: number, content: '+1' | 'eyes' | 'confused'): Promise<void>;
}
