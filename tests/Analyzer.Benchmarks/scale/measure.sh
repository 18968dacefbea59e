#!/usr/bin/env bash
# End-to-end scale measurement of `analyzer assess`: peak memory (max RSS) and proposals per second over
# generated batches of 1,000, 10,000 and 100,000 files, summary only and with the detail report.
# Run by hand (it takes minutes and gigabytes of disk), never in CI:
#   tests/Analyzer.Benchmarks/scale/measure.sh [analyzer.dll[:rules-folder] ...]
# With several builds (e.g. before and after a change) each batch is run with each build in turn, side by side.
# A build older than the pack it is measured on needs its own pack: name it after a colon.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="${SCALE_DIR:-$(mktemp -d)}"
builds=("$@")
if [ ${#builds[@]} -eq 0 ]; then
  dotnet build "$root/src/Analyzer.Cli" -c Release -o "$work/build" >/dev/null
  builds=("$work/build/analyzer.dll")
fi

# A batch is the shipped examples copied round-robin under fresh ids: real proposals, every criterion exercised.
generate() {
  local n=$1 dir="$work/batch-$1"
  [ -d "$dir" ] && return
  mkdir -p "$dir"
  local examples=("$root"/proposals/*.yaml) i=0
  while [ $i -lt "$n" ]; do
    for f in "${examples[@]}"; do
      [ $i -ge "$n" ] && break
      local id; id=$(printf 'p%06d' $i)
      sed "s/^id: .*/id: $id/" "$f" > "$dir/$id.yaml"
      i=$((i + 1))
    done
  done
}

printf '%-8s %-8s %-28s %10s %10s %12s\n' files report build seconds peak_MB proposals/s
for n in 1000 10000 100000; do
  generate $n
  for report in summary detail; do
    for build in "${builds[@]}"; do
      dll="${build%%:*}"
      args=(assess "$work/batch-$n" --summary "$work/s.csv")
      [ "$build" != "$dll" ] && args+=(--rules "${build#*:}")
      [ "$report" = detail ] && args+=(--out "$work/d.csv")
      /usr/bin/time -f '%e %M' -o "$work/time" dotnet "$dll" "${args[@]}" --quiet >/dev/null 2>"$work/err" \
        || /usr/bin/time -f '%e %M' -o "$work/time" dotnet "$dll" "${args[@]}" >/dev/null 2>"$work/err" || true
      read -r secs kb < <(tail -1 "$work/time")
      printf '%-8s %-8s %-28s %10s %10d %12.0f\n' $n $report "$(basename "$(dirname "$dll")")" "$secs" $((kb / 1024)) "$(echo "$n / $secs" | bc -l)"
      rm -f "$work/s.csv" "$work/d.csv"
    done
  done
done
