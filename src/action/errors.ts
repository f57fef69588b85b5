// Errors a user can cause and fix (a wrong input, a missing or duplicated report): the job fails with
// their one-line message, never a stack. Anything else is a bug and keeps its stack.
export class UserError extends Error {}
