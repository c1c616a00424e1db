"""Grammar and spelling: LanguageTool where it can run, an offline checker everywhere.

``GrammarService.check(text, language, choice)`` returns a ``GrammarReport`` whose findings
point at exact characters of the letter; ``choose_checker(store)`` reads the Settings page and
the environment; ``spelling.suggest`` computes corrections for one word on request.
"""

from clearnotice.grammar.checker import CheckerFailure, GrammarChecker, Problem
from clearnotice.grammar.choice import CheckerChoice, choose_checker, save_choice
from clearnotice.grammar.service import GrammarReport, GrammarService

__all__ = [
    "CheckerChoice",
    "CheckerFailure",
    "GrammarChecker",
    "GrammarReport",
    "GrammarService",
    "Problem",
    "choose_checker",
    "save_choice",
]
