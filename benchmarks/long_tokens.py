"""Reload cost of an article full of very long tokens, against one of ordinary words.

Issue 10 found the typo speller storing every one-letter deletion of every word: one
48,000-letter token in a source took 2.2 GB. The speller now indexes words of at most
MAX_SPELLED_WORD letters, so reload time and memory stay linear in the facts' size. This
prints, for two generated articles of the same size, the time to read and validate the
facts and build the engine (the work a reload does before it swaps), and each one's peak
memory, measured in a fresh process so neither inherits the other's heap.

    python -m benchmarks.long_tokens [--mb 20]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "the studio said filming would begin in spring while the cast returned to the set "
    "for reshoots and new scenes after the premiere was moved to a later date"
).split()
LONG_TOKEN = 48_000  # the token length that took 2.2 GB before the cap
LONG_SHARE = 0.01  # one sentence in a hundred ends with such a token
SENTENCE_WORDS = 15


def article(megabytes: float, long_tokens: bool, seed: int = 1) -> str:
    """A dated article of about `megabytes` of text, seeded."""
    rng = random.Random(seed)
    sentences: list[str] = []
    size = 0
    while size < megabytes * 2**20:
        sentence = " ".join(rng.choice(WORDS) for _ in range(SENTENCE_WORDS)).capitalize()
        if long_tokens and rng.random() < LONG_SHARE:
            sentence += " " + "".join(rng.choice("abcdefghij") for _ in range(LONG_TOKEN))
        sentence += "."
        sentences.append(sentence)
        size += len(sentence) + 2
    return "date 2026-01-01\n\n" + "\n\n".join(sentences) + "\n"


def measure(facts_dir: Path) -> dict[str, float]:
    """Run in a child process: load and index `facts_dir`, report time and peak RSS."""
    from bot.engine import Engine
    from bot.facts import load_facts

    started = time.perf_counter()
    facts = load_facts(facts_dir)
    Engine(facts)
    return {
        "facts": len(facts.facts),
        "seconds": round(time.perf_counter() - started, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="article size in MB")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    results = {}
    with tempfile.TemporaryDirectory(prefix="franchise-long-") as tmp:
        for label, long_tokens in (("ordinary words", False), ("long tokens", True)):
            facts_dir = Path(tmp) / label.replace(" ", "-")
            (facts_dir / "sources").mkdir(parents=True)
            (facts_dir / "sources" / "big.txt").write_text(
                article(args.mb, long_tokens), encoding="utf-8"
            )
            (facts_dir / "big.toml").write_text('source = "big.txt"\n', encoding="utf-8")
            child = subprocess.run(
                [sys.executable, "-m", "benchmarks.long_tokens", "--child", str(facts_dir)],
                check=True,
                capture_output=True,
                text=True,
            )
            results[label] = json.loads(child.stdout)
    for label, r in results.items():
        print(
            f"{label:>15}: {args.mb:g} MB, {r['facts']:,} facts, "
            f"{r['seconds']:.1f} s, peak RSS {r['peak_rss_mb']:,.0f} MB"
        )
    ratio = results["long tokens"]["seconds"] / max(results["ordinary words"]["seconds"], 1e-9)
    print(f"long tokens / ordinary words: {ratio:.2f}x the time (target: at most 2x)")


if __name__ == "__main__":
    main()
