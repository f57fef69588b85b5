// Which file names are Python interpreters. Anchored, no nested quantifiers: linear time.
import type { OsName } from '../model.js';

const POSIX_NAME = /^(?:python|pypy|graalpy)(?:[0-9]+(?:\.[0-9]+)?)?[tdm]{0,2}(?:-dbg)?$/;
const WINDOWS_NAME = /^(?:python|pypy|graalpy)(?:[0-9]+(?:\.[0-9]+)?)?t?(?:_d)?\.exe$/i;

/** `python`, `python3`, `python3.12`, `python3.13t`, `python3.11d`, `pypy3.9`, `graalpy` (`.exe` on Windows). */
export function isPythonLikeName(name: string, os: OsName): boolean {
  return os === 'windows' ? WINDOWS_NAME.test(name) : POSIX_NAME.test(name);
}
