// The package version, injected by the bundler (scripts/build.mjs); unbundled runs say so.
declare const __INTERPRETER_GUARD_VERSION__: string | undefined;

export const VERSION: string =
  typeof __INTERPRETER_GUARD_VERSION__ === 'string'
    ? __INTERPRETER_GUARD_VERSION__
    : '0.0.0-source';
