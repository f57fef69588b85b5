// Homebrew kegs and macOS framework builds (python.org installers, Xcode command line tools).
import { join } from 'node:path';
import type { Provider } from '../context.js';
import { entriesOf, pythonsIn, pythonsOfChildren } from './fs-helpers.js';

export const homebrewProvider: Provider = {
  name: 'homebrew',
  os: ['macos', 'linux'],
  async find(ctx, where) {
    const found: string[] = [];
    for (const prefix of where.homebrewPrefixes) {
      found.push(...(await pythonsIn(join(prefix, 'bin'), ctx.os)));
      const cellar = join(prefix, 'Cellar');
      for (const formula of await entriesOf(cellar)) {
        if (/^python(@[0-9.]+)?$/.test(formula))
          found.push(...(await pythonsOfChildren(join(cellar, formula), ctx.os)));
      }
    }
    return found;
  },
};

export const macosFrameworkProvider: Provider = {
  name: 'macos-framework',
  os: ['macos'],
  async find(ctx) {
    const roots = [
      '/Library/Frameworks/Python.framework/Versions',
      join(ctx.home, 'Library/Frameworks/Python.framework/Versions'),
      '/Library/Developer/CommandLineTools/Library/Frameworks/Python3.framework/Versions',
    ];
    const found = await Promise.all(roots.map((r) => pythonsOfChildren(r, ctx.os)));
    return found.flat().filter((p) => !p.includes('/Versions/Current/'));
  },
};
