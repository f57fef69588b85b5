// The Action's view of the runner: @actions/core for inputs, outputs, the summary and annotations.
import * as core from '@actions/core';
import type { Annotation } from '../core/render/action/annotations.js';
import { INPUT_NAMES, type InputName } from './inputs.js';

export interface ActionIo {
  inputs(): Record<InputName, string>;
  env: NodeJS.ProcessEnv;
  setOutput(name: string, value: string | number): void;
  summary(markdown: string): Promise<void>;
  annotate(a: Annotation): void;
  info(message: string): void;
  warning(message: string): void;
  fail(message: string): void;
}

export function runnerIo(): ActionIo {
  return {
    inputs: () =>
      Object.fromEntries(INPUT_NAMES.map((n) => [n, core.getInput(n)])) as Record<
        InputName,
        string
      >,
    env: process.env,
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    },
    annotate: (a) => core[a.level](a.message, { title: a.title }),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    fail: (m) => core.setFailed(m),
  };
}
