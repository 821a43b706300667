# Shared by the benchmarks that time a command: sourced after setting
# $tmp (a scratch folder) and $runs.

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'; }

# timed ARGS...: runs ARGS $runs times; sets $med_t (median wall seconds)
# and $med_m (median peak RSS, KiB); the last run's stdout stays in $tmp/out.
timed() {
  : > "$tmp/t"; : > "$tmp/m"
  i=0
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -f "%e %M" -o "$tmp/one" "$@" > "$tmp/out" 2>/dev/null || true
    awk '{ print $1 }' "$tmp/one" >> "$tmp/t"
    awk '{ print $2 }' "$tmp/one" >> "$tmp/m"
    i=$((i + 1))
  done
  med_t=$(median < "$tmp/t")
  med_m=$(median < "$tmp/m")
}

machine() { echo "median of $runs runs; $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"; }
