"""Benchmark of the guidance review, beside proselint's default checks on the same letter.

Prints the median time, in a warm process, of the full review (readability, every rule of the
guidance and of every jurisdiction ClearNotice knows, the checklist, tone, conflicts and the skim
preview) of a 450-word letter it has not seen before, of the same review after an edit to one
paragraph, and of proselint's default checks of the same letter. Every run uses a new variant of
the letter (a fresh reference number, dates and amounts), and before each "new letter" run the
per-block caches (ours and the readability module's) are emptied, so no part of it has been
seen: only what a warm process keeps for every letter (compiled rules, the pronunciation
dictionary) is warm. The variants share their wording, so what a warm process keeps for a
wording (a narrowed alternation's compiled pattern) is warm for them too; the last row reviews
real letters of the corpus, each once, in the same warm process, as a user pasting new letters
would have them reviewed, beside proselint's checks of each.

    .venv/bin/python bench/bench_guidance.py [--runs 30]

Aims (issue 3): new letter <= 60 ms, after a one-paragraph edit <= 10 ms, faster than proselint.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from clearnotice import caches, readability
from clearnotice.guidance import jurisdictions, review

# Every jurisdiction with a profile, as issue 17 asks ("with all jurisdictions selected").
JURISDICTIONS = tuple(profile.code for profile in jurisdictions())

# A letter written for this benchmark (not one of the samples), about 450 words.
LETTER = """\
# Notice of Data Breach

Dear {{{{ customer_name }}}},

We are writing to tell you about a data breach at Lakeside Outdoor Supply that involved your
personal information. We are sorry this happened. Reference {ref}.

## What Happened

On {month} {day}, 2026, our staff noticed that orders were being sent to an address nobody had
asked for. We found that a criminal had tricked an employee with a fake e-mail and used her
password to get into our order system. The criminal could see customer records from {month}
{start}, 2026 to {month} {day}, 2026, and copied some of them. We shut off that access the same day.

## What Information Was Involved

The records included your name, your mailing address, your phone number and the items you
ordered. For about {count} customers they also included the last four digits of a payment card.
Your full card number and your password were not involved.

## What We Are Doing

- We reset every employee password and now require a second step to sign in.
- We are training our staff to spot fake e-mails, starting this week with session {ref}.
- We are working with outside investigators and have reported the crime to the police.
- We are offering you 24 months of free credit monitoring and identity theft protection from
  Northway Credit Watch.

## What You Can Do

- Enroll in your free credit monitoring by June {day}, 2026 at www.example.com/protect with the
  code **LK-{ref}**.
- Watch your bank and card statements, and tell your bank about any charge you do not recognize.
- Be careful with e-mails or calls that ask for your personal information. We will never ask
  for your password by e-mail.
- You can place a free fraud alert or security freeze on your credit file by contacting any of
  the three credit bureaus.

## For More Information

Call us toll-free at 1-800-555-{phone}, Monday to Friday, 8 a.m. to 8 p.m. Eastern time, or
e-mail privacy@example.com. You can also read answers to common questions at
www.example.com/incident. We know this is unwelcome news, and we will do what we can to help.

We know that letters like this one can be worrying. Nothing in it asks you to reply, to pay
anything or to give us any details, and we will never call you to ask for your card number. If
someone does, hang up and call us on the number above.

Our store has served this town for {years} years, and we want to keep your trust. If anything in
this letter is unclear, please call us and a member of our team will talk it through with you.
We would rather answer a question than leave you worried.

Sincerely,

Dana Whitfield
Chief Executive Officer, Lakeside Outdoor Supply
"""

# Real letters never seen by the process: every eighth of the corpus, in a fixed order
CORPUS = sorted((Path(__file__).parent.parent / "tests" / "corpus" / "letters").glob("*.txt"))[::8]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")


def variant(n: int) -> str:
    """The letter with new numbers in every block, so nothing is cached from an earlier run."""
    return LETTER.format(
        ref=f"{40000 + n * 7919 % 60000}",
        month=MONTHS[n % len(MONTHS)],
        day=10 + n % 18,
        start=1 + n % 9,
        count=100 + n * 37 % 900,
        phone=f"{1000 + n * 13 % 9000:04d}",
        years=20 + n % 60,
    )


def edited(text: str, n: int) -> str:
    """``text`` with one paragraph (the closing one) changed."""
    return text.replace(
        "We would rather answer a question", f"We would much rather answer question {n}"
    )


def forget_blocks() -> None:
    """Empty the caches that hold analyses of letters and paragraphs already seen."""
    caches.clear_all()


def timed(function, *args) -> float:
    start = time.thread_time()
    function(*args)
    return (time.thread_time() - start) * 1000


def proselint_check(text: str) -> int:
    """proselint's default checks, registered the way its command line registers them."""
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    return len(LintFile("<bench>", text).lint())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    words = len(variant(0).split())
    # warm up: rule files, the pronunciation dictionary, regex compilation, proselint's checks;
    # two variants, as a narrowing is compiled when asked for a second time (else the first run
    # compiles every narrowing the wording asks for, 5 s of CPU at load 11)
    for n in (-1, -2):
        review(variant(n), JURISDICTIONS)
        review(edited(variant(n), n), JURISDICTIONS)
    proselint_check(variant(-1))
    new, after_edit, proselint, scores = [], [], [], []
    for n in range(runs):
        text = variant(n)
        forget_blocks()
        scores.append(timed(readability.analyse, text))
        forget_blocks()
        new.append(timed(review, text, JURISDICTIONS))
        after_edit.append(timed(review, edited(text, n), JURISDICTIONS))
        proselint.append(timed(proselint_check, text))
    real, real_proselint = [], []
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        real.append(timed(review, text, JURISDICTIONS))
        real_proselint.append(timed(proselint_check, text))
    rows = [
        ("guidance review, new letter", new, "<= 60 ms"),
        ("  of which readability, new letter", scores, "(part of the above)"),
        ("guidance review, one paragraph edited", after_edit, "<= 10 ms"),
        ("proselint default checks, same letter", proselint, "(reference)"),
        (f"guidance review, {len(real)} real letters", real, "(each seen once)"),
        ("proselint default checks, same letters", real_proselint, "(reference)"),
    ]
    found = proselint_check(variant(0))
    print(f"letter: {words} words; {runs} runs; all {len(JURISDICTIONS)} jurisdictions selected")
    print(
        f"proselint flags {found} thing(s) in it; the guidance review flags "
        f"{len(review(variant(0), JURISDICTIONS).findings)} and fills a checklist"
    )
    print(f"{'what':40} {'median ms':>10} {'p90 ms':>8}  aim")
    for name, times, aim in rows:
        p90 = statistics.quantiles(times, n=10)[-1]
        print(f"{name:40} {statistics.median(times):10.1f} {p90:8.1f}  {aim}")
    base = statistics.median(proselint)
    for name, times, reference in (
        ("a new letter", new, base),
        ("a one-paragraph edit", after_edit, base),
        ("a real letter seen once", real, statistics.median(real_proselint)),
    ):
        ratio = statistics.median(times) / reference
        verdict = "faster" if ratio < 1 else "slower"
        print(f"review of {name}: {ratio:.1f}x proselint's time ({verdict} than proselint)")


if __name__ == "__main__":
    main()
