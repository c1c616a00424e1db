"""Reading and running regular expressions fast, knowing nothing of rules or letters.

What ``re`` offers is rewritten here from its own parse tree: the literals a pattern's matches
need (``parse_literals``), one scan of a text for the literals of many patterns that rules most
of them out and places the rest (``prefilter``), alternations gathered by first character
(``alternations``), and the form of a pattern kept to whole words (``words``). The review's
checks (clearnotice.checks) and translation QA's entity recogniser (clearnotice.translate.entities)
both run their patterns through it; it lives apart from the checks so that what reads entities
(a mail merge) never loads the review (tests/core/test_mailmerge_imports.py).
"""
