// Who the app is on GitHub: its bot account, `<slug>[bot]`, learnt once from `GET /app`. Only that
// account's comments are the app's own: another bot, or a person, can paste the marker and a state
// block into a comment, and such a comment is never edited, deleted or read for state.
export class OwnLogin {
  private login: Promise<string> | null = null;

  /** @param slug asks GitHub for the app's slug (`GET /app`, authenticated as the app) */
  constructor(private readonly slug: () => Promise<string>) {}

  /** The login, asked once; a failed request is asked again at the next call. */
  get(): Promise<string> {
    this.login ??= this.slug().then(
      (slug) => {
        if (!/^[a-z0-9][a-z0-9-]*$/i.test(slug)) throw new Error(`GET /app: unusable slug ${slug}`);
        return `${slug}[bot]`;
      },
      (error: unknown) => {
        this.login = null;
        throw error;
      },
    );
    return this.login;
  }
}
