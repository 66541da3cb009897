#!/usr/bin/env bash
# The whole-process comparison: the attribution tool, native (Native AOT) and framework-dependent (JIT), against
# wink-nlp on the same directory of news articles, in one hyperfine run; then the first article of a single-file run.
# Recipe and latest figures in benchmarks/README.md. Needs the .NET 10 SDK, clang (the native build), Node.js with npm,
# hyperfine and taskset (Debian: apt-get install -y clang hyperfine nodejs npm util-linux). Run from anywhere:
#   bash benchmarks/whole-process/run.sh            # 1,736 files: the test corpus's 31 articles, 56 times over
#   COPIES=10 RUNS=5 bash benchmarks/whole-process/run.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${WORK:-$(mktemp -d)}"
copies="${COPIES:-56}"
runs="${RUNS:-10}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "==> the news directory: $copies copies of tests/Attribution.Tests/Corpus/*.txt under $work/news"
rm -rf "$work/news"
for i in $(seq -w 1 "$copies"); do
    mkdir -p "$work/news/$i"
    cp "$repo"/tests/Attribution.Tests/Corpus/*.txt "$work/news/$i/"
done
files="$(find "$work/news" -name '*.txt' | wc -l)"
bytes="$(cat "$work"/news/*/*.txt | wc -c)"
echo "$files files, $bytes bytes"

echo "==> the tool: native (PublishAot) and framework-dependent"
dotnet publish "$repo/src/Attribution.Cli" -c Release -r linux-x64 -o "$work/native" > "$work/publish-native.log"
dotnet publish "$repo/src/Attribution.Cli" -c Release -p:PublishAot=false -o "$work/jit" > "$work/publish-jit.log"

echo "==> wink-nlp and its English model, from npm"
mkdir -p "$work/wink"
cp "$here/wink.js" "$work/wink/"
npm install --prefix "$work/wink" --no-audit --no-fund --loglevel=error wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1 > "$work/npm.log"

native="$work/native/Attribution.Cli"
jit="dotnet $work/jit/Attribution.Cli.dll"
wink="node $work/wink/wink.js"

echo "==> check: every tool writes one line per file"
for command in "$native --format jsonl" "$jit --format jsonl" "$wink"; do
    lines="$($command "$work/news" | wc -l)"
    if [ "$lines" -ne "$files" ]; then
        echo "$command wrote $lines lines for $files files"
        exit 1
    fi
done

echo "==> a directory of $files files (hyperfine, $runs runs each)"
# Also the native tool held to one core (what the second core adds), and the framework-dependent one with .NET's
# default tiering (dynamic PGO on; the package turns it off in its runtimeconfig.json).
hyperfine --warmup 1 --runs "$runs" --output=null --export-markdown "$work/directory.md" --export-json "$work/directory.json" \
    -n "attribution (native)" "$native --format jsonl $work/news" \
    -n "attribution (native, one core)" "taskset -c 0 $native --format jsonl $work/news" \
    -n "attribution (framework-dependent)" "$jit --format jsonl $work/news" \
    -n "attribution (framework-dependent, default tiering)" "env DOTNET_TieredPGO=1 $jit --format jsonl $work/news" \
    -n "wink-nlp" "$wink $work/news"

echo "==> the first article: one file (the reference article), start to exit"
single="$repo/tests/Attribution.Tests/Corpus/paris-talks.txt"
hyperfine --warmup 3 --runs $((runs * 3)) --output=null -N --export-markdown "$work/single.md" --export-json "$work/single.json" \
    -n "attribution (native)" "$native --format jsonl $single" \
    -n "attribution (framework-dependent)" "$jit --format jsonl $single" \
    -n "wink-nlp" "$wink $single"

echo "==> medians (seconds) and user+system CPU per wall second (above 1: more than one core at work)"
python3 - "$work/directory.json" "$work/single.json" "$bytes" <<'PYTHON'
import json, statistics, sys
for path in sys.argv[1:3]:
    results = json.load(open(path))["results"]
    wink = next(r for r in results if r["command"] == "wink-nlp")
    for r in results:
        median = statistics.median(r["times"])
        cores = (r["user"] + r["system"]) / r["mean"]
        line = f'{r["command"]:52} median {median:8.3f} s   cores {cores:4.2f}   {statistics.median(wink["times"]) / median:5.1f}x wink-nlp'
        if path == sys.argv[1]:
            line += f'   {int(sys.argv[3]) / median / 1e6:6.1f} MB/s'
        print(line)
    print()
PYTHON
echo "tables: $work/directory.md, $work/single.md"
