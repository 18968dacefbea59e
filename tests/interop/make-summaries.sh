#!/bin/sh
# Writes the examples' summary in each format into a folder (default: tests/interop/out), for the reader scripts here.
# From the repository root:  sh tests/interop/make-summaries.sh [FOLDER]
# Set ANALYZER to an installed 'analyzer' to skip the build: ANALYZER=analyzer sh tests/interop/make-summaries.sh
set -eu
out="${1:-tests/interop/out}"
mkdir -p "$out"
run="${ANALYZER:-dotnet run --project src/Analyzer.Cli --}"
for format in csv parquet jsonl; do
  $run assess proposals/ --quiet --summary "$out/summary.$format"
done
