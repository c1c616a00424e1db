"""Words a translation must write as given: a keyword the reader types ("Text HELP to
12345") and a glossary term's approved translation."""

from __future__ import annotations

import re

from clearnotice.model import Finding
from clearnotice.text import Block
from clearnotice.translate import entities as ent
from clearnotice.translate.glossary import Glossary
from clearnotice.translate.qa.rules import finding

GLOSSARY_SOURCE = "approved glossary"


def keyword_findings(s_block: Block, t_block: Block, target_text: str) -> list[Finding]:
    """Keywords of the English that the translation does not write as they are."""
    return [
        finding(
            "translation.keyword",
            f"The English tells the reader to type or text '{word}': keep it as it is, or the "
            "instruction no longer works.",
            t_block.start,
            t_block.end,
            target_text,
            suggestions=(word,),
        )
        for word in dict.fromkeys(ent.keywords(s_block.text))
        if not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", t_block.text)
    ]


def glossary_findings(
    s_block: Block, t_block: Block, glossary: Glossary | None, target_text: str
) -> list[Finding]:
    if glossary is None:
        return []
    findings = []
    for term in glossary.terms:
        if term.in_source(s_block.text) and not term.approved_in(t_block.text):
            findings.append(
                finding(
                    "translation.glossary",
                    f"'{term.term}' must be translated as '{term.approved[0]}' "
                    "(approved glossary).",
                    t_block.start,
                    t_block.end,
                    target_text,
                    source=f"{GLOSSARY_SOURCE}: {term.source}",
                    suggestions=(term.approved[0],),
                )
            )
    return findings
