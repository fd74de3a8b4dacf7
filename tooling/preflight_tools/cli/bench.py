"""``preflight bench``: the speed and memory figures, printed (a benchmark, not a test).

- cold start: a new Python process, from nothing to its first decision (median of 3);
- warm latency per draft of the corpus: p50/p95/p99/max over several passes;
- batch throughput: drafts per second, one process;
- a 100,000-character draft of ordinary prose;
- hostile drafts at the maximum length, each with its ratio to that prose;
- peak memory (maximum resident set size of this process, which did all of the above);
- the regex rules (credentials, markings): how many patterns, how often the keyword prefilter
  selects any, and the per-draft cost of the regex stage with the prefilter and running every pattern
  (what the cost would be without it: it grows with the rule count);
- with ``--compare [DIR]``, the per-draft cost of the policy and of a second default policy side by side
  (DIR, or today's rules: the default policy without its generated provider rules).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from preflight.engine import Engine
from preflight.engine.context import ScanContext
from preflight.engine.detectors.patterns import RegexDetector
from preflight.engine.language import detect_languages
from preflight.engine.policy import load_policy
from preflight.engine.text import normalise
from preflight.settings import Settings

from preflight_tools.cli.common import EXIT_OK, load_engine

_FALLBACK_DRAFTS = [
    "Thrilled to welcome our new Head of Design to the Lisbon team! 🎉",
    "Join our webinar on Thursday: five lessons from scaling our support desk.",
    "Call me at 415.555.0123 if you want to carpool to the offsite.",
    "Our revenue will double next year, mark my words 📈",
    "Release 3.2 is out with dark mode and 40 bug fixes: https://example.com/releases/3.2",
    "Clinically proven to cure headaches in 10 minutes!",
    "Please mail the invoice to jordan.blake77@gmail.com before Friday.",
    "Internal only: the Q3 roadmap is on https://intranet.example.com/roadmap",
]
# The default policy's rule files written by tools/build_secret_rules.py (121 provider credential rules):
# `--compare` without DIR benches the default policy without them, the rules before issue 11 added them.
GENERATED_RULE_FILES = frozenset({"secrets-providers.yaml"})
_CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus" / "dev.jsonl"


def _load_drafts(path: Path | None) -> tuple[list[str], str]:
    candidate = path or _CORPUS
    if candidate.is_file():
        drafts = [
            json.loads(line)["text"] for line in candidate.read_text("utf-8").splitlines() if line.strip()
        ]
        return drafts, str(candidate.resolve())
    return _FALLBACK_DRAFTS, "built-in sample drafts"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def _timed(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _cold_start(overlays: list[Path]) -> float:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from preflight.engine import Engine\n"
        "from preflight.settings import Settings\n"
        "Engine.from_settings(Settings.from_env(), [Path(p) for p in sys.argv[1:]]).screen('Hello, world')\n"
    )
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *map(str, overlays)], check=True, env=os.environ.copy())
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _hostile_inputs(length: int) -> dict[str, str]:
    def fill(unit: str) -> str:
        return (unit * (length // len(unit) + 1))[:length]

    return {
        "one repeated character": fill("a"),
        "digits": fill("4111 1111 1111 1111 "),
        "unbroken digits": fill("0123456789"),
        "@ signs": fill("@"),
        "e-mail-like": fill("a@b."),
        "dots": fill("."),
        "f* obfuscation": fill("f*"),
        "spaced letters": fill("f u c k "),
        "PEM headers": fill("-----BEGIN PRIVATE KEY-----\n"),
        "emoji": fill("🎉"),
        "trigger words": fill("Jane Smith was diagnosed and fired. "),
        "URL-like": fill("http://a.b/"),
        "dotted digits": fill("1."),
        "punctuation runs": fill("?!"),
        "dollar amounts": fill("$1 "),
        "hyphens": fill("-"),
        "capitalised words": fill("Ab "),
        "line breaks": fill("x\n"),
        "at and dot words": fill("a at b dot "),
        # Runs the encoded-credential detector decodes (issue 9): base64, hex and percent-encoding.
        "base64 runs": fill("Z2hwX0FCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFla "),
        "hex runs": fill("6768705f414243444546474849 "),
        "percent-encoding": fill("%67%68%70%5F%41"),
        # Digit groups behind separators of every kind and in other scripts (issue 9).
        "mixed separators": fill("4111.1111_1111/1111\n"),
        "Arabic-Indic digits": fill("٤١١١ ١١١١ ١١١١ ١١١١ "),
        "format characters": fill("4\u2062"),
        # The credential rules' keywords, so the patterns they select run on every line (issue 11).
        "credential keywords": fill('api_key="a password=x sk-ant- glpat- AKIA 1//0 :AA ://u:p@ '),
        "quotes after keys": fill('secret: "'),
        "JWT-like dots": fill("eyJhbGci.eyJzdWIi."),
        # Words of the other languages' markings, so every pattern they select runs (issue 11).
        "marking words": fill("vertraulich: ne pas diffuser uso interno – niet delen sous embargo jusqu'au "),
        # Runs of near-values for the number readers (moved here from a timed unit test: the machine's
        # load decided whether it passed; the bench reports each as a ratio to prose instead).
        "phone-like": fill("(415) 555-0199 "),
        "SSN-like": fill("123-45-6789 "),
        "IBAN-like": fill("DE12 3456 "),
        "at words": fill("jane at "),
        "values glued by invisible characters": fill(
            "tel\u200b415-555-0199\u200bjo@x.com\u200b4111 1111 1111 1111 "
        ),
        "values glued to CJK text": fill("電話09012345678まで邮箱wei@example.cn联系"),
        # Moved from timed unit tests too: dotted letters for the profanity reader, base64 padding
        # runs and wrapped base64 lines for the encoded-credential reader.
        "dotted letters": fill("a.b."),
        "base64 padding runs": fill("ICAg"),
        "wrapped base64 lines": fill("QUFB" * 16 + "\n"),
    }


def _prose(drafts: list[str], length: int) -> str:
    text = "\n\n".join(drafts)
    while len(text) < length:
        text += "\n\n" + text
    return text[:length]


def _regex_stage(engine: Engine, drafts: list[str], rounds: int) -> dict[str, Any]:
    """The regex rules alone on each draft: with the shared keyword prefilter, and every pattern run."""
    regexes = [d for d in engine.policy.detectors if isinstance(d, RegexDetector)]
    if not regexes:
        return {"patterns": 0}
    prefilter = regexes[0].prefilter
    everything = {d: set(range(len(d.pattern_keywords))) for d in regexes}
    views = [normalise(text).text for text in drafts]
    selected_drafts, patterns_run = 0, 0
    for view in views:
        plan = prefilter.select(view)
        selected_drafts += bool(plan)
        patterns_run += sum(map(len, plan.values()))

    def timed(select_all: bool) -> list[float]:
        out = []
        for _ in range(rounds):
            for view in views:
                start = time.perf_counter()
                ctx = ScanContext(normalise(view), engine.nlp)
                if select_all:
                    ctx.memo[prefilter] = everything
                for detector in regexes:
                    for _hit in detector.detect(ctx):
                        pass
                out.append((time.perf_counter() - start) * 1000)
        return out

    return {
        "patterns": prefilter.pattern_count,
        "keywords": len(prefilter.keywords),
        "always_run": prefilter.always_count,
        "drafts_selecting_any": selected_drafts / len(views),
        "mean_keyword_patterns_run": patterns_run / len(views),
        "p50_ms_prefiltered": _percentile(timed(False), 50),
        "p50_ms_every_pattern": _percentile(timed(True), 50),
    }


def _language_detection_us(engine: Engine, drafts: list[str], rounds: int) -> float:
    """The draft-language rule alone, per draft: it reads the word index the context builds for
    other detectors anyway, so what it adds is one look-up per distinct word."""
    indexes = []
    for text in drafts:
        ctx = ScanContext(normalise(text), engine.nlp)
        indexes.append((ctx.text, ctx.word_positions))
    started = time.perf_counter()
    for _ in range(rounds):
        for text, words in indexes:
            detect_languages(text, words)
    return (time.perf_counter() - started) / (rounds * len(indexes)) * 1e6


def measure(engine: Engine, drafts: list[str], rounds: int, overlays: list[Path]) -> dict[str, Any]:
    cold = _cold_start(overlays)
    engine.warm_up()
    latencies = []
    for _ in range(rounds):
        for text in drafts:
            start = time.perf_counter()
            engine.screen(text)
            latencies.append((time.perf_counter() - start) * 1000)
    screened, start = 0, time.perf_counter()
    while time.perf_counter() - start < 2.0:
        for text in drafts:
            engine.screen(text)
        screened += len(drafts)
    throughput = screened / (time.perf_counter() - start)

    length = engine.settings.max_text_length
    prose = _prose(drafts, length)
    prose_ms = _timed(lambda: engine.screen(prose)) * 1000
    hostile = {}
    for name, text in _hostile_inputs(length).items():
        ms = _timed(functools.partial(engine.screen, text)) * 1000
        hostile[name] = {"ms": ms, "ratio_to_prose": ms / prose_ms}
    regex_stage = _regex_stage(engine, drafts, rounds)
    language_us = _language_detection_us(engine, drafts, rounds)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "regex_rules": regex_stage,
        "cold_start_s": cold,
        "warm_latency_ms": {
            "p50": _percentile(latencies, 50),
            "p95": _percentile(latencies, 95),
            "p99": _percentile(latencies, 99),
            "max": max(latencies),
            "samples": len(latencies),
        },
        "throughput_drafts_per_s": throughput,
        "max_length_prose_ms": prose_ms,
        "max_length": length,
        "hostile_ms": hostile,
        "language_detection_us_per_draft": language_us,
        "peak_memory_mb": peak_mb,
    }


def todays_rules(default_dir: Path, into: Path) -> Path:
    """Copy the default policy's files into ``into``, all but its generated provider rules."""
    for path in sorted(default_dir.iterdir()):
        if path.is_file() and path.name not in GENERATED_RULE_FILES:
            shutil.copy2(path, into / path.name)
    return into


def side_by_side(engines: dict[str, Engine], drafts: list[str], rounds: int) -> dict[str, dict[str, Any]]:
    """Per-draft cost of each policy on the same drafts, interleaved draft by draft so that the shared
    machine's load weighs on every column alike; which policy goes first alternates, so that neither
    always finds the draft already in the processor's caches."""
    times: dict[str, list[float]] = {label: [] for label in engines}
    orders = [list(engines.items()), list(reversed(engines.items()))]
    for round_ in range(rounds):
        for index, text in enumerate(drafts):
            for label, engine in orders[(round_ + index) % 2]:
                start = time.perf_counter()
                engine.screen(text)
                times[label].append((time.perf_counter() - start) * 1000)
    return {
        label: {
            "rules": len(engine.policy.rules),
            "regex_patterns": sum(
                len(d.pattern_keywords) for d in engine.policy.detectors if isinstance(d, RegexDetector)
            ),
            "p50_ms": _percentile(times[label], 50),
            "p95_ms": _percentile(times[label], 95),
            "mean_ms": statistics.fmean(times[label]),
        }
        for label, engine in engines.items()
    }


def _compare(
    args: argparse.Namespace, settings: Settings, engine: Engine, drafts: list[str]
) -> dict[str, Any]:
    today = args.compare is True  # --compare without DIR
    with tempfile.TemporaryDirectory() as tmp:
        baseline_dir = todays_rules(settings.default_rules_dir, Path(tmp)) if today else args.compare
        policy = load_policy(baseline_dir, [*settings.overlay_dirs, *args.rules])
        mine, label = ("all rules", "today's rules") if today else ("this policy", str(args.compare))
        baseline = Engine(policy, settings, nlp=engine.nlp).warm_up()  # one spaCy load for both
    columns = side_by_side({mine: engine, label: baseline}, drafts, args.rounds)
    return {"load_average": os.getloadavg(), "columns": columns}


def run_bench(args: argparse.Namespace, settings: Settings) -> int:
    drafts, source = _load_drafts(args.corpus)
    engine = load_engine(settings, args.rules)
    result: dict[str, Any] = {"drafts": len(drafts), "source": source, "python": sys.version.split()[0]}
    result |= measure(engine, drafts, args.rounds, [*args.rules])
    if args.compare:
        result["compare"] = _compare(args, settings, engine, drafts)
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    lat = result["warm_latency_ms"]
    print(f"drafts: {result['drafts']} from {source} (Python {result['python']})")
    print(f"cold start (new process to first decision): {result['cold_start_s']:.2f} s")
    print(
        f"warm latency per draft: p50 {lat['p50']:.3f} ms  p95 {lat['p95']:.3f} ms  "
        f"p99 {lat['p99']:.3f} ms  max {lat['max']:.3f} ms  ({lat['samples']} samples)"
    )
    print(f"batch throughput: {result['throughput_drafts_per_s']:.0f} drafts/s")
    print(f"{result['max_length']:,}-character prose draft: {result['max_length_prose_ms']:.1f} ms")
    print("hostile drafts at the maximum length:")
    for name, h in result["hostile_ms"].items():
        print(f"  {name:26} {h['ms']:8.1f} ms  {h['ratio_to_prose']:5.2f}x prose")
    print(f"draft-language rule: {result['language_detection_us_per_draft']:.1f} µs per draft")
    rx = result["regex_rules"]
    if rx["patterns"]:
        print(
            f"regex rules: {rx['patterns']} patterns ({rx['keywords']} keywords, "
            f"{rx['always_run']} run always); "
            f"prefilter selects any on {rx['drafts_selecting_any']:.0%} of drafts, "
            f"{rx['mean_keyword_patterns_run']:.2f} keyword patterns run per draft"
        )
        print(
            f"  regex stage per draft: p50 {rx['p50_ms_prefiltered']:.3f} ms with the prefilter, "
            f"{rx['p50_ms_every_pattern']:.3f} ms running every pattern"
        )
    print(f"peak memory: {result['peak_memory_mb']:.0f} MB")
    if "compare" in result:
        load = ", ".join(f"{x:.2f}" for x in result["compare"]["load_average"])
        print(f"side by side, drafts interleaved ({args.rounds} rounds; load average {load}):")
        print(
            f"  {'policy':26} {'rules':>5} {'regex patterns':>14} {'p50 ms':>8} {'p95 ms':>8} {'mean ms':>8}"
        )
        for label, c in result["compare"]["columns"].items():
            print(
                f"  {label:26} {c['rules']:5d} {c['regex_patterns']:14d} "
                f"{c['p50_ms']:8.3f} {c['p95_ms']:8.3f} {c['mean_ms']:8.3f}"
            )
        (mine, m), (other, o) = result["compare"]["columns"].items()
        print(
            f"  {mine} / {other}: p50 {m['p50_ms'] / o['p50_ms']:.2f}x, "
            f"mean {m['mean_ms'] / o['mean_ms']:.2f}x"
        )
    return EXIT_OK
