"""Rule data shipped as JSON files in the package (`nlp/data/`), loaded once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> dict:
    data = resources.files("claimtrack.nlp").joinpath("data", f"{name}.json").read_text("utf-8")
    return json.loads(data)
