// Is an issue about which interpreter a tool finds, accepts, rejects or selects? Evidence is
// weighed, not matched once: what the title says counts most, then the error a tool printed, then
// the prose; logs that turn interpreters down count for, failures of another kind (resolution,
// network, builds, locks) against. Every signal is a family of phrasings, not one issue's words,
// and the ones that fired are kept so the comment can say how the decision was made.
//
// All patterns run on lower-cased text with bounded gaps between words, so each is linear.

export interface Signal {
  id: string;
  /** What the comment says when it fired. */
  says: string;
  pattern: RegExp;
  /**
   * For a pattern that opens with a long alternation: a cheap literal every match contains, and
   * how far before and after it a match can reach. The pattern is then only tried around the
   * anchor's hits instead of at every position of the text.
   */
  anchor?: { words: RegExp; before: number; after: number }; // words: a /g literal
  /** Weight when it fires in the title, in an error or log, and in the prose. */
  weights: { title: number; log: number; prose: number };
}

import { modelLogit } from './discovery-model.js';
import { requiredLiterals } from './required-literals.js';
import { Trigrams } from './trigrams.js';

// Words for "a Python interpreter" as people and tools say it ("a version of a package" is not one).
// After `python` and its version: a package, module or library, not an interpreter.
// Checked where `python` starts, over every length of the version after it (a lookahead after the
// version could be dodged by taking less of the version).
const NOT_A_PACKAGE =
  '(?! ?\\d?(?:\\.\\d+)*[tmd]? ?(?:packages?|modules?|librar(?:y|ies)|bindings?|dependenc(?:y|ies)|scripts?|files?|code|projects?|extensions?)\\b)';
// `python package`, `env vars`: a package or a variable, not an interpreter or an environment.
const SUBJECT = `\\b(?:python${NOT_A_PACKAGE} ?\\d?(?:\\.\\d+)*[tmd]?|pythons|py\\d+|pypy\\d?|interpreters?|(?:python )?versions?(?! of (?!python))|toolchains?|venvs?|virtualenvs?|virtual environments?|(?:conda |python |virtual )?env(?:ironment)?s?(?! ?var(?:iable)?s?\\b)|executables?|installations?|binar(?:y|ies)|kernels?|shims?)`;
// The interpreter itself, without the environments built on it.
const PYTHON =
  '(?:\\b(?:python ?\\d?(?:\\.\\d+)*[tmd]?|pythons|py\\d+|pypy\\d?|interpreters?|requires-python|python[_-]version)|--python\\b|\\.python-version)';
const NEGATED =
  "(?:can't|can ?not|could ?n[o']t|unable to|fail(?:s|ed)? to|does ?n[o']t|do ?n[o']t|did ?n[o']t|won't|will not|never|isn't able to|is not able to|not able to|no longer|stopped|stops)";
// Up to four words between two parts of a phrase; separators and words are disjoint classes, so
// matching stays linear.
const GAP = "(?:[\\s'(),:/]+[\\w.@+=<>~-]+){0,4}?[\\s'(),:/]+";
// The same within one clause: the subject of `… interpreter, pip can't be used` or `venv/bin:
// pip is missing` is pip, in a clause of its own.
const CLAUSE_GAP = "(?:[\\s'()/]+[\\w.@+=<>~-]+){0,4}?[\\s'()/]+";
const SEEN =
  '(?:found|detected|discovered|recogni[sz]ed|listed|shown|showing|showing up|picked up|used|available|visible|selectable|returned|reported|loaded|resolved|respected|honou?red|enforced|activated|active)';

export const DISCOVERY_SIGNALS: Signal[] = [
  {
    id: 'cannot-find',
    says: 'says the tool cannot find, detect, list or use an interpreter',
    pattern: new RegExp(
      `${NEGATED} (?:properly |correctly |automatically |even )?(?:find|detect|discover|locate|recogni[sz]e|see|pick(?:ing)? up|identify|list|show|load|select|activate|set|choose|use|run|execute|launch|create \\w+ (?:with|for|from)|set ?up)(?:ing)?${GAP}${SUBJECT}\\b`,
    ),
    weights: { title: 3, log: 1.5, prose: 2 },
  },
  {
    id: 'not-found',
    says: 'says an interpreter or environment is not found, listed or shown',
    pattern: new RegExp(
      `${SUBJECT}(?:${CLAUSE_GAP})?(?:(?:is |are |was |were |gets? |got |being )?(?:not|never|isn't|aren't|wasn't|weren't|n't)(?: being| getting| properly| correctly)? ${SEEN}|(?:can't|cannot|could not|can not) be ${SEEN}|(?:doesn't|does not|don't|do not|won't|never|only) (?:show|appear)|(?<!\\b(?:pip|setuptools|wheel|modules?|packages?|librar(?:y|ies)|files?|dlls?|headers?|scripts?|dependenc(?:y|ies)|extensions?) )(?:is|are|was|were|went|goes|go|seems?|gets?|got) (?:missing|gone)(?![ \\t]{1,8}(?:(?:the|a|an|some|several|many|its|their|my|our|your|all|any|pip|setuptools|wheel|packages?|modules?|files?|dependencies)\\b|[\`'"]))\\b|disappear(?:s|ed)?\\b|vanish(?:es|ed)?\\b)`,
    ),
    anchor: {
      words:
        /\b(?:found|detected|discovered|recogni[sz]ed|listed|shown|showing|picked|used|available|visible|selectable|returned|reported|loaded|resolved|respected|honou?red|enforced|activated|active|show|appear|missing|gone|disappear|disappears|disappeared|vanish|vanishes|vanished)\b/g,
      before: 240,
      after: 40,
    },
    weights: { title: 3, log: 1.5, prose: 1.5 },
  },
  {
    id: 'none-found',
    says: 'says no interpreter or environment was found',
    pattern: new RegExp(
      `\\bno (?:suitable |compatible |usable |valid |matching |installed |other )?(?:python ?\\d?(?:\\.\\d+)*|pythons|interpreters?|python interpreters?|python (?:environments?|installations?|executables?|versions?)|environments?|virtual ?env(?:ironment)?s?|toolchains?)(?: \\S+){0,3}? (?:found|available|detected|discovered|could be found|was found|were found|get found)`,
    ),
    weights: { title: 3, log: 2, prose: 1.5 },
  },
  {
    id: 'wrong-one',
    says: 'says the tool picks or uses the wrong interpreter or version',
    pattern: new RegExp(
      `(?:wrong|incorrect|unexpected|unintended|mismatched|different) (?:[\\w()-]+ ){0,2}?(?:python|interpreter|version(?! of (?!python))|env(?:ironment)?|venv|virtualenv|executable|binary|toolchain)|(?:picks?|picked|picking|selects?|selected|selecting|chooses?|chose|choosing|prefers?|preferred|favou?rs?|favou?red|falls? back|fell back|defaults?|ends? up|ended up|is using|keeps? using)(?: up| to| with| using| on| over| from)?(?: the| a| an| my)? (?:[\\w.-]+ ){0,4}?(?:python|interpreter|pypy|pyenv|conda|homebrew|system python|(?:python )?version|version of python)\\b`,
    ),
    weights: { title: 2.5, log: 0.5, prose: 1.5 },
  },
  {
    id: 'ignores-request',
    says: 'says the tool ignores the requested interpreter or version',
    pattern: new RegExp(
      `\\b(?:ignor(?:es|ed|ing|e)|disregard(?:s|ed)?|overrides?|overridden|does ?n[o']t (?:respect|honou?r|use|follow|take|enforce))(?: \\S+){0,3}? (?:--discover\\b|\\.python-version|requires-python|python[_-]version|python[_-]preference|--python|-p |uv_python|pipenv_python|pyenv|(?:python )?versions?|interpreters?|installations?|the (?:python|interpreter)|my (?:python|interpreter)|(?:python|interpreter) (?:setting|path|version|spec))|(?:\\.python-version|requires-python|python[_-]version|python[_-]preference|--python|uv_python|pipenv_python|interpreter (?:setting|path))(?: \\S+){0,3}? (?:is |are |gets? |was )?(?:not|isn't|aren't|wasn't|never|n't) ${SEEN}|(?:\\.python-version|requires-python|python[_-]version|--python|uv_python)(?: \\S+){0,2}? (?:is |gets? |was )?ignored`,
    ),
    weights: { title: 3, log: 0.5, prose: 1.5 },
  },
  {
    id: 'broken-interpreter',
    says: 'says an interpreter or its command does not work with the tool',
    pattern: new RegExp(
      `\\b(?:python ?\\d(?:\\.\\d+)*[tmd]?|python\\d?(?:\\.\\d+)* (?:alias|command|shim|executable|binary|interpreter)|interpreters?|shims?)\\b(?: \\S+){0,4}? (?:does ?n[o']t work|do ?n[o']t work|not working|stopped working|is broken|are broken|breaks?|broke|fails?|crash(?:es)?|errors? out|can't be used|cannot be used|is not supported|isn't supported|not supported)`,
    ),
    weights: { title: 1.5, log: 0, prose: 0.5 },
  },
  {
    id: 'instead-of',
    says: 'says one interpreter or version was used instead of another',
    pattern:
      /\b(?:instead of|rather than|over) (?:the |my |a |an )?(?:python ?\d?(?:\.\d+)*|interpreters?|venv|virtualenv|(?:system|global|managed|homebrew|pyenv|conda|uv|base|project|local|active|activated|requested|specified|selected) (?:python|interpreter|version|env(?:ironment)?|venv)|\d\.\d+(?:\.\d+)?)\b/,
    weights: { title: 2, log: 0, prose: 1 },
  },
  {
    id: 'version-support',
    says: 'is about the Python versions the tool supports or accepts',
    pattern:
      /\b(?:support(?:s|ed|ing)? (?:for )?|drop(?:s|ped)? |no )(?:python ?)?[23]\.\d+\b|\b(?:python ?)?[23]\.\d+ (?:is |are )?(?:not |no longer |un)?supported\b|\b(?:unsupported|incompatible|not compatible) (?:python|interpreter)|(?:python|interpreter) (?:version )?(?:is )?(?:unsupported|incompatible|not compatible)/,
    anchor: {
      words:
        /\b(?:support|supports|supported|supporting|unsupported|drop|drops|dropped|incompatible|compatible|no)\b/g,
      before: 60,
      after: 80,
    },
    weights: { title: 1.5, log: 0.5, prose: 0.5 },
  },
  {
    id: 'installed-but',
    says: 'says an interpreter is installed but the tool does not take it',
    pattern:
      /(?:python ?\d?(?:\.\d+)*|pythons|interpreters?|versions?)(?: [\w.-]+){0,3} (?:is |are |was |were )?(?:already )?(?:installed|there|present|available|on (?:the |my )?path)(?:,| and| but)? (?:but|yet|however|though)\b|\b(?:skipp(?:ed|ing)|not found|missing|ignored|not (?:detected|used))(?: [\w.-]+){0,3}? (?:even )?though (?:python ?)?\d\.\d+(?: [\w.-]+){0,2}? (?:is |are )?(?:installed|available|present|there|on (?:the |my )?path)\b/,
    // `… installed but …` ends at the anchor; `skipped even though 3.6 is available` goes on after it.
    anchor: { words: /\b(?:but|yet|however|though)\b/g, before: 160, after: 60 },
    weights: { title: 2, log: 0, prose: 1 },
  },
  {
    id: 'missing-executable',
    says: 'carries an error that an interpreter command or file is missing',
    pattern:
      /(?:python[\d.]*[tmd]?|pip[\d.]*)(?:\.exe)?['"]?: (?:command not found|no such file or directory|not found)|command not found: python|no such file or directory: '?(?:[^'\s]{0,200}[\\/])?python[\d.]*(?:\.exe)?'|bad interpreter|(?:bin|scripts)[\\/]python[\d.]*(?:\.exe)?['"]?(?::| does not exist| not found)|python[\d.]*(?:\.exe)?'? is not recogni[sz]ed as (?:an internal|the name)|access is denied.{0,40}python|python.{0,80}access is denied/,
    anchor: {
      words:
        /command not found|no such file or directory|not found|bad interpreter|does not exist|not recogni[sz]ed|access is denied|(?:bin|scripts)[\\/]python/g,
      before: 260,
      after: 260,
    },
    weights: { title: 2, log: 1, prose: 1 },
  },
  {
    id: 'interpreter-word',
    says: 'speaks of the interpreter',
    pattern: /\binterpreters?\b/,
    weights: { title: 1.5, log: 0, prose: 0.4 },
  },
  {
    id: 'python-trouble',
    says: 'puts an interpreter next to a failure',
    pattern: new RegExp(
      `${PYTHON}\\b.{0,60}\\b(?:not|n't|never|wrong|fails?|failed|failing|errors?|broken|breaks?|broke|ignor\\w+|missing|instead|unable|cannot|problem|issue|bug)\\b|\\b(?:not|n't|never|wrong|fails?|failed|failing|errors?|broken|breaks?|broke|ignor\\w+|missing|instead|unable|cannot)\\b.{0,60}${PYTHON}\\b`,
    ),
    weights: { title: 1, log: 0, prose: 0 },
  },
  {
    id: 'taken-as',
    says: 'says the tool takes an interpreter for something it is not (a venv, a system Python)',
    pattern: new RegExp(
      `\\b(?:treat|handle|consider|recogni[sz]e|detect|classif(?:y|ie)|see|count|regard|call|mistake|identif(?:y|ie)|report|think)(?:s|d|ed|ing)?(?: \\S+){0,5}? (?:as|for) (?:if it (?:were|was) )?(?:a |an )?(?:system|virtual|managed|base|valid|invalid|broken|real)? ?(?:\\w+ )?(?:python|interpreter|venv|virtual ?env(?:ironment)?|environment|conda env(?:ironment)?|install(?:ation)?s?)\\b`,
    ),
    weights: { title: 2.5, log: 0, prose: 1 },
  },
  {
    id: 'existing-interpreter',
    says: 'asks for an interpreter that is already installed to be used',
    pattern: new RegExp(
      `(?:${PYTHON}|\\btoolchains?|\\bversions?)(?: \\S+){0,3}? (?:that(?:'s| is| are)|which (?:is|are))? ?(?:already (?:there|installed|present|available|exists?)|installed by (?:other|another|a different)|other tools installed)|\\b(?:existing|pre-?installed|already[- ]installed|system[- ]installed|locally[- ]installed)(?: \\S+){0,2}? (?:${PYTHON}|toolchains?|versions?)\\b`,
    ),
    anchor: {
      words:
        /\b(?:already|installed by|other tools|existing|pre-?installed|system[- ]installed|locally[- ]installed)\b/g,
      before: 160,
      after: 160,
    },
    weights: { title: 2, log: 0, prose: 0.8 },
  },
  {
    id: 'listed-wrongly',
    says: 'says interpreters or environments are listed or reported wrongly',
    pattern: new RegExp(
      `\\b(?:lists?|listed|listing|shows?|showed|shown|showing|displays?|displayed|reports?|reported|returns?|returned)(?: \\S+){0,4}? (?:duplicates?|twice|(?:the )?wrong|incorrect|stale|outdated|non-?existent|invalid|broken|deleted|removed|uninstalled)\\b(?: \\S+){0,3}?${SUBJECT}|\\bduplicated? (?:entries|interpreters?|pythons?|environments?|envs?|versions?)|${SUBJECT}(?: \\S+){0,3}? (?:listed|shown|reported|displayed) (?:twice|more than once|as (?:missing|broken|invalid|unknown))`,
    ),
    anchor: {
      words:
        /\b(?:duplicated?|twice|more than once|wrong|incorrect|stale|outdated|non-?existent|invalid|broken|deleted|removed|uninstalled|missing|unknown)\b/g,
      before: 200,
      after: 200,
    },
    weights: { title: 2.5, log: 0, prose: 1 },
  },
  {
    id: 'probing',
    says: 'is about the tool querying or scanning interpreters',
    pattern:
      /\b(?:quer(?:y|ying|ies)|inspect(?:ing|s)?|prob(?:e|es|ing)|scan(?:s|ning)?|interrogat(?:e|ing)|enumerat(?:e|ing)|search(?:es|ing)? for|look(?:s|ing)? for)(?: (?:the|a|an|all|every|each|other|installed|available|system|my))? (?:python ?\d?(?:\.\d+)*|pythons|interpreters?|python (?:interpreters?|executables?|installations?|environments?)|environments?|toolchains?)\b/,
    weights: { title: 2, log: 0.3, prose: 0.8 },
  },
  {
    id: 'environment-variables',
    says: 'names the settings that choose an interpreter or environment',
    pattern:
      /\b(?:virtual_env|conda_prefix|conda_default_env|pyenv_version|uv_python_preference|uv_python_downloads|uv_project_environment|uv_python_install_dir|poetry_virtualenvs_\w+|virtualenvs\.prefer-active-python|pdm_python|hatch_python|pipenv_default_python_version|pythonhome|py_python)\b/,
    weights: { title: 1.5, log: 0, prose: 0.3 },
  },
  {
    id: 'wrong-architecture',
    says: 'says an interpreter of the wrong architecture or build is chosen or refused',
    pattern:
      /\b(?:wrong|incorrect|different|mismatched|unsupported) (?:cpu |machine )?(?:arch(?:itecture)?|platform|abi)\b|\b(?:x86_64|x64|arm64|aarch64|32-bit|64-bit|rosetta|universal2?)(?: \S+){0,3}? (?:python|interpreter)(?: \S+){0,4}? (?:instead|rather than|not|n't|wrong)\b/,
    weights: { title: 1.5, log: 0, prose: 0.5 },
  },
  {
    id: 'tool-says-not-found',
    says: 'carries a tool error that no interpreter could be found or used',
    // `python` after `could not find`/`cannot find`: not a package, as in SUBJECT.
    pattern: new RegExp(
      `no interpreter found|no python (?:interpreter )?(?:found|at|installation found)|failed to find (?:python )?interpreter|could ?n[o']t find (?:a |any )?(?:suitable |compatible )?(?:python${NOT_A_PACKAGE}|interpreter)|nocompatiblepythonversionfound|interpreternotfound|python ?(?:interpreter )?(?:was |is )?not found|(?:python )?interpreter can(?:'|no)t be found|unable to (?:determine|find|locate) (?:the )?(?:target |a )?(?:virtualenv )?python|could not find python interpreter with spec|skipped because could not find python|missing interpreters?|system interpreter required|only (?:managed|system) interpreters? allowed|not a valid python|invalid python interpreter|does not support -i flag|unknown option: -i\\b|is not supported by the project|with arch \\S+ not found|version [\\w.-]+'? is not installed|failed to (?:query|inspect) python interpreter|no virtualenv implementation|python executable (?:not found|could not be found|does not exist)|failed to locate python|cannot find (?:a |any )?python${NOT_A_PACKAGE}|no such python|no python environments? (?:found|detected)`,
    ),
    weights: { title: 3, log: 2.5, prose: 2 },
  },
  {
    id: 'names-discovery',
    says: 'names interpreter discovery or selection',
    pattern:
      /python[-_ ]preference|python discovery|interpreter discovery|discovering (?:the )?(?:python|interpreters?)|select interpreter|(?:interpreter|python|toolchain|environment|venv|virtualenv|env|conda env) (?:selection|picker|discovery|detection|lookup|resolution)|(?:interpreter|python) (?:path|list)\b|defaultinterpreterpath|python\.(?:pythonpath|condapath|venvpath|venvfolders)|only-system|only-managed|python_preference/,
    weights: { title: 3, log: 0.4, prose: 1 },
  },
  {
    id: 'asks-to-find',
    says: 'asks for the tool to find or list interpreters or environments of a kind',
    // A feature request's title: `Detect conda environment managed by micromamba`, `Support PEP
    // 514`. Plain `python` is left out: `Support Python 3.13` is about versions, not finding one.
    pattern:
      /^(?:\[[^\]\n]{1,30}\] ?)?(?:(?:feat(?:ure)?(?: request)?|rfe|enhancement|request)[:/ ] ?)?(?:auto-?|automatically )?(?:(?:detect|discover|find|locate|recogni[sz]e|pick up)\b(?: [^\s]{1,40}){0,2}? |(?:add )?support(?: for)? (?:(?:detecting|finding|discovering|locating) )?)(?:interpreters?|pythons|python (?:installations?|interpreters?|executables?|environments?|versions installed)|(?:conda|mamba|micromamba|pixi|pyenv|hatch|poetry|pipenv|pdm|virtual|venv|nix|homebrew|system|global|local|existing|installed) (?:env(?:ironment)?s?|pythons?|interpreters?|installations?)|venvs?|virtualenvs?|pep[ -]?514|(?:the )?(?:windows )?registry)\b/,
    weights: { title: 2.5, log: 0, prose: 0 },
  },
  {
    id: 'requested-interpreter',
    says: 'names how an interpreter was requested (`--python`, `.python-version`, a spec)',
    pattern:
      /--python\b|\s-p ?(?:python|py|\d)|\.python-version|requires-python|python_requires|python[_-]version\b|uv_python\b|pipenv_python|pyenv (?:local|global|shell|which|versions)|py -\d|py launcher|\bpy\.exe|\benv use\b|\bpdm use\b|python_spec|\bspec\(s\)|basepython|--discover\b|managed python|system python|\btoolchains?\b/,
    weights: { title: 1, log: 0.3, prose: 0.6 },
  },
  {
    id: 'where-pythons-live',
    says: 'talks about where interpreters live (PATH, shims, registry, store alias)',
    pattern:
      /\$path\b|\bpath (?:variable|environment|order|lookup)|in (?:my |the )?path\b|on (?:my |the )?path\b|\bshims?\b|which -a python|\bwhich python|\bwhere python|\bpyenv(?:-win)?\b|\basdf\b|windowsapps|app execution alias|microsoft store|windows registry|\bregistry\b|sys\.(?:executable|prefix|base_prefix)|base_prefix|withpackages/,
    weights: { title: 1, log: 0.2, prose: 0.5 },
  },
  {
    id: 'resolution',
    says: 'is about dependency resolution',
    pattern:
      /no solution found|resolutionimpossible|version solving failed|unsatisfiable|dependency (?:resolution|conflict)|because .{0,80} depends on|could not resolve (?:dependencies|the dependencies|package)|conflicting (?:dependencies|requirements)|resolver/,
    weights: { title: -2.5, log: -1, prose: -0.8 },
  },
  {
    id: 'network',
    says: 'is about the network (TLS, proxies, indexes, downloads)',
    pattern:
      /certificate|\bssl\b|\btls\b|proxy|connection (?:refused|reset|timed out|error)|timed out|http (?:status|error|request)|status code \d|redirect|index-url|extra-index|failed to (?:download|fetch)|\bdns\b/,
    weights: { title: -2.5, log: -0.8, prose: -0.5 },
  },
  {
    id: 'build',
    says: 'is about building a package',
    pattern:
      /failed to build|build (?:backend|isolation|failed|dependencies|hook)|build_editable|failed building|building wheel|setup\.py|metadata-generation-failed|subprocess-exited-with-error|\bcompil(?:e|ing|er)\b/,
    weights: { title: -2.5, log: -0.8, prose: -0.5 },
  },
  {
    id: 'elsewhere',
    says: 'is about locks, the cache, completions, docs or tests',
    // `test` alone, not a name made with it (`test-env`, `tests.py`).
    pattern:
      /\block ?files?\b|\bpoetry\.lock\b|\buv\.lock\b|--locked|--frozen|\bcache (?:clean|prune|dir)|completions?\b|\bdocs?\b(?!\.)|documentation|pytest|(?<![\w.-])tests?(?![\w-]|\.\w)|test discovery|discovering tests|lockfile/,
    weights: { title: -2.5, log: 0, prose: -0.3 },
  },
];

export interface DiscoveryEvidence {
  id: string;
  where: 'title' | 'log' | 'prose' | 'facts';
  says: string;
  weight: number;
}

export interface DiscoveryInput {
  title: string;
  prose: string;
  /** Errors and log text: the final error, its causes, a head-and-tail sample of the logs. */
  log: string;
  turnedDown: number;
  /** A knowledge rule about a discovery failure matched. */
  diagnosed: boolean;
}

/** Score above which an issue is about discovery. */
export const DISCOVERY_THRESHOLD = 2;

/** How much the word model's log-odds count beside the signals (chosen on issues outside the corpus). */
export const MODEL_WEIGHT = 1;

export function weighDiscovery(input: DiscoveryInput): {
  score: number;
  evidence: DiscoveryEvidence[];
} {
  const evidence: DiscoveryEvidence[] = [];
  if (input.turnedDown)
    evidence.push({
      id: 'turned-down',
      where: 'facts',
      says: `the log shows ${input.turnedDown} interpreter${input.turnedDown === 1 ? '' : 's'} turned down`,
      weight: 2.5,
    });
  if (input.diagnosed)
    evidence.push({
      id: 'known-cause',
      where: 'facts',
      says: 'a known cause of discovery failures matches',
      weight: 3,
    });
  const zones = [
    ['title', normalise(input.title)],
    ['log', normalise(input.log)],
    ['prose', normalise(input.prose)],
  ] as const;
  for (const [where, text] of zones) {
    if (!text) continue;
    // One scan of the zone tells which signals' required words cannot be in it.
    const grams = text.length > 512 ? new Trigrams().add(text) : null;
    for (const [s, signal] of DISCOVERY_SIGNALS.entries()) {
      if (grams && !grams.mayHold(SIGNAL_LITERALS[s] ?? null)) continue;
      // A signal that does not count in this zone is not looked for there.
      if (signal.weights[where] === 0 || !fires(signal, text)) continue;
      evidence.push({ id: signal.id, where, says: signal.says, weight: signal.weights[where] });
    }
  }
  // Weights have one decimal: so has their sum, whatever order floating point adds them in.
  const score = Math.round(evidence.reduce((sum, e) => sum + e.weight, 0) * 10) / 10;
  // The word model only ever adds (calibrated on whole issues, it leans away from any short text,
  // and a one-line report is no less about discovery for being short), so it is consulted only
  // when the signals alone fall short.
  // Words that only set the scene (an interpreter, where interpreters live, how one was asked for)
  // say what an issue is near, not that a tool found, refused or chose wrongly: on their own they
  // decide nothing, and the word model is asked both ways.
  const claims = evidence.some((e) => e.weight > 0 && !CONTEXT_ONLY.has(e.id));
  if (score >= DISCOVERY_THRESHOLD && claims) return { score, evidence };
  const { logit, strongest } = modelLogit(input.title, input.prose);
  const leaning = Math.round(MODEL_WEIGHT * (claims ? Math.max(0, logit) : logit) * 10) / 10;
  if (!claims && leaning <= 0 && score + leaning >= DISCOVERY_THRESHOLD) {
    // Scene-setting alone, and the words do not lean towards discovery either: not enough.
    const short = Math.round((DISCOVERY_THRESHOLD - 0.1 - score) * 10) / 10;
    evidence.push({
      id: 'no-claim',
      where: 'facts',
      says: 'nothing says a tool found, refused or chose an interpreter wrongly, and the words do not lean towards discovery',
      weight: short,
    });
    return { score: Math.round((score + short) * 10) / 10, evidence };
  }
  if (leaning === 0) return { score, evidence };
  const words = strongest
    .filter(([, w]) => (leaning > 0 ? w > 0 : w < 0))
    .slice(0, 3)
    .map(([f]) => `“${f.slice(2).replace(/_/g, ' ')}”`);
  evidence.push({
    id: 'word-model',
    where: 'facts',
    says: `the words of the issue lean ${leaning > 0 ? 'towards' : 'away from'} discovery${words.length ? ` (${words.join(', ')})` : ''}`,
    weight: leaning,
  });
  return { score: Math.round((score + leaning) * 10) / 10, evidence };
}

// Signals that place an issue near interpreters without saying anything went wrong with finding one.
const CONTEXT_ONLY = new Set([
  'interpreter-word',
  'python-trouble',
  'requested-interpreter',
  'where-pythons-live',
  'environment-variables',
]);

// What each signal's pattern cannot match without (null: nothing known).
const SIGNAL_LITERALS = DISCOVERY_SIGNALS.map((s) => requiredLiterals(s.pattern));

/** Whether the signal's pattern matches the text, tried only around its anchor's hits if it has one. */
function fires(signal: Signal, text: string): boolean {
  const anchor = signal.anchor;
  if (!anchor) return signal.pattern.test(text);
  // Every anchor is a /g literal: reset, since an early return leaves it part-way.
  const words = anchor.words;
  words.lastIndex = 0;
  let tried = 0;
  let covered = -1;
  for (let hit = words.exec(text); hit && tried < MAX_ANCHORS; hit = words.exec(text)) {
    const end = Math.min(text.length, hit.index + hit[0].length + anchor.after);
    // Hits come in order: a window ending inside the last one tried lies within it.
    if (end <= covered) continue;
    if (signal.pattern.test(text.slice(Math.max(0, hit.index - anchor.before), end))) return true;
    covered = end;
    tried++;
  }
  return false;
}
// Hits of an anchor tried at most: a text full of "not" cannot make a signal expensive.
const MAX_ANCHORS = 200;

/** `the title says the tool cannot find … (+3)`: one line of the comment's explanation. */
export function describeEvidence(e: DiscoveryEvidence): string {
  const where = e.where === 'facts' ? '' : `the ${e.where} `;
  const weight = `${e.weight > 0 ? '+' : ''}${e.weight}`;
  return `${where}${e.where === 'facts' ? e.says.replace(/^./, (c) => c.toUpperCase()) : e.says} (${weight})`;
}

/** Lower case, without the Markdown and quoting marks that split phrases (`python`, **not**). */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[`*"“”‘’]+/g, (m) => (m.includes('’') ? "'" : ''));
}
