// The Action's view of the runner: @actions/core for inputs, outputs, the summary, annotations, log
// groups and debug lines. Tests swap it for a recording fake.
import * as core from '@actions/core';
import type { Annotation } from '../core/render/action/annotations.js';
import { INPUT_NAMES, type RawInputs } from './inputs.js';

export interface ActionIo {
  inputs(): RawInputs;
  env: NodeJS.ProcessEnv;
  setOutput(name: string, value: string | number): void;
  summary(markdown: string): Promise<void>;
  annotate(a: Annotation): void;
  info(message: string): void;
  warning(message: string): void;
  /** Shown only when the run has step debugging on (ACTIONS_STEP_DEBUG). */
  debug(message: string): void;
  /** One phase of the work, folded in the log under `name`. */
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
  fail(message: string): void;
}

export function runnerIo(): ActionIo {
  return {
    inputs: () => Object.fromEntries(INPUT_NAMES.map((n) => [n, core.getInput(n)])) as RawInputs,
    env: process.env,
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
    annotate: (a) => core[a.level](a.message, { title: a.title }),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    debug: (m) => core.debug(m),
    group: (name, work) => core.group(name, work),
    fail: (m) => core.setFailed(m),
  };
}
