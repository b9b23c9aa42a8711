#!/usr/bin/env bash
# Our keyed token hash against the native limit on this CPU: OpenSSL's own HMAC-SHA256 loop over 36-byte inputs
# (`openssl speed -hmac sha256 -bytes 36`), measured in the same run as the BenchmarkDotNet HashBenchmarks suite.
# Prints ns/op for both and the ratios (of the mean, and of the fastest iteration, which other load disturbs least). Usage: benchmarks/hash-vs-openssl.sh [--full]
#   --full     BenchmarkDotNet's default job instead of the quick pass (takes longer, tighter error bars)
# Environment: OPENSSL_SECONDS (default 5) is how long openssl measures.
# The keys and tokens are generated inside the benchmark process; nothing secret is printed or written.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/Entsoe.Transparency.Benchmarks/Entsoe.Transparency.Benchmarks.csproj"
seconds="${OPENSSL_SECONDS:-5}"
job=(--quick)
if [[ "${1:-}" == "--full" ]]; then
  job=()
elif [[ -n "${1:-}" ]]; then
  echo "usage: $0 [--full]" >&2
  exit 2
fi

for tool in openssl dotnet python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "error: '$tool' is not on PATH; install it and rerun." >&2
    exit 2
  fi
done

artifacts="$(mktemp -d "${TMPDIR:-/tmp}/hash-vs-openssl.XXXXXX")"
trap 'rm -rf "$artifacts"' EXIT

echo "== building the benchmarks (Release)" >&2
dotnet build "$project" -c Release --nologo -v quiet >&2

echo "== openssl speed -hmac sha256 -bytes 36 -seconds $seconds" >&2
# Machine-readable line: +F:<index>:hmac(sha256):<bytes per second>
openssl_bps="$(openssl speed -mr -hmac sha256 -bytes 36 -seconds "$seconds" 2>/dev/null | awk -F: '/^\+F:/ { print $4; exit }')"
if [[ -z "$openssl_bps" ]]; then
  echo "error: could not read a result from 'openssl speed -mr -hmac sha256 -bytes 36'." >&2
  exit 1
fi

echo "== BenchmarkDotNet HashBenchmarks ${job[*]:-(default job)}" >&2
dotnet run --project "$project" -c Release --no-build -- "${job[@]}" \
  --filter 'Entsoe.Transparency.Benchmarks.HashBenchmarks.*' \
  --exporters json --artifacts "$artifacts" >&2

python3 - "$artifacts" "$openssl_bps" <<'PY'
import glob, json, sys
artifacts, openssl_bps = sys.argv[1], float(sys.argv[2])
openssl_ns = 36 / openssl_bps * 1e9
reports = glob.glob(f"{artifacts}/results/*HashBenchmarks-report*.json")
if not reports:
    sys.exit("error: BenchmarkDotNet wrote no JSON report")
with open(reports[0]) as f:
    benchmarks = json.load(f)["Benchmarks"]
print(f"{'benchmark':<56} {'mean ns':>9} {'min ns':>9} {'mean/openssl':>12} {'min/openssl':>11}")
print(f"{'openssl speed -hmac sha256 -bytes 36 (native limit)':<56} {openssl_ns:>9.1f} {openssl_ns:>9.1f} {1.0:>12.2f} {1.0:>11.2f}")
for b in benchmarks:
    stats = b["Statistics"]
    title = (b.get("MethodTitle") or b["Method"]).strip("'")
    print(f"{title:<56.56} {stats['Mean']:>9.1f} {stats['Min']:>9.1f} {stats['Mean'] / openssl_ns:>12.2f} {stats['Min'] / openssl_ns:>11.2f}")
PY
