#!/usr/bin/env bash
# Runs JumioGen's benchmarks (BenchmarkDotNet, in-process) and prints ONE markdown table of ratios plus the machine.
#
#   tests/JumioGen.Benchmarks/run.sh                        # everything (~6-10 minutes on a 2-core machine)
#   tests/JumioGen.Benchmarks/run.sh --filter '*PerCall*'   # any BenchmarkDotNet arguments instead of --filter '*'
#   tests/JumioGen.Benchmarks/run.sh --timings-only         # only GetTimingInfo + analyzer telemetry (~1-2 minutes)
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
[ $# -eq 0 ] && set -- --filter '*'

build_args=()
[ -n "${JUMIOGEN_ANALYZERS_PROJECT:-}" ] && build_args+=("-p:JumioGenAnalyzersProject=$JUMIOGEN_ANALYZERS_PROJECT")
dotnet build tests/JumioGen.Benchmarks -c Release -nologo -v quiet "${build_args[@]}"
echo "Running benchmarks ($*); full log: $artifacts/run.log"
status=0
dotnet tests/JumioGen.Benchmarks/bin/Release/net10.0/JumioGen.Benchmarks.dll "$@" --artifacts "$artifacts" > "$artifacts/run.log" 2>&1 || status=$?

# The table is the last thing the program prints, starting at its header row.
sed -n '/^| Comparison (ratio within one run)/,$p' "$artifacts/run.log"
if [ "$status" -ne 0 ]; then
  echo "Benchmarks failed (exit $status); see $artifacts/run.log" >&2
fi
exit "$status"
