#!/usr/bin/env bash
# Runs the five workloads of ../shared/bench/WORKLOADS.md with nnscript and with their references
# (PyTorch, plain-Java loops and, for W3-W5, Deeplearning4j) in one session, checks that every side
# computed the same results, and prints a table of ratios (medians and spreads). Run by hand, never
# in CI.
#
# Usage: benchmarks/compare.sh [W1 W2 W3 W4 W5]   (default: all five)
# Environment:
#   BENCH_RUNS           timed runs per command for W2-W5 (default 5; W1 always uses 15)
#   BENCH_SCRATCH        scratch folder for generated data, outputs and results (default: a new
#                        folder under /tmp; nothing is written inside the checkout except target/)
#   NNSCRIPT_SHARED_DIR  the shared/ folder holding data/digits.csv (default: ../shared beside
#                        the checkout)
#   BENCH_SKIP_BUILD=1   use the jars already built instead of running Maven first (the project's
#                        and the DL4J reference's)
#   BENCH_SIDES          the sides to run, space separated (default "nnscript pytorch java dl4j";
#                        java is the plain-Java loops: W1's hello world and W2's stream always run,
#                        as the baselines of their rows)
#   BENCH_W5_THREADS     thread counts for W5, space separated (default "1 2"; 1 is primary)
#   BENCH_DRIVER_FLAGS   JVM flags for the W3-W5 driver (default: the ones ./nnrun uses for
#                        `nnrun train`, so the driver runs as a CLI training run does, handing a
#                        large run to a JVM with the optimizing compiler as nnrun train does)
#   BENCH_DRIVER_CDS=0   run the driver without the application class-data archive made for it
#   BENCH_DL4J_FLAGS     JVM flags for the DL4J reference (default: the driver's GC flags, and
#                        JavaCPP's off-heap accounting off, which costs DL4J a /proc read per array)
set -uo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PY=/usr/bin/python3 # Debian's Python, where python3-torch lives (python3 on PATH may be pyenv's)
PYREF="$HERE/reference/python"
RUNS="${BENCH_RUNS:-5}"
W1_RUNS=15
SCRATCH="${BENCH_SCRATCH:-$(mktemp -d /tmp/nnscript-bench.XXXXXX)}"
RESULTS="$SCRATCH/results"
DRIVER_JAR="$HERE/target/benchmarks.jar"
DRIVER_MAIN=dev.nnscript.benchmarks.driver.WorkloadDriver
# As ./nnrun starts `nnrun train` (keep the two alike): the client compiler alone, queued sooner
# for the engine's methods and with one compiler thread on a machine with two CPUs, and in
# nnrun.relaunch the flags of the JVM with the optimizing compiler that a large run is handed to
# (on x86-64 its vectors capped at 256 bits); the driver hands over by the same rule
# (docs/speed.md, "Which compiler trains").
DRIVER_FLAGS=(${BENCH_DRIVER_FLAGS:--XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1})
if [[ -z "${BENCH_DRIVER_FLAGS:-}" ]]; then
    DRIVER_FLAGS+=(-XX:CompileCommand=quiet "-XX:CompileCommand=CompileThresholdScaling,dev/nnscript/core/*.*,0.1")
    if read -r online 2>/dev/null < /sys/devices/system/cpu/online && [[ "$online" == 0 || "$online" == 0-1 ]]; then
        DRIVER_FLAGS+=(-XX:CICompilerCount=1)
    fi
    [[ "${HOSTTYPE:-}" == x86_64 ]] && DRIVER_FLAGS+=(-Dnnrun.relaunch=-XX:MaxVectorSize=32) || DRIVER_FLAGS+=(-Dnnrun.relaunch=)
fi
NNRUN="$ROOT/nnrun"
NNRUN_JAR="$ROOT/cli/target/nnrun.jar"
RELU_NN="$HERE/workloads/relu-in-action.nn"
# The DL4J reference: its own Maven project (never part of the root build); it runs from its
# target/classes with the classpath Maven writes to target/classpath.txt.
DL4J_DIR="$HERE/reference/dl4j"
DL4J_MAIN=dev.nnscript.reference.dl4j.Dl4jDriver
DL4J_FLAGS=(${BENCH_DL4J_FLAGS:--XX:+UseSerialGC -XX:-UsePerfData -Dorg.bytedeco.javacpp.maxphysicalbytes=0 -Dorg.bytedeco.javacpp.maxbytes=0})
DL4J_CP=""
SIDES=" ${BENCH_SIDES:-nnscript pytorch java dl4j} "
export NNSCRIPT_SHARED_DIR="${NNSCRIPT_SHARED_DIR:-$ROOT/../shared}"

HAVE_TORCH=0
HAVE_HYPERFINE=0
HAVE_NNRUN=0
HAVE_DRIVER=0
HAVE_DL4J=0
HAVE_JAVA_LOOP=0

say() { printf '%s\n' "$*" >&2; }
wanted() { [[ "$SIDES" == *" $1 "* ]]; }
unavailable() { say "UNAVAILABLE: $*"; echo "$*" >> "$RESULTS/unavailable.txt"; }

# One thread for every BLAS/OpenMP pool unless a step asks for more; PASSIVE stops OpenMP workers
# from spinning against OpenBLAS's own threads.
threads_env() {
    export BENCH_THREADS="$1" OMP_NUM_THREADS="$1" OPENBLAS_NUM_THREADS="$1" MKL_NUM_THREADS="$1"
    export OMP_WAIT_POLICY=PASSIVE
}

install_missing() {
    local want=()
    "$PY" -c 'import torch, numpy' 2>/dev/null || want+=(python3-torch python3-numpy)
    # Without OpenBLAS, Debian's torch falls back to the reference BLAS and runs W5 about 4x slower.
    [ -e /usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3 ] || want+=(libopenblas0-pthread)
    command -v hyperfine >/dev/null || want+=(hyperfine)
    # nd4j-native brings its own OpenMP, OpenBLAS and Fortran runtimes; the C++ runtime and zlib
    # come from the system.
    if wanted dl4j; then
        [ -e /usr/lib/x86_64-linux-gnu/libstdc++.so.6 ] || want+=(libstdc++6)
        [ -e /usr/lib/x86_64-linux-gnu/libz.so.1 ] || want+=(zlib1g)
    fi
    if [ ${#want[@]} -gt 0 ]; then
        say "installing ${want[*]} with apt-get"
        if [ "$(id -u)" = 0 ]; then
            { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${want[@]}"; } \
                > "$SCRATCH/apt.log" 2>&1 || say "apt-get failed; see $SCRATCH/apt.log"
        else
            say "not root: cannot install ${want[*]}"
        fi
    fi
    if ! wanted pytorch; then :
    elif "$PY" -c 'import torch, numpy' 2>/dev/null; then HAVE_TORCH=1; else
        unavailable "PyTorch references (W1-W5): $PY cannot import torch and numpy"; fi
    if command -v hyperfine >/dev/null; then HAVE_HYPERFINE=1; else
        unavailable "hyperfine (W1, W2 wall times)"; fi
}

build() {
    if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] && wanted nnscript; then
        say "building with Maven (tests skipped)"
        (cd "$ROOT" && mvn -B -ntp -q -DskipTests package) > "$SCRATCH/build.log" 2>&1 \
            || say "Maven build failed; see $SCRATCH/build.log"
    fi
    # Working means it prints W1's y: a launcher whose run verb is still a stub does not count. The
    # timed command prints y for people (1.01); --format csv prints every digit, which is checked.
    if ! wanted nnscript; then :
    elif [ -x "$NNRUN" ] && "$NNRUN" "$RELU_NN" --input 0.5 --format csv 2>&1 | grep -q '1\.0100000000000016'; then
        HAVE_NNRUN=1
    else
        unavailable "nnscript W1/W2: nnrun not built yet ($NNRUN does not print y for --input 0.5)"
    fi
    if ! wanted nnscript; then :
    elif [ -f "$DRIVER_JAR" ] && java "${DRIVER_FLAGS[@]}" -cp "$DRIVER_JAR" "$DRIVER_MAIN" probe > /dev/null 2>&1; then
        HAVE_DRIVER=1
        [ "${BENCH_DRIVER_CDS:-1}" = 1 ] && driver_archive
    else
        unavailable "nnscript W3-W5: the workload driver is not built yet ($DRIVER_JAR, $DRIVER_MAIN)"
    fi
    mkdir -p "$SCRATCH/ref"
    if javac -d "$SCRATCH/ref" "$HERE"/reference/java/*.java; then
        wanted java && HAVE_JAVA_LOOP=1
    else
        unavailable "plain-Java references: javac failed"
    fi
    wanted dl4j && build_dl4j
}

# The DL4J reference, built by its own Maven project into benchmarks/reference/dl4j/target. The
# probe loads ND4J's native backend once before any timing (the first load unpacks about 400 MB of
# native libraries into ~/.javacpp/cache).
build_dl4j() {
    if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
        say "building the DL4J reference with Maven"
        (cd "$DL4J_DIR" && mvn -B -ntp -q package) > "$SCRATCH/dl4j-build.log" 2>&1 \
            || say "DL4J reference build failed; see $SCRATCH/dl4j-build.log"
    fi
    if [ ! -f "$DL4J_DIR/target/classpath.txt" ] || [ ! -d "$DL4J_DIR/target/classes" ]; then
        unavailable "DL4J references (W3-W5): not built ($DL4J_DIR/target; see $SCRATCH/dl4j-build.log)"
        return
    fi
    DL4J_CP="$DL4J_DIR/target/classes:$(cat "$DL4J_DIR/target/classpath.txt")"
    if OMP_NUM_THREADS=1 java "${DL4J_FLAGS[@]}" -cp "$DL4J_CP" "$DL4J_MAIN" probe \
            > "$SCRATCH/dl4j-probe.out" 2> "$SCRATCH/dl4j-probe.err" && grep -q '"backend"' "$SCRATCH/dl4j-probe.out"; then
        HAVE_DL4J=1
    else
        local reason
        reason="$(cat "$SCRATCH/dl4j-probe.err" "$SCRATCH/dl4j-probe.out" | grep -m 1 -i -E 'error|exception')"
        unavailable "DL4J references (W3-W5): ND4J's native backend did not load (${reason:-no result line}; see $SCRATCH/dl4j-probe.err)"
    fi
}

# An application class-data archive for the driver, as ./nnrun keeps one for the CLI: without it
# the engine's classes load from the jar inside the timed training call. Made from a W3 and a W4
# run (W5 uses the same classes); best effort.
driver_archive() {
    local lists=()
    java -Xshare:off -XX:DumpLoadedClassList="$SCRATCH/driver-w3.list" "${DRIVER_FLAGS[@]}" -cp "$DRIVER_JAR" \
        "$DRIVER_MAIN" w3 > /dev/null 2>&1 && lists+=("$SCRATCH/driver-w3.list")
    if [ -f "$NNSCRIPT_SHARED_DIR/data/digits.csv" ]; then
        java -Xshare:off -XX:DumpLoadedClassList="$SCRATCH/driver-w4.list" "${DRIVER_FLAGS[@]}" -cp "$DRIVER_JAR" \
            "$DRIVER_MAIN" w4 "$NNSCRIPT_SHARED_DIR/data/digits.csv" 32 > /dev/null 2>&1 && lists+=("$SCRATCH/driver-w4.list")
    fi
    [ ${#lists[@]} -gt 0 ] || { say "driver class-data archive: no class list; the driver runs without one"; return; }
    cat "${lists[@]}" | awk '!seen[$0]++' > "$SCRATCH/driver.list"
    if java -Xshare:dump -XX:SharedClassListFile="$SCRATCH/driver.list" -XX:SharedArchiveFile="$SCRATCH/driver.jsa" \
            "${DRIVER_FLAGS[@]}" -cp "$DRIVER_JAR" > "$SCRATCH/driver-archive.log" 2>&1; then
        DRIVER_FLAGS+=(-Xshare:auto -XX:SharedArchiveFile="$SCRATCH/driver.jsa")
    else
        say "driver class-data archive failed (see $SCRATCH/driver-archive.log); the driver runs without one"
    fi
}

# Appends the last stdout line of a command (its JSON result) to a results file, or reports it.
record() {
    local file="$1"
    shift
    local out
    if out="$("$@" 2> "$SCRATCH/last-stderr.txt")"; then
        printf '%s\n' "$out" | tail -n 1 >> "$RESULTS/$file"
    else
        say "FAILED: $* ($(tail -n 3 "$SCRATCH/last-stderr.txt" | tr '\n' ' '))"
        echo "failed: $*" >> "$RESULTS/failures.txt"
    fi
}

w1() {
    say "W1 start-up"
    [ "$HAVE_HYPERFINE" = 1 ] || return
    local commands=("java -cp $SCRATCH/ref Hello")
    [ "$HAVE_NNRUN" = 1 ] && commands+=("$NNRUN $RELU_NN --input 0.5")
    [ "$HAVE_TORCH" = 1 ] && commands+=("$PY $PYREF/w1_startup.py 0.5")
    hyperfine -N --warmup 2 --runs "$W1_RUNS" --export-json "$RESULTS/w1.json" "${commands[@]}" \
        > "$SCRATCH/w1-hyperfine.txt" 2>&1 || say "W1: hyperfine failed; see $SCRATCH/w1-hyperfine.txt"
    # The printed y, checked by summarize.py.
    [ "$HAVE_NNRUN" = 1 ] && "$NNRUN" "$RELU_NN" --input 0.5 --format csv > "$RESULTS/w1-nnrun.out" 2>&1
    [ "$HAVE_TORCH" = 1 ] && "$PY" "$PYREF/w1_startup.py" 0.5 > "$RESULTS/w1-pytorch.out" 2>&1
}

w2() {
    say "W2 batch inference, 1,000,000 rows"
    local input="$SCRATCH/w2-input.csv"
    if ! "$PY" -c 'import numpy' 2>/dev/null; then unavailable "W2 input: numpy missing"; return; fi
    [ -f "$input" ] || "$PY" "$PYREF/make_w2_input.py" "$input" || { say "W2: input generation failed"; return; }
    [ "$HAVE_HYPERFINE" = 1 ] || return
    local commands=("java -cp $SCRATCH/ref W2Stream $input $SCRATCH/w2-java-stream.csv")
    [ "$HAVE_NNRUN" = 1 ] && commands+=("$NNRUN $RELU_NN --inputs $input > $SCRATCH/w2-nnscript.csv")
    [ "$HAVE_TORCH" = 1 ] && commands+=("$PY $PYREF/w2_batch.py $input $SCRATCH/w2-pytorch.csv")
    threads_env 1
    hyperfine --warmup 1 --runs "$RUNS" --export-json "$RESULTS/w2.json" "${commands[@]}" \
        > "$SCRATCH/w2-hyperfine.txt" 2>&1 || say "W2: hyperfine failed; see $SCRATCH/w2-hyperfine.txt"
    local outputs=("$SCRATCH/w2-java-stream.csv")
    [ "$HAVE_NNRUN" = 1 ] && outputs+=("$SCRATCH/w2-nnscript.csv")
    [ "$HAVE_TORCH" = 1 ] && outputs+=("$SCRATCH/w2-pytorch.csv")
    if [ "$HAVE_NNRUN" = 1 ]; then
        # Constant memory: the launcher's jar with the heap capped at 64 MB (nnrun takes no JVM flags).
        if java -Xmx64m -XX:+UseSerialGC -jar "$NNRUN_JAR" "$RELU_NN" --inputs "$input" \
                > "$SCRATCH/w2-nnscript-xmx64m.csv" 2> "$SCRATCH/w2-xmx64m.err"; then
            outputs+=("$SCRATCH/w2-nnscript-xmx64m.csv")
        else
            echo "W2 with -Xmx64m failed: $(tail -n 2 "$SCRATCH/w2-xmx64m.err" | tr '\n' ' ')" >> "$RESULTS/failures.txt"
        fi
    fi
    "$PY" "$PYREF/check_w2.py" "$input" "${outputs[@]}" > "$RESULTS/w2-check.jsonl"
}

w3() {
    say "W3 tiny training, 10,000 steps, cold"
    threads_env 1
    for _ in $(seq "$RUNS"); do
        [ "$HAVE_TORCH" = 1 ] && record w3.jsonl "$PY" "$PYREF/w3_tiny_training.py"
        [ "$HAVE_JAVA_LOOP" = 1 ] && record w3.jsonl java -cp "$SCRATCH/ref" W3HandLoop
        [ "$HAVE_DRIVER" = 1 ] && record w3.jsonl java "${DRIVER_FLAGS[@]}" -cp "$DRIVER_JAR" "$DRIVER_MAIN" w3
        [ "$HAVE_DL4J" = 1 ] && record w3.jsonl java "${DL4J_FLAGS[@]}" -cp "$DL4J_CP" "$DL4J_MAIN" w3
    done
}

w4() {
    say "W4 digits, batch 32 and batch 1"
    local digits="$NNSCRIPT_SHARED_DIR/data/digits.csv"
    if [ ! -f "$digits" ]; then unavailable "W4: no $digits (set NNSCRIPT_SHARED_DIR)"; return; fi
    threads_env 1
    for _ in $(seq "$RUNS"); do
        for batch in 32 1; do
            [ "$HAVE_TORCH" = 1 ] && record w4.jsonl "$PY" "$PYREF/w4_digits.py" "$batch"
            [ "$HAVE_DRIVER" = 1 ] && record w4.jsonl java "${DRIVER_FLAGS[@]}" -cp "$DRIVER_JAR" "$DRIVER_MAIN" w4 "$digits" "$batch"
            [ "$HAVE_DL4J" = 1 ] && record w4.jsonl java "${DL4J_FLAGS[@]}" -cp "$DL4J_CP" "$DL4J_MAIN" w4 "$digits" "$batch"
        done
    done
}

w5() {
    say "W5 wide network, threads ${BENCH_W5_THREADS:-1 2}"
    local data="$SCRATCH/w5"
    if ! "$PY" -c 'import numpy' 2>/dev/null; then unavailable "W5 data: numpy missing"; return; fi
    mkdir -p "$data"
    [ -f "$data/y.i32" ] || "$PY" "$PYREF/make_w5_data.py" "$data" || { say "W5: data generation failed"; return; }
    for threads in ${BENCH_W5_THREADS:-1 2}; do
        threads_env "$threads"
        for _ in $(seq "$RUNS"); do
            [ "$HAVE_TORCH" = 1 ] && record w5.jsonl "$PY" "$PYREF/w5_wide.py" "$data"
            [ "$HAVE_DRIVER" = 1 ] && record w5.jsonl java "${DRIVER_FLAGS[@]}" -cp "$DRIVER_JAR" "$DRIVER_MAIN" w5 "$data" "$threads"
            [ "$HAVE_DL4J" = 1 ] && record w5.jsonl java "${DL4J_FLAGS[@]}" -cp "$DL4J_CP" "$DL4J_MAIN" w5 "$data" "$threads"
        done
        # The yardstick: the machine's float64 GEMM rate through numpy's OpenBLAS on as many threads.
        [ "$HAVE_TORCH" = 1 ] && record w5-gemm.jsonl "$PY" "$PYREF/gemm_peak.py"
    done
}

main() {
    mkdir -p "$RESULTS"
    say "scratch folder: $SCRATCH"
    local workloads=("$@")
    [ ${#workloads[@]} -gt 0 ] || workloads=(W1 W2 W3 W4 W5)
    install_missing
    build
    for w in "${workloads[@]}"; do
        case "$w" in
            W1 | w1) w1 ;;
            W2 | w2) w2 ;;
            W3 | w3) w3 ;;
            W4 | w4) w4 ;;
            W5 | w5) w5 ;;
            *) say "unknown workload $w" ;;
        esac
    done
    "$PY" "$PYREF/summarize.py" "$RESULTS"
}

main "$@"
