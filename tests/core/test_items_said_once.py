"""Short made-up letters in plain text (headings as lines, lists, a table pasted with tabs, a
question-and-answer FAQ, a sign-off) where each of the weak checklist items is said only once,
in the place real notices put it: a FAQ answer under its question, a list item under its
heading, a table row. A letter of near misses only (containment, an inquiry, a regulator told,
"remain vigilant", the monitoring offer, a no-reply line) must find none of them. Written from
tests/corpus/GUIDE.md's definitions, not from corpus letters (issue 13, round s38-items)."""

from __future__ import annotations

import pytest

from tests.core.test_checklist_families import found

HOW = "content.how-it-happened"
INFORMATION = "content.information-involved"
PREVENTION = "content.prevention"
READER = "content.reader-actions"
CONTACT = "content.contact"
WEAK_ITEMS = (HOW, INFORMATION, PREVENTION, READER, CONTACT)

# A UK council's e-mail, told as questions and answers
COUNCIL_FAQ = (
    "Subject: A mistake involving your council tax letter\n\n"
    "Dear Resident,\n\n"
    "We are writing to tell you about a mistake involving your council tax account.\n\n"
    "Frequently asked questions\n\n"
    "What happened?\n"
    "On 4 March a letter meant for your household was posted to another household.\n\n"
    "What information was involved?\n"
    "Your name, address and council tax account number.\n\n"
    "Why did this happen?\n"
    "A member of staff picked the wrong address from the list when printing the letters.\n\n"
    "What are you doing about it?\n"
    "All council tax letters are now checked by a second officer before they are posted.\n\n"
    "What should I do?\n"
    "Be wary of anyone who calls about your council tax and asks for your card details.\n\n"
    "Who can I speak to?\n"
    "Ring our council tax team on 01632 960 555, Monday to Friday.\n\n"
    "Yours faithfully,\n"
    "Revenues Manager\n"
)

# A US school district's notice: the items as list items under the usual headings, the line for
# questions as a labelled row
SCHOOL_LISTS = (
    "NOTICE OF DATA SECURITY INCIDENT\n\n"
    "Dear Parent or Guardian:\n\n"
    "What Happened\n"
    "On January 9, 2026, someone got into a staff member's email account after the staff "
    "member typed their password into a fake sign-in page.\n\n"
    "What Information Was Involved\n"
    "- Student names\n"
    "- Student ID numbers\n"
    "- Dates of birth\n\n"
    "What We Are Doing\n"
    "- We reset the staff member's password.\n"
    "- Every staff account now needs a second sign-in step.\n\n"
    "What You Can Do\n"
    "- Watch for emails that ask for your child's login details.\n\n"
    "For More Information\n"
    "Questions: (555) 301-2200, 8 a.m. to 4 p.m.\n\n"
    "Sincerely,\n"
    "Superintendent\n"
)

# An Australian web shop's e-mail: the items as rows of a table pasted with tabs
SHOP_TABLE = (
    "Important information about your order details\n\n"
    "Hello,\n\n"
    "Last week criminals attacked our online store.\n\n"
    "What\tDetail\n"
    "How it happened\tThe attackers took advantage of an outdated plugin on our website.\n"
    "Information involved\tNames, delivery addresses and order histories\n"
    "What we have changed\tThe plugin has been removed and our site now installs updates "
    "automatically.\n"
    "Your next steps\tConsider requesting a copy of your credit file from Equifax, Experian "
    "or illion.\n"
    "Help\tEmail help@acme.com.au or call 1300 555 777.\n\n"
    "Kind regards,\n"
    "The Acme team\n"
)

# Near misses only, in the same places: none of the weak items is said
NEAR_MISSES = (
    "Notice of a data incident\n\n"
    "Dear Customer,\n\n"
    "On 2 May we found that someone had got into our systems. We are investigating how this "
    "happened.\n\n"
    "What we are doing\n"
    "- We took the affected server offline.\n"
    "- We have reported the matter to the Information Commissioner's Office.\n\n"
    "What you can do\n"
    "- Please remain vigilant.\n"
    "- Enrol in the free credit monitoring using the code above.\n\n"
    "This email was sent from noreply@acme.com. Please do not reply to this email.\n\n"
    "Regards,\n"
    "Acme Ltd\n"
)

SAID_ONCE = {"council-faq": COUNCIL_FAQ, "school-lists": SCHOOL_LISTS, "shop-table": SHOP_TABLE}


@pytest.mark.parametrize("item", WEAK_ITEMS)
@pytest.mark.parametrize("letter", sorted(SAID_ONCE))
def test_an_item_said_once_in_a_faq_list_or_table_is_found(letter, item):
    assert found(item, SAID_ONCE[letter]), f"{letter}: {item} missed"


@pytest.mark.parametrize("item", WEAK_ITEMS)
def test_a_letter_of_near_misses_says_none_of_the_weak_items(item):
    assert not found(item, NEAR_MISSES), f"{item} taken from a near miss"
