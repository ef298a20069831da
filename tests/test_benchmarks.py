"""The scale benchmark on a tiny archive: it runs, and its paired mode times the blocks a round times."""

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "detection_scale.py"


def test_blocks_timed_in_pairs_meet_the_candidates_a_round_meets(tmp_path):
    run = subprocess.run([sys.executable, str(BENCH), "--articles", "40", "--block", "20", "--rounds", "1",
                          "--paired", "1", "--cache", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    rows = [line.split("|") for line in run.stdout.splitlines() if re.match(r"\| \d+-\d+ \|", line)]
    round_candidates = [row[8].strip() for row in rows]  # stored claims compared per new claim, per block
    paired = next(line for line in run.stdout.splitlines() if re.match(r"\| 1 \| ", line)).split("|")
    # the last block, stored into a copy of the archive before it with the claims loaded first, meets what
    # it met at the end of a round through the whole archive; the first block, what it met at its start
    assert paired[8].strip() == ", ".join(round_candidates)
    assert re.search(r"timed in pairs: median \d+\.\d\d", run.stdout)
