/**
 * The guide's validation checks as a POSIX shell script (served as /guides/<from>-to-<to>/validate.sh). Built from the
 * same frontmatter the page renders, so the two cannot disagree. Everything in it comes from content/ and the
 * site's URL; the site only serves it as text.
 */
import type { Expectation, ValidationCheck } from './schemas.ts';

/** Variables the shell or the operator's login sets; a command using them needs nothing from the guide. */
const SHELL_OWN = new Set(['HOME', 'PATH', 'PWD', 'OLDPWD', 'USER', 'LOGNAME', 'SHELL', 'TMPDIR', 'IFS', 'LANG', 'TERM']);

/**
 * The variables a command needs from the operator's shell: every `$NAME` / `${NAME…}` in upper case, less those the
 * command assigns itself (`JOB=$(…)`, `read -r NAME`, `for NAME in`). These are the ones the guide's
 * prerequisites export, such as $CATALOG_DB_URL.
 */
export function requiredVariables(run: string): string[] {
  const used = [...run.matchAll(/\$\{?([A-Z_][A-Z0-9_]*)/g)].map((match) => match[1]!);
  const assigned = new Set([
    ...[...run.matchAll(/(?:^|[\s;&|(])(?:export\s+)?([A-Z_][A-Z0-9_]*)=/g)].map((match) => match[1]!),
    ...[...run.matchAll(/\b(?:read(?:\s+-\w+)*|for)\s+([A-Z_][A-Z0-9_]*)/g)].map((match) => match[1]!),
  ]);
  return [...new Set(used)].filter((name) => !assigned.has(name) && !SHELL_OWN.has(name));
}

/** Single-quoted for sh: nothing inside is expanded. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** "output contains "PASS: 2 of 2"" as the script and the tests print it; quotes that read well around the text. */
export function describeExpectation(expect: Expectation): string {
  const quoted = (text: string) => (text.includes('"') ? `'${text}'` : `"${text}"`);
  return 'contains' in expect
    ? `output contains ${expect.contains.map(quoted).join(' and ')}`
    : `a line of output matches ${quoted(expect.matches)}`;
}

const END = 'END_OF_CHECK';

interface ScriptInput {
  /** "v0.2.0 → v0.3.0" */
  label: string;
  /** Absolute URL of the guide page; each check's permalink is this plus its fragment. */
  pageUrl: string;
  /** The content file, named in the header so a reader knows where to fix a check. */
  source: string;
  checks: readonly ValidationCheck[];
}

export function validateScript({ label, pageUrl, source, checks }: ScriptInput): string {
  const ids = checks.map((check) => check.id);
  const blocks = checks.map((check, index) => {
    if (check.run.split('\n').includes(END)) throw new Error(`check "${check.id}": run may not contain a line "${END}"`);
    const fn = `check_${check.id.replaceAll('-', '_')}`;
    const url = `${pageUrl}#verify-${check.id}`;
    const name = `Validation check ${index + 1}: ${check.title}`;
    const needs = requiredVariables(check.run);
    const tests =
      'contains' in check.expect
        ? check.expect.contains.map((text) => `    contains "$out" ${shellQuote(text)} || ok=false`)
        : [`    matches "$out" ${shellQuote(check.expect.matches)} || ok=false`];
    return {
      fn: `${fn}() {\n${check.run}\n}`,
      needs: needs.length > 0 ? `if selected ${check.id} ${check.phase}; then need ${needs.join(' ')}; fi` : '',
      run: [
        `if selected ${check.id} ${check.phase}; then`,
        `  selected_count=$((selected_count + 1))`,
        `  if [ "$dry_run" = true ]; then`,
        `    printf '[%s/%s] %s · %s · %s min · %s\\n      %s\\n' ${index + 1} ${checks.length} ${check.id} ${check.phase} ${check.minutes} ${shellQuote(check.title)} ${shellQuote(url)}`,
        `    sed 's/^/  $ /' <<'${END}'`,
        check.run,
        END,
        `    printf '  expect: %s\\n' ${shellQuote(describeExpectation(check.expect))}`,
        `  else`,
        `    out=$(${fn} 2>&1 </dev/null)`,
        `    status=$?`,
        `    ok=true`,
        `    [ "$status" -eq 0 ] || ok=false`,
        ...tests,
        `    verdict "$ok" ${shellQuote(name)} ${shellQuote(url)} ${shellQuote(describeExpectation(check.expect))}`,
        `  fi`,
        `fi`,
      ].join('\n'),
    };
  });

  return `#!/bin/sh
# Validation checks of the ${label} migration guide, generated from ${source}:
#   ${pageUrl}#validation
# Each check runs its command exactly as the guide shows it and compares the output with what the guide expects.
#
# Usage: sh validate.sh [--phase before|window|after] [--only CHECK-ID] [--dry-run]
#   --phase P    only the checks of one phase (before the window, during it, after it)
#   --only ID    only one check (${ids.join(', ') || 'none in this guide'})
#   --dry-run    print the checks and their commands without running anything
# Prints PASS or FAIL for each check with its link; exits 1 if any check failed, 2 on a usage error.

usage() {
  cat <<'END_OF_USAGE'
Usage: sh validate.sh [--phase before|window|after] [--only CHECK-ID] [--dry-run]
  --phase P    only the checks of one phase (before the window, during it, after it)
  --only ID    only one check
  --dry-run    print the checks and their commands without running anything
END_OF_USAGE
}

fail_usage() {
  printf 'validate.sh: %s\\n' "$1" >&2
  printf 'Usage: sh validate.sh [--phase before|window|after] [--only CHECK-ID] [--dry-run]\\n' >&2
  exit 2
}

phase=''
only=''
dry_run=false
while [ $# -gt 0 ]; do
  case $1 in
    --phase) [ $# -ge 2 ] || fail_usage '--phase needs a value'; phase=$2; shift 2 ;;
    --only) [ $# -ge 2 ] || fail_usage '--only needs a check id'; only=$2; shift 2 ;;
    --dry-run) dry_run=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) fail_usage "unknown option: $1" ;;
  esac
done
case $phase in
  ''|before|window|after) ;;
  *) fail_usage "--phase $phase: expected before, window or after" ;;
esac
case $only in
  ${['', ...ids].map((id) => (id === '' ? "''" : id)).join('|')}) ;;
  *) fail_usage "--only $only: no such check (expected one of: ${ids.join(', ')})" ;;
esac

# Is check $1 (of phase $2) selected by --only and --phase?
selected() {
  { [ -z "$only" ] || [ "$only" = "$1" ]; } && { [ -z "$phase" ] || [ "$phase" = "$2" ]; }
}

missing=''
# Records each named variable that is unset or empty.
need() {
  for name in "$@"; do
    eval "value=\\\${$name:-}"
    if [ -z "$value" ]; then
      case " $missing " in *" $name "*) ;; *) missing="$missing $name" ;; esac
    fi
  done
}

contains() {
  case $1 in *"$2"*) return 0 ;; esac
  return 1
}

matches() {
  printf '%s\\n' "$1" | grep -Eq -- "$2"
}

passed=0
failed=0
verdict() {
  if [ "$1" = true ]; then
    passed=$((passed + 1))
    printf 'PASS  %s\\n      %s\\n' "$2" "$3"
  else
    failed=$((failed + 1))
    printf 'FAIL  %s\\n      %s\\n      expected: %s\\n      actual (exit status %s):\\n' "$2" "$3" "$4" "$status"
    printf '%s\\n' "$out" | sed 's/^/        /'
  fi
}

# The checks' commands, as the guide shows them.
${blocks.map((block) => block.fn).join('\n\n')}

${blocks.map((block) => block.needs).filter(Boolean).join('\n')}
if [ -n "$missing" ] && [ "$dry_run" = false ]; then
  printf 'validate.sh: not set:%s\\n' "$missing" >&2
  printf 'Export them as the guide'\\''s Prerequisites show (%s), then run this again.\\n' ${shellQuote(`${pageUrl}#prerequisites`)} >&2
  exit 2
fi

selected_count=0
${blocks.map((block) => block.run).join('\n')}

if [ "$selected_count" -eq 0 ]; then
  printf 'No check selected.\\n'
elif [ "$dry_run" = false ]; then
  printf '%s of %s checks passed\\n' "$passed" "$selected_count"
fi
[ "$failed" -eq 0 ]
`;
}
