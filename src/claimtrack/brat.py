"""Score attribution spans against brat standoff annotations (`doc.txt` + `doc.ann`), as in the public
attribution corpora (PARC, PolNeAR): Source / Cue / Content text-bound entities, possibly
discontinuous (`T3\tContent 10 20;25 30\t...`), joined into attributions by events
(`E1\tAttribution:T2 Source:T1 Content:T3`, or with the Cue as trigger) or by relations
(`R1\tSource Arg1:T2 Arg2:T1`, from the cue to its source or content).

Scores: per role, token-overlap and exact-span precision/recall/F1; per attribution, a system
attribution matches a gold one when their cues overlap and their contents overlap."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .evaluate import Score

ROLES = ("source", "cue", "content")
TOKEN = re.compile(r"\w+|[^\w\s]")


class BratError(Exception):
    """An annotation file that cannot be read; the message names the file and line."""


Spans = tuple[tuple[int, int], ...]


@dataclass
class AttributionSpans:
    source: Spans = ()
    cue: Spans = ()
    content: Spans = ()

    def role(self, name: str) -> Spans:
        return getattr(self, name)


@dataclass
class BratDocument:
    name: str
    text: str
    attributions: list[AttributionSpans] = field(default_factory=list)


def read_brat_folder(folder: str | Path) -> list[BratDocument]:
    folder = Path(folder)
    documents = []
    for ann in sorted(folder.rglob("*.ann")):
        txt = ann.with_suffix(".txt")
        if not txt.exists():
            raise BratError(f"{ann}: no text file {txt.name} beside it")
        text = txt.read_text(encoding="utf-8")
        documents.append(BratDocument(str(txt), text, parse_ann(ann.read_text(encoding="utf-8"), str(ann))))
    if not documents:
        raise BratError(f"{folder}: no .ann files")
    return documents


def parse_ann(content: str, origin: str = "<ann>") -> list[AttributionSpans]:
    entities: dict[str, tuple[str, Spans]] = {}
    links: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            if line.startswith("T"):
                label, *offsets = parts[1].replace(";", " ; ").split(" ", 1)
                ranges = tuple(tuple(int(x) for x in r.split()) for r in offsets[0].split(";"))
                entities[parts[0]] = (label.lower(), tuple((a, b) for a, b in ranges))
            elif line.startswith("E"):
                args = parts[1].split()
                event = links[parts[0]]
                event["trigger"].append(args[0].split(":")[1])  # its role is its entity's type
                for arg in args[1:]:
                    role, ref = arg.split(":")
                    event[_role(role)].append(ref)
            elif line.startswith("R"):
                relation, arg1, arg2 = parts[1].split()
                cue_ref, other_ref = arg1.split(":")[1], arg2.split(":")[1]
                links[f"cue:{cue_ref}"]["cue"] = [cue_ref]
                links[f"cue:{cue_ref}"][_role(relation)].append(other_ref)
        except (IndexError, ValueError):
            raise BratError(f"{origin}:{number}: cannot read annotation line {line!r}") from None
    attributions = []
    for event in links.values():
        for ref in event.pop("trigger", []):
            if ref in entities:
                event[_role(entities[ref][0])].append(ref)
        spans = {}
        for role in ROLES:
            refs = [r for r in event.get(role, []) if r in entities]
            spans[role] = tuple(sorted(span for r in refs for span in entities[r][1]))
        if spans["cue"] or spans["content"]:
            attributions.append(AttributionSpans(**spans))
    return attributions


def _role(name: str) -> str:
    lowered = name.lower()
    for role in ROLES:
        if lowered.startswith(role):
            return role
    return lowered


def predicted_attributions(text: str, nlp) -> list[AttributionSpans]:
    """claimtrack's attributions for a text, as spans (one per cue, whatever the number of claims)."""
    from .extract import extract_claims

    by_cue: dict[tuple[int, int], AttributionSpans] = {}
    for claim in extract_claims(nlp(text)):
        for evidence in claim.evidence:
            a = evidence.attribution
            if claim.own_voice:
                continue  # the article's own voice is not an attribution
            content = a.content_parts or ((a.content.start, a.content.end),)
            key = (a.cue.start, a.cue.end)
            if key in by_cue:  # a quote over several sentences: one attribution, all of its content
                content = tuple(by_cue[key].content) + tuple(content)
            by_cue[key] = AttributionSpans(
                source=((a.source.start, a.source.end),) if a.source else (),
                cue=((a.cue.start, a.cue.end),), content=tuple(sorted(set(content))))
    return list(by_cue.values())


def _tokens(text: str, spans: Spans) -> set[int]:
    """Start offsets of the word tokens inside the spans."""
    return {m.start() for start, end in spans for m in TOKEN.finditer(text, start, end)}


def _overlaps(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def score_documents(documents: list[BratDocument], nlp) -> dict:
    token_scores = {role: Score() for role in ROLES}
    exact_scores = {role: Score() for role in ROLES}
    attribution_score = Score()
    for document in documents:
        predicted = predicted_attributions(document.text, nlp)
        gold = document.attributions
        for role in ROLES:
            got = set().union(*(_tokens(document.text, p.role(role)) for p in predicted)) if predicted else set()
            want = set().union(*(_tokens(document.text, g.role(role)) for g in gold)) if gold else set()
            token_scores[role].tp += len(got & want)
            token_scores[role].predicted += len(got)
            token_scores[role].gold += len(want)
            got_exact = {p.role(role) for p in predicted if p.role(role)}
            want_exact = {g.role(role) for g in gold if g.role(role)}
            exact_scores[role].tp += len(got_exact & want_exact)
            exact_scores[role].predicted += len(got_exact)
            exact_scores[role].gold += len(want_exact)
        used: set[int] = set()
        for p in predicted:
            hit = next((i for i, g in enumerate(gold) if i not in used and _overlaps(p.cue, g.cue)
                        and _overlaps(p.content, g.content)), None)
            if hit is not None:
                used.add(hit)
                attribution_score.tp += 1
        attribution_score.predicted += len(predicted)
        attribution_score.gold += len(gold)
    return {
        "documents": len(documents),
        "attribution": attribution_score.as_dict(),
        "token_overlap": {role: s.as_dict() for role, s in token_scores.items()},
        "exact": {role: s.as_dict() for role, s in exact_scores.items()},
    }
