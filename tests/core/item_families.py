"""Checklist items said as breach notices in general say them (issue 13), written from what
tests/corpus/GUIDE.md means by each item rather than from the tune letters' wordings: the many
ways an organisation advises the reader, offers a line for questions, tells the route in, the
lasting change, the date and the data, with look-alikes that must not count. None is a quote of
a corpus letter. tests/core/test_checklist_families.py runs them with the other families."""

READER = "content.reader-actions"
CONTACT = "content.contact"

# family: (item, sentences that carry it, sentences that do not)
ITEM_FAMILIES = {
    # GUIDE.md, reader actions: a concrete step, however politely the organisation advises it
    # ("we would recommend", "we are asking all customers to"); what it did itself is no step
    "reader-advised-in-any-voice": (
        READER,
        [
            "We would recommend that you review your bank statements.",
            "We'd encourage you to change your password.",
            "We are recommending that all customers change their passwords.",
            "We ask that you monitor your account statements for unusual activity.",
            "We invite you to place a fraud alert on your credit file.",
            "We kindly request that you reset your password.",
            "We want to remind you to check your statements for charges you do not recognise.",
            "We highly recommend that you enable two-factor authentication.",
            "We always recommend using a unique password for each account.",
            "We would advise you to be cautious of calls from people claiming to be from the bank.",
            "As a precaution, we are asking all users to reset their passwords.",
            "We are advising customers to look out for suspicious emails.",
            "We are encouraging everyone to report suspicious calls to Action Fraud.",
        ],
        [
            "We asked our IT team to reset all staff passwords.",
            "We reminded staff to change their passwords.",
            "We are working with the bank to review statements.",
            "We have advised the police.",
            "We recommend that you stay alert.",
            "Our staff checked every account for unusual activity.",
        ],
    ),
    # GUIDE.md, reader actions: "check credit reports", "be wary of calls or e-mails that ask for
    # details", a new password of the reader's own
    "reader-report-password-verify": (
        READER,
        [
            "You are entitled to one free credit report every year from each credit reporting "
            "agency.",
            "You have the right to obtain a free copy of your credit report.",
            "Consider using a different password for each of your online accounts.",
            "Verify any request to change payment details by calling a number you already know.",
            "Confirm unexpected invoices by phoning the supplier on a number you trust.",
        ],
        [
            "We reviewed our credit reporting practices.",
            "We verified the vendor's identity by calling them.",
            "We have placed additional monitoring on our systems.",
        ],
    ),
    # GUIDE.md, contact: a line set up for the reader's questions; never the address a message
    # was sent from
    "contact-line-set-up-not-sender": (
        CONTACT,
        [
            "A toll-free number has been set up: 1-866-555-0123.",
            "A call centre has been set up for affected customers on 0800 555 0101.",
            "If you need assistance, please call 1-844-555-0100 between 8 am and 5 pm.",
            "Representatives are available to answer your questions at 1-888-555-0188.",
        ],
        [
            "This email was sent from noreply@example.com.",
            "Please do not reply to this message; it was sent from an unmonitored mailbox.",
            "If you have questions, please call the number below.",
            "Example Health, 12 Main Street, Springfield.",
        ],
    ),
}
