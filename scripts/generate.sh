#!/bin/sh
# `npm run generate` (package.json: `sh scripts/generate.sh --package package.json`).
#
# Answers an up-to-date `generate` or `generate -- --check` without starting
# node, by replaying the node fast path's last answer from its stamp
# (generators/output/stamp.ts explains the stamp and why). It answers only
# when, from the project's root, with exactly these arguments:
#   - every file the stamp records as absent is still absent,
#   - generators/, templates/, dist/ and spec/*.schema.json hold exactly the
#     files the stamp lists there (their sorted list has the recorded hash;
#     in dist/, a folder whose name starts with a dot, a killed run's staging
#     folder, counts as a difference),
#   - every file the stamp lists still has its hash (BLAKE2b, `b2sum`).
# Anything else (other arguments, no stamp, no GNU b2sum, any difference)
# runs the command in full, which decides and reports. So this script can
# make a run faster, never change its answer.
set -u
stamp=build/up-to-date.b2

full() {
  exec node "$(dirname "$0")/run-built.mjs" generate "$@"
}

if [ "$#" -eq 2 ] && [ "$1" = --package ] && [ "$2" = package.json ]; then
  message="wrote 0 files, %s unchanged"
elif [ "$#" -eq 3 ] && [ "$1" = --package ] && [ "$2" = package.json ] && [ "$3" = --check ]; then
  message="all %s generated files are up to date"
else
  full "$@"
fi
# The relative name npm runs it by: the working folder is the project's root.
[ "$0" = scripts/generate.sh ] && [ -f "$stamp" ] && [ -d dist ] || full "$@"

# The stamp's first line: "# outputs <count> listing <hash> absent <path>...".
IFS=' ' read -r hash outputs count listing expected absent paths < "$stamp" || full "$@"
[ "$hash $outputs $listing $absent" = "# outputs listing absent" ] || full "$@"
case "$count" in '' | *[!0-9]*) full "$@" ;; esac
set -f
for path in $paths; do
  if [ -e "$path" ] || [ -L "$path" ]; then full "$@"; fi
done
set +f

# spec/*.schema.json is expanded by the shell (a pattern matching nothing stays as it is, and find reports it).
found=$(find generators templates dist spec/*.schema.json '(' ! -type d -o -path 'dist/.*' ')' -print 2>/dev/null | LC_ALL=C sort | b2sum)
[ "${found%% *}" = "$expected" ] || full "$@"

sed 1d "$stamp" | b2sum --status --strict --check - 2>/dev/null || full "$@"

printf "dist: $message\n" "$count"
