#!/usr/bin/env bash
# Runs JumioGen's benchmarks (BenchmarkDotNet, in-process) and prints ONE markdown table of ratios plus the machine.
#
#   tests/JumioGen.Benchmarks/run.sh                        # the table (~4 minutes on an idle 2-core machine)
#   tests/JumioGen.Benchmarks/run.sh --filter '*PerCall*'   # any BenchmarkDotNet arguments instead of the default set
#   tests/JumioGen.Benchmarks/run.sh --filter '*AnalyzerBenchmarks*'   # wall-clock compile with/without JumioGen analyzers (slow)
#   tests/JumioGen.Benchmarks/run.sh --timings-only         # only GetTimingInfo, interleaved calls, analyzer telemetry
#   tests/JumioGen.Benchmarks/run.sh --analyzers-only       # only the analyzer telemetry (JumioGen's share, median of 3)
#
# BenchmarkDotNet's full output goes to artifacts/benchmarks/run.log, its reports to artifacts/benchmarks/results/;
# the table is also written to artifacts/benchmarks/results/ratios.md. Never part of `dotnet test`.
# JUMIOGEN_ANALYZERS_PROJECT=<path to a JumioGen.Analyzers.csproj> measures analyzers from another checkout
# (default: src/JumioGen.Analyzers, when it exists).
set -euo pipefail
cd "$(dirname "$0")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
artifacts="artifacts/benchmarks"
mkdir -p "$artifacts"
# Default: every benchmark but the slow wall-clock analyzer one, whose question the analyzer telemetry answers better.
[ $# -eq 0 ] && set -- --filter '*GeneratorBenchmarks*' '*PerCallBenchmarks*' '*TokenCacheBenchmarks*' --analyzer-telemetry

build_args=()
[ -n "${JUMIOGEN_ANALYZERS_PROJECT:-}" ] && build_args+=("-p:JumioGenAnalyzersProject=$JUMIOGEN_ANALYZERS_PROJECT")
if ! dotnet build tests/JumioGen.Benchmarks -c Release -nologo "${build_args[@]}" > "$artifacts/build.log" 2>&1; then
  cat "$artifacts/build.log" >&2
  exit 1
fi

echo "Running benchmarks ($*); full log: $artifacts/run.log"
status=0
dotnet tests/JumioGen.Benchmarks/bin/Release/net10.0/JumioGen.Benchmarks.dll "$@" --artifacts "$artifacts" > "$artifacts/run.log" 2>&1 || status=$?

# The table is the last thing the program prints, from its header row on.
sed -n '/^| Comparison (ratio within one run)/,$p' "$artifacts/run.log"
if [ "$status" -ne 0 ]; then
  echo "Benchmarks failed (exit $status); see $artifacts/run.log" >&2
fi
exit "$status"
