import type { Provider } from '../context.js';
import { condaProvider } from './conda.js';
import { condaPrefixProvider, dotVenvProvider, virtualEnvProvider } from './environment.js';
import { homebrewProvider, macosFrameworkProvider } from './macos.js';
import {
  asdfProvider,
  miseProvider,
  pyenvProvider,
  ryeProvider,
  uvManagedProvider,
} from './managers.js';
import { nixProvider } from './nix.js';
import { pathProvider } from './path.js';
import { pyLauncherProvider, windowsRegistryProvider, windowsStoreProvider } from './windows.js';

/** In report order: what the shell would run first comes first. */
export const ALL_PROVIDERS: readonly Provider[] = [
  pathProvider,
  virtualEnvProvider,
  condaPrefixProvider,
  dotVenvProvider,
  pyenvProvider,
  asdfProvider,
  miseProvider,
  ryeProvider,
  uvManagedProvider,
  condaProvider,
  nixProvider,
  homebrewProvider,
  macosFrameworkProvider,
  windowsRegistryProvider,
  pyLauncherProvider,
  windowsStoreProvider,
];
