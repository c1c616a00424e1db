"""Checklist items said as breach notices in general say them (issue 13), written from what
tests/corpus/GUIDE.md means by each item rather than from the tune letters' wordings: the many
ways an organisation advises the reader, offers a line for questions, tells the route in, the
lasting change, the date and the data, with look-alikes that must not count. None is a quote of
a corpus letter. tests/core/test_checklist_families.py runs them with the other families."""

HOW = "content.how-it-happened"
WHEN = "content.breach-date"
DISCOVERY = "content.discovery-date"
INFORMATION = "content.information-involved"
SCOPE = "content.severity-scope"
PREVENTION = "content.prevention"
READER = "content.reader-actions"
CONTACT = "content.contact"

# The paragraph a letter's lines of contact details follow, in the families that need one
_LEAD_IN_OPENING = "We are writing to tell you about a data breach at our clinic.\n\n"

# The sentence telling a breach that the near-misses of a family follow, so their words stand
# where a letter puts them (round s25-scope)
_BREACH_TOLD = "An intruder accessed our systems and copied files. "

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
    # GUIDE.md, contact: a way to reach the organisation offered for help, whatever the verb's
    # form ("by calling ...")
    "contact-offered-by-calling": (
        CONTACT,
        [
            "Please let us know if you receive a statement that is not yours by calling 0800 555 "
            "0177.",
            "You can get help by emailing support@example.com.",
            "Customers who are concerned can speak to our team on 0800 555 0111.",
            "Our privacy team can be contacted at privacy@example.com.",
        ],
        [
            "We are calling every affected customer.",
            "Avoid calling numbers given in unexpected emails.",
            "We will never speak to you about your password on 0800 555 0111.",
            "You may be contacted by scammers claiming to be from 0800 555 0111.",
        ],
    ),
    # GUIDE.md, how: "a fake (phishing) e-mail", told by whom it fooled rather than named
    "how-lure-told-by-whom-it-fooled": (
        HOW,
        [
            "A payroll employee received an email that appeared to come from our finance "
            "director asking for copies of staff tax forms.",
            "Our accounts team answered a message that claimed to be from a supplier.",
            "Believing the request was genuine, the employee replied with the files attached.",
            "A receptionist took a phone call from someone pretending to be a patient's doctor.",
        ],
        [
            "You may receive emails that appear to come from us.",
            "If you receive a message that claims to be from us, do not reply.",
            "Be careful with any call that claims to come from your bank.",
            "We received an email from the attackers demanding a ransom.",
        ],
    ),
    # GUIDE.md, breach date: "a single day of the act", told of a slip in the passive
    "breach-date-day-of-a-slip": (
        WHEN,
        [
            "On Monday 3rd June, a spreadsheet of student details was shared with a group of "
            "parents in error.",
            "On 12 May the letters were mistakenly mailed to the wrong addresses.",
            "On April 4, a file was accidentally attached to an email to another client.",
        ],
        [
            "This letter was sent on 3 June.",
            "On 12 May we mailed letters to everyone affected.",
            "On April 4 we found that a file had been attached to an email in error.",
        ],
    ),
    # GUIDE.md, information involved: the kinds named, with any verb that shows them; a denial
    # in other words ("were not visible") is not that
    "information-shown-not-denied": (
        INFORMATION,
        [
            "Your statement, which shows your name, address and policy number, may have been "
            "received by another customer.",
            "The page displayed the name and delivery address of another customer.",
            "The letters listed each patient's date of birth.",
        ],
        [
            "Your card details and passwords were not visible to the attackers.",
            "No payment card details, passwords or phone numbers were visible.",
            "Card numbers are not stored in customer accounts.",
        ],
    ),
    # GUIDE.md, severity and scope: what it reached and what it did not, said with where
    "scope-where-it-was-not-and-systems-named": (
        SCOPE,
        [
            "Your Social Security number and financial information were not on the laptop.",
            "Card numbers were not part of the stolen files.",
            "The attack affected our IT systems, including email and the student records system.",
            "The incident disrupted several services, such as online booking and payments.",
        ],
        [
            "We do not know whether your details were on the laptop.",
            "The attack may have affected systems such as email.",
            "Our systems include email and the student records system.",
        ],
    ),
    # GUIDE.md, prevention: a lasting change said of the organisation by name; the first moves
    # against this attack ("immediately took steps to secure our systems") are containment
    "prevention-rebuilt-not-first-moves": (
        PREVENTION,
        [
            "The city has since rebuilt its network with stronger protections.",
            "The practice has now installed new firewalls on every computer.",
            "The council has upgraded its systems with multi-factor authentication.",
            "We promptly secured the network and are implementing stronger password rules.",
            "We immediately took steps to secure our systems and have since added multi-factor "
            "authentication.",
        ],
        [
            "We immediately took steps to secure our systems and engaged a forensic firm.",
            "We quickly moved to contain the incident.",
            "We took action to secure the affected server.",
            "Our IT team promptly shut down the affected systems.",
        ],
    ),
    # GUIDE.md, how: the route in, in the forms notices use for the common routes (a lure, a
    # reused password, a file that carried harm, records out of date, an insider selling data,
    # papers dropped; not a skimmer, which names the place: GUIDE.md)
    "how-common-routes": (
        HOW,
        [
            "Staff received a fraudulent email that asked them to confirm their passwords.",
            "The hacker logged in using a password the employee had also used on another website.",
            "The malware got onto our network through an infected email attachment.",
            "A staff member downloaded a program that contained malicious software.",
            "Letters were sent to old addresses because our mailing list had not been updated.",
            "A worker at the call centre sold customer details to criminals.",
            "A box of documents fell off a delivery truck.",
        ],
        [
            "Be wary of fake emails that ask you to confirm your password.",
            "Never reuse a password you have used on other websites.",
            "Do not open infected attachments or links from people you do not know.",
            "Check card readers for skimmers before you pay.",
            # a skimmer names the place and the kind, not the route (GUIDE.md, how it happened)
            "Criminals installed a skimming device on one of our fuel pumps.",
            "A card skimmer had been attached to the payment terminal.",
            "We have not sold customer details to anyone.",
            "Our payment provider's systems were not affected.",
        ],
    ),
    # GUIDE.md, how: a route word in a sentence that tells no route: looking for weaknesses, a
    # denial, scams to come, passwords kept unreadable, when a slip was found, an earlier letter
    "how-route-words-without-a-route": (
        HOW,
        [
            "Due to a configuration error, the storage folder could be viewed by anyone.",
            "The attackers used a stolen password to log in to our email system.",
        ],
        [
            "We worked with a forensic firm to identify any vulnerabilities.",
            "Your password was not compromised.",
            "Scammers are posing as our staff on the phone.",
            "Any caller posing as our staff should be reported to us.",
            "You may receive phishing emails using your name.",
            "The stolen passwords were encrypted.",
            "The error was found by a member of staff on 3 March.",
            "We mistakenly said in our first letter that card numbers were involved.",
        ],
    ),
    # GUIDE.md, breach date: "an estimated date ('in late May 2021')", told by a season, a part
    # of a year or a range of years; the day a lure was opened. The years of the records, of the
    # organisation or of the finding are not that
    "breach-date-estimated-by-year": (
        WHEN,
        [
            "In the summer of 2022, a criminal gained access to our customer database.",
            "Sometime in 2021, a former employee copied patient records.",
            "Criminals accessed our network in late 2023.",
            "The data was exposed between 2018 and 2020 because of a setting on our server.",
            "The phishing email was opened on 1 March 2024.",
        ],
        [
            "We have served customers since 1998.",
            "Patients who visited between 2015 and 2019 may be affected.",
            "In 2023 we discovered that criminals had accessed our network.",
            "Our investigation in 2024 found that files were accessed.",
            "Never open a phishing email, as we said on 1 March 2024.",
        ],
    ),
    # GUIDE.md, prevention, round s29-prev (a paraphrase sweep written from the guide's meaning,
    # not from letters): a safeguard switched on or watching brought in, one that now runs, staff
    # bound by a new rule or to be trained, a check that now holds, software brought up to date,
    # the route used to get in shut, systems kept apart, the weak part replaced or retired, a
    # review's advice acted on; never stopping this attack (the intruder's access removed, a
    # fake site blocked, a server restored from backup), a page of questions, a possibility or
    # wish, the call centre or a line for questions, a change made to find those affected or
    # only for now, the reader's card or account, a stolen thing replaced, or the account the
    # attacker was in
    "prevention-plain-english-sweep": (
        PREVENTION,
        [
            "We've turned on two-factor authentication for our online portal.",
            "Multi-factor authentication has been switched on for all employee accounts.",
            "Logging has been enabled on all our cloud accounts so unusual activity is "
            "spotted sooner.",
            "We have brought in 24/7 security monitoring of our network.",
            "New anti-virus software now runs on all of our computers.",
            "All staff must now confirm their identity with a code sent to their phone.",
            "Staff will only be able to access email from company devices.",
            "Every member of staff will attend a data protection workshop in the coming weeks.",
            "We are going to train all of our staff to recognise scam emails.",
            "Any change to bank details will now be confirmed by a phone call to a known number.",
            "Connections from unknown devices are now blocked.",
            "We brought all of our software up to date.",
            "We have put a process in place to install security updates as soon as they are "
            "released.",
            "The entry point used by the intruder has been sealed.",
            "We have disabled the old remote desktop connection that the attacker exploited.",
            "We have shut down the remote access service that was used to get in.",
            "We have removed the public link to the folder.",
            "We have separated our payment systems from the rest of our network.",
            "We are replacing our old email platform with a modern, more secure system.",
            "We have redesigned the checkout page so that card details are never stored on "
            "our servers.",
            "Our developers have rewritten the part of the website that was at fault.",
            "We have taken the old server out of service for good.",
            "We deleted old customer records that we no longer needed.",
            "Once our review is complete, we will put its recommendations into effect.",
            "We have replaced the stolen laptops with new encrypted ones.",
            "We have installed new firewalls and will write to everyone affected.",
        ],
        [
            "We removed the intruder's access within hours.",
            "We have blocked the fraudulent website.",
            "We rebuilt the affected server from a clean backup and brought it back into service.",
            "We have added a list of frequently asked questions to our website.",
            "We could look at ways of improving our systems.",
            "What We Are Doing\n\nWe hope to make improvements when funding allows.",
            "What We Are Doing\n\nWe have added more staff to our helpline to answer your "
            "questions.",
            "What We Are Doing\n\nThe attacker installed malicious software on our server.",
            "We have set up credit monitoring for you.",
            "Your card is now blocked.",
            "The compromised account is now blocked.",
            "We disabled the account the attacker used to get in.",
            "Our payment systems are separate from the network that was accessed.",
            "We are replacing affected cards with new ones.",
            "The attackers replaced our files with encrypted copies.",
            "Users must now log in again to the portal.",
            "Staff must now work from home while the office is closed.",
            "You can turn on two-factor authentication in your account settings.",
            "We have added extra resources to our customer service team.",
            "We have implemented a process to notify affected individuals.",
            "We have installed new software to help us identify affected records.",
            "We have installed a temporary server while our main system is repaired.",
            "We have added a banner to our website about the incident.",
            "The bank has introduced new checks on your account.",
            "We have upgraded your account to our premium protection plan at no cost.",
            "We have replaced the stolen computers.",
            "What We Are Doing\n\nWe have implemented our incident response plan and engaged "
            "outside experts.",
            "What We Are Doing\n\nWe have introduced a new phone line for enquiries.",
            "We have not separated the two systems.",
        ],
    ),
    # GUIDE.md, prevention: "a lasting change to systems, rules, training, staff or vendors",
    # said in the passive, of staff, of access or of settings; never the first moves against the
    # attack or a change the attacker made
    "prevention-lasting-change-in-any-voice": (
        PREVENTION,
        [
            "Multi-factor authentication is now required for remote access to our network.",
            "Company laptops are now encrypted.",
            "Employees have completed additional training on recognizing phishing emails.",
            "Staff who handle patient records will receive refresher training on our policies.",
            "We have added 24/7 monitoring of our systems.",
            "We have reviewed who has access to patient records and removed access that was not "
            "needed.",
            "Access to the database is now restricted to a small number of staff.",
            "We have enhanced our email filtering to block malicious messages.",
            "Our firewall rules have been tightened.",
            "The misconfigured server has been secured and its settings corrected.",
            "The employee involved has been retrained.",
        ],
        [
            "The employee is no longer with the company.",
            "Your account is now restricted.",
            "You will be required to reset your password.",
            "The settings were changed by the attacker.",
            "We immediately disabled the compromised account.",
            "We have restored our systems from backups.",
            "We recalled the misdirected letters.",
            "The unauthorized user was locked out of the system.",
            "Our systems are protected by firewalls and antivirus software.",
        ],
    ),
    # GUIDE.md, information involved: the kinds named, by what held them or what captured them;
    # a kind only supposed ("if your card number was involved") is not that
    "information-held-or-captured": (
        INFORMATION,
        [
            "Your name and credit card number may have been captured.",
            "The personal information in the files was your name, home address and National "
            "Insurance number.",
            "The spreadsheet had the names and grades of 120 students.",
            "The stolen laptop stored patient names, dates of birth and medical record numbers.",
        ],
        [
            "If your card number was involved, we will let you know.",
            "If any of your details were included, we will write to you again.",
            "We have your address on file.",
            "Please have your date of birth ready when you call.",
        ],
    ),
    # GUIDE.md, information involved: "the kinds of personal information involved, named"; the
    # same words used of something else are not that: a kind out of reach, a password changed or
    # to choose, the help line's number, what we never ask for, the inquiry into what was there,
    # the data we mean to protect, treatment as care
    "information-not-the-same-words-elsewhere": (
        INFORMATION,
        [
            "The e-mail addresses of everyone on the list were CC'd.",
            "The attacker could see customers' names and card numbers.",
            "The file held the home addresses of 200 tenants.",
        ],
        [
            "Rest assured that card details cannot be accessed through the app.",
            "Your account passwords were reset by our team as a precaution.",
            "Please choose a new password for your account.",
            "Call our toll-free helpline phone number below with questions.",
            "We will never ask for your bank details or PIN by e-mail.",
            "We reviewed the mailbox to determine what personal and health information was in it.",
            "To protect patient information in the future, we replaced the server.",
            "Patients who required urgent treatment were seen at other hospitals.",
            "The spam was written to make it seem as if the sender had your address.",
        ],
    ),
    # GUIDE.md, information involved: a kind the reader is asked for, or reached at, in a
    # paragraph about the breach is not a kind involved
    "information-asked-for-is-not-involved": (
        INFORMATION,
        [
            "Some records were accessed. They included your name and account number.",
            "Files were copied from our server. The files held dates of birth and addresses.",
        ],
        [
            "Some customer records were accessed. Please have your account number ready when "
            "you call us.",
            "The attacker copied some files. To enrol, you will need to provide your name and "
            "date of birth.",
            "Files were taken. The credit bureaus will ask for your Social Security number.",
            "Some data was stolen. Fraudsters may ask for your bank details, so be careful.",
            "Some data was stolen. We will contact you at the email address we hold for you.",
        ],
    ),
    # GUIDE.md, how: "malicious code on our checkout page" is the attack without its route, and
    # removing it is the response; a slip against the rules, or data sent to a personal address,
    # is the cause
    "how-code-planted-is-not-a-route": (
        HOW,
        [
            "Using a stolen password, the attacker inserted malicious code into our website.",
            "The employee did this to work on the file from home, which is against our policies.",
            "One of our employees sent an email with an attachment that contained member "
            "information to a personal email address.",
        ],
        [
            "An unauthorized party inserted malicious code into the checkout page of our online "
            "store.",
            "Criminals placed malicious code on our payment page.",
            "We removed the malicious code and have strengthened the security of our website.",
            "It is never against our policies to ask for help.",
        ],
    ),
    # GUIDE.md, breach date: the day someone told the organisation is not the day of the act;
    # the day of a slip that moved data out is
    "breach-date-not-the-day-we-were-told": (
        WHEN,
        [
            "On July 18, 2022, one of our employees sent a file with member information to a "
            "personal email address.",
            "On 5 May an employee copied patient files without permission.",
        ],
        [
            "On February 2, 2024, our vendor told us that an attacker had gained access to its "
            "systems.",
            "On 3 March, the bank informed us that some cards had been stolen.",
            "On 5 May we sent letters to our members' personal email addresses.",
        ],
    ),
    # GUIDE.md, severity and scope: "which systems, files or kinds of information it ... did not
    # reach", said of what a thing never held
    "scope-never-held": (
        SCOPE,
        [
            "The server never held any bank or payment information.",
            "The stolen laptop did not store any patient records.",
        ],
        [
            "We never hold on to card numbers for longer than needed.",
            "We do not know whether the server held any bank information.",
        ],
    ),
    # GUIDE.md, prevention: a lasting check of the rest, so the same weakness is not elsewhere
    "prevention-sweep-of-the-rest": (
        PREVENTION,
        [
            "We carried out a full review of all our servers to make sure no others are out of "
            "date.",
            "We are auditing every one of our vendors to ensure they protect your data.",
        ],
        [
            "We reviewed all of the affected files to identify whose information was involved.",
            "We checked every account to see whether it had been accessed.",
        ],
    ),
    # GUIDE.md, how: "theft or loss of a device or papers" (papers taken out by staff, a device
    # lost however long its description, a thing named as missing) and "a stolen or guessed
    # password" (one reused on other sites)
    "how-papers-taken-or-missing": (
        HOW,
        [
            "A receptionist was found to have taken patient files home without returning them.",
            "A former nurse admitted she had removed appointment records without permission.",
            "A laptop used by our finance team to store payroll spreadsheets was lost last week.",
            "The missing folder held the names and addresses of 40 tenants.",
            "The attacks worked because some customers used the same password on other websites.",
        ],
        [
            "Please do not use the same password on other websites.",
            "We recommend using the same care with passwords on all your accounts.",
            "No documents were taken home.",
            "If a document goes missing, tell your manager.",
            "The inspection found nothing missing from the office.",
        ],
    ),
    # GUIDE.md, prevention: "a lasting change to systems, rules, training, staff or vendors ...
    # or the route in closed", said in the ways the earlier families did not know
    "prevention-change-undone-or-under-way": (
        PREVENTION,
        [
            "We rolled back the software update that caused the fault.",
            "The school has reverted the setting that made the folder public.",
            "This incident has led to improvements in our record-keeping procedures.",
            "The trust will be strengthening its processes for sending bulk letters.",
            "Our networks have since undergone significant upgrades.",
            "Our payment systems are constantly reviewed and have undergone extensive upgrades.",
            "We acted to contain it, including deploying new threat detection software.",
            "The consultant will help us make the changes needed to strengthen our firewalls.",
        ],
        [
            "We reverted to paper records while the systems were offline.",
            "The attack led to delays in our appointment bookings.",
            "We are investigating how the change was made.",
            "We took the server offline to contain the attack.",
            "You can make changes to strengthen your own passwords.",
        ],
    ),
    # GUIDE.md, prevention, round s30-prev: the lasting change in the forms tune found only by
    # luck elsewhere in a letter (the steps named before who took them, improvements in named
    # parts of the work, the work's rules reviewed or rewritten, another body's recommendations
    # put into effect, the cause put right, harm kept off next time, the procedure changed);
    # never what only looked like one on tune: a framing with no step, a safeguard from before,
    # the intruder's work removed, "stop it", tokens or staff passwords reset, "secure" naming
    # where things are kept, an upgrade named as when it went wrong, a repeat judged unlikely,
    # advice another body gave, an everyday striving, nor a fix to come or a possibility
    "prevention-right-by-luck-on-tune": (
        PREVENTION,
        [
            "Below are the actions we've taken to add to the security of our website.",
            "The department will make improvements in various areas, including records "
            "management and staff training.",
            "The office will review the procedures for sending post.",
            "Managers have revised the workflow for printing patient letters.",
            "The ministry is developing a new data-sharing protocol.",
            "All of the auditor's recommendations have already been implemented.",
            "We are working to implement the regulator's recommendations.",
            "The supplier remedied the underlying cause of the exposure within an hour.",
            "The printing error was deemed to be fixed by noon.",
            "Staff are taking refresher courses to avoid future mistakes.",
            "We have taken corrective action to minimise the chance of future errors.",
            "We are looking at ways to block attacks like this one.",
            "While we continue to investigate, we are building stronger defences against future "
            "attacks.",
            "We immediately changed our procedure and now hand every parcel over at the post "
            "office counter.",
        ],
        [
            "As an additional security precaution, we have suspended all online accounts.",
            "As an additional measure of protection, the company has frozen the accounts involved.",
            "Most of the affected accounts date from before our enhanced security controls.",
            "We removed the infection from our network.",
            "We removed the script that had been injected into our payment page.",
            "Our team traced the intrusion and managed to stop it.",
            "We invalidated all of the current login tokens and signed everyone out.",
            "We have also changed all other staff usernames and passwords.",
            "We keep them in a highly secure part of our network.",
            "After a routine upgrade to our backup servers, a setting error exposed the files.",
            "The likelihood of a recurrence is now judged to be very low.",
            "The chance of this happening again is very small.",
            "The regulator made several recommendations to the trust to prevent a similar "
            "incident.",
            "We are always working on improvements to our security systems, but the best "
            "protection is your own care.",
            "We are investigating the cause of the breach.",
            "Once the error is fixed, the service will return.",
            "We have not yet fixed the fault.",
            "The regulator has made recommendations that we are considering.",
            "We may make changes to our procedures.",
            "Our investigators will review all the processes the attacker touched.",
            "You should review all the privacy settings on your account.",
            "Criminals use attacks like this to steal card numbers.",
            "Here are the steps you can take to strengthen your account security.",
            "If the auditor makes recommendations, we will consider them.",
            "The attackers have not been stopped, and we cannot rule out future attacks.",
        ],
    ),
    # GUIDE.md, prevention, round s30-prev: the whole letters' false findings on tune, as
    # families: a party described by what it was hired for, a plan for answering a breach, the
    # service put back, "remediated the issue", steps "to further contain and secure", a noun
    # taken for the verb, a change made years before, the intruder's software "being
    # installed", a commitment with no step; a commitment beside a step still counts, and
    # additional steps being put in count
    "prevention-whole-letter-false-findings": (
        PREVENTION,
        [
            "We are committed to preventing this in the future and have added a second sign-in "
            "step.",
            "We are committed to taking every step needed so that this does not happen again.",
            "Two years ago our systems were attacked; since then we have installed new firewalls.",
            "The hospital is implementing additional steps to protect e-mails sent to groups of "
            "patients.",
        ],
        [
            "A contractor hired to help us upgrade our network lost a memory stick.",
            "We have put in place procedures to deal with any suspected security incident.",
            "We are working to fix this problem right now and expect everything to be back to "
            "normal shortly.",
            "We disabled the portal and remediated the issue on the website.",
            "We took steps to further contain and secure the affected parts of the network.",
            "We found that the encryption software on the laptop had been switched off by mistake.",
            "Several years ago, we began using card terminals that encrypt payment data.",
            "The trust's investment in recent years to strengthen its cyber security meant the "
            "attack was spotted quickly.",
            "We found evidence of malware being installed on some of our servers.",
            "We are committed to preventing incidents like this in the future.",
            "We are implementing additional measures to contain the attack.",
        ],
    ),
    # GUIDE.md, prevention, round s30-prev: the latent misses of tune as plain-English families:
    # a sweep of the rest to find and fix weaknesses, the organisation's own file shown on a
    # public place before it was taken off, the way in put right once found; never the stolen
    # files taken down, a page taken off only while a fault is fixed, the reader's details, a
    # way in not yet secured, nor a review of the records to find those affected
    "prevention-latent-on-tune": (
        PREVENTION,
        [
            "With the help of outside experts, the company is reviewing all other IT systems and "
            "its security tools to identify and mitigate possible vulnerabilities.",
            "The list was accessible through the council's website for several hours before it "
            "was removed.",
            "The spreadsheet was visible on our public portal for two days before it was taken "
            "down.",
            "The way in that the intruder used has been found and secured.",
            "The entry point has since been located and reconfigured.",
        ],
        [
            "The stolen files were available on a hacker forum for a week before they were "
            "removed.",
            "The page was visible on our website until it was removed while we fix the fault.",
            "Your details were visible on the site before the page was refreshed.",
            "The entry point has not been secured.",
            "Investigators are reviewing all of the affected records to identify and notify "
            "those involved.",
        ],
    ),
    # GUIDE.md, reader actions: "be wary of calls or e-mails that ask for details", said as
    # awareness or as what the reader should not do; the organisation's own report to the police
    # and what an attacker could not do are no step
    "reader-aware-and-should-not": (
        READER,
        [
            "Please be aware of phone calls from people claiming to be from the bank.",
            "You should never give your PIN to anyone who calls you.",
            "We urge customers not to click on links in unexpected texts.",
            "Be especially aware of e-mails that ask you to confirm your details.",
        ],
        [
            "The hospital has reported the incident to the police.",
            "The attacker would not have been able to change your password.",
            "We are aware of the incident.",
            "We decided not to share the file.",
            "Staff should not have opened the attachment.",
            "The council contacted the recipients, asking them to delete the message.",
            "The school then sent a second e-mail asking recipients to delete the first message.",
        ],
    ),
    # GUIDE.md, reader actions: vigilance with a named target in any form of the verb is a step;
    # our own review of the accounts reached and a reader's question set as a heading are not
    "reader-vigilant-not-our-review": (
        READER,
        [
            "We recommend remaining vigilant against phishing emails and unexpected calls.",
            "Staying vigilant for unusual charges on your statements will help.",
        ],
        [
            "We carried out a manual review of the affected email accounts.",
            "Q: Do I need to change my passwords?",
        ],
    ),
    # GUIDE.md, contact: "updates will be posted on our website", said of the organisation in the
    # active voice, on its blog or on this very page
    "contact-updates-we-post": (
        CONTACT,
        [
            "We will keep posting updates on our blog as the investigation continues.",
            "We will share the latest information on our website and social media.",
            "We'll keep updating this page as we learn more.",
        ],
        [
            "We read about the attack on a security blog.",
            "The attacker posted the files on a public website.",
            "This page was last updated on 3 May.",
        ],
    ),
    # GUIDE.md, severity and scope: "which systems ... it reached", told as partial access or as
    # everyone's records reached
    "scope-limited-or-everyone": (
        SCOPE,
        [
            "The intruder gained limited access to one of our file servers.",
            "The spreadsheet that was sent out contained the payslips of every employee.",
            "Every member account could have been accessed.",
            "By mistake, all the email addresses of the recipients were visible to one another.",
            "A small subset of the stolen passwords was cracked and posted online.",
        ],
        [
            "We limited access to the building during the repairs.",
            "We are writing to every employee about the new payroll system.",
            "Every customer is welcome to call our helpline.",
            "We will send all the records of the meeting to members.",
            "A small subset of passwords are harder to remember.",
        ],
    ),
    # GUIDE.md, severity and scope: how long (a range of months counts), who it reached told
    # vaguely as the recipients, how much of the whole it reached, the file or list it reached,
    # one mailbox; never the months of the records, the days our systems were offline, a file
    # that could be reached, or our own staff's access
    "scope-months-recipients-file-or-share": (
        SCOPE,
        [
            "The attacker had access to two mailboxes between March and July 2018.",
            "Customer records were exposed from January to April 2022.",
            "The referees' details were shared with a small number of club officials.",
            "The spreadsheet was e-mailed to a handful of other parents.",
            "We do not believe the attacker had access to all of our files and systems.",
            "They were able to access a list of subscribers' e-mail addresses.",
            "The intruder copied a spreadsheet of staff names and salaries.",
            "A criminal got into one Acme Dental, Inc. employee email account.",
        ],
        [
            "We wrote to patients seen between March and July 2018.",
            "Those receiving care from January to April 2022 can ask for their records.",
            "We disconnected the internet so no traffic could reach the network for three days.",
            "If your details were shared with a small number of people, we will tell you.",
            "Staff have access to all of the files they need for their work.",
            "You can download a list of frequently asked questions from our website.",
        ],
    ),
    # GUIDE.md, severity and scope: who only was reached, in the present tense too
    "scope-only-these-in-any-tense": (
        SCOPE,
        [
            "Only customers who ordered online between 1 and 5 May are affected.",
            "Only members who logged in during the outage were affected.",
        ],
        [
            "Only you can decide whether to place a freeze.",
            "Only staff are allowed to open the records room.",
        ],
    ),
    # GUIDE.md, severity and scope: the whole reached, told of places, systems or everyone's
    # papers, counts; the size of our whole business, or a plan for everyone, does not
    "scope-whole-reached-not-our-size": (
        SCOPE,
        [
            "Every employee's payslip was in the file.",
            "The attack affected all of our schools.",
            "The ransomware encrypted every one of our office computers.",
        ],
        [
            "We have 2,000 customers in the region.",
            "We serve over 10,000 patients every year.",
            "We will send a letter to every employee's home address.",
            "Our insurance policy covers all of our schools.",
        ],
    ),
    # GUIDE.md, breach date: "a single day of the act", told beside the day it was found, by the
    # event named with its day, or by the hour on the day of writing; never the dates of the
    # records, nor the day we wrote about it
    "when-same-day-or-event-day": (
        WHEN,
        [
            "On 2 May 2024 we found that a laptop had been stolen from our office earlier that "
            "morning.",
            "On March 9, staff discovered that our servers had been infected with ransomware "
            "earlier that day.",
            "Our booking system was hit by a cyber incident on 4 March 2023.",
            "There was a break-in at our depot on the night of 2 June.",
            "As you may be aware, our booking platform was involved in a cyber incident on 3 May "
            "2023.",
            "Our email system was compromised today at 9.40am.",
            "Two hours ago an employee answered a fake email asking for payroll records.",
            "Members' data could be seen by others between 8am on Monday 3 March and 6pm of "
            "Wednesday 5 March.",
        ],
        [
            "We wrote to you about the incident on 4 March 2023.",
            "We learned of the incident on 4 March 2023.",
            "The file held old records dating back from January 2012 to June 2015.",
            "The drive held details of patients seen in our clinic during the period of April 1, "
            "2017 to March 31, 2018.",
            "Our call centre is open today at 9am.",
            "Our helpline is open between 9am on Monday 3 March and 5pm on Friday 7 March.",
            "Patients who were treated between 8am on 3 March and 6pm on 5 March are affected.",
        ],
    ),
    # GUIDE.md, contact: "a phone number, e-mail address or web page offered for the reader's
    # questions", in any country's number format, with the hours between verb and number, or
    # the message itself to reply to; never the police's, a charity's or a bureau's line
    "contact-any-format-or-reply": (
        CONTACT,
        [
            "If you have questions, please call (02) 9876 5432.",
            "If you have questions, please call 01 234 5678.",
            "If you have questions, please call (800)555-0123.",
            "If you have questions, please call 1-800-YES-HELP.",
            "If you have questions, please call 8885550123.",
            "If you would like to discuss this matter, please telephone us on 01632 960 001.",
            "Please get in touch with our customer service team on 0161 555 0123.",
            "Our customer care team is available 24/7 at 1-800-555-0100.",
            "Representatives are available Monday through Friday from 8:00 a.m. to 8:00 p.m. at "
            "1-833-555-0100.",
            "If you have any questions, please reply to this email and our team will help.",
        ],
        [
            "Please do not reply to this email, as this mailbox is not monitored.",
            "Please do not reply to this message with questions.",
            "If you think you have been a victim of fraud, report it to Action Fraud on 0300 123 "
            "2040.",
            "You can call the police on 101 or visit www.police.uk.",
            "You can reach the Identity Theft Resource Center at 888-400-5530.",
            "To place a security freeze, contact Experian at 1-888-397-3742.",
            "Our records hold 1,234,567 accounts.",
        ],
    ),
    # GUIDE.md, breach date: "an estimated date ('in late May 2021')", told by a month without a
    # day, a part of a month or a named holiday; never a year told from today, our own work in
    # that month, nor the months of the records
    "breach-date-month-or-holiday": (
        WHEN,
        [
            "In May, a criminal accessed our customer database.",
            "The attack occurred at the end of May.",
            "The breach occurred in the first week of June.",
            "Over the Christmas holidays, thieves broke into our office.",
            "On New Year's Day 2024, an attacker encrypted our servers.",
            "During the Easter weekend, our systems were hit by ransomware.",
            "For about two weeks in March 2024, the file was publicly accessible.",
        ],
        [
            "Late last year, a former employee copied customer records.",
            "In May we wrote to every customer about the new system.",
            "In March we discovered that criminals had accessed our network.",
            "Patients who were seen in March are affected.",
            "Our offices are closed over the Christmas holidays.",
        ],
    ),
    # GUIDE.md, breach date: "a single day of the act", with the criminal's act in more verbs or
    # the data put in public; never the day this notice was published, posted or datelined
    "breach-date-more-acts-not-the-dateline": (
        WHEN,
        [
            "Starting on June 3, an attacker sent phishing emails from one of our accounts.",
            "On 3 May the hacker deployed ransomware on our servers.",
            "The file was uploaded to a public site on June 3.",
            "May 1 – 9, 2024: an attacker accessed the server.",
        ],
        [
            "Published on 04 June 2024",
            "LONDON, 4 June 2024 – Acme has been hit by a cyberattack.",
            "June 4, 2024 – Acme announced today that it had been hit by a cyberattack.",
            "This notice was posted on June 4, 2024.",
            "On June 3 we sent letters to everyone whose data the attacker accessed.",
            "On June 3 we completed our review of the files that were accessed.",
            "Between June 3 and June 10 we mailed letters to all affected customers.",
            "The accessed mailbox held emails dating from 2018 to 2023.",
            "This update was uploaded to our website on June 3.",
        ],
    ),
    # GUIDE.md, breach date: the date set before the attack's name, or written with dots; never
    # the days of our own inquiry or a notice named by its date
    "breach-date-named-event-or-dotted": (
        WHEN,
        [
            "The 3 March ransomware attack disrupted our services.",
            "Following the March 3 cyberattack, we restored our systems.",
            "The March 2024 cyberattack affected our patient portal.",
            "On 03.03.2024, an unknown person accessed our server.",
        ],
        [
            "Since our June 3 breach notice, we have answered many calls.",
            "The investigation, which ran from 3 March to 9 April, found no evidence of misuse.",
            "We discovered on 03.03.2024 that our server had been accessed.",
            "Version 1.2.2024 of our app is now available.",
        ],
    ),
    # GUIDE.md, contact: a postal address offered as the way to reach us; never a bureau's
    "contact-postal-offered": (
        CONTACT,
        [
            "Please contact us at: Acme Corp, Attn: Privacy, 123 Main Street, Springfield, IL "
            "62701.",
            "If you need to reach us, our address is 123 Main Street, Springfield, IL 62701.",
        ],
        [
            "Equifax, P.O. Box 105069, Atlanta, GA 30348.",
            "Our offices moved to 123 Main Street, Springfield, IL 62701 last year.",
        ],
    ),
    # GUIDE.md, breach date: "does not count ... only the date it was found", however the
    # finding is told
    "breach-date-not-the-day-it-came-to-light": (
        WHEN,
        [
            "On May 1, 2024, an attacker accessed our network; we observed the activity on May 3.",
        ],
        [
            "On May 3, 2024, we received a report that some customer accounts had been accessed.",
            "On May 3, 2024, it came to our attention that an employee's email account had been "
            "compromised.",
            "On May 3, 2024, it was brought to our attention that documents had been mailed to the "
            "wrong address.",
            "On May 3, 2024, we were advised by our vendor that our data had been stolen.",
            "On May 3, 2024, our security team spotted activity showing that an attacker had "
            "accessed the server.",
            "On May 3, 2024, a security researcher reported to us that our database was exposed.",
            "On May 3, 2024, we uncovered evidence that someone had accessed our network.",
            "On May 3, 2024, a customer reported that their account had been accessed.",
        ],
    ),
    # GUIDE.md, contact: "a ... web page offered for the reader's questions, help or updates",
    # our own FAQ page or site referred to, or an invitation with the number set beside it
    "contact-our-faq-or-invitation-with-number": (
        CONTACT,
        [
            "We have published a list of frequently asked questions on our website.",
            "Answers to common questions are on our website.",
            "You can find more details in the FAQs on our website.",
            "Please refer to our website for further information.",
            "If you have any questions, please get in touch.\nTel: 0800 123 4567",
        ],
        [
            "More information about identity theft is in the FAQs on the FTC website.",
            "If you have any questions, please get in touch.",
            "Please refer to the enclosed sheet for further information.",
            "Our website was offline for two days.",
        ],
    ),
    # GUIDE.md, breach date: the date as a form's field, or the hours others could see it on a
    # day; never the discovery's field, nor a possibility
    "breach-date-field-or-seen-by-others": (
        WHEN,
        [
            "The date of the breach was 1 May 2024.",
            "Date of breach: 1 May 2024. We are writing to tell you what happened.",
            "For roughly six hours on 1 May, customer details could be seen by other users.",
            "Between 9:15 and 11:30 am on 1 May, other users could see your account details.",
        ],
        [
            "Date of discovery: 10 May 2024. We are writing to tell you what happened.",
            "On 10 May we found that other users could see some account details.",
            "From 1 May you can see your account details in the app.",
            "From 1 June customers can view their statements online.",
        ],
    ),
    # GUIDE.md, breach date: the date of the act, told after the finding that reports it ("we
    # found that files may have been accessed in 2019") or as the day a system was struck or an
    # organisation fell victim, whoever the subject; never the day we found out, wrote or put it
    # right, nor the day an earlier incident was made known
    "breach-date-after-the-finding-or-any-subject": (
        WHEN,
        [
            "Our review found that files may have been accessed in 2019.",
            "We learned that there had been unauthorised access to the network since 2016.",
            "The intrusion was confirmed to have taken place on 28 September.",
            "We determined that an attacker had access to two mailboxes between March and July "
            "2021.",
            "On 10 October our servers were disabled by a criminal group.",
            "On 4 July 2018, Acme experienced a network intrusion.",
            "On 28 October 2023, the library was the victim of a cyber attack.",
        ],
        [
            "We found that patients treated in 2019 were among those affected.",
            "On 28 October 2023 we mailed notifications to everyone affected by the incident.",
            "Files were not taken in the attack, but on 1 May we concluded that records may have "
            "been stolen.",
            "This afternoon we arranged for the letters that were misaddressed to be collected.",
            "We learned that the attacker used data from an incident we disclosed in August 2022.",
        ],
    ),
    # GUIDE.md, breach date: "the date of the letter" or of our own work does not count, told as
    # a service begun on a day or a meeting about the breach; the attack named with its day does
    "breach-date-not-our-service-or-meeting": (
        WHEN,
        [
            "Following the 3 May ransomware attack, our systems were offline.",
            "An attacker has had access to our network since 3 May 2024.",
        ],
        [
            "We have been offering credit monitoring since 3 May 2024.",
            "We will hold a public meeting on 3 May 2024 about the breach.",
            "We have been working with the police since 3 May 2024.",
        ],
    ),
    # GUIDE.md, credit monitoring: an offer, not a service still being weighed
    "monitoring-only-considered": (
        "content.credit-monitoring",
        [
            "We are offering you two years of free credit monitoring.",
        ],
        [
            "We are exploring credit monitoring services for affected staff at no cost.",
            "We are looking into identity theft protection that we could provide for free.",
        ],
    ),
    # GUIDE.md, credit monitoring: the service named by what it watches; advice about cards is
    # not an offer
    "monitoring-named-by-what-it-watches": (
        "content.credit-monitoring",
        [
            "We will provide one year of credit card monitoring services to those affected.",
            "We are offering identity and credit monitoring at no cost to you.",
        ],
        [
            "Credit card monitoring is something your bank may offer.",
            "We recommend that you keep monitoring your credit card statements.",
        ],
    ),
    # GUIDE.md, discovery date: the day the organisation "found out or was told", in the words
    # beyond "discovered" and "learned"; the day the police were told is our report, and a
    # finding with no day of its own is not a date
    "discovery-more-ways-of-finding-out": (
        DISCOVERY,
        [
            "On 4 March 2024 it was determined that an e-mail account had been accessed.",
            "On June 2 we concluded that customer records may have been copied.",
            "Today, 12 February, we received confirmation that data was published online.",
            "Staff could not find the file on October 17 when preparing for a meeting.",
            "On 9 May our team established that the server had been encrypted.",
        ],
        [
            "The police were notified on 10 August 2015.",
            "Law enforcement was informed on May 3, 2024.",
            "We will confirm on May 3 which accounts were affected.",
        ],
    ),
    "discovery-timed-from-a-dated-event": (
        DISCOVERY,
        [
            "On 26 January we sent an e-mail to all customers. We noticed the error almost "
            "immediately after sending.",
            "On 3 May a laptop was stolen from a car. Staff discovered the theft the next morning.",
            "A couple of hours ago an employee replied to a fake request. I was told within the "
            "hour.",
        ],
        [
            "On 26 January we sent an e-mail. Once we identified the problem, we recalled it.",
            "On 3 May a laptop was stolen. Upon discovering this, we immediately told the police.",
            "On 4 July our network was attacked. We learned of it while it was still under way.",
            "On 1 March we moved to a new system. Files are identified and retrieved safely.",
        ],
    ),
    # GUIDE.md, discovery date: "the date the organisation found out or was told", in the words
    # of being told ("it came to our attention", "a customer reported"); readers advised or
    # written to on a day, or a finding only supposed, are not that
    "discovery-told-to-us": (
        DISCOVERY,
        [
            "It came to our attention on 12 June 2024 that an email had been sent to the wrong "
            "person.",
            "On 12 June a customer reported that she had received another customer's invoice.",
            "On 3 May 2024 we received a call from our bank about unusual card payments.",
        ],
        [
            "On 3 May customers were advised to change their passwords.",
            "You will have received a message from us about this on 3 May.",
            "If you received a call about this on 3 May, please tell us.",
        ],
    ),
    # GUIDE.md, prevention: "a lasting change to systems, rules, training, staff or vendors", told
    # as a review of how the work is done, changes made to a system, security strengthened by
    # anyone, an update installed, staff made aware, a way of working suspended. Not an offer to
    # the reader, the readers' passwords reset, recovery from backups, a report to the police,
    # an investigation alone or "in the future" with no plan
    "prevention-review-update-or-awareness": (
        PREVENTION,
        [
            "We will carry out an audit of who can access our records.",
            "The council will conduct a review of its processes for sending letters.",
            "Changes have been made to our email system to protect us better from phishing.",
            "We have made improvements to our network security.",
            "The university upgraded its security protocols for password changes.",
            "A number of measures have been taken to strengthen the network.",
            "The practice installed a security update on the system.",
            "We will reinforce awareness among staff of their duty to protect patient data.",
            "The practice of faxing results to clinics has been stopped.",
            "We have severed our relationship with the firm that handled the mailing.",
            "We have taken steps to prevent something like this from happening in the future.",
            "The investigation is complete, and we have fixed the fault in our system.",
            "We have reviewed our procedures for sending group emails.",
            "Going forward, all emails to more than one person will be sent by BCC.",
            "We are looking at safer ways to send this information.",
            "We are exploring more secure methods of sharing files with patients.",
        ],
        [
            "To provide you with additional protection, we are offering two years of credit "
            "monitoring.",
            "As an added precaution, we are offering you additional protection through Experian.",
            "We are providing updates on our Facebook page.",
            "We may update this notice in the future.",
            "We launched an investigation to understand what happened and prevent it happening "
            "again.",
            "We are requiring all users to reset their passwords.",
            "As a precaution, we have decided to implement a password reset.",
            "We implemented our backup systems promptly.",
            "The FBI was notified in order to provide additional security.",
            "This will reduce your risk of being a victim of fraud in the future.",
            "We removed the malicious code from our website.",
            "We will conduct a review of the incident.",
            "Our investigation will assess our security controls.",
            "The attackers disabled our security software.",
            "The service has been suspended while we investigate.",
            "We reset passwords for all affected accounts.",
            "We launched an investigation into the attack on our systems.",
            "We have updated our website with details of the incident.",
            "We have improved the information on our website.",
            "We are looking into new ways to support affected customers.",
            "Going forward, we will keep you informed of any news.",
        ],
    ),
    # GUIDE.md, reader actions: telling the police, the bank or the reader's own provider is a
    # step when the reader is to do it, in any mood or voice; a report already made by the
    # organisation, its staff or its vendor is told, not advised
    "reader-tells-provider-not-a-report-made": (
        READER,
        [
            "If you see any unusual activity on your accounts, please contact your service "
            "providers straight away.",
            "Please tell your mobile phone provider if you receive unexpected texts asking for a "
            "code.",
            "Contact your internet provider if your e-mail account shows sign-ins you do not "
            "recognise.",
            "Any suspicious activity should be reported to the police.",
            "You may wish to call your energy provider to add a password to your account.",
        ],
        [
            "The employee reported the theft to the police the same evening.",
            "The security team contacted the local police and the bank.",
            "The loss was promptly reported to the police.",
            "The incident was immediately reported to law enforcement.",
            "Our vendor reports that the FBI and outside experts confirmed the copy was destroyed.",
            "Our vendor called the police after the break-in.",
            "We are requesting that recipients delete the e-mail and any copies of it.",
        ],
    ),
    # GUIDE.md, breach date: "a single day of the act", "an estimated date", "a range": the day
    # opening the account of what the organisation underwent (subject to, the target of, hit
    # by), the finding told after it; months without a year ("from March to May", "last
    # March"); not the day we wrote, shared or gave notice, the day a finding was confirmed, the
    # months of the records, a possibility
    "breach-date-day-undergone-or-months-without-year": (
        WHEN,
        [
            "On Friday 4th March our network was hit by ransomware, and the attackers later told "
            "us they had copied files.",
            "On 12 June 2023 the practice was subject to a cyber-attack.",
            "Our website was subjected to a sophisticated attack on 2 February.",
            "On Thursday, 9 May, our payroll system was taken down by a criminal group.",
            "The clinic became the target of a phishing scheme in April 2022.",
            "On or about July 7, 2024, our file server was encrypted by an unknown group; once "
            "this was detected we shut it down.",
            "The unauthorised access took place between March and May of this year.",
            "Someone was looking at patient records from January to April without a work reason.",
            "The ransomware attack that hit our network last March also affected other councils.",
            "Criminals were inside our e-mail system from early September until late October.",
            "On Sunday 5th May, an unknown person gained access to our booking system.",
        ],
        [
            "On 3 May we discovered that files had been copied.",
            "On 3 May we wrote to everyone whose records were accessed.",
            "On 24 August we shared that our school system had been a victim of a ransomware "
            "attack.",
            "On 11 October the county provided notice of the incident to everyone whose data was "
            "accessed.",
            "The county confirmed on 27 August 2024 that personal information may have been "
            "involved in the incident.",
            "Patients treated between March and May may have been affected by the breach.",
            "Last March we learned that files had been accessed.",
            "If your account was accessed between March and May, please change your password.",
        ],
    ),
    # GUIDE.md, severity and scope: how many people (counted by any noun: faculty, volunteers,
    # "178 Albertans", "millions of Americans"), how long (told back from today: "over the last
    # 28 years", "over the course of several weeks"), how serious the risk ("a low risk to our
    # supporters"), what it reached or did not ("no information was accessed", "an isolated
    # part of our network") and which groups ("current and former staff", "everyone who
    # shopped ..."); not the size of our business, a date before a name, how long we have
    # invested, a denial of knowledge, a possibility, a letter to a group
    "scope-counted-any-noun-span-risk-group": (
        SCOPE,
        [
            "The stolen laptop held the names and Social Security numbers of 2,102 current and "
            "former faculty.",
            "The records of 178 Albertans were viewed by a former clerk.",
            "The hackers could reach claims data covering millions of Americans.",
            "The personal details of about 40 volunteers were in the stolen file.",
            "The attacker read messages in the mailbox over the course of several weeks.",
            "E-mail addresses of people who wrote to the account within the last 12 months were "
            "harvested.",
            "The copied files include records of staff employed over the past 20 years.",
            "We believe there is a low risk to our supporters.",
            "This poses little risk to you.",
            "Our investigators confirmed that no information was accessed or copied.",
            "None of your data was taken.",
            "The intruder reached an isolated part of our IT environment.",
            "The incident caused disruption to parts of our network.",
            "The tax forms of current and former staff were released to a criminal.",
            "Everyone who shopped on the website in May is affected.",
            "About 3,500 New Zealanders were affected.",
        ],
        [
            "Our practice has served 12,000 Albertans for over 30 years.",
            "Our team of 15 doctors is here to help.",
            "Our hospital has 25,000 patients on its records.",
            "About 40 volunteers helped at the summer fair.",
            "On 3 May the staff noticed a strange e-mail.",
            "Over the past 10 years we have invested heavily in security.",
            "If your data was accessed, the risk to you is something we take seriously.",
            "There is no evidence that any information was accessed.",
            "We do not believe that any data was taken.",
            "If you shopped with us in May, please check your statements.",
            "We wrote to all current and former employees about the new pension scheme.",
            "In 2019 Americans spent more online than ever.",
            "On or about June 2, 2023 Acme Physicians learned of the incident.",
        ],
    ),
    # GUIDE.md, contact: "updates will be posted on our website": the information itself to be
    # published there, or our page kept updated; another body's site (Services Australia, a
    # cyber security centre: GUIDE.md, not the FTC's or a regulator's details), information
    # given elsewhere, or a promise to keep people updated without a page, is not that
    "contact-our-page-kept-updated-not-another-body": (
        CONTACT,
        [
            "Information will be published on our website and social media as it becomes "
            "available.",
            "Details will be shared on the council's website as the investigation progresses.",
            "We will keep our website updated.",
            "This page will be updated as we learn more.",
            "Further news will be posted on the school's Facebook page.",
        ],
        [
            "Please visit the Services Australia website for more information on protecting your "
            "identity.",
            "Visit the National Cyber Security Centre website for advice on phishing.",
            "Information will be shared with the police.",
            "We will keep our customers updated.",
            "Information was published on a hacking forum.",
        ],
    ),
    # GUIDE.md, severity and scope, more ways of counting and naming who was reached: the
    # reader counted in ("among those"), counts in words, places by number, people of some
    # places, one part only, the affected defined, the risk as rated, how briefly it was
    # visible; not our size, a possibility, a service's hours, a risk assessment still to come
    "scope-among-words-places-defined-rated": (
        SCOPE,
        [
            "Your details were among the records the intruder copied.",
            "You are among the customers affected by the breach.",
            "Roughly two thousand customers were affected.",
            "The stolen laptop held the files of about forty families.",
            "Two thousand and fifty-five patients were sent the letter in error.",
            "The exposure affected 14 schools across the district.",
            "The email went to 112 recipients.",
            "Patients of our three clinics were affected by the incident.",
            "The breach only affected our Glasgow office.",
            "Those affected are mostly members who joined before 2015.",
            "The affected customers are those who paid by card at our Leeds store.",
            "We have assessed this breach as high risk.",
            "The information was visible for less than a day.",
        ],
        [
            "We run fourteen schools across the county.",
            "If your record was among those accessed, we will write to you.",
            "Our clinic serves forty families from the valley.",
            "Patients of our three clinics can book appointments online.",
            "The shop is open for two hours on Sundays.",
            "We have assessed the risk and will write again.",
            "Our practice has twenty staff.",
        ],
    ),
    # GUIDE.md, breach date: the day the act was made known (announced, confirmed, disclosed,
    # notifying begun) or the day since which we have been at work is not the day of the act;
    # software exploited or a system hijacked on a day, or access held since a day, is
    "breach-date-not-the-day-it-was-made-known": (
        WHEN,
        [
            "On 9 September 2023, the file transfer software used by our supplier was exploited.",
            "Since 3 May 2024 an unknown party has had access to the server.",
            "On 2 March our booking system was hijacked by a criminal group.",
        ],
        [
            "On 3 June we began notifying the people whose information was accessed.",
            "Since 3 May, we have been working with police on the attack.",
            "On 10 May 2024, Acme announced that it had been the victim of a cyberattack.",
            "The attack that was announced on 4 June affected many companies.",
            "On 9 February, the vendor confirmed that it was the victim of a ransomware attack.",
        ],
    ),
    # GUIDE.md, reader actions: advice that follows, in the same sentence, what the
    # organisation did or knows ("we have no evidence of misuse, but we recommend that you
    # ..."), a request treated with caution, odd messages reported to us; what we did with an
    # invitation to contact us, our own staff told, a promise to tell the reader, is not that
    "reader-advised-after-what-we-did": (
        READER,
        [
            "We have no indication of misuse, but we recommend that you monitor your accounts.",
            "While we have no evidence of misuse, we encourage you to review your statements.",
            "We take this seriously and recommend you change your password.",
            "As we continue to investigate, please be wary of unexpected e-mails.",
            "We are sorry; please check your bank statements for unfamiliar charges.",
            "We have been told the risk is low, but we would urge all donors to be wary of "
            "unexpected calls.",
            "Although we have secured the account, you should change your password.",
            "Treat any unexpected request for payment with caution.",
            "Please let us know if you receive any suspicious messages.",
        ],
        [
            "We reset all staff passwords; please contact us with any questions.",
            "We checked the accounts for unusual activity, and you can call us with any questions.",
            "We have asked our staff to be wary of phishing e-mails.",
            "We will let you know if we find anything unusual.",
            "We treated the matter with caution.",
        ],
    ),
    # GUIDE.md, contact: a labelled line ("Phone:", "Email:") under an offer of help is the
    # number offered; the same line in a letterhead, with no offer beside it, is not
    "contact-labelled-line-under-an-offer": (
        CONTACT,
        [
            "We understand you may have questions. Our team can help.\nPhone: 1-833-555-0199",
            "If you are worried, we are here to support you.\nEmail: help@example.org",
        ],
        [
            "Acme Dental, 12 Main Street, Springfield\nTel: 020 7946 0123\nDear patient, we are "
            "writing about an incident.",
            "Acme Health Ltd\nTel: 0161 555 0172\n\nWe are writing to tell you about a data "
            "breach.",
        ],
    ),
    # GUIDE.md, prevention: a commitment in the future tense is a change ("we will use"), and
    # watching that goes on beside a change does not undo it; what criminals "will use" and
    # monitoring alone are not changes
    "prevention-said-beside-monitoring-or-as-a-commitment": (
        PREVENTION,
        [
            "All staff will use encrypted e-mail from now on.",
            "We will use stronger passwords and train our staff.",
            "We have switched to a more secure file-sharing service.",
            "Our practice will now use password-protected e-mail for every referral.",
            "We now require you to enter a code from your phone when you sign in.",
            "Customers now have to verify their identity when they call us.",
            "We continue to monitor our systems and have added multi-factor authentication to "
            "every account.",
            "We will continue to monitor our network, and we have moved the files to an "
            "encrypted server.",
        ],
        [
            "We will continue to monitor our systems closely.",
            "We continue to monitor the situation.",
            "We will continue to monitor for any misuse of your information.",
            "Criminals may use your information to open accounts.",
            "Scammers will use this information to contact you.",
            "You should use a strong password for each account.",
            "We will use the information only to contact you about this incident.",
            "We will now use this letter to explain what happened.",
            "You now need to reset your password.",
            "Please note that you now need to sign in with your new password.",
            "We now need your help to confirm your details.",
        ],
    ),
    # GUIDE.md, prevention: "a lasting change to systems, rules, training, staff or vendors, or
    # the route in closed", in the kinds of change the older families leave out: training given in
    # the passive, a review of the security itself, a review's advice taken up, a way of working
    # dropped for good, vendors watched more closely, people added to guard it, help brought in
    # to make it stronger, defences named by kind, rules laid down, data kept no longer than
    # needed, a staff member dealt with. Look-alikes: the review of the incident, training that
    # was already there, a firm hired to investigate, what the attacker shut, the record kept
    # by an old policy, one file taken off a public site (containment)
    "prevention-kinds-of-lasting-change": (
        PREVENTION,
        [
            "Our IT team has since made the network more secure.",
            "Refresher training has been given to everyone in the billing office.",
            "All employees have been given additional privacy training.",
            "The staff member has been reminded of their responsibilities.",
            "We are undertaking a comprehensive review of our cyber security.",
            "The trust has commissioned an independent audit of its information security.",
            "We will implement every recommendation of the independent review.",
            "The auditors' recommendations have now been put in place.",
            "Card details will no longer be stored on our servers.",
            "We will not keep copies of identity documents in future.",
            "We have closed the port that allowed the connection.",
            "We are withdrawing the option to download statements as unprotected files.",
            "We have tightened oversight of our suppliers.",
            "Our vendor contracts have been reviewed and we have strengthened our vendor "
            "security requirements.",
            "We have appointed a new head of information security.",
            "The company has expanded its cyber security team.",
            "We have brought in outside specialists to help us harden our systems.",
            "We have implemented enhanced logging and alerting across our servers.",
            "The council has segmented its network.",
            "The clinic has begun encrypting every outgoing e-mail.",
            "Passwords are now stored using a strong hashing method.",
            "Laptops will now be kept in a locked cupboard overnight.",
            "We have introduced a policy that every document must be shredded on site.",
            "We are deleting customer records that we no longer need.",
            "We have shortened how long we keep application forms.",
            "Disciplinary action has been taken against the employee.",
            "The employee has since completed further data protection training.",
            "Access to patient files is now limited to staff who need it for their work.",
            "The file is no longer publicly accessible.",
            "We have migrated our records to a more secure platform.",
            "Patient files can no longer be taken off site.",
            "Security has been stepped up at all of our branches.",
            "Further safeguards are being put in place.",
            "We are increasing our investment in cyber security.",
        ],
        [
            "The individual's employment was terminated.",
            "We are conducting a review of our systems to determine what information was involved.",
            "We engaged a cybersecurity firm to investigate the incident.",
            "The employee had received training on data protection.",
            "Staff receive training on privacy every year.",
            "In line with our data retention policy, we held your records for seven years.",
            "Please follow the recommendations below to protect yourself.",
            "The attackers blocked the ability to log in to our systems.",
            "The attacker can no longer access our systems.",
            "Our data protection officer can be reached at the address below.",
            "Security staff were alerted to the intrusion.",
            "We have always invested in security and take it seriously.",
            "Access to the system was restricted while we investigated.",
        ],
    ),
    # California's model notice heads the part with "What We Are Doing" (Cal. Civ. Code
    # 1798.82(d)(1)); letters vary it ("What we did", "Action taken", "How we responded"), and a
    # change under any of them counts though it names no safeguard the families above know
    "prevention-under-a-heading-of-what-was-done": (
        PREVENTION,
        [
            "We are writing about a recent incident.\n\n"
            "What we did\n\nWe have strengthened how we work.",
            "We are writing about a recent incident.\n\n"
            "Action taken\n\nWe have since improved how we work.",
            "We are writing about a recent incident.\n\n"
            "How we responded\n\nWe have strengthened how we work.",
            "We are writing about a recent incident.\n\n"
            "Remedial measures\n\nOur team has improved how it works.",
        ],
        [
            "We are writing about a recent incident.\n\n"
            "What we did\n\nWe took the server offline and contained the incident.",
            "We are writing about a recent incident.\n\n"
            "How we responded\n\nWe notified the police and started an investigation.",
            "We are writing about a recent incident.\n\n"
            "Action taken\n\nWe are offering two years of free credit monitoring.",
        ],
    ),
    # GUIDE.md, prevention: "a lasting change to systems, rules, training, staff ... or the route
    # in closed", said in the passive, as a state that now holds, or as the fault fixed:
    # processes amended, the fault that let it happen fixed, reminders issued, a post filled,
    # experts worked with to strengthen, devices locked down, who may do what narrowed, the
    # measures listed. Look-alikes: a page updated with news, what the attacker changed, the
    # breach resolved, a fault still being investigated, systems back online, accounts
    # disabled for now, work with the police or forensic experts, access that was always narrow
    "prevention-said-as-a-state-or-a-fault-fixed": (
        PREVENTION,
        [
            "The referral process has been amended to include a second check.",
            "Our booking software has been updated to close the gap.",
            "We have corrected the fault that allowed other users' details to be shown.",
            "The error in our mailing system has since been fixed.",
            "We have mitigated the weakness that the attacker used.",
            "A reminder has been issued to all surgery staff about checking addresses.",
            "All colleagues will undertake mandatory data protection training.",
            "Refresher training is being rolled out across every branch.",
            "A new information security manager has been appointed.",
            "We have worked with outside specialists to harden our network.",
            "The trust has bolstered its cyber defences.",
            "Every laptop now has up-to-date anti-malware software.",
            "Our servers are now fully patched.",
            "USB ports have been disabled on all office computers.",
            "Staff can no longer e-mail files to personal accounts.",
            "We have reduced the number of staff with access to the payroll system.",
            "Administrator rights have been removed from everyday accounts.",
            "Only a few senior managers will now have access to the archive.",
            "We have brought the payroll service in-house.",
            "The changes include mandatory two-factor authentication for all staff.",
        ],
        [
            "This page has been updated with the latest information.",
            "Our website has been updated to include details of the incident.",
            "The attackers changed the system settings.",
            "The breach has been resolved.",
            "We are investigating the error that caused the letters to be misaddressed.",
            "Our systems are now back online.",
            "The affected accounts are now disabled.",
            "Customers can no longer access their accounts while we investigate.",
            "Only a small number of staff have access to this information.",
            "We will review access logs to determine what was viewed.",
            "We worked with forensic experts to investigate the incident.",
            "We worked with the police to identify the attacker.",
            "Measures such as credit monitoring are available to you.",
        ],
    ),
    # GUIDE.md, severity and scope: how many people, records or organisations, whoever they
    # are and however the number is put; which systems, how much data, how serious; a hedge
    # ("was at risk", "may have been affected"), two single days or our customer base are not
    "scope-counted-weighed-or-named-in-more-words": (
        SCOPE,
        [
            "The incident affected more than 200 organisations that use the software.",
            "Over 150 school districts were impacted by the breach.",
            "The breach affected the records of approximately 12,500 Ontario residents.",
            "The attacker copied the details of 10 million unique customers.",
            "The stolen file listed 2,000 affected account holders.",
            "The tax forms of current and some former employees were accessed.",
            "A file with the pay details of current and former staff was attached to the e-mail "
            "by mistake.",
            "We have been told there is a low risk to members’ accounts.",
            "A significant quantity of data was encrypted by the attackers.",
            "A large amount of customer information was copied from the server.",
            "Only one employee at the branch had access to the report.",
            "Only two staff members could open the spreadsheet.",
            "There has been no loss of customer data.",
            "No theft of card details took place.",
            "These details alone are not enough to access your account.",
            "The information taken is not sufficient to complete a bank transfer.",
            "Your funds are safe.",
            "Members’ savings remain protected.",
            "Computers used by the finance department were involved in the incident.",
            "Our booking system was affected by the attack.",
            "It is unlikely that the information could be read without the password.",
            "It is highly unlikely the data will be misused.",
            "Only a small subset of our users could be seen publicly in the search results.",
            "The records of roughly 1,200 of our patients were accessed by the attacker.",
            "The breach affected our payroll system only.",
            "The hacker was able to view your name and address but not your bank details.",
            "The exposure lasted from 2 March to 18 March.",
            "The breach affects around 5% of our customer base.",
            "The attackers stole approximately 1.5 terabytes of data.",
            "Around 40 GB of files were copied from the server.",
            "The attack encrypted most of our servers.",
            "This incident only involves customers who paid by card in our online shop.",
            "Hundreds of thousands of records were exposed.",
            "Your payment card details remain secure.",
            "The hackers could not access our main database.",
            "The unauthorised access was limited to one shared drive.",
        ],
        [
            "We work with 200 companies across the country.",
            "Our systems were affected by the attack.",
            "Your information may have been affected by the incident.",
            "Employee information was at risk.",
            "There is no evidence of any loss of data.",
            "We do not know whether any data was lost.",
            "If your funds are safe, you need do nothing.",
            "We learned on 3 May that some customer information was at risk.",
            "A third party obtained the data on 24 and 27 May 2020.",
            "We serve 10,000 patients every year.",
            "If only one employee had access, the risk would be low.",
            "We have 5,000 of our customers in Scotland.",
            "The helpline is open from 2 March to 18 March.",
            "Your name and address but not your bank details may have been viewed.",
            "Please keep your passwords secure.",
            "Your password is secure if you use a password manager.",
            "Our online shop holds 40 GB of product photos.",
            "The attack may have encrypted some of our servers.",
            "We have thousands of records on our system.",
        ],
    ),
    # GUIDE.md, breach date: the act dated however it is told (how far back it goes, a device
    # stolen from someone, papers thrown away, a message sent with personal data, a stretch of
    # months after the finding, the event at the head of the sentence); the day we were made
    # aware or were told, and the dates of the records, are not
    "breach-date-more-acts-and-more-findings": (
        WHEN,
        [
            "Our team found suspicious activity on the website dating back to March 4, 2024.",
            "The attacker had access to the server as early as 3 June 2023.",
            "On 12 May 2024 a staff member had his laptop stolen from his car.",
            "On 3 April, a doctor had her bag taken from a train.",
            "Beginning on June 2, 2024, our network experienced an outage caused by ransomware.",
            "On 7 March our systems experienced unusual activity.",
            "On 5 August 2023, boxes of patient files were improperly discarded in a "
            "recycling bin.",
            "Paper records were thrown away on 4 May without being shredded.",
            "Our review showed that between March and June 2024, an intruder accessed our payroll "
            "system.",
            "The investigation found that from 2 May to 9 May 2024 a criminal was able to view "
            "customer records.",
            "On 14 February 2024, a cyberattack on our software provider affected our booking "
            "system.",
            "On 3 May a ransomware attack hit our network.",
            "On Tuesday 4 June 2024, an email was sent out that included the home addresses of "
            "several parents.",
            "On 3 May a spreadsheet was shared with other staff containing employee salary "
            "details.",
            "On 3 May 2024, files dating back to 2015 were accessed by an attacker.",
        ],
        [
            "On 3 May we sent you a letter containing your new card number.",
            "On 4 June 2024, we were made aware that an attacker had accessed our system.",
            "In July 2023, we were made aware that customer data may have been accessed.",
            "It was determined on October 5, 2020, that information was acquired by an unknown "
            "actor.",
            "On April 27, 2020, the vendor notified over 150 school districts that their system "
            "was breached.",
            "The files of patients receiving services from June 2017 to January 2019 were "
            "affected.",
            "On 14 February 2024, we notified those affected by the cyberattack.",
            "Records dating back to May 2010 were accessed.",
        ],
    ),
    # GUIDE.md, contact: a number as Singapore or Hong Kong writes it, offered as a line to
    # call; the FAQs or further details on our site; never another body's site, nor two years
    "contact-eight-digit-line-or-details-on-our-site": (
        CONTACT,
        [
            "For questions, please call our hotline: 6326 5555.",
            "Please call our dedicated helpline on 2345-6789 if you have any questions.",
            "Answers to frequently asked questions (FAQs) are available on our website.",
            "Further details can be found at acme.com/notice.",
            "If you think a scammer has contacted you, please call us on 0800 123 4567.",
            "If a caller asks you to call a number, hang up and ring us on 0800 123 4567.",
        ],
        [
            "The FTC provides information on its website.",
            "The FTC will share information on its website about identity theft.",
            "Between 2019-2020 the attacker accessed our systems.",
            "We have shared the details with the police.",
            "Further details about the incident will be set out in our annual report.",
            "Scammers may pretend to be from Acme and ask you to call 0800 000 000.",
            "The attacker sent e-mails from help@acme.com asking for payment.",
            "You can find out more about protecting yourself at www.ncsc.gov.uk.",
            "Visit www.getsafeonline.org for advice on staying safe online.",
        ],
    ),
    # GUIDE.md, credit monitoring: identity protection offered, named by its provider or by
    # what it guards against; advice, a service to buy or one the bank may offer is not
    "monitoring-named-by-provider-or-purpose": (
        "content.credit-monitoring",
        [
            "We are providing free subscriptions to Experian's identity monitoring tools.",
            "We are offering affected customers services to help protect them against identity "
            "theft.",
            "We have arranged protection in partnership with Experian for everyone affected.",
            "The Kroll offer is now ready; you can enrol online.",
            "We have put in place a credit and identity monitoring service for customers "
            "affected by the incident.",
            "We will reimburse the cost of a credit monitoring service for up to a year.",
        ],
        [
            "We have made arrangements with credit experts Experian to offer you advice and "
            "support.",
            "You can buy services to help protect yourself against identity theft.",
            "Your bank may offer services to help protect you against identity fraud.",
            "You can place a fraud alert with Experian for free.",
            "We are not offering credit monitoring because no financial data was involved.",
            "We are unable to provide identity protection services to non-customers.",
        ],
    ),
    # GUIDE.md, severity and scope: "how long the exposure lasted"; how long we were locked out
    # of our own systems is the attack's disruption, not how long the data lay open
    "scope-exposure-not-our-lockout": (
        SCOPE,
        [
            "The attacker had access to our systems for two days.",
            "The files were visible to other users for two days.",
        ],
        [
            "We could not access our files for two days.",
            "Staff were unable to use the booking system for three days.",
            "Our practice lost access to its records for a week.",
        ],
    ),
    # GUIDE.md, credit monitoring: how to enrol in the protection offered; registering for a
    # meeting, an event or an account is no enrolment
    "monitoring-enrolment-is-in-the-service": (
        "content.credit-monitoring",
        [
            "Members who want to sign up for the Equifax service can do so using the activation "
            "code they received by mail.",
            "To enrol in your free identity protection, call 1-866-555-0199 by July 1.",
        ],
        [
            "People who registered online for the event may be affected.",
            "If you registered for an account on our website, please call us on 0800 123 4567.",
            "Delegates who signed up online to speak at the meeting were affected.",
        ],
    ),
    # GUIDE.md, how it happened: a thing stolen or taken is the route when the thing itself
    # was taken (a laptop, papers, a drive); files "taken from our server" are what the attacker
    # did once in, not how they got in
    "how-taken-thing-not-taken-data": (
        HOW,
        [
            "A backup drive was stolen from our server room.",
            "Paper records were stolen from our office.",
            "A laptop was stolen from a storage area next to the ward.",
            "An attacker used a phished password, and files were taken from our server.",
        ],
        [
            "Some files were taken from our server.",
            "Files were stolen from our network.",
            "Copies of documents were taken from one of our e-mail accounts.",
        ],
    ),
    # GUIDE.md, severity and scope: "how serious the risk to the reader is (someone could use
    # this to open accounts in your name)", said in the active as the guide says it; a warning
    # of contact to come, a channel alone or a risk only supposed is not that
    "scope-harm-said-in-the-active": (
        SCOPE,
        [
            "Someone could use this information to open accounts in your name.",
            "Someone could use this information to try to trick you.",
            "Criminals may use these details to commit fraud.",
            "Fraudsters could potentially use the stolen data to apply for loans in your name.",
        ],
        [
            "Scammers may try to contact you.",
            "If someone contacts you claiming to be us, hang up.",
            "If your details were involved, criminals could use them to open accounts in your "
            "name.",
            "You can use our website to open an account.",
        ],
    ),
    # GUIDE.md, prevention: "a lasting change to systems, rules, training, staff or vendors", said
    # with the safeguard as subject, the organisation by name, the change as a noun (a bullet
    # under "What we are doing") or its result; a safeguard that was already there, one only
    # possible, the attacker's doing, a routine that changed nothing, access that was the
    # attack's reach, and a check of this incident are not
    "prevention-said-of-the-safeguard-by-name-or-as-a-noun": (
        PREVENTION,
        [
            "Our firewall has been upgraded.",
            "Password requirements have been strengthened.",
            "Our e-mail filters have been tightened.",
            "Anti-virus software has been installed on every workstation.",
            "Two-factor sign-in is being rolled out to every employee.",
            "Our password rules have been made stricter.",
            "The supplier's security controls will be audited each year.",
            "Northwind is implementing multi-factor authentication across all systems.",
            "Northwind Bank has upgraded its online banking platform.",
            "The charity has strengthened its data protection procedures.",
            "We're making our sign-in process more secure.",
            "The introduction of two-factor authentication for all staff accounts.",
            "Encryption of all laptops and removable media.",
            "Additional staff training on identifying phishing e-mails.",
            "These changes include the implementation of stronger password rules.",
            "Access to the shared drive has been restricted to a small number of staff.",
            "We have reviewed the access rights of all staff.",
            "The company has changed its mailing vendor.",
            "We have switched to a different mailing provider.",
            "We have audited our vendor's security practices.",
            "Letters are now checked by a second member of staff before they are posted.",
            "We now monitor our network around the clock.",
            "Work is under way to strengthen our systems.",
            "The employee has been reminded of the correct procedure.",
            "We have decommissioned the old server.",
            "The option to download full reports has been switched off.",
            "All systems have been patched.",
            "Improvements to our website's security have been made.",
            "We are taking steps to reduce the likelihood of a similar incident in future.",
            "The error has been corrected and cannot recur.",
            "We have fixed the weakness behind this incident.",
            "The school is reviewing its data protection practices.",
            "The review will lead to improvements in our security.",
            "The company has put additional protocols in place.",
            "Security enhancements were made to our website.",
            "Lessons learned from this incident will be used to improve our processes.",
            "We are in the process of reviewing and improving our data handling practices.",
            "The vendor has committed to strengthening its security.",
            "Our teams have been given further guidance on sending e-mails securely.",
            "The locks on the office have been changed.",
            "An alarm system has been installed.",
            "We installed security cameras and an alarm system at the office.",
        ],
        [
            "Multi-factor authentication had been enabled on the account before the incident.",
            "We had implemented multi-factor authentication on all accounts.",
            "We immediately implemented our incident response procedures.",
            "Despite the introduction of two-factor authentication, the criminals gained access.",
            "The encryption of our systems by the attackers disrupted our services.",
            "Our security tools were updated by the attacker to hide their activity.",
            "The attacker's access has been restricted.",
            "The unauthorised access has been limited to one mailbox.",
            "Access to our systems has been restored.",
            "We are reviewing the vendor's report of the incident.",
            "We will now check which records were affected.",
            "Work is under way to restore our systems.",
            "The old server, which had been decommissioned, was still connected to the internet.",
            "The attacker removed the logging feature.",
            "Additional training resources are available for you online.",
            "No additional training is needed.",
            "Changes to the payroll records were made by the attacker.",
            "We may make changes to our systems in the future.",
            "Our staff are trained in data protection.",
            "Staff are required to complete annual training.",
            "Our staff receive regular training on data protection.",
            "Check your statements for recurring charges.",
            "Our payroll system processes recurring payments.",
            "We have addressed the issue.",
            "The breach has been resolved.",
            "We have issued new guidance to customers on protecting their accounts.",
            "We immediately put measures in place to contain the incident.",
            "We will put protection measures in place for those who were affected.",
            "Unauthorized changes were made to our website.",
            "Changes were made to the direct debit details without permission.",
            "Our staff have been given information to help answer your questions.",
            "The thief broke the lock on the cabinet.",
            "Security cameras captured the break-in.",
        ],
    ),
    # GUIDE.md, breach date: the act dated in the many ways English tells it (the act in other
    # verbs, a stretch of a day, a season, hours with their dots and zone); the date of the
    # finding told before the act, of our own inquiry and letters, of a report or of an offer's
    # window is not the day of the act
    "breach-date-told-many-ways-not-our-dates": (
        WHEN,
        [
            "A cyberattack on 19 May 2024 disrupted our IT systems.",
            "In December 2023, a vendor's employee misused their access to view our customers' "
            "records.",
            "An employee fell for a phishing e-mail on 1 March 2024, which gave the sender access "
            "to her mailbox.",
            "Our website was defaced on 6 June 2024.",
            "On 3 May 2024, our systems were impacted by a ransomware attack.",
            "Early on 3 May 2024 an intruder entered the building and removed several files.",
            "In spring 2024 a hacker broke into our web shop.",
            "Malicious code was added to our checkout page on 2 February 2024.",
            "On 4 March, a courier lost a package of patient letters.",
            "During the weekend our school IT systems were attacked by ransomware.",
            "From 4 p.m. on 3 May to 9 a.m. on 4 May, our online store showed some customers "
            "other customers' addresses.",
            "Between 22:10 and 23:45 BST on 3 May 2024, someone downloaded files from our server.",
            "An incident that occurred around 26 October 2023, which we discovered on 19 November "
            "2023, affected our network.",
            "Sometime between March 2 and March 9, 2024, an unknown party copied data from our "
            "file server.",
            "Beginning on February 14, 2024, an outside party sent phishing e-mails from a staff "
            "account.",
            "On 19 June, an employee accidentally attached the wrong spreadsheet to an e-mail.",
            "On 14th February, a laptop containing patient files was stolen from a staff member's "
            "car.",
            "Files were accessed on 3 May and 4 May 2024.",
            "On Monday 3 October, our servers were disabled by a criminal gang, who told us they "
            "had copied our files.",
            "Starting the evening of 1 July, several staff e-mail accounts were hacked and began "
            "sending spam.",
        ],
        [
            "We learned on 12 March 2024 that an employee's e-mail account had been accessed.",
            "The investigation determined on 20 June 2024 that some files were accessed.",
            "Staff detected the attack on 3 May 2024.",
            "The incident came to light on 4 March 2024.",
            "The investigation, completed on 20 July 2024, confirmed that some files were copied.",
            "Our review of the accessed files was completed on 20 July 2024.",
            "Our review, which took place between June and August 2024, found that your data was "
            "involved.",
            "Between 6 May and 30 June 2024, our forensic experts reviewed the affected files.",
            "On 5 August 2024, we finished reviewing the data that was taken.",
            "On 30 April 2024, the investigation established which files were accessed.",
            "We mailed notification letters to affected individuals on August 1, 2024.",
            "Letters were mailed on 12 June 2024 to everyone whose information was accessed.",
            "Our letter of 3 May 2024 explained that your data was accessed.",
            "Our annual report, published on 3 May 2024, describes the attack.",
            "We started using the software in March 2021.",
            "The affected server held records from January 2015 to December 2020.",
            "The free service runs from 1 June 2024 to 31 May 2026.",
            "We were contacted by the attackers on 4 March 2024.",
            "On 3 May 2024, we reset every staff password after the attack.",
            "Between 9 a.m. and 5 p.m. on 3 June, you can call our helpline.",
            "On 3 May 2024, Acme began notifying customers.",
            "Our investigation into the attack began on 3 May 2024.",
            "From 3 May 2024 we will offer two years of free credit monitoring.",
            "On 5 May 2024, the malware was removed from our website.",
            "We were able to restore the encrypted files on 5 May 2024.",
            "Acme disclosed the breach in a filing on 5 May 2024.",
        ],
    ),
    # GUIDE.md, contact: "updates will be posted on our website" said in the many ways a web
    # notice says it (the reader sent to our page, the news told to follow there, the reader kept
    # informed through it), a line named by its price and a chat on our site; never another
    # body's site, the attackers', a denial, a fake message's number or the day we called the
    # police
    "contact-our-page-for-updates-or-a-free-line": (
        CONTACT,
        [
            "Please check this page regularly for updates.",
            "Check back here for the latest information.",
            "For the latest updates, follow us on Twitter @AcmeSupport.",
            "Further updates will follow on this page.",
            "Updates will also be available on the City's website.",
            "The latest information is available on our status page.",
            "You can find the latest news about the incident on our homepage.",
            "Our website will carry updates as the investigation continues.",
            "We will keep customers informed via e-mail and our website.",
            "Parents will be kept informed through the school app.",
            "We'll keep this post updated.",
            "Acme will continue to provide relevant updates as the investigation proceeds, via "
            "its website and other channels.",
            "Details are posted at acme.com/notice.",
            "Freephone 0800 321 671.",
            "You can call us free on 0800 12 34 56.",
            "For help, call 1800 DATA HELP.",
            "Our support team is available via live chat on our website.",
        ],
        [
            "We will keep you informed.",
            "We will keep you updated by letter.",
            "The attackers published details on their website.",
            "The vendor will post updates on its website.",
            "Updates are not available on our website.",
            "Information about the incident is available on the BBC website.",
            "Information on identity theft is available on the government's website.",
            "Check the FTC website for more information about identity theft.",
            "Keep an eye on your accounts for any news of fraud.",
            "Card details were captured on our checkout page.",
            "We shared details of the attack with the ICO.",
            "The phishing e-mail asked staff to call 0800 123 4567.",
            "Do not visit acme-login.com; it is a fake site.",
            "We contacted the police on 0161 856 0000.",
            "Call us free on weekends to book a table.",
            "Customers who shared their details on our website may be affected.",
        ],
    ),
    # GUIDE.md, discovery date: "the date ... the organisation found out or was told", in more
    # words; the day we began writing to readers, or they were written to, is not the finding
    "discovery-told-in-more-words-not-the-day-we-wrote": (
        DISCOVERY,
        [
            "We were made aware of the issue on 5 May 2025.",
            "In July 2024, we were made aware that some customer data may have been accessed.",
            "We did not learn of the disclosure until April 15, 2025.",
            "On 16 July 2024 we were contacted by our database supplier.",
            "On November 13, 2025, the FBI advised us that patient information had been stolen.",
            "On April 25, 2021, Acme Insurance determined that the intruder could have seen the "
            "names of 229 residents.",
            "On Dec. 2, the hospital discovered that a vendor had removed the password from one of "
            "its servers.",
            "The council became aware on 7 December 2023 that a spreadsheet had been published in "
            "error.",
        ],
        [
            "On June 13, we began writing to customers after we found that our systems had been "
            "accessed.",
            "On 3 March, affected customers were contacted by letter.",
            "On 3 March our lawyers advised us to write to you.",
        ],
    ),
    # GUIDE.md, severity and scope, said in more of the ways a notice says it: which systems it
    # reached, named in the active or listed after them, or what the criminal did not get into;
    # how many, as "the number affected is"; how long, "over a period of"; what a criminal could
    # do without "use ... to"; what the data cannot do alone; how serious, as its impact; the
    # places and recipients counted. A power cut, our own taking systems offline, what a fraud
    # alert is for, a service's length and a supposed impact are not that
    "scope-systems-numbers-harm-in-more-words": (
        SCOPE,
        [
            "The incident affected our finance department's file server.",
            "The attack took our booking system offline for a week.",
            "Several of our systems were affected, including e-mail and the student records "
            "system.",
            "The attackers did not get into our payment systems.",
            "The criminals only reached our marketing database.",
            "The breach was confined to our recruitment portal.",
            "It affected a limited part of our network.",
            "The breach involved four of our e-mail accounts.",
            "Staff at two of our schools were affected.",
            "The records of every pupil in year 9 were sent to the wrong parent.",
            "The number of people affected is 450.",
            "The spreadsheet was online for roughly six months before it was taken down.",
            "The website showed other customers' orders for around two hours.",
            "The intruder accessed several servers over a period of two months.",
            "With this information, a criminal could try to impersonate you.",
            "These details alone cannot be used to access your account.",
            "The attack had a severe impact on our operations.",
            "The breach has affected members across the country.",
        ],
        [
            "A power cut affected our booking system for an hour.",
            "We took our booking system offline for a week.",
            "The attack may have affected our e-mail system.",
            "We do not know whether the attackers got into our payroll system.",
            "The number of customers we serve is 10,000.",
            "The number of people affected is not yet known.",
            "We will keep the helpline open for 90 days.",
            "Credit monitoring is available for a period of two years.",
            "A fraud alert tells lenders that someone may try to open an account in your name.",
            "Criminals could pretend to be us.",
            "If criminals open accounts in your name, call us.",
            "These details can no longer be used to access your account.",
            "Your old password cannot be used without the new code.",
            "This will have no impact on our services.",
            "We are working to minimise the impact on our customers.",
            "Like many companies across the country, we were affected by the attack.",
        ],
    ),
    # GUIDE.md, information involved: the kinds named as involved, in any phrasing; a kind
    # denied as in the place, an inquiry into whether any kind was reached, a card used
    # fraudulently, a card's monitoring offered or the HIPAA law named in full is not that
    "information-kinds-not-inquiry-denial-or-offer": (
        INFORMATION,
        [
            "The data that may have been accessed includes your name and postcode.",
            "The affected information varies by person but may include name, address and Social "
            "Security number.",
            "Exposed data: names, e-mail addresses, hashed passwords.",
            "The theft of the laptop exposed the names and addresses of 200 clients.",
            "Your name and e-mail address were among the data taken.",
            "The information at risk is your name, date of birth and NHS number.",
            "The papers had your name and diagnosis on them.",
        ],
        [
            "We stress that no identification numbers, medical or banking information was "
            "contained in this database.",
            "We are investigating whether any sensitive data, including personal and/or health "
            "information, was accessed.",
            "The review aimed to determine the scope of the incident and whether any data, "
            "including personal and/or health information, was accessed.",
            "Report any fraudulent use of your credit card to your bank.",
            "We will provide one year of credit card monitoring to help consumers.",
            "Because the laptop holds records of 500 people, the Health Insurance Portability and "
            "Accountability Act requires that we notify the media.",
            "We hold your name and address to provide our services.",
            "When you call, we will check your identity by asking for your date of birth.",
        ],
    ),
    # GUIDE.md, severity and scope: what share ("one third of our customer base"), which of our
    # places, how long told as "over three weeks" of the act, and what it could lead to ("could
    # be used for identity theft", "at greater risk of fraud"); the weeks we take to write, a
    # count of our staff, offices open as normal or a risk only supposed are not that
    "scope-share-places-weeks-and-risk-for": (
        SCOPE,
        [
            "The breach impacted roughly one third of our customer base.",
            "Both of our schools were affected.",
            "The attack affected our systems across all 14 of our sites.",
            "The mailbox was accessed on several occasions over three weeks.",
            "This data could be used for identity theft.",
            "You may be at greater risk of identity theft.",
        ],
        [
            "We will write to affected customers over the next two weeks.",
            "We contacted the affected customers over three days.",
            "Our investigation over several weeks found no further access.",
            "Three of our staff are trained to help you.",
            "Both of our offices are open as normal.",
            "Half of our customer base uses online banking.",
            "If you are at higher risk of fraud, call us.",
            "Identity theft can generally be prevented by checking your credit report.",
        ],
    ),
    # GUIDE.md, contact: "a phone number, e-mail address or web page offered for the reader's
    # questions"; the reader's own address or number named as data involved is no offer
    "contact-the-readers-own-details-are-no-offer": (
        CONTACT,
        [
            "E-mail us at privacy@acme.com.",
            "Telephone our team on 0161 496 0000 if you need help.",
            "You can e-mail our privacy officer, privacy@acme.com, with any questions.",
        ],
        [
            "Your e-mail address, jane@example.com, was involved.",
            "The phone number on your account, 555-867-5309, was exposed.",
            "Your telephone number (020 7946 0018) was in the file.",
        ],
    ),
    # GUIDE.md, severity and scope: "how many people, records or accounts" it reached; the
    # organisation's own size ("Acme has 400 employees", "we serve 2 million members") is no
    # reach, unless the same sentence tells what the breach did to them
    "scope-the-reach-not-the-organisations-size": (
        SCOPE,
        [
            "About 2,000 customers were affected.",
            "The records of 12,000 patients were copied.",
            "Roughly 3,400 people had their details exposed.",
            "In total, 2 million members were affected by the breach.",
            "We are notifying 4,200 people whose information was involved.",
            "Of our 40,000 members, about 2,000 were affected.",
            "Acme, which has 400 employees, said that 2,000 customers were affected.",
            "The attacker accessed the accounts of more than 300 of our 12,000 members.",
            "We have 2,000 customers whose data was accessed.",
            "Our 400 staff had their payroll records stolen.",
            "Around 5,000 people received the e-mail in error.",
            "The e-mail was sent to 250 parents by mistake.",
            "The breach has affected 2,000 of our 40,000 customers.",
            "Personal data belonging to 45,000 students was copied.",
        ],
        [
            "Over 20 years we have grown to serve thousands of customers.",
            "Acme has 400 employees in 12 offices.",
            "We serve more than 2 million members across the state.",
            "Acme employs 1,200 people across 15 sites.",
            "Founded in 1985, Acme now serves over 300,000 customers.",
            "Acme Health is a network of 12 clinics serving 80,000 patients.",
            "The council provides services to 150,000 residents.",
            "Today we look after the savings of more than 500,000 members.",
            "The company has more than 1 million customers worldwide.",
            "Our membership has grown to over 250,000 members.",
            "Our 2,500 employees work hard to protect your information.",
            "The practice looks after around 9,000 patients in the town.",
            "The company, with 2,000 employees in 5 countries, is based in Leeds.",
            "With 1,200 members of staff, we are a major local employer.",
            "The school district educates 14,000 students.",
            "The council is responsible for 120,000 residents.",
            "The hospital, which has 600 beds, treats 80,000 patients each year.",
        ],
    ),
    # GUIDE.md, how it happened: "the route in or the cause": a call, an e-mail or a visit from
    # someone who lied about who they were (social engineering, a pretext); a warning about
    # such calls, or being told of the breach by a caller, is not that
    "how-a-caller-who-lied": (
        HOW,
        [
            "Someone called our office pretending to be a patient and obtained her test results.",
            "A caller posing as a customer persuaded a member of staff to read out account "
            "details.",
            "A man visited the branch posing as the account holder and was given a statement.",
            "A fraudster impersonating our chief executive e-mailed the payroll team and asked "
            "for staff tax forms.",
            "The information was obtained by a caller who falsely claimed to be the patient.",
            "Our staff were deceived by a caller masquerading as a customer.",
            "An impostor visited our office pretending to be a contractor and took files from a "
            "desk.",
            "The information was obtained through a pretext call to our branch.",
            "A criminal used social engineering to trick our help desk into resetting the "
            "password.",
            "A person rang the practice, claimed to be the patient's daughter and was given her "
            "address.",
            "A visitor falsely claiming to be an engineer was allowed into the server room.",
            "The records were released to a caller who was impersonating the account holder.",
        ],
        [
            "A patient called our office and told us that her records had been shared.",
            "If someone calls pretending to be from Acme, hang up.",
            "Scammers may call you pretending to be from your bank.",
            "Be wary of anyone who contacts you claiming to be from our company.",
            "Criminals sometimes pose as bank staff to get your details.",
            "You may receive e-mails from people posing as Acme staff.",
            "Staff were told to watch for callers pretending to be customers.",
            "All employees were given training on spotting people posing as suppliers.",
            "Customers were sent guidance on scammers pretending to be from Acme.",
            "This was not a case of someone impersonating a member of staff.",
            "We have trained staff to spot callers pretending to be customers.",
        ],
    ),
    # GUIDE.md, breach date: "a single day of the act": the day a caller, an e-mail or a visitor
    # lied their way to the data is the day of the act, not a day we were told of it; the scams
    # that follow a breach and the day we learned of it are not that
    "when-the-day-of-a-pretext": (
        WHEN,
        [
            "On 3 May, someone called our office pretending to be a patient and obtained her "
            "test results.",
            "On 4 April 2023 a man visited the branch posing as the account holder and was given "
            "a copy of the statement.",
            "On 8 February, a person falsely claiming to be a police officer phoned the clinic and "
            "obtained details of two patients.",
            "On 3 May someone rang the surgery pretending to be you and was told your appointment "
            "details.",
        ],
        [
            "On 3 May we learned that someone pretending to be a patient had obtained test "
            "results.",
            "If someone calls you on or after 3 May claiming to be from us, hang up.",
            "On 3 May, customers reported getting e-mails from someone impersonating our help "
            "desk.",
            "On 3 May, a patient called our office and told us that her records had been shared.",
            "On 3 May 2024, a customer contacted us to say he had received another person's "
            "statement.",
        ],
    ),
    # GUIDE.md, discovery date: the day the organisation "found out or was told"; the day
    # someone lied their way to the data (a caller "was told her results") is the act's
    "discovery-told-by-a-caller-not-the-pretext": (
        DISCOVERY,
        [
            "On 3 May, a patient called our office and told us that her records had been shared.",
            "On 3 May 2024, a customer contacted us to say he had received another person's "
            "statement.",
            "On 3 May we were told of the breach by our bank.",
        ],
        [
            "On 3 May someone rang the surgery pretending to be you and was told your "
            "appointment details.",
            "On 12 March a caller posing as a patient was told her test results.",
            "On 3 May, someone called our office pretending to be a patient and obtained her test "
            "results.",
        ],
    ),
    # GUIDE.md, breach date: when it, this breach, happened; the date of another organisation's
    # incident, an earlier or separate one, a comparison or the wider news is not that, but our
    # own date beside such a comparison still is
    "when-ours-not-another-incidents": (
        WHEN,
        [
            "The attack, similar to one that hit another council last year, took place on 3 May "
            "2024.",
            "Like many other councils we were hit by ransomware on 3 May 2024.",
            "On 3 May 2024 we suffered a cyberattack similar to the one at another council last "
            "year.",
            "In an attack similar to those on other councils, criminals encrypted our files on "
            "3 May 2024.",
            "Our vendor, which serves many other hospitals, was attacked on 3 May 2024.",
            "The laptop was stolen at another clinic on 3 May 2024.",
            "The same criminals accessed our server again on 5 May 2024.",
            "Our systems were hacked on 9 July 2023 by the same group that attacked other "
            "hospitals.",
            "On 3 May 2024, like a number of other organisations, we were targeted by ransomware.",
        ],
        [
            "The attack was similar to one that hit another council on 3 May 2022.",
            "This attack resembles the one that hit a neighbouring council on 8 February 2020.",
            "Like the ransomware attack that struck Acme Bank on 4 June 2021, this one encrypted "
            "our files.",
            "The same group attacked another hospital on 12 March 2023.",
            "In 2021, a criminal gang hacked a neighbouring school district's systems.",
            "Earlier this year, on 12 February, another NHS trust was hit by ransomware.",
            "In a separate incident on 2 February 2022, a laptop was stolen from another practice.",
            "This follows an earlier incident on 4 April 2021, in which our website was defaced.",
            "Many organisations around the world were affected by the attack on 12 May 2017.",
            "News reports on 3 May 2024 said that hundreds of firms had been hit by the same "
            "attack.",
            "The attack is one of several to hit UK councils since January 2023.",
            "In July 2023 a number of other councils were hit by the same ransomware.",
            "Unrelated to this incident, a laptop was stolen from a staff member's car on 4 "
            "March 2022.",
            "Following the cyber incident at a neighbouring authority in June 2023, we "
            "reviewed our defences.",
            "On 31 May 2023, the software maker announced that criminals had exploited a flaw "
            "in its product.",
        ],
    ),
    # GUIDE.md, how it happened: the route in; the scams that follow a breach, aimed at its
    # readers, are not it, while staff fooled by a caller or an e-mail are
    "how-not-the-scams-aimed-at-readers": (
        HOW,
        [
            "A payroll employee received an e-mail that appeared to come from our finance "
            "director.",
            "A member of staff took a call from someone pretending to be IT support and gave "
            "them her password.",
        ],
        [
            "Some customers have received calls from people pretending to be from Acme.",
            "Several patients told us they had received calls from someone pretending to be "
            "from the surgery.",
            "From 5 June, customers began receiving texts from criminals impersonating our staff.",
            "A number of members have reported e-mails from someone posing as our bank.",
        ],
    ),
    # GUIDE.md, breach date: the days of the scams that follow a breach are not its date
    "when-not-the-scams-aimed-at-readers": (
        WHEN,
        [
            "On 3 May 2024 a member of staff took a call from someone pretending to be IT "
            "support and gave away her password.",
        ],
        [
            "Since 3 May, some customers have received calls from people pretending to be from "
            "Acme.",
            "Since 3 May 2024 a number of members have reported e-mails from someone posing as "
            "our bank.",
            "Between 3 and 9 May we received reports of calls to customers from people claiming "
            "to be from Acme.",
        ],
    ),
    # GUIDE.md, severity and scope: "which systems" it reached, said in the active of a count of
    # our places or machines; a count only possible, denied or open as normal is not that
    "scope-a-count-of-our-places-in-the-active": (
        SCOPE,
        [
            "The incident affected 12 of our offices.",
            "The attack hit three of our clinics.",
            "Ransomware encrypted 40 of our servers.",
            "The malware infected several of our computers.",
        ],
        [
            "We have 12 of our offices open.",
            "Three of our clinics are open as normal.",
            "If the attack affected any of our schools, we will tell you.",
            "The outage could have affected some of our stores.",
            "The attack never reached two of our main systems.",
        ],
    ),
    # GUIDE.md, prevention: "a lasting change to systems, rules, training, staff or vendors, or
    # the route in closed", in forms unseen letters use: the change in its own clause after the
    # first moves or beside an investigation, staff educated, checks repeated from now on, a
    # programme or money put into defences, systems reconfigured, remote access cut, warnings on
    # outside e-mail, kit encrypted by the organisation, a vendor dropped or audited, settings
    # tightened, rules tightened, a safeguard that now holds or made compulsory, a press
    # statement's reported speech, a list under a heading of the changes. Look-alikes: advice
    # to the reader in the imperative, a one-off reset out of caution, the attacker's software
    # removed, a safeguard that was already there, a vow with no change, a guarantee refused, a
    # routine that was always so, an offer to the reader, systems restored, what was done
    # before the attack
    "prevention-unseen-wordings-and-their-look-alikes": (
        PREVENTION,
        [
            "We took our systems offline, notified the police, and rebuilt our network with "
            "additional protections.",
            "We promptly disabled the compromised account, engaged outside experts to "
            "investigate, and have since enhanced our email security controls.",
            "We are working with forensic experts to investigate the incident and to further "
            "strengthen our systems.",
            "We hired specialists to investigate, to contain the threat, to restore our systems "
            "and to help strengthen our security.",
            "We are working closely with security experts to further strengthen our network.",
            "We re-educated our employees on the importance of protecting personal information.",
            "All staff have been made aware of the need to double-check e-mail addresses.",
            "Regular security audits will be carried out.",
            "Penetration testing will be carried out every year.",
            "Going forward we will test our backups and defences regularly.",
            "We have launched a programme to improve our cyber resilience.",
            "We are investing significantly in our cyber resilience.",
            "We have set up a security operations centre that watches our network day and night.",
            "We have reconfigured our servers to block this type of access.",
            "We have limited remote access to our network.",
            "We have added warnings to e-mails that come from outside our organisation.",
            "The company has also put in place enhanced endpoint detection across its network.",
            "We've switched on extra security checks for logins from new devices.",
            "We are continuing to evaluate additional ways to protect our systems.",
            "The company has since encrypted all of its laptops.",
            "We no longer work with the contractor involved.",
            "We have stopped working with the courier company involved.",
            "We have reviewed the security practices of all our suppliers.",
            "Our team has tightened the settings on the file-sharing service.",
            "The ability to download the full customer list has been removed.",
            "Passwords must now be changed every 90 days.",
            "Our e-mail system now blocks messages from suspicious senders.",
            "Several modifications have been made to the portal to improve its security.",
            "The council has changed the way it sends out council tax bills.",
            "We have improved how we detect suspicious sign-ins.",
            "We carried out a review of our security and acted on its findings.",
            "We will continue to strengthen our defences against these attacks.",
            "The weakness that the criminals used to get in has since been shut down.",
            "After finding the malicious code, we disabled the chat plug-in across all our "
            "websites.",
            "Our organisation has adopted a zero-trust approach to network access.",
            "The school has reviewed and tightened its data handling rules.",
            "Every staff account is now protected by two-factor authentication.",
            "From today, patient letters are checked by two members of staff before posting.",
            "We have signed up to a 24/7 threat monitoring service.",
            "Old customer records have been securely deleted.",
            "We've blocked logins from outside the UK.",
            "The system that was breached has been replaced with a new, more secure system.",
            "From next month, all staff will need a security key to sign in.",
            "Our payroll team will now call to confirm any change of bank details.",
            "We are writing about a recent incident.\n\nImprovements we have made\n\n"
            "- Encrypted e-mail for all patient letters\n"
            "- A second check before any bulk mailing",
            "We are writing about a recent incident.\n\nPreventing this from happening again"
            "\n\n- Two-factor authentication on every staff account\n- Monthly phishing training",
            "The company said it has since bolstered its cybersecurity defences.",
            "The retailer said it had upgraded its payment systems since the attack.",
            "The council said it would introduce new safeguards.",
            "The bank said it would strengthen its checks on new accounts.",
            "The university has since made multi-factor authentication compulsory for all staff.",
            "MFA has been made mandatory for every user.",
            "We will be providing additional education to our employees regarding phishing.",
            "We are re-evaluating our data security practices.",
            "We are evaluating our vendor relationships.",
            "We have enabled advanced threat protection on our e-mail.",
            "We have brought in a new managed security provider to watch our systems.",
            "Sensitive documents are now shredded on site.",
            "All users have been moved onto a more secure sign-in system.",
            "A full security review has led to a number of changes.",
            "We have made it harder for attackers to get into our systems.",
        ],
        [
            "The employee responsible no longer works for us.",
            "Enable multi-factor authentication on your accounts.",
            "Please add two-factor authentication to your accounts.",
            "Strengthen your passwords and turn on two-step login.",
            "We are requiring all accounts to have their passwords reset.",
            "Out of an abundance of caution, we have required a password reset for the affected "
            "accounts.",
            "We removed the malicious software from our network.",
            "We had encryption in place on the laptop.",
            "We cannot guarantee that this will not happen again.",
            "We cannot rule out that this will happen again.",
            "Nobody can promise that it will not happen again.",
            "We are doing all we can to find out what happened and to stop it happening again.",
            "We regularly review our security practices.",
            "We have a programme of training for all new staff.",
            "We have added extra staff to our call centre to answer questions.",
            "We have arranged enhanced identity monitoring for you, free of charge.",
            "We have replaced your payment card.",
            "Staff now need to be extra careful with suspicious e-mails.",
            "An audit of the affected mailbox will be carried out.",
            "A review will be carried out to determine who was affected.",
            "The attackers disabled remote access to our servers.",
            "We quickly took additional steps to secure the account.",
            "We worked with investigators to understand how the attack happened.",
            "We have securely deleted the e-mail that was sent in error.",
            "We will provide regular updates to our customers.",
            "Staff were made aware of the incident on Monday.",
            "We are writing about a recent incident.\n\nImprovements we have made\n\n"
            "- Your account now has a new password.\n"
            "- Turn on two-step verification for your account.",
            "The company said it had implemented security measures before the breach.",
            "The bank said it was reviewing its systems to find out what happened.",
            "The retailer said its payment systems had been restored.",
            "The hospital said it had restored its systems after the attack.",
            "The attackers made it harder for staff to log in.",
            "We have increased the number of staff answering calls.",
            "Our systems are protected by a range of security measures.",
        ],
    ),
    # GUIDE.md, contact: "a phone number, e-mail address or web page offered for the reader's
    # questions, help or updates ... log a ticket in our help centre": a form on the site offered
    # for queries, a page named by the organisation's own words for it, a desk reached through a
    # portal, a number masked in the filed copy of a letter, a line named with its hours and
    # number. Look-alikes: a regulator's site or line named by its initials, a form the
    # attacker used or that was itself the weak point, a bureau's fraud line
    "contact-form-named-page-or-masked-number": (
        CONTACT,
        [
            "Members of the public can contact us using the webform on our website.",
            "Please send any queries to us through our online enquiry form.",
            "Please direct all queries to the council using its webform.",
            "Residents can submit questions through the council's online form.",
            "Ongoing updates will be provided via the Trust's Cyber Incident page.",
            "Updates will be shared on our Data Incident information page as they become "
            "available.",
            "Information will be posted to the incident page of our website.",
            "Please contact our service desk via the self-service portal.",
            "If you have questions, please call 1-8XX-XXX-XXXX.",
            "If you have questions, please call (XXX) XXX-XXXX, Monday to Friday.",
            "If you have any questions, please call our call center at [TFN].",
            "For questions, please call 1-8XX-XXX-XXXX between 9 am and 5 pm.",
            "Our incident response line is staffed Monday through Friday, 9 a.m. to 5 p.m., at "
            "1-888-555-0100.",
            "You can keep up to date at www.example.com/news.",
            "Please don't hesitate to get in touch by replying to this email.",
            "You can also ask us questions through live chat in our app.",
        ],
        [
            "You can visit the ICO's website for more information.",
            "For more information about identity theft, visit the IPC's website at www.ipc.on.ca.",
            "You can contact the Federal Trade Commission at 1-877-438-4338.",
            "The vulnerability was in our website's contact form.",
            "The attackers used our online enquiry form to send malicious links.",
            "Our contact form was not affected by the incident.",
            "If you have questions, do not call 1-800-XXX-XXXX; that number is fake.",
            "The OAIC can be contacted on 1300 363 992.",
            "Experian's fraud line is 1-888-397-3742.",
            "Our call centre was closed on 12 May 2024 because of the attack.",
            "Do not reply to this e-mail.",
            "The attackers may reply to your e-mails pretending to be us.",
            "Call your bank on the number on the back of your card.",
        ],
    ),
    # GUIDE.md, breach date: "when the breach happened"; a scam named as one or foretold after
    # a breach ("from 3 May, criminals may call you") is a warning to readers, and its date is
    # not the act's; the act told with a possibility or by criminals still is
    "breach-date-not-a-scam-warning": (
        WHEN,
        [
            "On 3 May 2024 an attacker gained access to our e-mail system.",
            "Someone may have accessed the files between 1 and 3 May 2024.",
            "On 3 May 2024, staff received phishing e-mails and one member of staff entered "
            "their password.",
            "On 3 May 2024, criminals used a stolen password to enter our system.",
            "Since 3 May 2024, cybercriminals could see our customer files.",
            "Between 2 and 9 March 2024, fraudsters used a copied key card to enter the office.",
        ],
        [
            "From 3 May, criminals may call you pretending to be from our bank.",
            "Since 12 June 2024, some customers have received scam e-mails that look like ours.",
            "After 3 May, fraudsters may try to use the stolen details to contact you.",
            "Since 20 May 2024, several members have reported fake text messages about refunds.",
            "From 1 June 2024, scammers might also e-mail you about this incident.",
            "After 14 March, cyber-criminals could then target you with convincing e-mails.",
        ],
    ),
    # GUIDE.md, how it happened: a device or papers lost with a long list of what they held
    # between, an insider who took a copy without authorisation told at length, a lure's
    # look-alike that is a claim of a breach; never the attacker's copying once in, nor a denial
    "how-long-subject": (
        HOW,
        [
            "An unencrypted memory stick with names, addresses, phone numbers, dates of birth and "
            "policy numbers was mislaid.",
            "A rucksack containing a work laptop, printed rosters and a staff phone list was "
            "stolen.",
            "A clerk accessed the contact details and balances of a number of our existing "
            "account holders without a business reason.",
            "Statements were delivered to the previous address we had on file.",
        ],
        [
            "Records containing names, dates of birth and policy numbers were stolen from the "
            "database.",
            "No memory stick with names or addresses was lost.",
            "We received a message claiming that hackers had breached our payroll system.",
            "If a statement was delivered to a previous address, please contact us.",
        ],
    ),
    # GUIDE.md, how it happened: files taken or copied by the attacker are what the attacker did
    # once in, not the route; a thing stolen by a thief or burglar still is
    "how-taken-by-the-attacker": (
        HOW,
        [
            "A laptop was taken by a thief from an employee's car.",
            "Paper files were stolen by a burglar from our office.",
        ],
        [
            "The files were taken by the attacker.",
            "Documents were copied by the intruders.",
            "Some records were removed by the unauthorized party.",
        ],
    ),
    # GUIDE.md, how it happened, round s30-how: routes the tune letters told in words the rules
    # did not know (a phishing attack met, a caller under a false name, a route told as the cause,
    # an oversight, data kept wrongly, let out by staff, open without a lock, forged details, a
    # burglary, a mailbox got into first); never a definition or a general truth, a password
    # changed since, a slip pointed back to or fixed, the outcome alone told with an adverb of
    # accident, data told as sent outside with no person named
    "how-told-in-other-words": (
        HOW,
        [
            "The practice suffered a phishing attack in early March.",
            "The county experienced a phishing e-mail attack in May.",
            "The phishing e-mails tried to steal staff passwords.",
            "A caller phoned our help desk claiming to be the account holder.",
            "A caller contacted our help desk purporting to be a customer.",
            "A fault in the booking software was the root cause.",
            "A fake e-mail caused the compromise of the mailbox.",
            "The disclosure happened through a clerical oversight in the mailing team.",
            "We had been storing some card numbers in plain text.",
            "We weren't keeping the files securely.",
            "Saving the list to the shared drive was against our procedures.",
            "The posts were published by an intern on social media.",
            "The page let anyone see the records without logging in.",
            "Access restrictions on the folder were removed during an upgrade.",
            "Fake identity documents were used to open the account.",
            "A burglary that took place overnight at our office is under investigation.",
            "They reached the files after gaining access to an employee's e-mail account.",
            "Someone obtained your password from a non-Acme website and used it to log in.",
            "A laptop holding patient records has been identified as missing.",
            "Some of the contents were determined missing when the box arrived.",
            "The encryption on the tablets was not in operation at the time.",
            "A software update to our portal affected the security checks on log-ins.",
            "Two burglars entered the clinic at night.",
            "The thief took the laptop from the back seat of the car.",
            "The attacker got in through a compromised account of one of our suppliers.",
            "After a worker clicked a fake link, the intruder got into her mailbox and sent "
            "phishing e-mails.",
        ],
        [
            "Phishing is when a criminal sends an e-mail that looks genuine.",
            "Phishing e-mails are attempts to get your password by pretending to be a bank.",
            "A phishing e-mail tries to trick someone into giving up a password by appearing to "
            "come from a bank.",
            "Credential stuffing attacks can occur when people reuse passwords on many sites.",
            "This kind of fraud can happen when the same password is used on several sites.",
            "After the phishing attack the staff password was changed, so the stolen login could "
            "no longer be used.",
            "We checked every account affected by this bug.",
            "Our engineers fixed the error the same afternoon, via a software update.",
            "Combined with posts, a location could help someone guess who the user is.",
            "The list covered customers whose accounts were open as of May, by branch.",
            "The e-mail addresses of some customers were inadvertently shared with other "
            "recipients.",
            "The records were accidentally leaked to one outside person.",
            "Personal information had been shared outside of the company by our service provider.",
            "If you experienced a phishing attack, please tell us.",
            "Our regulator provides administrative oversight of the programme.",
            "We do not store passwords in plain text.",
            "This notice was posted by a member of staff.",
            "The delays caused by this incident were brief.",
            "We took the computer off-line and called our IT provider.",
            "We took action against the compromised account within the hour.",
            "We reviewed every e-mail within the compromised mailbox.",
            "We removed the infected file and secured the website.",
            "Your staff ID and password are used for many of our online services.",
            "An outsider gained access to one mailbox and sent phishing e-mails to the address "
            "book.",
            "Several staff e-mail accounts were sending phishing e-mails.",
            "No laptop has been identified as missing.",
            "If the encryption was turned off, please call us.",
            "The software update will affect the security settings of your account.",
        ],
    ),
    # GUIDE.md, contact: a phone number, e-mail address or web page offered for the reader's
    # questions, help or updates, said without a verb of calling ("let us know on", "our team is
    # on"), as a line labelled by its use, a number alone under a heading that offers it, a
    # hidden e-mail address, a national number's grouping, a branch to visit, our own page as
    # where the news is; never a bureau's, the FTC's or a charity's line, a caller's pretended
    # number, an address no longer read, nor this letter or our systems
    "contact-without-a-verb-of-calling": (
        CONTACT,
        [
            "If you notice anything unusual, let us know on 0800 123 4567.",
            "If anything looks wrong, please tell us at fraud@example.co.uk.",
            "You can make a complaint to us at complaints@example.co.uk.",
            "Message us on WhatsApp at +44 7700 900123.",
            "Our team is on 0800 123 4567 if you want to talk.",
            "We're on 0800 123 4567, seven days a week.",
            "Our lines are open 8am to 8pm on 0800 123 4567.",
            "Our staff are standing by at 1-888-555-0123.",
            "Helpdesk: 0800 123 4567",
            "Incident line: 0800 123 4567",
            "Contact: privacy@example.com",
            "We are writing about an incident.\n\nQuestions?\n1-888-555-0123",
            "We are writing about an incident.\n\nContact us\n\n0800 123 4567\nhelp@example.co.uk",
            "We are writing about an incident.\n\nNeed help?\nhelp@example.co.uk",
            "If you have any questions, please email us at [email\u00a0protected].",
            "Please contact our privacy team at privacy [at] example [dot] com.",
            "If you have questions, call us on 1300-123-456.",
            "If you have questions, call us on 1800 22 33 44.",
            "A dedicated inbox has been created at incident@example.co.uk.",
            "Details are at example.co.uk/incident.",
            "Read more at example.co.uk/incident.",
            "You can read our FAQs at example.com/faq.",
            "You are welcome to visit any of our branches, where our staff can answer your "
            "questions.",
            "You can also speak to a member of staff in any of our stores.",
            "We'll update our website as soon as we know more.",
            "Our status page will have the latest updates.",
            "The latest information is on our website.",
            "We will share the findings on our website.",
            "A Q&A is available on our website.",
            "Please revisit this page for updates.",
            "We have created a dedicated page on our website with more information.",
            "If you have questions, please contact us at [email address].",
            "If you have questions, please email <<Email Address>>.",
            "If you have questions, visit example.sg/notice.",
            "For more information, please visit example.no/varsel.",
        ],
        [
            "Let us know if you have any questions.",
            "Our team is on the case.",
            "Our office is at 12 Main Street.",
            "Our lines were down on 3 May 2024.",
            "The attacker told us on 12 May that they had the data.",
            "Someone sent us a message on 0800 123 4567 claiming to be a customer.",
            "If you receive a call from 0800 123 4567 claiming to be us, hang up.",
            "The email address help@example.com is no longer monitored.",
            "For free advice, call Citizens Advice on 0808 223 1133.",
            "Victim Support can be reached on 0808 168 9111.",
            "To request a free credit report, call 1-877-322-8228.",
            "You may order a free copy of your credit report by calling 1-877-322-8228.",
            "For more information\n1-877-438-4338",
            "We are writing about an incident.\n\nQuestions?\nTransUnion 1-800-680-7289",
            "We are writing about an incident.\n\nWhat we are doing\n0800 123 4567",
            "We are writing about an incident.\n\nContact us\nThe attackers used 0800 123 4567 "
            "to call staff.",
            "Email: dataincident@example.co.uk",
            "Tel: 0800 123 4567",
            "The laptop was taken from one of our branches.",
            "Please visit your GP if you are worried about your health.",
            "This notice contains information about the incident.",
            "We are updating the app to fix the flaw.",
            "We will update our website to fix the flaw.",
            "We will share the findings with the police.",
            "The vendor's website has more information.",
            "Our website had no information about the attack.",
            "We added a page to our website for job applicants.",
            "Answers to your questions are in this letter.",
            "The data included your [email address] and phone number.",
            "If you have any further questions, do not hesitate to contact me at",
        ],
    ),
    # GUIDE.md, severity and scope: how far it went in forms no tune letter used: a count with
    # a hedge or a share in words, a vague share of people, one person's file, how long in any
    # number, what it did not reach or held only, the whole reached, the risk weighed in more
    # words; never our letters, staff or offers, a scam at readers, a generic threat, a denial of
    # knowledge or the list of data alone
    "scope-unseen-wordings-and-their-look-alikes": (
        SCOPE,
        [
            "Up to 400 staff may have had their bank details taken, and 120 certainly did.",
            "Less than one per cent of our members were affected by the breach.",
            "Two-thirds of the accounts were accessed.",
            "Some of our patients' records were viewed.",
            "The attack affected certain customers who paid by card.",
            "In some cases, bank details were also taken.",
            "The names of 250 pupils were in the spreadsheet.",
            "Fewer than ten customers' accounts were opened by the intruder.",
            "Several hundred patients' records were viewed.",
            "Your record was one of 820 that were accessed.",
            "One patient's file was viewed by the intruder.",
            "The laptop belonged to one of our nurses and was stolen from her car.",
            "The intruder remained in our network for eleven days.",
            "For nearly a month, the database could be reached by anyone with the link.",
            "The server was open to the internet for several months before we closed it.",
            "The malicious code was active on our checkout page between 14 June and 2 July 2023.",
            "The breach did not extend to our payment systems.",
            "Our clinical systems were unaffected.",
            "The hackers got no further than our guest wi-fi network.",
            "Our online store was not affected.",
            "The file that was taken held only names and e-mail addresses.",
            "The intruder accessed only names and phone numbers, not bank details.",
            "The attacker copied our entire customer database.",
            "Our pharmacy and patient records systems were both affected.",
            "The stolen laptop held files on every pupil in Year 9.",
            "The ransomware spread to all of our servers.",
            "Not all customers were affected by the incident.",
            "The exposure affected members who joined before 2015.",
            "The harm to you is likely to be minor.",
            "There is a serious risk that the data will be misused.",
            "The stolen details could be used in targeted phishing scams.",
            "The data is of little use to criminals without your password.",
            "Because the passwords were scrambled, they cannot be read by the thieves.",
            "We think it unlikely that the information will be misused.",
            "Because your password was taken, someone could log in to your account.",
        ],
        [
            "Several members have asked whether the incident affects them.",
            "We e-mailed some of our customers about the incident last week.",
            "Some customers have received calls from people posing as our staff.",
            "Some of our members use the same password on other sites.",
            "50 staff are available to answer your calls about the incident.",
            "Our 300 volunteers were told about the incident at a meeting.",
            "The helpline will be open for two weeks.",
            "We monitored the account for 30 days after the intrusion.",
            "The attackers are still unknown; our investigation ran from 3 May to 9 June 2024.",
            "Between 1 May and 30 June 2024 we will offer free credit monitoring to anyone "
            "affected by the attack.",
            "Criminals may keep stolen data for years before using it.",
            "The letter did not go to the right address.",
            "We only hold your name and e-mail address.",
            "This list only includes names, so please do not worry.",
            "We have reviewed our entire network and secured it.",
            "Blackbaud's systems were accessed.",
            "IT systems were affected.",
            "The threat from ransomware is high for all businesses.",
            "We are taking steps to reduce the risk that your information is misused.",
            "There is always a risk that data will be misused.",
            "Fraudsters often use stolen data in phishing scams.",
            "If your account was affected, someone could log in to your account.",
            "We reset all passwords so that criminals could not log in to your account.",
            "Malware can spread to all of the computers on a network if it is not stopped.",
            "We do not yet know whether all customers were affected.",
            "We protect the data of all our customers, and we are sorry about this incident.",
            "Our stores remain open and card payments are working as normal.",
            "Scammers often try to get into your e-mail by guessing passwords.",
            "We have no evidence of misuse of your information.",
            "We serve more than 2 million customers across the country.",
        ],
    ),
    # GUIDE.md, information involved: the kinds named as UK, Irish, Australian and US notices
    # name them ("driving licences", "sort codes", "exam results", "next of kin"); never a kind
    # only asked about ("whether"), denied with what we know ("no indication that"), named in
    # advice, an enrolment's or freeze's needs, our general holding of data, where we will write,
    # charges seen on cards, addresses we blocked, a generic criminal's habit, or said to be safe
    "information-kinds-in-more-words-not-their-other-uses": (
        INFORMATION,
        [
            "Copies of passports and driving licences were on the server.",
            "Bank sort codes and account numbers were visible to other users.",
            "Your name, address and IBAN were printed on the misdirected statement.",
            "The personal data concerned comprises your name, date of birth and policy number.",
            "The intruder could see your account balance and recent transactions.",
            "Pupils' exam results and dates of birth were sent to the wrong parents.",
            "The spreadsheet listed pupils' names, dates of birth and special educational needs.",
            "The stolen file included staff next of kin and emergency contact details.",
            "Your payslips and pension details were on the payroll file that was taken.",
            "The records accessed show ethnicity, nationality and marital status.",
            "Names and contact details were accessed.",
            "Criminal records information belonging to some residents was involved.",
        ],
        [
            "We are investigating whether any names or addresses were accessed.",
            "Files were taken from our network. We are still working to establish whether names "
            "or dates of birth were in them.",
            "There is no indication that passwords or financial data were exposed.",
            "We do not believe that any bank details were accessed.",
            "We have no reason to believe that your Social Security number was compromised.",
            "Customers reported unauthorised charges on their payment cards.",
            "We blocked traffic from suspicious Internet addresses.",
            "Fraudsters sometimes use stolen e-mail addresses and passwords from other sites.",
            "Identity thieves use names and dates of birth to open accounts.",
            "Hackers stole files from our server. We hold names, addresses and dates of birth "
            "for all our members.",
            "The attacker accessed our booking system. To enrol in monitoring you will need your "
            "Social Security number.",
            "The attackers stole data from our systems. Place a freeze by giving your name, "
            "address and Social Security number.",
            "Our server was accessed without permission. Please provide your membership number "
            "when you call.",
            "Our e-mail system was compromised. We will send a new card to your home address.",
            "Our website was attacked. Your payment card details are safe.",
            "Data was stolen from our partner. Update the phone number and e-mail address we hold "
            "for you in your account settings.",
            "We did not have enough contact information to write to some individuals.",
            "Files were taken from a laptop owned by the Department of Developmental Disabilities.",
        ],
    ),
    # GUIDE.md, breach date: the act dated in forms told by what they mean rather than by one
    # wording: what there was ("there was unauthorised access"), the act named by a noun with
    # its date ("the theft of the laptop on 3 May"), a timeline line, the first or last trace,
    # the act lasting until a day, a fault that laid data open, a service knocked out; never our
    # telling, finding, mending or help with the date after its verb, a denial or a safeguard
    # "since" a day, a trend of attacks on a kind of body, our own messages
    "breach-date-what-there-was-named-or-timeline": (
        WHEN,
        [
            "On May 23, 2024, there was unauthorized access to our student records system.",
            "There was a break-in at our Leeds office on 3 March 2024.",
            "On the night of 3 March 2024 there was a burglary at the surgery.",
            "The incident of 3 May affected our booking system.",
            "The cyberattack of 14 February 2024 affected our patient portal.",
            "The theft of a laptop from our office on 3 March 2024 put patient records at risk.",
            "The theft of the laptop on 3 May 2024 is being investigated by police.",
            "Unauthorised access to the payroll system on 3 May 2024 exposed staff bank details.",
            "The accidental disclosure on 3 May 2024 involved a spreadsheet of pupils' names.",
            "3 May 2024 – Criminals access the file server",
            "May 3, 2024 - Unauthorized access begins",
            "The earliest unauthorised access was on 3 May 2024.",
            "The last unauthorised log-in was on 9 May 2024.",
            "The hackers remained in our systems until 9 May 2024.",
            "The intruder's access lasted until 9 May 2024, when we blocked it.",
            "Incident date: 4 February 2024",
            "The misdirected letters were posted on 2 May 2024.",
            "Starting on 5 March 2024, someone tried thousands of passwords on our customers' "
            "accounts.",
            "A bug introduced on 1 May 2024 exposed account details until it was fixed on 4 May.",
            "A software update on 1 May 2024 caused an error that showed customers other "
            "people's orders.",
            "A misconfiguration on 1 May 2024 left the database open to the internet.",
            "A box of paper records was left in an unlocked room on 4 May 2024.",
            "On 4 May, our phone lines and website went down because of a cyberattack.",
            "Our investigation determined that the intrusion had begun on 1 May 2024.",
            "We later learned that, on or around 29 April 2024, an outside party got into our "
            "database.",
            "On 2 April 2024 we found that, earlier that same day, someone had logged into a "
            "staff mailbox.",
        ],
        [
            "There has been no unauthorised access since 9 May 2024.",
            "There has been an increase in attacks on schools since January 2024.",
            "We notified the ICO of the breach on 3 May 2024.",
            "The attack was reported to the police on 3 May 2024.",
            "We discovered the theft of the laptop on 3 May 2024.",
            "The board was briefed about the breach on 3 May 2024.",
            "We will hold a public meeting about the breach on 20 June 2024.",
            "5 May 2024 – Acme detects the intrusion",
            "9 May 2024: forensic firm engaged to investigate the attack",
            "12 May 2024 – Notification letters mailed to affected customers",
            "The first sign of the intrusion was found on 3 May 2024.",
            "The monitoring service remained available until 30 June 2025.",
            "We have been a member of the scheme since 3 May 2010.",
            "Our website has been redesigned since 3 May 2024.",
            "All laptops have been encrypted since January 2023.",
            "No further unauthorised access has occurred since 5 May 2024.",
            "Between 10 and 14 June 2024, we held drop-in sessions for affected patients.",
            "The stolen laptop was recovered by police on 9 May 2024.",
            "The police have told us the stolen laptop was found on 9 June 2024.",
            "Our last e-mail to you was sent on 3 May 2024.",
            "We confirmed on 3 May 2024 that files had been copied.",
            "We detected the unauthorized access on 3 May 2024 and immediately disabled the "
            "account.",
            "The attack was contained on 6 March 2024.",
            "On 12 May 2024 the company announced that it had been hit by a cyberattack.",
            "The press release of 5 March 2024 described the incident.",
        ],
    ),
    # GUIDE.md, prevention: "steps to prevent a recurrence", "to reduce the risk of this happening
    # again", said of a repeat however it is named ("a similar event", "another attack of this
    # kind") and however its chance is lowered; never a consultant's brief to advise, the
    # reader's own risk, a promise no one can make, or stopping this attack
    "prevention-a-repeat-made-less-likely": (
        PREVENTION,
        [
            "We have taken measures to reduce the likelihood of a similar event.",
            "We took steps to mitigate the risk of a similar incident occurring.",
            "We have since taken a number of steps to lessen the chance of a similar incident.",
            "To minimise the risk of a similar breach, we have reviewed all our user accounts.",
            "We have changed our procedures to guard against another attack of this kind.",
            "Our aim is to lower the risk of this type of mistake as far as we can.",
        ],
        [
            "Understand the source of the attack and advise on steps to reduce the likelihood "
            "of similar incidents.",
            "We cannot guarantee that a similar incident will never happen.",
            "You can reduce the risk of a similar scam by using strong passwords.",
            "To reduce your risk of identity theft, we are offering credit monitoring.",
            "We took steps to prevent further unauthorised access to the server.",
            "Similar incidents have affected many schools this year.",
        ],
    ),
    # GUIDE.md, prevention: "we have enhanced our security measures", in the rarer verbs and in
    # the passive of work under way or done; never systems restored, reviewed for the
    # investigation or protected as they always were
    "prevention-rarer-verbs-and-work-under-way": (
        PREVENTION,
        [
            "The company has augmented its security controls.",
            "We have already begun work to shore up our defences.",
            "Our technology partner is beefing up protections on our servers.",
            "The organisation has stepped up its cyber security.",
            "Our systems are being upgraded.",
            "New safeguards are being introduced across the trust.",
            "Further security controls were put in place in March.",
            "Work to replace our legacy servers is under way.",
            "We will be introducing further improvements over the coming months.",
            "Further improvements to our systems are planned.",
            "The council is reviewing its information governance arrangements and will make "
            "any changes needed.",
        ],
        [
            "Our systems are being restored from clean backups.",
            "Our systems are being reviewed by forensic experts.",
            "Our systems were protected by firewalls.",
            "The security controls were bypassed by the attackers.",
            "Work to restore our systems is under way.",
            "We will make further updates to this page as we learn more.",
        ],
    ),
    # GUIDE.md, prevention: "changed processes or policies", a rule or check set up in any tense
    # ("instituted", "established", "brought in"); never what the attacker set up, what was there
    # before, or a line for the readers' questions
    "prevention-a-rule-or-check-set-up": (
        PREVENTION,
        [
            "We have instituted new protocols for handling patient files.",
            "The hospital has since introduced a two-person check on all outgoing mail.",
            "We are establishing stricter rules for approving payments.",
            "We have brought in new rules on the use of personal devices for work.",
            "We have put stricter limits on how much data staff can download.",
            "Additional checks are now carried out before any data is released.",
            "Passwords must now be at least 12 characters long.",
            "Our IT team has rolled out stronger rules for everyone.",
        ],
        [
            "The attackers created new rules in the mailbox to hide their e-mails.",
            "We had put strict controls in place long before the incident.",
            "We have set up a dedicated helpline for those affected.",
            "Additional checks showed that no other systems were affected.",
            "We have put a temporary hold on online payments while we investigate.",
            "Your password must be at least 12 characters long.",
        ],
    ),
    # GUIDE.md, prevention: "a replaced or audited vendor": a new provider, a safer platform, a
    # contract made stricter; never a firm hired for the investigation, the letters or advice
    "prevention-vendor-replaced-or-bound": (
        PREVENTION,
        [
            "Following this incident we appointed a new IT provider.",
            "We have amended our contract with the supplier to require stronger security.",
            "The retailer has since moved its online shop to a more secure payment platform.",
            "We have changed our hosting provider.",
            "We are moving all of our records to a more secure cloud platform.",
            "The clinic has replaced its old fax machine with secure electronic messaging.",
        ],
        [
            "We hired a new law firm to advise us on our obligations.",
            "We engaged a new forensic firm to investigate the incident.",
            "Last year we moved to a new booking platform with more features.",
            "We are reviewing the contract with the vendor to understand our rights.",
            "We engaged a new company to send these letters.",
            "The hackers moved the data to a server overseas.",
        ],
    ),
    # GUIDE.md, prevention: "staff training" and "a lasting change to ... staff", in any tense:
    # retraining, refresher courses, practice phishing, discipline, lessons built into the work;
    # never the yearly routine or a phishing e-mail the attacker sent
    "prevention-staff-retrained-in-any-tense": (
        PREVENTION,
        [
            "We are retraining our staff on data handling.",
            "Staff have undertaken refresher training.",
            "The hospital is retraining all reception staff in privacy procedures.",
            "Employees are now going through additional privacy training.",
            "We have disciplined the employee concerned.",
            "Our staff will receive regular phishing simulations from now on.",
            "Lessons learned from this incident are being built into our procedures.",
        ],
        [
            "All staff undergo annual training on data protection.",
            "Staff are trained to recognise phishing e-mails.",
            "Our employees complete privacy training every year.",
            "The attacker sent a phishing e-mail to our staff.",
            "This was not a phishing test.",
            "We have reminded you to be careful with e-mails.",
        ],
    ),
    # GUIDE.md, prevention: "new or upgraded tools", "access limited", "the route in closed",
    # said of the tool, the access or the fault; never the attacker's software, access cut while
    # the attack was dealt with, or who happened to be affected
    "prevention-a-tool-access-or-fault-changed": (
        PREVENTION,
        [
            "The firm has installed software that blocks suspicious attachments.",
            "We have upgraded the technology we use to screen incoming e-mail.",
            "We have established a round-the-clock security operations centre.",
            "We have limited access to the system to a small number of authorised staff.",
            "Only a small number of senior staff can now access the payroll system.",
            "The school will now send reports through the parent portal rather than by e-mail.",
            "We have redesigned our mailing process so that every envelope is checked twice.",
            "The gap in our systems that allowed this to happen has been closed.",
            "We have corrected the fault that sent letters to the wrong address.",
            "We've learned from this and made changes to how we share files.",
        ],
        [
            "The hackers installed software that encrypted our files.",
            "Only a small number of customers were affected.",
            "Only staff in the finance team had access to the file.",
            "We restricted access to the server while we investigated.",
            "We will now write to everyone affected.",
            "We have moved the affected customers to new account numbers.",
        ],
    ),
    # GUIDE.md, prevention: never containment said with "measures", a change made before this
    # incident, or what is done for the readers alone (their accounts watched, an offer, a
    # refund); a sentence that names a lasting change of the organisation's own still counts
    "prevention-not-for-the-readers-or-before": (
        PREVENTION,
        [
            "We have strengthened our security controls and are offering you identity protection.",
            "We have improved our systems and added alerts to customer accounts for unusual "
            "log-ins.",
            "We are offering identity protection services and have added e-mail security training "
            "for all staff.",
            "Alongside free credit monitoring for those affected, we are hardening our network.",
        ],
        [
            "We implemented measures to stop the unauthorised access to our network.",
            "We immediately implemented additional measures to block the attacker.",
            "In 2019, after a previous incident, we introduced two-factor authentication.",
            "We had upgraded our firewall a month before the attack.",
            "We have enhanced monitoring of your account for suspicious activity.",
            "We have added extra fraud monitoring to the affected accounts.",
            "We have added a note to your file so that staff will ask extra security questions.",
            "We have enhanced the identity protection services we are offering you.",
            "We have upgraded the credit monitoring offer to 24 months.",
            "We introduced a new payment plan for customers affected.",
            "We have implemented a process to refund any fraudulent charges.",
            "We changed the passwords for all the accounts involved as a precaution.",
        ],
    ),
    # GUIDE.md, prevention: "the route in closed" for good, staff given new guidance, a lasting
    # routine, said by a department or team; never the account broken into shut, guidance for
    # the readers, or the routine as it always was
    "prevention-shut-for-good-or-guidance-given": (
        PREVENTION,
        [
            "Our IT department has hardened every laptop and rolled out automatic updates.",
            "The shared password for the reception computer has been replaced with individual "
            "logins.",
            "We will be switching off the old remote desktop service for good.",
            "We have closed the unused accounts that were left open.",
            "Our teams are being given new guidance on spotting suspicious e-mails.",
            "We now back up our data every night to a separate, secure location.",
            "We have enrolled all staff in a cyber security awareness programme.",
            "Patient records can no longer be printed at home.",
            "The USB ports on our computers have been disabled.",
        ],
        [
            "We closed the affected accounts to stop the fraud.",
            "We have disabled the e-mail account that was compromised.",
            "The old remote desktop service was how the attackers got in.",
            "We are giving affected patients new guidance on spotting scams.",
            "We back up our data every night.",
            "We have enrolled all affected customers in a credit monitoring service.",
            "We now know that the attack began in March.",
            "We have strengthened our commitment to transparency.",
        ],
    ),
    # GUIDE.md, prevention: the lasting change said after the first moves, as a noun, or against
    # "similar attacks", in the long sentences notices use; the same openings that go on to the
    # investigation, the notification or restoring service do not count
    "prevention-after-the-first-moves-or-as-a-noun": (
        PREVENTION,
        [
            "Upon learning of the incident, we promptly secured the account and have since "
            "implemented enhanced e-mail security, including multi-factor authentication for all "
            "users.",
            "While our investigation continues, we have already taken steps to harden our "
            "environment against similar attacks.",
            "We are evaluating our vendor management program and will be making changes as "
            "appropriate.",
            "We have taken this incident very seriously and have put in place further technical "
            "and organisational measures.",
            "Our board has directed an overhaul of our information security programme.",
            "We are working with our IT provider to put additional protections in place.",
            "We have started using a secure file transfer system for sending documents to clients.",
            "Moving forward, we will require vendors to meet stricter security standards.",
        ],
        [
            "Upon learning of the incident, we promptly secured the account and began an "
            "investigation.",
            "While our investigation continues, we have no evidence that your data has been "
            "misused.",
            "Technical and organisational measures were in place at the time of the incident.",
            "We are working with our IT provider to restore the affected systems.",
            "Our incident detection tools alerted us to the suspicious activity.",
            "The board has been briefed on the incident.",
            "The introduction of the new system was delayed by the attack.",
            "We have taken steps to ensure that your information is protected, including "
            "offering credit monitoring.",
        ],
    ),
    # GUIDE.md, discovery date: the day the organisation found out or was told; not the day a
    # regulator was told (by its name or initials), nor a finding of nothing
    "discovery-dated-not-a-regulator-nor-a-finding-of-nothing": (
        DISCOVERY,
        [
            "On 9 May 2024 we discovered that files had been copied.",
            "On 3 May 2024 we learned that an unauthorised person had accessed our systems; we "
            "later confirmed that no card data was involved.",
            "After discovering the incident on 3 May 2024, we shut down the server.",
            "Upon discovering the attack on 3 May, we called in experts.",
            "On 3 May we found that no backup had been kept of the files, which an attacker had "
            "deleted.",
            "Our forensic review concluded on 9 May 2024 that data was copied.",
            "Upon learning of it, we reviewed the files and, on 27 March 2024, we found that "
            "some held personal information.",
        ],
        [
            "On 9 May 2024 the ICO was notified of the breach.",
            "The Information Commissioner's Office was informed on 9 May 2024.",
            "The OAIC was notified on 4 May.",
            "The investigation concluded on 9 May 2024 that no data was taken.",
            "Our review established on 9 May 2024 that no customer data had been accessed.",
            "On 3 May 2024, our investigation confirmed that there was no evidence of access to "
            "card data.",
        ],
    ),
    # GUIDE.md, contact: a phone number, e-mail address or web page offered for the reader's
    # questions, on the lines under a lead-in that offers them, typed without a marker ("If you
    # have questions, please contact:" then a name and a number); never a letterhead under
    # "From:", nor the lines under a lead-in that names another body, warns or tells the attack
    "contact-details-under-a-lead-in": (
        CONTACT,
        [
            f"{_LEAD_IN_OPENING}{lines}"
            for lines in (
                "If you have any questions, please contact:\n\nPrivacy Office\n1-800-555-0100",
                "If you have questions, please contact:\n\nJane Doe\nData Protection Officer\n"
                "jane.doe@example.org",
                "For more information, contact:\n\nCustomer Care\n0800 123 4567",
                "You can reach us at:\n\n0161 555 0172",
                "Should you have any queries, please get in touch with:\n\nThe Data Protection "
                "Officer\ndpo@example.ie",
                "For further information, please write to:\n\nPrivacy Office\nPO Box 1234\n"
                "Springfield, IL 62701",
                "If you have concerns, you can call our dedicated line:\n\n1-888-555-0123",
                "To speak with a member of our team, call:\n\n(555) 123-4567",
                "For additional details, please contact:\n\nMaria Lopez, Practice Manager\n"
                "(02) 9876 5432",
                "Our helpline is open Monday to Friday, 9am to 5pm:\n\n0800 321 6543",
                "Contact details for questions about this notice:\n\nPrivacy Team\n"
                "privacy@example.com",
                "If you would like to talk to someone, please e-mail:\n\ncare@example.org",
                "For assistance, please reach out to:\n\nIT Service Desk\nservicedesk@example.edu",
                "Questions about this letter may be sent to:\n\nOffice of Compliance\n"
                "123 Main Street, Suite 400\nSpringfield, IL 62701",
                "If you have questions or concerns, please contact us at:\n\n"
                "www.example.org/notice",
                "If you have questions, please contact:\n\nJane Doe\nPrivacy Officer\n\n"
                "1-800-555-0100",
            )
        ],
        [
            f"{_LEAD_IN_OPENING}{lines}"
            for lines in (
                "From:\nAcme Health Ltd\n12 Main Street\nSpringfield, IL 62701\n1-800-555-0100",
                "From:\n\nAcme Health Ltd\n0161 555 0172",
                "To place a fraud alert, contact the credit bureaus:\n\nEquifax\n1-800-525-6285",
                "For more information about identity theft, contact:\n\nFederal Trade "
                "Commission\n600 Pennsylvania Avenue NW\nWashington, DC 20580",
                "You can report it to the police:\n\n101",
                "If you have questions about your card, call your bank:\n\n1-800-555-0100",
                "The information involved included:\n\nName\nEmail address\nPhone number",
                "Please be wary of messages from:\n\nhelp-desk@secure-login.net",
                "Our offices are at:\n\n12 Main Street\nSpringfield, IL 62701",
                "The incident affected the following sites:\n\nwww.example.org\nshop.example.org",
                "Do not call these numbers:\n\n0800 555 0111",
                "Sincerely,\n\nJane Doe\nChief Executive\n1-800-555-0100",
                "You can contact the Information Commissioner's Office:\n\n0303 123 1113",
                "The phishing e-mail asked staff to call:\n\n0800 555 0111",
                "Scammers may pretend to call from:\n\n0800 555 0111",
                "We were notified by:\n\nAcme Security Researchers\nresearch@acme-sec.com",
            )
        ],
    ),
    # GUIDE.md, contact: a phone number, e-mail address or web page offered for the reader's
    # questions, under a heading that offers it on the letter's first line, or on the short
    # lines of a name and its details; a title over a number offers nothing, nor does a
    # heading over another body's line
    "contact-under-a-first-line-heading": (
        CONTACT,
        [
            "Questions?\n\n1-888-555-0123",
            "Questions\n\n0800 123 4567 (Monday to Friday, 9am to 5pm)",
            "Need help?\n\n1-833-555-0199",
            "Need more information?\n\nwww.example.org/incident",
            "How to reach us\n\n1-800-555-0100",
            "Got questions?\n\n(02) 9876 5432",
            "For More Information\n\n1-888-555-0123",
            "Contact Information\n\nPrivacy Office\nprivacy@example.com\n1-800-555-0100",
            "Any questions?\n\nOur Data Protection Officer\ndpo@example.ie",
            "We are sorry.\n\nEnquiries\n\n020 7946 0000",
        ],
        [
            "Notice of Data Breach\n\n1-888-555-0123",
            "Acme Health Ltd\n\n0161 555 0172",
            "Questions?\n\nWe answer the most common ones below.",
            "Need help?\n\nCall Equifax at 1-800-525-6285.",
            "Questions?\n\nThe Federal Trade Commission: 1-877-438-4338",
            "Important Information\n\n1-888-555-0123",
            "Data Security Incident\n\nwww.example.org",
            "Timeline\n\n2024-05-02 09:30 Attack detected",
        ],
    ),
    # GUIDE.md, contact: a web page offered for the reader's questions, under any country's
    # domain ("acme.sg", "acme.co.za"); a capitalised word after a missing space is prose
    "contact-web-page-under-a-country-domain": (
        CONTACT,
        [
            "If you have questions, please visit acme.sg or write to us.",
            "For more information, please see acme.com.my/notice.",
            "Updates will be posted at health.gov.sg as they become available.",
            "If you have any questions, please go to acme.co.za/help.",
            "Questions can be raised through acme.hk/enquiry.",
            "For help, please visit Acme.No/varsel.",
            "If you are worried, please see acme.nl for advice from our team.",
            "If you have questions, visit acme.pl or call our helpline.",
        ],
        [
            "It happened.In May we found it and we have questions for the police.",
            "We lost some data.It was not encrypted, and questions remain.",
            "We told all of us.No questions were asked.",
            "We are sorry.Is there anything we can help with?",
            "We have questions about the data.My team is working on them.",
        ],
    ),
    # GUIDE.md, contact: a phone number or postal address offered for the reader's questions,
    # in the forms the groups above left out (a letter addressed to us, a care line with its
    # number set off by commas, guidance on our site); never the number a call comes from, an
    # address whose own name says "help" or "support" when the sentence offers nothing, nor
    # another body's line
    "contact-addressed-or-a-care-line-not-a-callers-number": (
        CONTACT,
        [
            "Questions may be addressed to the Privacy Office, 123 Main Street, Springfield, IL "
            "62701.",
            "Any concerns can be directed to the Compliance Office, PO Box 4410, Springfield.",
            "Our customer care line, 1-800-555-0100, is staffed seven days a week.",
            "The customer service centre, on 0800 555 0100, is open until 8pm.",
            "Our customer support desk, 0161 555 0172, opens at 9am.",
            "Further guidance can be found on our website, acme.org.uk/guidance.",
        ],
        [
            "If you receive a call from 0800 555 0111, hang up.",
            "Customers have reported calls from 0800 555 0111 asking for card details.",
            "The attackers used help@acme-support.com to send phishing e-mails.",
            "The messages came from support-desk@acme-helpline.com.",
            "The letters were addressed to the wrong street, 12 Main Street.",
            "Some customers received calls from 0800 555 0111 asking for their PIN.",
            "The helpline of the National Cyber Security Centre is 0300 123 2040.",
            "If you have questions about your credit report, the credit bureaus can help: "
            "1-800-555-0100.",
        ],
    ),
    # GUIDE.md: "a denial ('no Social Security numbers were involved' for information involved)
    # ... does not" carry the item, in every order English puts the negation (issue 13, shared
    # macro {:not_involved:})
    "information-denied-in-any-order": (
        INFORMATION,
        [
            "Names and e-mail addresses were accessed.",
            "The stolen laptop held patient names and diagnoses.",
            "Payment card numbers and expiry dates were stolen.",
            "The data taken included names, addresses and passport numbers.",
            "While we do not believe the attacker had access to all of our files, the files it "
            "reached included names and addresses.",
        ],
        [
            "None of your payment card details were accessed.",
            "None of the files contained Social Security numbers.",
            "Your date of birth wasn't included in the file.",
            "Passwords weren't accessed.",
            "The stolen laptop did not contain Social Security numbers.",
            "The file didn't include your date of birth.",
            "At no time were your card details accessed.",
            "At no point was your Social Security number exposed.",
            "Your bank details have not been compromised.",
            "Your password hasn't been affected.",
            "Neither your bank account number nor your password was involved.",
            "Social Security numbers and bank details were untouched.",
            "We do not believe the intruder accessed any bank details.",
            "The following were not extracted: passwords and card numbers.",
            "We do not store card numbers on this system.",
            "There was no access to the medical records held in our clinic system.",
            "No payment information such as card numbers, bank account numbers, sort codes or "
            "security codes was obtained.",
            "Your e-mail address has not been shared with anyone else.",
        ],
    ),
    # GUIDE.md, law enforcement: the police, in Ireland An Garda Síochána, "the Gardaí" (with or
    # without the fada); the discovery date is never the day they were told
    "law-enforcement-gardai": (
        "content.law-enforcement",
        [
            "We have reported the theft to the Gardaí.",
            "The matter has been reported to Gardai and the Data Protection Commission.",
            "We are working with An Garda Síochána.",
        ],
        [
            "We informed the Data Protection Commission.",
            "You may wish to contact your local Garda station if you suspect fraud.",
        ],
    ),
    "discovery-not-the-day-the-gardai-were-told": (
        DISCOVERY,
        ["On 3 May we discovered that a laptop had been stolen."],
        [
            "On 3 May we reported the incident to the Gardaí.",
            "On 3 May we notified the Gardai.",
        ],
    ),
    # GUIDE.md, information involved: "only what was not involved" does not count, even with an
    # aside in dashes or brackets between the denial and its verb (round s24-items)
    "information-denial-with-an-aside": (
        INFORMATION,
        [
            "The files held names, addresses and — for some patients — dates of birth.",
            "Names and e-mail addresses (but not passwords) were accessed.",
        ],
        [
            "No personally identifiable information — such as Social Security numbers and "
            "banking information — or health information was accessed.",
            "No financial details (card numbers, bank account numbers or sort codes) were taken.",
            "Neither Social Security numbers – nor any bank account numbers – were involved.",
            "None of your payment details (card number, expiry date or security code) were "
            "exposed.",
        ],
    ),
    # GUIDE.md, information involved: the kinds named as what harmful code was made to capture; our
    # own software made to protect or collect them is not (round s24-items)
    "information-kinds-harmful-code-was-made-to-take": (
        INFORMATION,
        [
            "The unauthorised code was designed to capture payment card data entered on our "
            "payment page.",
            "The malware was built to steal names and card numbers as customers typed them.",
            "A malicious script was programmed to collect e-mail addresses and passwords from "
            "the sign-in form.",
            "Malicious software intended to harvest credit card numbers was found on the "
            "checkout server.",
        ],
        [
            "Our new payment page is designed to protect card data.",
            "The form is designed to collect your name and address for delivery.",
            "We have installed software designed to block attempts to capture card details.",
            "If malware designed to capture card data were found, we would tell you.",
        ],
    ),
    # GUIDE.md, information involved: a name told by its parts (surname, initials) or a person by
    # their post; a kind the reader is asked for is not (round s24-items)
    "information-name-parts-and-posts": (
        INFORMATION,
        [
            "This included the surname, initials, rank and role of all serving officers.",
            "The spreadsheet showed pupils' forenames and surnames.",
            "The list contained staff job titles and work locations.",
            "The e-mail included the given names and family names of about 200 members.",
        ],
        [
            "Please quote your surname when you call us.",
            "The officers whose initials appear below signed this letter.",
            "We will need your surname and date of birth to verify your identity.",
        ],
    ),
    # GUIDE.md, information involved: the safety of card payments names no kind of information
    # (round s24-items)
    "information-card-security-is-no-kind": (
        INFORMATION,
        [
            "The stolen data included payment card numbers and expiry dates.",
        ],
        [
            "We quickly took measures to contain the incident, remove the code, and we are "
            "working to further enhance payment card security.",
            "We are improving card payment security across our stores.",
            "We have strengthened credit card security on our website.",
        ],
    ),
    # GUIDE.md, discovery date: the day the organisation "was told", named by its name or kind; our
    # own telling, the readers told or the authorities told are not (round s24-items)
    "discovery-told-by-another-on-a-day": (
        DISCOVERY,
        [
            "On or about, Tuesday, January 7, 2025, PowerSchool notified the district they "
            "experienced a cyber security incident.",
            "The supplier notified the company late last week (on May 19) that data held in "
            "their systems had been compromised.",
            "On 3 May 2024 our payroll provider informed the school that its systems had been "
            "attacked.",
            "On 12 March, the vendor alerted the practice to suspicious activity on the server.",
            "On 4 June 2023 the police told the council that a laptop had been found.",
        ],
        [
            "On 3 May 2024 we notified the ICO of the breach.",
            "On 3 May the school notified parents of the incident.",
            "On 4 June 2023 the council informed the Information Commissioner's Office.",
            "On 3 May 2024 the company notified the affected individuals by letter.",
            "On 5 May we told the police about the theft.",
            "On 9 May 2024 our insurer advised the practice to appoint a forensic firm.",
            "If the vendor notified the practice on 3 May, we would have acted.",
        ],
    ),
    # GUIDE.md, discovery date: "we learned on June 1 that", the verb of finding with its date
    # before "that"; a finding of nothing is not (round s24-items)
    "discovery-dated-between-the-verb-and-that": (
        DISCOVERY,
        [
            "After a long review, Acme determined on June 26, 2019 that the account contained "
            "personal information.",
            "The county confirmed on 3 May 2024 that files had been copied.",
            "Our investigators established on 9 March that the laptop held patient records.",
        ],
        [
            "The investigation concluded on 9 May 2024 that no data was taken.",
            "Acme confirmed on 3 May 2024 that there was no evidence of access to card data.",
            "If it is determined on review that your data was involved, we will write to you.",
        ],
    ),
    # GUIDE.md, discovery date: a report, call or complaint that reached the organisation on a day;
    # what the readers received and our report to the police or a regulator are not (round
    # s24-items)
    "discovery-report-received-on-a-day": (
        DISCOVERY,
        [
            "Acme confirmed a report that it initially received on February 6, 2020 concerning "
            "unauthorised access to a database.",
            "We received a call on 3 May 2024 from a customer who had seen another person's "
            "details.",
            "The complaint that we received on 12 April showed that a letter had gone to the "
            "wrong address.",
            "The unauthorised disclosure was first reported to Acme management on Tuesday 20 "
            "February 2024.",
            "The error was brought to our attention on 5 June 2023.",
        ],
        [
            "You may have received a call on 3 May from someone claiming to be from us.",
            "If you received a letter on 3 May, please ignore it.",
            "The breach was reported to the ICO on 9 May 2024.",
            "The theft was reported to the police on 4 March.",
        ],
    ),
    # GUIDE.md, discovery date: a report to our management still counts in a sentence about "your"
    # information; a call the reader received does not (round s24-items)
    "discovery-reported-to-us-beside-your": (
        DISCOVERY,
        [
            "The disclosure of your personal information was first reported to our management on "
            "20 February 2024.",
        ],
        [
            "You will have received a call from us on 3 May 2024.",
        ],
    ),
    # GUIDE.md, breach date: a day in May dates the act like any other month; the modal "may" (a
    # possibility) still carries no date (round s24-items: the exclusions of breach date, severity
    # and scope, what happened and information involved read "may" as the modal only in lower case)
    "when-the-month-may-is-no-modal": (
        WHEN,
        [
            "On 4 May 2023 a man visited the branch posing as the account holder and was given a "
            "copy of the statement.",
            "Starting on 5 May 2024, someone tried thousands of passwords on our customers' "
            "accounts.",
        ],
        [
            "Starting on 5 June 2024, someone may try passwords on your account.",
            "From 3 June criminals may call you pretending to be from the bank.",
        ],
    ),
    # GUIDE.md, severity and scope: how many people it reached; a measure or an offer for everyone
    # (a password reset for all staff, monitoring for all members) is no reach of the breach (round
    # s24-items)
    "scope-all-for-a-measure-is-no-reach": (
        SCOPE,
        [
            "The names and addresses of all of our members were accessed.",
            "The attacker accessed the records of all students enrolled in 2019.",
            "Files for all patients seen at the clinic were copied.",
        ],
        [
            "We are implementing security measures to prevent further unauthorised access, "
            "including a forced password reset for all students, faculty and staff.",
            "We are offering free credit monitoring to all of our members whose data was accessed.",
            "Security training for all employees will be repeated every year after the attack.",
        ],
    ),
    # GUIDE.md, how: a route dated in May is told like one dated in June; the modal "may" (a
    # possibility) still carries no route: the exclusions read "may" as the modal only in lower
    # case, as the other items' do
    "how-the-month-may-is-no-modal": (
        HOW,
        [
            "On 3 May 2024 a criminal sent our accounts team a fake invoice, which they paid.",
            "On 9 May the ransomware got into our network through an infected e-mail attachment.",
            "In May 2023 a former employee released patient data to a journalist.",
            "On 2 May the malware came in via a link in a message to our finance team.",
        ],
        [
            "A criminal may send you a fake invoice.",
            "Ransomware may get into a network through an infected e-mail attachment.",
        ],
    ),
    # GUIDE.md, severity and scope: "one employee's mailbox", how many accounts, which systems it
    # reached: a mailbox of one of our people, a few things counted, part of a network; never a
    # measure on a mailbox, the things we run, or the parts we restore (round s25-scope)
    "scope-one-mailbox-few-things-or-part-reached": (
        SCOPE,
        [
            "Someone got into an employee's email account last week.",
            "An unauthorised person accessed a staff member's mailbox on 3 May.",
            "The hacker gained access to the Outlook account of one of our nurses.",
            "We found unusual activity in a clinic employee's e-mail account.",
            "A criminal took over a user's mailbox and read the messages in it.",
            "A criminal obtained the password to one specific account and logged in.",
            "Two laptop computers were stolen from our office.",
            "The attackers breached several of our point-of-sale terminals.",
            "A portion of our computer network was accessed by a criminal.",
            "The hackers got into parts of our IT network.",
            "Ransomware encrypted part of the company's infrastructure.",
        ],
        [
            "We reset the employee's email account password.",
            "The email has since been deleted from the employee's mailbox.",
            "If an employee's email account is accessed, we lock it.",
            "A criminal could access a user's account with a stolen password.",
            "Each employee's email account now needs a second sign-in step.",
            "Access to the employee's email account was blocked at once.",
            "We have two laptops for staff to borrow.",
            "We operate twelve stores in the region.",
            "We are upgrading parts of our network.",
            "We restored the affected portions of our network.",
            "Only one account manager will contact you.",
        ],
    ),
    # GUIDE.md, information involved: the kinds named, also with the noun of the act ("access to
    # your name", "a compromise of card data") or as what a device was used to take; never our
    # people's log-in as the route in, a card as the way to pay, data words in another sense, a
    # finding not made or an attempt that failed, the paragraph telling a breach (round s25-scope)
    "information-kinds-by-the-act-not-the-route-or-another-sense": (
        INFORMATION,
        [
            "The hacker gained access to your name, address and date of birth.",
            "We found evidence of a compromise of guests' credit card data.",
            "The intruder had access to employees' tax returns.",
            "The breach resulted in the theft of patients' dates of birth.",
            "An outsider had access to the Social Security numbers of 200 staff.",
            "There was unauthorised access to members' bank account numbers.",
            "The incident led to the disclosure of pupils' home addresses.",
            "Hidden devices used to record PIN numbers were found on two cash machines.",
            "The malicious code was used to steal payment card details.",
        ],
        [
            _BREACH_TOLD + near_miss
            for near_miss in (
                "A phishing email captured the employee's login credentials.",
                "The criminal then used a staff member's password to gain access to the mailbox.",
                "Phishing emails are designed to trick people into revealing their login details.",
                "The fake e-mail asked staff to enter the username and password of their work "
                "account.",
                "Our email login credentials were compromised, allowing an outsider to get into "
                "one account.",
                "The scammers then tried to trick our suppliers into changing our bank account "
                "details.",
                "Customers pay their bills online using a credit card.",
                "We stopped accepting payment cards on the website while we investigated.",
                "Malware was found on the payment card system at one hotel.",
                "Criminals may try to open accounts in your name.",
                "Fraudsters then filed tax returns in their names.",
                "The attacker connected from a foreign IP address.",
                "The laptop was password protected.",
                "Some letters were then delivered to the wrong addresses.",
                "The criminal used one of our corporate email addresses to send the invoice.",
                "The investigation has not determined that any card information was taken.",
                "The attempt to steal payment information was unsuccessful.",
                "The [Company Name] website was hacked.",
                "Two Acme Home Care office employees opened the email and entered their passwords.",
                "We disabled all potentially compromised passwords.",
                "The criminals used the account's credentials to send more phishing emails to get "
                "staff usernames and passwords.",
                "Some accounts were taken over by criminals using email addresses and passwords "
                "leaked from other sites.",
            )
        ],
    ),
    # GUIDE.md, severity and scope: "which systems, files ... it reached": the files named by
    # where they sat or what they held; never our own copying, restoring or review of them, nor a
    # possibility (round s25-scope)
    "scope-files-reached-where-they-sat": (
        SCOPE,
        [
            "The criminal accessed a data file within our billing system.",
            "Someone got access to data files on our web server.",
            "The intruder copied client files on the office computer.",
            "The attacker removed a copy of our backup file with your details.",
            "Backup files holding client data were taken from the vendor's network.",
            "The payroll files had been copied from our shared drive.",
            "A database of member names was accessed on our old web server.",
        ],
        [
            "We copied the files to a new server.",
            "We restored the backup files from a safe copy.",
            "The criminal could have accessed files on the server.",
            "We reviewed the files in the mailbox.",
            "The files were copied from the old server to the new one by our IT team.",
        ],
    ),
    # GUIDE.md, reader actions: the organisation's own review of the accounts broken into is no step
    # for the reader, by whatever name it is told; the reader's own things listed with commas, and
    # "we tell you so that you can ...", are (round s25-prev)
    "reader-our-review-of-the-accounts-reached": (
        READER,
        [
            "We recommend that you review your account statements.",
            "We are letting you know so you can take steps to monitor your identity, credit, and "
            "accounts.",
            "Please review your statements, credit reports, and bills.",
            "We want you to know so that you can watch your bank, card and loan statements.",
        ],
        [
            "Northwind began reviewing the affected email account to find what it contained.",
            "The company reviewed the potentially affected accounts and found personal information"
            " in them.",
            "Acme enlisted a firm to review the contents of the email account.",
            "Our IT provider checked the compromised mailbox accounts for personal data.",
            "The school examined the impacted accounts to see which files were opened.",
            "A specialist team monitored the affected accounts for two weeks.",
            "We reviewed their names, addresses, and accounts.",
            "We are telling you so that you can decide what to do.",
        ],
    ),
    # GUIDE.md, reader actions: the password of the account broken into changed by the organisation,
    # or its staff and vendors made to change theirs, is no step for the reader (round s25-prev)
    "reader-our-own-password-changes": (
        READER,
        [
            "Please change your password.",
            "We recommend you reset the password for any account that uses the same password.",
        ],
        [
            "Our IT services provider immediately changed the password to the account.",
            "The clinic changed the password of the compromised mailbox.",
            "Good Health immediately took steps to secure the affected accounts, including "
            "resetting the passwords of the affected employee accounts.",
            "The vendor required all of its employees to reset their passwords.",
            "Acme also required all vendors to reset their passwords at this time.",
            "Staff were made to change their passwords the next day.",
            "The firm rotated the passwords for the affected service accounts.",
        ],
    ),
    # GUIDE.md, reader actions: our own anti-virus scanning told is no step for the reader (round
    # s25-prev)
    "reader-our-own-scanning": (
        READER,
        [
            "Run a virus scan on your computer.",
            "We recommend scanning your computer with anti-virus software.",
        ],
        [
            "The script went undetected despite our use of malware scanning and anti-virus "
            "technology.",
            "The company's malware scanning and antivirus tools missed the script.",
            "Our scans for viruses did not detect the code.",
        ],
    ),
    # GUIDE.md, contact: a page or address offered for questions; our own site or address named as
    # the scene of the breach (where it occurred, where cards were used, the account broken into)
    # offers nothing (round s25-prev)
    "contact-our-site-as-the-scene": (
        CONTACT,
        [
            "If you have questions, visit www.acme.com/help.",
            "Questions? E-mail privacy@acme.org.",
            "Updates on the incident will be posted at www.acme.com/update.",
            "A notice has been placed on our website at www.acme.com/notice with answers to common"
            " questions.",
        ],
        [
            "We are contacting you about a security incident that occurred at AcmeSupply.com.",
            "The code was made inactive by updates to acme.org on February 27.",
            "Cards used on www.acme.com may have been taken, and we hired a firm to assist us.",
            "An unauthorized person gained access to our email account travel@acme.org.",
            "We have reason to believe that an attack on shop.acme.com exposed card data, and our "
            "vendor is helping us.",
            "Someone broke into help@acme.org and sent messages to our contacts.",
            "Purchases made on acme.com between May 1 and June 3 may be affected; our team is "
            "helping the card brands.",
        ],
    ),
    # GUIDE.md, reader actions: a step the organisation or a bank already took, told in the past or
    # as its work under way, staff told something, or what a fake message or a criminal asked for is
    # no step for the reader; advice in the third person or with "if you have not" still is (round
    # s25-prev)
    "reader-a-step-others-already-took": (
        READER,
        [
            "Customers should review their account statements.",
            "Acme recommends that customers change their passwords.",
            "Affected customers are encouraged to place a fraud alert on their credit files.",
            "If you have not changed the password on the affected accounts, please do so now.",
            "The best way to protect yourself is checking your credit report regularly.",
            "Staff should report suspicious e-mails to the IT desk.",
        ],
        [
            "Acme's fraud team is monitoring the accounts of affected customers.",
            "The bank cancelled the affected cards and issued new ones.",
            "Acme placed a fraud alert on the affected accounts.",
            "The company changed the passwords of all affected users.",
            "The phishing e-mail asked employees to change their password on a fake page.",
            "Staff were reminded not to open attachments from unknown senders.",
            "The criminal called the help desk and asked them to reset the password.",
            "The employee reported the theft to the police the same day.",
            "Acme notified the credit bureaus and the FTC.",
        ],
    ),
    # GUIDE.md, contact: our own address named, set off by commas or brackets, as the account broken
    # into offers nothing (round s25-prev)
    "contact-our-address-set-off-as-the-scene": (
        CONTACT,
        [
            "For more information, visit acme.com/incident.",
            "Customers with questions can call 1-800-555-0100.",
        ],
        [
            "An employee's email account, jdoe@acme.org, was accessed.",
            "Someone got into the mailbox (orders@acme.com) and read the messages.",
        ],
    ),
    # GUIDE.md, discovery date: "On May 3, we discovered ...", whatever the finder is called (a
    # name with commas, "we at Acme", a firm) and however it found out before "that"; the
    # organisation told by another named by its name; never our own telling or letters, a
    # finding of nothing, nor a finding whose only dates are the act's stretch (round s25-dates)
    "discovery-dated-finder-in-any-words": (
        DISCOVERY,
        [
            "On 28 April 2020, The Langham, Huntington, Pasadena confirmed that a third party "
            "had got into an employee's mailbox.",
            "On 9 September 2024, the specialized forensic IT firm determined that there was "
            "unauthorized access to our servers.",
            "On or about 28 March 2024, we at Northfield Dental (“Northfield”), confirmed that a "
            "phishing e-mail had led to access to one mailbox.",
            "On 17 December 2023, Acme confirmed through its outside investigators that card "
            "details entered on its website may have been taken.",
            "On or around 13 September 2023, we confirmed a number of staff e-mail accounts were "
            "accessed by unknown people.",
            "On 4 June 2024, Acme Dental, with the help of outside experts, determined that files "
            "had been copied.",
            "On 12 May, our payroll provider, Paystream, confirmed that an attacker had "
            "downloaded employee records.",
            "On 6 March 2024, the FBI informed Acme Holdings that criminals had gained access to "
            "its network.",
            "On 2 February, the printing company told Acme Insurance that letters had been sent "
            "to the wrong addresses.",
            "In October of this year we identified and removed a malicious script on our checkout "
            "page.",
            "This past March we learned that an employee's laptop had been stolen.",
            "In September of 2023, our staff discovered that a server had been left open to the "
            "internet.",
            "We recently learned during the week of 1 December that there was unauthorized access "
            "to our network.",
            "Thieves broke into the clinic on 3 May 2024. We discovered the break-in that day.",
            "A criminal got into our e-mail system on 9 June 2024. Our IT team noticed the unusual "
            "log-ins that same evening and locked the account.",
        ],
        [
            "We learned that certain staff e-mail accounts were accessed without authorization "
            "between 11 March 2024 and 7 May 2024.",
            "It was determined that several mailboxes were subject to unauthorized access between "
            "7 November 2023, and 3 February 2024.",
            "Acme has discovered that card details from orders placed between 9 July 2024 and 9 "
            "October 2024 were compromised.",
            "We subsequently learned that, from approximately 3 July 2023 to 30 January 2024, "
            "criminals could see purchase details.",
            "Our review found that the attacker copied files from 2 May 2024 to 6 May 2024.",
            "We learned that accounts on example.com were accessed between 3 May 2024 and 9 May "
            "2024.",
            "A laptop was stolen from our office on 3 May 2024. As soon as we became aware of "
            "the theft, we immediately opened an investigation and notified the police.",
            "On 3 May we mailed letters to the customers we determined had been affected.",
            "On 9 May 2024 the investigation concluded that no personal information was taken.",
            "On 3 May 2024, we notified the Information Commissioner's Office that files had been "
            "copied.",
            "On 3 May 2024, we informed all affected customers that their data had been accessed.",
            "On 3 May the police told Acme to write to all the customers.",
            "In October of this year we will review whether any files were accessed.",
            "In October of this year our staff attended training on spotting phishing e-mails.",
            "We determined that the attackers first logged in during the first quarter of 2023.",
            "Once we discovered the attack that day, we would have reset every password.",
        ],
    ),
    # GUIDE.md, breach date: the act dated in words {:date:} leaves out ("September of 2016",
    # "the first quarter of 2011", "the end of 2023"), the act's tool put in place or the act as
    # what someone could do with its day, the act traced back to a day, and a day told after the
    # finding's "that" with the data named before the act; never the records' age, a denial of
    # more access, our software installed, a future service or a possibility (round s25-dates)
    "when-act-dated-in-more-words": (
        WHEN,
        [
            "We recently learned that one of our service providers was the victim of an illegal "
            "and unauthorized intrusion into its network during the first quarter of 2023.",
            "Our review found that the mailbox was accessed by an outside party at the end of "
            "2023.",
            "We believe the code was injected by the unauthorized third party around 7 June, and "
            "it was found and removed on 26 July.",
            "An unauthorized external user was able to briefly access an employee's mailbox on "
            "22 June 2024.",
            "We have learned that the unauthorized access appears to date back to July 2023.",
            "The intrusion dates back to early 2022.",
            "On 9 January 2024, a brokerage firm notified us that, on 24 April 2023, your name, "
            "address, account number, and Social Security number were made accessible to one of "
            "its staff.",
        ],
        [
            "On 25 September 2024, the specialized forensic IT firm determined that there was "
            "unauthorized access to our servers.",
            "On 3 May 2024, Acme Dental, with the help of outside experts, determined that there "
            "was unauthorized access to its network.",
            "Patients treated between September of 2016 and May of 2017 may have been affected.",
            "Records dating back to the first quarter of 2011 were accessed.",
            "Since September of 2016 no further unauthorized access has occurred.",
            "No further unauthorized access has occurred since the end of 2023.",
            "Criminals may be able to access your account if you reuse passwords.",
            "New security software was installed on all our computers on 3 May 2024.",
            "Updates were deployed by our IT team on 3 May 2024.",
            "Our records date back to July 2017.",
            "The malware was removed on 3 May 2024, and the systems were restored.",
        ],
    ),
    # GUIDE.md, breach date: the day of a slip that let data out, told after the finding or before
    # the act; the act with its day first and its finding in a clause of its own; access kept
    # into a month; never our letters or report of that day, the day of a detection alone, nor a
    # stolen device's return (round s25-dates)
    "when-slip-or-act-before-its-finding": (
        WHEN,
        [
            "Our investigation determined that the file included your information and was "
            "inadvertently sent by e-mail to one (1) former employee on 11 December 2023.",
            "On 2 March 2024, certain personal information was disclosed in an e-mail to an "
            "unauthorized recipient.",
            "On 21 April 2024, our systems suffered a ransomware attack, which was detected within "
            "hours.",
            "Recently, we learned that a former employee retained access to your personal "
            "information for five days in February 2024 after he left.",
            "Our investigation has revealed that the intruder accessed Example.com systems "
            "beginning in September of 2023.",
            "On 3 June 2024 a network share was left open to the internet, and it was spotted by a "
            "researcher two weeks later.",
        ],
        [
            "On 3 May 2024 we sent letters to everyone whose records were e-mailed to the wrong "
            "address.",
            "On 3 May 2024, we reported to the ICO that a file had been sent to an unauthorized "
            "recipient.",
            "On 3 May 2024, an attack was detected on our network.",
            "On 3 May 2024 our IT team detected an intrusion, which was contained within hours.",
            "The laptop, which was stolen in 2023, was found and returned to us on 3 May 2024.",
            "On 3 May 2024 we discovered that your file had been sent to a former employee.",
            "Your access to the portal will be retained until 9 May 2024.",
        ],
    ),
    # GUIDE.md, discovery date: "the date ... the organisation found out or was told", told as
    # word received from another on a day; never what the readers received (round s25-dates)
    "discovery-word-received-from-another": (
        DISCOVERY,
        [
            "On 30 July 2024, Northfield Health received further information from its vendor that "
            "allowed us to determine that some health information was affected.",
            "On 12 March, the school received word from the exam board that pupils' results were "
            "visible online.",
        ],
        [
            "On 3 May 2024 you received information from us about the incident.",
        ],
    ),
    # GUIDE.md, prevention: "we fixed the weakness", told as the error, its cause or its source
    # fixed; never the reader's record corrected, a letter sent "in error", a fix not (yet) made,
    # nor a purpose put first over a list (round s25-prev2)
    "prevention-error-or-cause-fixed": (
        PREVENTION,
        [
            "The cause of the problem has since been addressed.",
            "Once the mistake came to light, it was corrected within the hour.",
            "The faulty code was found and corrected, and the portal went back online.",
            "Our developers identified and corrected the source of the error.",
            "The root cause was identified and remedied.",
        ],
        [
            "We are investigating the cause of the error.",
            "The error allowed other customers to see the page.",
            "If you find any errors in your credit report, ask for them to be corrected.",
            "The letter was addressed to another patient in error.",
            "It is not yet known whether the error has been fixed.",
            "We made an error in the mailing.",
            "The cause of the incident is still under investigation.",
            "The information on this page is still correct and there is no cause for further "
            "concern.",
            "To address this error, the company has taken the following actions:",
        ],
    ),
    # GUIDE.md, prevention: "a lasting change to systems", told of the organisation by name or in
    # a clause with no subject: stronger safeguards or a second sign-in step put in; never advice,
    # one there before, the attacker's doing nor the account secured (round s25-prev2)
    "prevention-stronger-safeguards-without-we": (
        PREVENTION,
        [
            "Upon learning of this, Northfield secured its e-mail system, including resetting "
            "staff passwords and implementing multi-factor authentication.",
            "The vendor began a review and initiated heightened security measures.",
        ],
        [
            "We recommend enabling multi-factor authentication on your accounts.",
            "Before the incident, the company had implemented multi-factor authentication.",
            "The attackers installed new malware on the server.",
            "We changed the password of the affected account.",
            "The clinic took steps to secure the affected mailbox.",
            "We are offering additional protections such as credit monitoring to you.",
        ],
    ),
    # GUIDE.md, information involved: kinds "named", never how it happened; a lure or attack
    # that only seeks log-ins, said in general, names none of the reader's kinds (round
    # s25-scope2)
    "information-login-sought-by-a-lure": (
        INFORMATION,
        [
            "The attacker tried to obtain your username and password, and the files held your "
            "Social Security number.",
            "The e-mail sought to obtain passwords, and the mailbox contained patients' names and "
            "dates of birth.",
            "The intruder obtained your username and password for our website.",
            "The attacker requested files that contained employees' names and bank account "
            "numbers.",
        ],
        [
            "The e-mail was an attempt to obtain user names and passwords from the people who "
            "received it.",
            "Someone sent messages requesting the password of each mailbox holder.",
            "Phishing tries to trick people into giving up credentials such as passwords.",
            "The fraudsters were soliciting employees' login information for our e-mail system.",
            "In a credential stuffing attack, criminals use usernames and passwords stolen "
            "elsewhere to sign in.",
        ],
    ),
    # GUIDE.md, severity and scope: "which systems ... it reached", named, with unauthorised
    # access as a noun; never our systems in general, guarding against it, a denial or a
    # supposition (round s25-scope2)
    "scope-named-system-had-unauthorised-access": (
        SCOPE,
        [
            "The data breach involved unauthorized access to a department web server.",
            "An outsider gained unauthorized access to our payroll database.",
            "Our student information system had unauthorized access involving parent records.",
            "There was unauthorized access to the county's benefits portal.",
            "Someone obtained unauthorized access to servers used to run our loyalty program.",
            "The clinic's scheduling platform suffered unauthorized access last month.",
            "We found unauthorised entry into the member records database.",
        ],
        [
            "We have no evidence of unauthorized access to our systems.",
            "Unauthorized access to our computer network was detected.",
            "We took steps to prevent unauthorized access to our payroll database.",
            "If there was unauthorized access to the billing system, we will tell you.",
            "We use encryption to protect against unauthorized access to the patient database.",
            "The company's systems had unauthorized access from an outside party.",
            "We monitor for unauthorized access to our customer database.",
            "Our information system had unauthorized access.",
            "Hackers gained unauthorized access to Acme systems.",
            "We learned of unauthorized access to data within our systems.",
            "We determined that certain computer systems were subject to unauthorized access.",
        ],
    ),
    # GUIDE.md, discovery date: "the date ... the organisation found out or was told", told as a
    # report received on a day by the organisation under its own name; never what the readers
    # received, nor a possibility (round s25-dates2)
    "discovery-report-received-by-its-name": (
        DISCOVERY,
        [
            "The Department of Health Care Services received notification on November 14, 2012, "
            "about an incident involving your name.",
            "Kimpton Hotels received a report on July 15, 2016 of unauthorized charges occurring "
            "on payment cards.",
        ],
        [
            "You may have received a notice on 14 November 2023 about your account.",
            "Customers received an e-mail on 3 May 2024 asking them to reset their passwords.",
            "Some of our members received a notification on 20 May 2024 describing the incident.",
            "If Harbour Valley Credit Union received a call on 3 May 2024 from you, we will call "
            "back.",
            "Harbour Valley Credit Union received your payment on 3 May 2024.",
        ],
    ),
    # GUIDE.md, reader actions: "a concrete step the reader can take"; a password change told as
    # done by anyone, a report or call the organisation received, and a checkout page are none
    # (round s26-readers)
    "reader-not-a-change-or-report-told-as-done": (
        READER,
        [
            "Change your password now.",
            "If you have not changed your password since 2012, please do so now.",
            "Reset the password of any other account that uses the same password.",
            "Customers should reset their passwords.",
            "Users are being asked to reset their passwords.",
            "All members are being prompted to change their password at their next login.",
            "We have asked users to reset their passwords.",
            "Please check your card statements for anything you did not buy at checkout.",
            "If you received a call from someone claiming to be us, report it to the police.",
            "You should report any unusual activity on your account to your bank.",
            "Please contact your bank if you see charges you did not make.",
        ],
        [
            "The consultant changed potentially impacted passwords.",
            "Acme immediately changed passwords and took other steps to secure the network.",
            "These accounts had not reset their passwords since the 2012 breach.",
            "Our response included resetting the passwords for all employee accounts.",
            "The IT vendor has since updated the administrator passwords.",
            "The provider secured the mailbox, which included resetting the passwords required "
            "to sign in to all staff accounts.",
            "Acme received a report of unusual card activity from its payment processor.",
            "On May 3, the clinic received a telephone call from the county police.",
            "The company received a report from law enforcement that data may have been taken.",
            "The hospital got a call from the bank about suspicious transactions.",
            "Details typed on the checkout page or the saved card page may have been captured.",
        ],
    ),
    # GUIDE.md, reader actions: "change a password"; a reset we will prompt or require the reader
    # to make is a step, "registered users" or a "sign up page" named in the story is none
    # (round s26-readers)
    "reader-prompted-by-us-not-a-label-of-users": (
        READER,
        [
            "We will prompt you to change your password when you next log in.",
            "We will require you to choose a new password at your next login.",
            "We are requiring all users to change their passwords.",
        ],
        [
            # (enrolling in what we offer is credit monitoring, no step of the reader's own:
            # GUIDE.md, reader actions, "Does not count: ... only 'enrol in the monitoring we
            # offer'"; round s29-contact)
            "Registered customers can sign up at www.acme.com with the code below.",
            "To sign up, visit www.acme.com/protect.",
            "Registered users of our website, www.acme.com, may have been affected.",
            "These hackers took e-mail addresses of some registered users of the acme.com website.",
            "Malicious software was placed on the new member sign up pages of our website, "
            "www.acme.com.",
            "We required all staff to change their passwords.",
            "We prompted the affected employees to change their passwords.",
        ],
    ),
    # GUIDE.md, information involved: "A broad kind still names a kind and counts: 'health
    # information', 'financial account information', 'reservation information', 'W-2
    # information'", named as what the event reached, also hedged; never a word that only says
    # whose the information is, the kind we guard or the reader should watch, an inquiry, an
    # attempt, a denial, or what a system lets its users do (round s26-info)
    "information-broad-kind-reached": (
        INFORMATION,
        [
            "The compromised mailbox contained protected health information of some of our "
            "patients.",
            "Copies of employee W2 forms were sent to the fraudster.",
            "The attacker may have viewed HR files for current staff.",
            "Guest reservation information stored with our booking vendor was accessed.",
            "The stolen laptop may have contained financial information about some clients.",
            "Tax documents for the 2022 filing season were exposed on a public web page.",
            "The intruder copied billing records for members of two health plans.",
            "The incident involved radiology-related patient information.",
            "Member ID cards were mailed to the wrong members.",
            "Hotel reservations made through our site were among the files accessed.",
            "The breach may affect your personnel records.",
        ],
        [
            "We are committed to protecting your health information.",
            "Please monitor your financial accounts and tax records for anything unusual.",
            "We are working to determine whether any payroll information was accessed.",
            "The phishing e-mail targeted employee W-2 information.",
            "No financial information was accessed.",
            "If your tax documents were included, we will write to you again.",
            "Only authorized staff can view patient scheduling records.",
            "We have no evidence that any health information was taken.",
            "Customer information and personal data were accessed.",
            "Sensitive information may have been exposed.",
            "An attacker accessed certain employee information.",
            "The hackers tried to obtain payment information but were blocked.",
            "The portal lets you view your claims records online.",
            "You can view your billing records in the portal.",
            "Our staff use the system to view payroll records.",
            "The new firewall keeps hackers from being able to access payroll records.",
        ],
    ),
    # GUIDE.md, information involved: the kinds "named" as what an intruder or harmful code was
    # let reach or put there to take; never a rule about who may see them, nor defences that
    # keep them out (round s26-info)
    "information-kinds-an-intruder-was-let-reach": (
        INFORMATION,
        [
            "The malware allowed the criminals to capture card numbers as they were typed.",
            "A flaw in the portal let an unauthorized user view other members' dates of birth.",
            "Criminals placed code on our checkout page to steal card numbers and expiry dates.",
            "The weakness enabled the intruders to download names and home addresses.",
        ],
        [
            "Our policy allows only authorised staff to view patients' dates of birth.",
            "The update will prevent any code from being able to steal card numbers.",
            "Two-factor sign-in stops criminals who try to access your account numbers.",
            "The portal lets members view their own dates of birth.",
        ],
    ),
    # GUIDE.md, information involved: the kinds "named", and never credentials only as the
    # route in: our people's or a mailbox's log-in taken names none of the reader's kinds,
    # while the reader's own log-in, or another kind beside it, still counts (round s26-info)
    "information-staff-login-is-the-route": (
        INFORMATION,
        [
            "The attackers obtained an employee's password and copied files holding customers' "
            "names and addresses.",
            "A number of staff usernames and passwords, including yours, were exposed.",
            "Hackers obtained employees' log-in credentials and customers' card numbers.",
        ],
        [
            "Criminals obtained the login credentials of one employee e-mail account.",
            "Some employees' payroll log-in credentials were compromised after a phishing e-mail.",
            "Thieves obtained the user names and passwords of several staff e-mail accounts.",
        ],
    ),
    # GUIDE.md, prevention: "we fixed the weakness", told as a fix or patch put in, or as the
    # fault itself fixed; never a fault still open, the incident settled, nor the attacker's
    # (round s26-prev)
    "prevention-fix-put-in-or-fault-fixed": (
        PREVENTION,
        [
            "We immediately determined the cause and implemented a fix.",
            "The vendor rolled out a fix for the faulty login page.",
            "Our developers deployed a permanent fix the same day.",
            "The supplier issued a security patch to close the gap.",
            "We have put a fix in place so the page can no longer show other customers' details.",
            "Our IT contractor installed the fix on all office computers.",
            "The issue was fixed within hours, and the page works as it should.",
            "The misconfiguration was promptly remedied by our hosting provider.",
            "The problem with the sharing link was repaired by our web team.",
            "The vulnerability in the booking system was remedied within a day.",
        ],
        [
            "We are still working out whether a fix is possible.",
            "The fix for your account will be posted below.",
            "The problem has not yet been fixed by the vendor.",
            "The incident has been resolved.",
            "The attackers installed a fake patch on our server.",
            "The problem was caused by a coding error.",
            "The error was discovered on 3 May.",
            "You should apply the latest patches to your own computer.",
            "The issue was reported to us by a customer.",
            "The criminals exploited a flaw in the software.",
            "The problem with the way our old system stored files was identified by experts.",
            "The issue that affected some members' accounts is being looked into.",
        ],
    ),
    # GUIDE.md, prevention: a lasting change, not the attack itself; what the attacker put on or
    # took from our systems is no change of ours, while our own change beside an attacker still
    # counts (round s26-prev)
    "prevention-not-what-the-attacker-did": (
        PREVENTION,
        [
            "To stop attackers getting in again, we installed new firewalls.",
            "The attackers were locked out and we installed new monitoring tools.",
            "Criminals are always looking for weaknesses, so we have upgraded our systems.",
        ],
        [
            "We learned that unauthorized individuals installed malicious software on our web "
            "server.",
            "We found that unknown persons had broken into our server and installed malware on "
            "three computers.",
            "We believe the criminals had access to our network for a month and that they "
            "removed files from our systems.",
            "We learned that unauthorized persons or entities installed harmful software on our "
            "checkout server.",
            "We discovered that intruders installed a program on our office computers.",
        ],
    ),
    # GUIDE.md, prevention: "hiring a forensic firm" and investigating do not count, unless the
    # same sentence names a lasting change (round s27-prev)
    "prevention-experts-hired-to-look-into-it": (
        PREVENTION,
        [
            "We brought in security specialists to help us harden our network against future "
            "attacks.",
            "We retained a consultancy to tighten our access controls.",
            "We hired an outside firm to find and close any weaknesses in our systems.",
        ],
        [
            "We hired computer forensic specialists to look into what happened.",
            "We engaged a leading cybersecurity firm to assist with our investigation.",
            "The school retained outside experts to examine its computers.",
            "We called in independent investigators to check our network.",
            "We hired computer forensic experts to help us.",
            "We also hired an outside security firm to investigate and confirm the safety of our "
            "computer network.",
        ],
    ),
    # GUIDE.md, prevention: the attacker's acts are no change of ours ("cybercriminals" took a
    # copy, data "was removed"), nor is a threat that is gone (round s27-prev)
    "prevention-not-the-attack-or-its-end": (
        PREVENTION,
        [
            "We took the old file server out of service and replaced it with new secure systems.",
            "We have updated our systems so that this kind of malicious software no longer runs "
            "on them.",
        ],
        [
            "Before they were locked out, the cybercriminals removed a copy of a backup file.",
            "We cannot confirm that records were removed from our servers.",
            "We do not know if files were copied from the server.",
            "We believe this malware no longer poses a risk to shoppers using payment cards.",
            "We believe the attacker no longer poses a threat to our systems.",
        ],
    ),
    # GUIDE.md, prevention: "the route in closed": a setting put right in the active voice; a
    # setting changed only with a remedial frame, as a setting changed is as often the cause
    # (round s27-prev)
    "prevention-setting-put-right": (
        PREVENTION,
        [
            "We are reconfiguring the database.",
            "Our IT team will correct the folder permissions.",
            "We have locked down the sharing settings.",
            "We took steps to change the sharing settings for the folder.",
            "We updated the configuration so that outside users can no longer open the files.",
            "The vendor fixed the configuration that left the page open.",
            "The provider has reconfigured the storage settings.",
        ],
        [
            "An unknown party changed the direct deposit settings.",
            "The intruder changed the payroll settings to divert pay.",
            "You can change your privacy settings at any time.",
            "The server's settings were not correctly configured.",
            "We did not change the settings.",
            "The folder's permissions allowed anyone with the link to open it.",
            "An employee had changed the settings by mistake.",
        ],
    ),
    # GUIDE.md, prevention: "we fixed the weakness", said with remove, eliminate or mitigate, or
    # of the issue or problem behind it; never one still open, the reader's, the attacker's use
    # of it, nor an outage's "technical issues" (round s27-prev)
    "prevention-weakness-removed-or-issue-fixed": (
        PREVENTION,
        [
            "We removed the vulnerability the same week.",
            "The developer eliminated the flaw in its upload page.",
            "We eliminated the weakness within a day.",
            "The contractor has plugged the security gap in the portal.",
            "The shop fixed the issue with its checkout page.",
            "We corrected the internal issue on the day we found it.",
            "Our engineers fixed the problem that had left the page open.",
            "The supplier worked with us to fix these issues.",
        ],
        [
            "The criminals exploited the vulnerability to remove files.",
            "We could not fix the problem before the data was taken.",
            "We are working to determine whether the issue affected your account.",
            "To fix the issue, please call us.",
            "We have resolved the issue.",
            "We are working around the clock to fix the technical issues and restore our services.",
            "If you have problems enrolling, please call us.",
        ],
    ),
    # GUIDE.md, prevention: "the route in closed", said of the means, route or point of entry;
    # never the account or server the attacker was in, or a route only found (round s27-prev)
    "prevention-way-in-shut": (
        PREVENTION,
        [
            "We shut down the means by which the intruder got in.",
            "We closed the route the attacker used.",
            "We have removed the point of entry.",
            "We blocked the method that the criminals used to reach our server.",
            "We sealed the entry points that were exploited.",
            "The agency is closing off the way in that was used.",
        ],
        [
            "We closed the affected account.",
            "We shut down the server while we investigated.",
            "We identified the access point the attacker used.",
            "The attacker used the same route to get in again.",
        ],
    ),
    # GUIDE.md, prevention: "we have enhanced our security measures", named as a noun:
    # hardening, security enhancements; never advice, an offer or one before (round s27-prev)
    "prevention-hardening-and-enhancements-named": (
        PREVENTION,
        [
            "The rebuilt servers have extra hardening.",
            "The college carried out network hardening over the summer.",
            "The security enhancements we have made since then block this kind of attack.",
            "Security enhancements followed within the week.",
        ],
        [
            "Despite recent security upgrades, the criminals got in.",
            "You should consider security enhancements for your home network.",
            "We offer security upgrades to all our customers.",
            "The attackers disabled the security upgrades on the server.",
        ],
    ),
    # GUIDE.md, prevention: "a lasting change to systems": new software or equipment put in;
    # never the attacker's, one before, nor the new system that caused it (round s27-prev)
    "prevention-new-equipment-put-in": (
        PREVENTION,
        [
            "The city began work with its vendor to install new software and a new server.",
            "The store deployed new card readers at every till.",
            "We installed new card readers at all our stores.",
        ],
        [
            "The hackers installed new software on our server.",
            "We had installed a new server before the attack.",
            "You should install new software updates when they come out.",
            "The mistake happened while staff were installing a new system.",
        ],
    ),
    # GUIDE.md, prevention: security to be made stronger from here, as an aim or a plan, and
    # safeguards put "into place"; a fix beside hired experts and new software beside an
    # unrelated "had" still count (round s27-prev)
    "prevention-stronger-from-here": (
        PREVENTION,
        [
            "The school has used this as a chance to review and strengthen its security controls.",
            "The council is putting stronger access controls into place.",
            "We are taking steps to further protect our network.",
            "Our aim is to bolster our security protocols.",
            "We fixed the flaw and hired forensic experts to check what was taken.",
            "The vendor, which had hosted the old site, is installing new software.",
        ],
        [
            "You should strengthen your security settings.",
            "We recommend that you further protect your accounts.",
            "The attackers put their tools into place over several weeks.",
        ],
    ),
    # GUIDE.md, prevention: ransomware "encrypting" files is the attack, not our encryption; the
    # reader's "steps below" against fraud in the future are no plan of ours; stopping the
    # attacker in the same sentence as a lasting change still counts (round s27-prev)
    "prevention-not-ransomware-or-the-readers-steps": (
        PREVENTION,
        [
            "We took steps to block the intruder and to enhance security across our website.",
            "We have begun encrypting all staff laptops.",
            "We will take the steps needed to prevent this from happening in the future.",
        ],
        [
            "We found that a ransomware infection had begun encrypting files on our network.",
            "We believe the ransomware started encrypting our servers overnight.",
            "Please follow the steps outlined below to reduce the chance of fraud in the future.",
            "We encourage you to take the steps set out in this letter to guard against misuse in "
            "the future.",
        ],
    ),
    # GUIDE.md, contact: "updates will be posted on our website", also as "the website", an
    # update told with its day and hour, or pages the news keeps being added to; never files
    # put on a site, nor another body's pages (round s27-contact)
    "contact-our-pages-updated-in-more-ways": (
        CONTACT,
        [
            "We have also updated the FAQs on the website.",
            "You will find a list of frequently asked questions on the website.",
            "All updates will continue to be uploaded to the incident web pages.",
            "New information will be added to the support pages of our website as we learn more.",
            "We will publish an update once a day, by 5 p.m. on weekdays, on the college's "
            "Facebook page.",
            "We will post an update every morning at 9 a.m. on our website.",
            "We will share an update by 6 p.m. each evening on the school's website.",
        ],
        [
            "You can read the FAQs on the FTC website.",
            "The attackers uploaded files to the website.",
            "The spreadsheet was uploaded to the website by mistake.",
            "Customer records were posted on the website for two days.",
            "We will post updates to affected customers by letter.",
            "We will post a letter to every affected customer within a week.",
            "We posted the wrong file on our website.",
        ],
    ),
    # GUIDE.md, contact: details "offered for the reader's questions, help or updates"; a site
    # named as the scene, a call we made, a line to pay by and "help" or "support" as what a
    # site or we do offer nothing (round s27-contact)
    "contact-offered-not-merely-named": (
        CONTACT,
        [
            "Please visit our website at www.example.com for updates.",
            "Visiting www.example.com/help will answer most questions.",
            "The call center can be reached at (833) 555-0118.",
            "Our team can also be contacted by e-mail at help@example.org.",
            "For help with your bill, call us at 325-555-0123.",
            "We are here to help. Call us on 0800 555 0100.",
            "Our team is ready to help you at 1-800-555-0100.",
            "Our staff can assist with enrolment at 1-888-555-0100.",
            "To help answer your questions, we have set up a line at 1-800-555-0100.",
        ],
        [
            "The script copied details entered during a visit to www.example.com between May and "
            "June.",
            "We promptly contacted the company that hosts example.com.",
            "Acme immediately contacted the hosting provider for www.example.com.",
            "The clinic reached the vendor through support@vendorexample.com the same day.",
            "Payments may be made by calling 325-555-0123 or by bank draft.",
            "Orders can still be placed by calling 1-800-555-0100.",
            "Donations can be made by calling 0161 496 0000.",
            "We support the open-source project by giving it a home: example.org.",
            "The portal www.example.com is used by doctors to help determine insurance coverage.",
            "The files were posted to example.com and were meant to assist people looking for a "
            "doctor.",
            "Our volunteers, along with the example.org team, worked to help fix the problem.",
            "The foundation supports schools and can help teachers through example.org.",
        ],
    ),
    # GUIDE.md, reader actions: "review statements and report charges", said as what to do on
    # seeing them: call or tell us or our fraud line; never our own noticing, nor our call to
    # the reader (round s27-contact)
    "reader-tells-us-of-odd-charges": (
        READER,
        [
            "If you notice any unauthorized transactions on your account, please call us at "
            "800-555-0100.",
            "If you see a charge you do not recognize, call our fraud team on 0800 555 0199 "
            "straight away.",
            "If you spot any suspicious activity on your card, contact our fraud department at "
            "1-888-555-0123.",
            "If you find any unfamiliar transactions, please phone us on 0161 496 0000 "
            "immediately.",
            "Members who notice fraudulent charges should call our card services team at "
            "800-555-0147.",
            "Should you notice any unusual transactions, please call our fraud line at (555) "
            "555-0132.",
            "If you see any unauthorised payments, ring our fraud team on 0345 555 0100.",
            "Customers who spot unusual activity on their statements should call us on 0800 555 "
            "0150.",
            "If you notice fraudulent transactions on your account:\n- Please call our fraud "
            "department at 800-555-0149.",
        ],
        [
            "We noticed unauthorized transactions on some accounts and called our card processor "
            "at 800-555-0100.",
            "Our fraud department detected unusual transactions and can be reached at "
            "800-555-0100.",
            "The fraud department called customers whose cards showed suspicious activity.",
            "If we notice suspicious activity on your account, we will call you.",
            "If you notice fraudulent transactions, the fraud team may call you from 800-555-0100.",
        ],
    ),
    # GUIDE.md, reader actions: a step the reader can take; signing up told as what data were
    # used for or what people once did is none (round s27-contact)
    "reader-sign-up-told-not-asked": (
        READER,
        [
            "You can sign up for free text alerts from your bank.",
            "Sign up for account alerts so you hear of any charge at once.",
        ],
        [
            "The names and passwords used to sign up for the newsletter on www.example.org were "
            "copied.",
            "The details customers gave when they registered on www.example.com were exposed.",
            "The log-ins needed to register for classes at example.edu were taken.",
        ],
    ),
    # GUIDE.md, contact: details "offered for the reader's questions, help or updates"; a site,
    # address or line named in a sentence that tells what happened there, with no word of an
    # offer, offers nothing, while an offer beside the event still counts (round s27-contact)
    "contact-told-event-not-offered": (
        CONTACT,
        [
            "If your information was affected, please call 1-800-555-0100.",
            "Customers whose cards were affected can call our call centre on 0800 555 0100.",
            "A dedicated call center has been set up at 1-800-555-0100 for customers whose data "
            "was accessed.",
            "Our call center, which was set up for patients whose records were exposed, is open "
            "at 1-800-555-0100.",
            "Anyone whose details were exposed should contact our team at help@example.com.",
            "Customers whose data was taken were offered help through a line at 1-800-555-0100.",
            "Those affected by the breach, which was contained on May 3, can find answers at "
            "www.example.com/faq.",
        ],
        [
            "The file was publicly available on www.example.com for two days.",
            "The documents were available at example.com/files to anyone with the link.",
            "Our help desk software, hosted at help.example.com, was compromised.",
            "A vulnerability in the support portal at support.example.com was exploited.",
            "Customers who called our call center at 1-800-555-0100 in May may have been affected.",
            "Malware was found on the server that hosts our FAQ page at www.example.com/faq.",
            "The update released for www.example.com on May 3 contained a bug.",
            "We have learned that an e-mail sent to help@example.com was intercepted.",
        ],
    ),
    # GUIDE.md, breach date: "a range ('between May 12 and June 3')", told by when the cards or
    # purchases put at risk were used (a card breach's window), or after the act named with a
    # finding before it (a range is never the day it was found); never an offer, a sign-up window,
    # our own inquiry or a service's hours (round s27-how)
    "breach-date-card-window-or-act-range": (
        WHEN,
        [
            "The processor has told us that transactions made from July 5 through July 9 may be "
            "at risk.",
            "Data linked to payment cards used in transactions between September 19 and "
            "December 17, 2018 may have been affected.",
            "On October 30, 2018, our review identified unauthorized access to card data from "
            "cards used to make purchases on our site from August 15, 2014 to September 15, 2018.",
            "We urge guests who used their cards for hotel or retail transactions between "
            "December 7, 2013, and April 28, 2014, to check their statements.",
            "Our host has notified us that they discovered an incident involving the "
            "unauthorized acquisition of customer information from March 5, 2014 to May 17, 2014.",
            "A payroll associate inadvertently transferred a report with your details to another "
            "client on May 18, 2015.",
        ],
        [
            "Orders placed between December 1 and December 20 will be shipped before Christmas.",
            "Cards used to enrol between May 1 and May 31 will receive the offer.",
            "Our call centre is open for card payments from 9 a.m. to 5 p.m.",
            "You can enrol in credit monitoring using the code from March 1, 2024 to June 30, "
            "2024.",
            "Our investigation of the intrusion ran from March 5, 2024 to April 17, 2024.",
            "We offered monitoring to everyone affected by the breach from May 1 to May 31.",
            "Patients treated between May 2009 and December 2011 received letters.",
            "Transactions made with your card are protected by our fraud guarantee.",
            "On May 18, 2015 we transferred our payroll to a new provider.",
        ],
    ),
    # GUIDE.md, how it happened: a lock left off, told as the second sign-in step missing where
    # the attacker came in; never advice, a change made since, the step in place or a general
    # truth (round s28-how)
    "how-second-step-missing": (
        HOW,
        [
            "Two-factor authentication was not turned on for that account.",
            "Multi-factor authentication was not enabled on the account.",
            "The system lacked multi-factor authentication.",
            "The account did not use two-step verification, so the password alone was enough to "
            "log in.",
            "The accounts that were accessed had not enabled 2FA.",
            "MFA had never been set up for the remote access account.",
            "The remote access portal had no multi-factor authentication.",
        ],
        [
            "We have now enabled multi-factor authentication on all accounts.",
            "We recommend that you turn on two-factor authentication.",
            "If you have not enabled two-step verification, please do so now.",
            "Multi-factor authentication was enabled on the account.",
            "All staff accounts are protected by multi-factor authentication.",
            "We will require two-factor authentication for all users going forward.",
            "You can set up 2FA in your account settings.",
            "Two-factor authentication could not have prevented this attack.",
            "Accounts without MFA will be locked next month.",
            "MFA is one of the best ways to protect your account.",
            "We are rolling out multi-factor authentication to every member of staff.",
        ],
    ),
    # GUIDE.md, how it happened: "a stolen or guessed password", told as a password weak enough
    # to guess; never advice, a rule or a general truth (round s28-how)
    "how-weak-password": (
        HOW,
        [
            "The account had a weak password.",
            "The administrator's password was too simple.",
            "The password on the server was easy to guess.",
            "The hacker got into an account that used a simple password.",
            "The system was secured only by a short PIN.",
        ],
        [
            "Please choose a strong password.",
            "Do not use a weak password.",
            "Weak passwords can be guessed easily.",
            "People who use simple passwords are at risk.",
            "Your password was not weak.",
            "We now require every password to be at least twelve characters.",
            "We recommend avoiding short PINs.",
            "Many people reuse weak passwords.",
        ],
    ),
    # GUIDE.md, how it happened: "a stolen or guessed password", told as a member of staff's key
    # taken in any form of the verb; never the readers' passwords as the loot, an attempt, a
    # denial or a possibility (round s28-how)
    "how-staff-key-taken": (
        HOW,
        [
            "The criminal managed to obtain an employee's log-in details.",
            "The hacker obtained a password belonging to one of our staff.",
            "Someone was able to steal an administrator's credentials.",
            "The attacker harvested the network credentials of several employees.",
        ],
        [
            "The attackers attempted to obtain employee passwords.",
            "No employee credentials were obtained.",
            "The emails were designed to steal staff credentials.",
            "Criminals could try to obtain your password.",
            "We have changed every employee's password.",
            "The attackers stole customer names and passwords.",
            "Scammers may try to steal employee log-in details.",
            "The attackers stole employee data including names and salaries.",
        ],
    ),
    # GUIDE.md, how it happened: "a fake (phishing) e-mail", told by the person talked into the
    # step that let the attacker in, in the passive or as the means; never the readers warned of
    # scams to come or a general truth (round s28-how)
    "how-talked-into-it": (
        HOW,
        [
            "An employee was duped into handing over their login details.",
            "A staff member was deceived into sending the files to a fraudster.",
            "The hacker got in by tricking an employee into giving their password.",
            "The criminal gained access by persuading our help desk to reset the password.",
            "An employee was fooled into logging in on a fake page.",
        ],
        [
            "Never let anyone persuade you to reveal your password.",
            "Be careful: criminals try tricking people into clicking links.",
            "Fraudsters could try to convince you to transfer money.",
            "Scam emails are designed to trick people into opening attachments.",
            "If you were persuaded to share your PIN, call your bank.",
            "Our staff training covers how criminals trick people into giving passwords.",
        ],
    ),
    # GUIDE.md, how it happened: "a misconfigured server", told as a slip in the set-up named as a
    # noun; never a slip only found or fixed, regretted, denied or warned of (round s28-how)
    "how-setup-slip-named": (
        HOW,
        [
            "A configuration error left the folder open to the public.",
            "A configuration mistake made the files visible to other customers.",
            "An error in the configuration of the storage account left it publicly readable.",
        ],
        [
            "We found the configuration error on May 3 and fixed it the same day.",
            "The configuration error has now been corrected.",
            "We have reviewed our settings to prevent configuration mistakes.",
            "There was no configuration error on our systems.",
            "We apologise for this configuration error.",
            "Configuration errors can happen to any organisation.",
            "You can change your notification settings at any time.",
        ],
    ),
    # GUIDE.md, how it happened: "a human mistake", told as every recipient's address shown to
    # the others (as the addresses put in the To field); never a denial or a rule (round s28-how)
    "how-recipients-shown-to-all": (
        HOW,
        [
            "An email was sent with all recipients visible to each other.",
            "All recipients could see each other's email addresses.",
            "The email addresses of all recipients were visible.",
            "The newsletter went out with every address visible to all recipients.",
            "The message was sent in a way that made the names of the other recipients visible "
            "to everyone on the list.",
        ],
        [
            "Your email address was not visible to other recipients.",
            "We will always blind copy recipients of group emails.",
            "The names of the people who received the email were not shown to each other.",
            "Recipients of the survey can see only their own answers.",
        ],
    ),
    # GUIDE.md, how it happened: the route told in a FAQ answer, under a heading that asks how in
    # other words than "How did this happen?"; never an answer that says the route is not known,
    # lists what routes there can be, tells what was done since or looks ahead (round s28-how)
    "how-told-under-a-question": (
        HOW,
        [
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nWhat caused the breach?\n\n"
            "A staff member opened an email attachment.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nHow did the hackers get my information?\n\n"
            "One of our employees replied to an email and the attacker used that to log in.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nHow was my information compromised?\n\n"
            "A member of staff shared a login with a contractor.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nWhat was the cause?\n\n"
            "A setting on the server was wrong.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nHow did this data breach happen?\n\n"
            "A member of staff responded to an email that asked for a code.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nHow did the unauthorized party gain access?\n\n"
            "They used a login that belonged to a member of staff.\n",
        ],
        [
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nWhat caused the breach?\n\n"
            "We are still investigating the cause.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nWhat caused the breach?\n\n"
            "We do not yet know what caused the breach.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nHow did the hackers get my information?\n\n"
            "Malware can get into a network in many ways, such as e-mail attachments.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nHow was my information compromised?\n\n"
            "Our systems were taken offline when we discovered the attack.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nWhat was the cause?\n\n"
            "We have since added a second sign-in step to all accounts.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nHow did this data breach happen?\n\n"
            "Criminals accessed our systems and copied files.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nHow did this data breach happen?\n\n"
            "We will post updates on our website and by email.\n",
            "Notice of Data Breach\n\nWe are writing to tell you about an incident at our "
            "company.\n\nWhat caused the breach?\n\n"
            "The cause is still not clear.\n",
        ],
    ),
    # GUIDE.md, how it happened: "a stolen or guessed password", told as a password attack named by
    # its way in (credential stuffing, password spraying, brute force); never a general truth, a
    # safeguard, a denial or a possibility (round s28-how)
    "how-password-attack-named": (
        HOW,
        [
            "This was a credential stuffing attack.",
            "We were the target of a credential stuffing attack.",
            "We detected a brute force attack on our login page.",
            "A brute-force attack was launched against our customer portal.",
            "The incident was a credential-stuffing attack on customer accounts.",
            "Criminals carried out a credential stuffing campaign against our app.",
        ],
        [
            "Credential stuffing attacks are common.",
            "We have protections against brute force attacks.",
            "We use multi-factor authentication to protect against credential stuffing.",
            "There is no evidence of a brute force attack.",
            "This was not a credential stuffing attack.",
            "A credential stuffing attack could affect any website.",
            "Password spraying is a type of attack that tries common passwords on many accounts.",
        ],
    ),
    # GUIDE.md, prevention (settled 2026-11-30): a reset or change of passwords, the readers' or
    # the staff's, and dismissing the employee who did it stop this attack and "do not count on
    # their own", whatever their stated aim; a reset counts "only with a lasting change beside
    # it, a new password rule or a second sign-in step" (round s28-prev)
    "prevention-reset-or-dismissal-alone-is-no-change": (
        PREVENTION,
        [
            "We reset all staff passwords and now require a second sign-in step.",
            "We forced a password reset and rolled out two-factor authentication to every account.",
        ],
        [
            "We immediately reset the passwords on every staff account.",
            "We changed all system passwords and user names.",
            "As a precaution, we invalidated the passwords of all accounts that might be at risk.",
            "The company carried out a mandatory password reset across the organisation.",
            "Session invalidation and password reset for the affected accounts.",
            "We reset all account passwords to prevent this from happening again.",
            "We disabled the account and changed its password.",
            "The employee has been dismissed.",
            "The staff member responsible was fired.",
            "The worker involved is no longer employed by the council.",
            "The individual no longer works for the company.",
            "We terminated the employee's employment the next day.",
            "The employee's contract has been terminated.",
            "The person responsible has left the organisation.",
            "We have ended our employment of the individual concerned.",
        ],
    ),
    # GUIDE.md, prevention (settled 2026-11-30): "the route in shut ('the open folder has been
    # removed' ...; the organisation's own file taken off the public site where it lay open, not
    # the stolen data taken down from where the attacker posted it)", said as the file taken off,
    # no longer public, access to it shut or the open folder locked; never the attacker's code
    # removed, stolen data taken down, a theft from a site, a system taken offline or access cut
    # while it is looked into (round s28-prev)
    "prevention-own-file-taken-off-the-public-site": (
        PREVENTION,
        [
            "The document was taken down from the council's website the same day.",
            "Once we learned of the error, the PDF was removed from the site.",
            "We immediately took the list off our website.",
            "The report has since been deleted from the public portal.",
            "We pulled the page from our intranet within the hour.",
            "The agenda has been withdrawn from the website and replaced with a redacted copy.",
            "We restricted access to the folder, which had been visible to anyone on the internet.",
            "Public access to the files on our web server has been removed.",
            "Our IT team locked down the shared folders the same afternoon.",
            "The information is no longer available online.",
        ],
        [
            "We removed the malicious code from our website.",
            "The skimming script was removed from our checkout page.",
            "The stolen data posted by the hackers has been removed from the forum.",
            "We worked with the authorities to have the leaked files taken down from the dark web "
            "site.",
            "The attackers deleted files from our web server.",
            "A laptop was taken from our Main Street site.",
            "Boxes of patient records were taken from the site overnight.",
            "The file was publicly accessible on our website for two weeks.",
            "Our website is no longer accessible while we investigate.",
            "We restricted access to our network while we investigated.",
            "You can remove your details from our mailing list on our website.",
            "The document was posted on our website by mistake.",
            "We took the website offline.",
        ],
    ),
    # GUIDE.md, prevention: "the vulnerability was patched", "the cause of the error has been
    # corrected", "we enabled new restrictions on the account", "we are looking at safer ways",
    # said of the patch, the cause or the restrictions, or as new safeguards sought; never a fix
    # not made, the attacker's update, the issue alone resolved, a mistake only found,
    # restrictions on the reader or while it is looked into, advice (round s28-prev)
    "prevention-patch-cause-or-restrictions-put-in": (
        PREVENTION,
        [
            "The vendor's patch has since been applied to the file transfer software.",
            "The necessary updates were rolled out to every workstation.",
            "A fix has been deployed to the booking system.",
            "The cause of the breach is now understood and resolved.",
            "The root cause has been identified and eliminated.",
            "The source of the exposure was found and fixed.",
            "The mistake was spotted and corrected the same morning.",
            "The error was discovered and corrected within hours.",
            "We enabled restrictions on the mailbox to stop messages being forwarded outside the "
            "company.",
            "New restrictions have been placed on who can export patient lists.",
            "We are working to identify new security measures for our online filing service.",
        ],
        [
            "A patch was not available at the time of the attack.",
            "The attackers installed a fake update on our server.",
            "The cause of the breach has not yet been resolved.",
            "We are investigating the cause of the error.",
            "The issue has been resolved.",
            "The mistake was discovered on 3 May.",
            "Restrictions have been placed on your account while we investigate.",
            "We temporarily placed restrictions on online payments.",
            "You may want to place restrictions on your credit file.",
            "We are evaluating whether additional credit monitoring is needed.",
        ],
    ),
    # GUIDE.md, prevention: "what the organisation has changed or will change"; a fix only to
    # come or waited for, and safeguards advised to the reader, are no change made (round
    # s28-prev)
    "prevention-not-a-fix-to-come-or-advice": (
        PREVENTION,
        [],
        [
            "Once the cause is fixed, we will restore the service.",
            "We cannot reopen the portal until the fault is corrected.",
            "We are waiting for the vendor to release a patch.",
            "Until the error is corrected, letters will be checked by hand.",
            "We recommend you consider additional security measures such as two-factor sign-in.",
            "We encourage customers to take additional security precautions online.",
            "We urge all users to enable additional security settings.",
        ],
    ),
    # GUIDE.md, prevention: a safeguard told as missing when it happened is the route in, not a
    # change (round s28-prev)
    "prevention-not-a-safeguard-told-as-missing": (
        PREVENTION,
        [],
        [
            "The affected accounts did not have two-factor authentication enabled as an extra "
            "security layer.",
        ],
    ),
    # GUIDE.md, reader steps: reading one's own statements is a step; reading a statement the
    # organisation or its vendor issued is not (round s28-ra)
    "reader-statement-issued": (
        READER,
        [
            "Read your bank statements carefully.",
            "Please read your monthly account statements closely.",
            "Read every statement you receive from your bank.",
            "Read the statements from your bank and card issuer carefully.",
        ],
        [
            "Read the statement here.",
            "Read our full statement about the incident.",
            "(Read the vendor's statement about the incident.)",
            "You can read the company's statement on its website.",
            "Please read the joint statement from the two hospitals.",
            "You can read a statement from the vendor here.",
        ],
    ),
    # GUIDE.md, reader steps: deleting a scam message is the reader's step; the recipient of a
    # misdirected message told to delete it is not (round s28-ra)
    "reader-delete-misdirected": (
        READER,
        [
            "If you receive an email from this address, delete the email without opening it.",
            "Please delete any e-mails that ask for your password.",
            "Ignore and delete any calls or messages asking for your bank details.",
            "If you were sent the attachment by mistake, you are asked to delete the email.",
        ],
        [
            "The person who received the file was immediately instructed to delete the email.",
            "The unintended recipients were told to delete the message.",
            "The employee who received the spreadsheet has been asked to delete the email.",
            "The individual was instructed to destroy the letter and delete the email.",
            "The staff member who opened the attachment was directed to delete the email.",
        ],
    ),
    # GUIDE.md, reader steps: "be wary of calls or e-mails that ask for details"; a bare "be
    # careful" is as vague as "remain vigilant" (round s28-ra)
    "reader-caution-named": (
        READER,
        [
            "Be careful with phone calls that ask for your account details.",
            "Be cautious when opening links or attachments in emails.",
            "Remain vigilant and cautious about any unsolicited calls that ask for your details.",
            "Please be extra careful about any emails, texts or calls claiming to be from us.",
            "Stay cautious of unexpected requests for your bank details.",
            "Be wary of anyone asking for your PIN.",
            "Take practical steps, including staying alert for any suspicious activity or scams.",
            "We encourage customers to stay aware, including looking out for fraudulent charges.",
        ],
        [
            "Everyone should be cautious regarding their own online activity.",
            "As always, be careful.",
            "Please remain cautious.",
            "People should be careful about their online presence.",
            "Be cautious at all times.",
            "Criminals are always looking for new ways to commit fraud.",
            "We are looking for the people behind the fraud.",
        ],
    ),
    # GUIDE.md, reader steps: the reader reports a scam to a national fraud reporting centre, as
    # to the police; the organisation's own report is told, not advised (round s28-ra)
    "reader-report-fraud-centre": (
        READER,
        [
            "If someone contacts you claiming to have your data, contact Action Fraud.",
            "You can also call Action Fraud on 0300 123 2040.",
            "Contact Scamwatch if you think you have been targeted.",
            "Contact IDCARE for free support if you think your identity has been misused.",
            "If you have lost money, you should alert your banking institution.",
        ],
        [
            "Action Fraud is the UK's national reporting centre for fraud and cybercrime.",
            "We have reported the incident to Action Fraud.",
            "The incident was reported to Action Fraud and the police.",
            "Following our reporting of the incident to Action Fraud, the police opened a case.",
            "Following our report to the police, an arrest was made.",
        ],
    ),
    # GUIDE.md, reader steps: the organisation's own review told as done is no step for the reader,
    # though it names accounts or their activity (round s28-ra)
    "reader-review-told-done": (
        READER,
        [
            "Once you have conducted a review of your statements, report any unfamiliar charges.",
            "We conducted a review of the incident; you should check your bank statements.",
            "After we completed our investigation, we recommend that you monitor your accounts.",
        ],
        [
            "Staff conducted a review of the matter, which included reviewing account activity.",
            "The clinic conducted an investigation that included reviewing the account activity.",
            "Staff performed a review of the mailbox, including checking the account activity.",
            "Our IT team conducted an analysis, checking the bank account records for misuse.",
        ],
    ),
    # GUIDE.md, contact: a line or address offered in the idioms of asking, or given as a plain
    # fact of ours ("our phone number is ..."); never the reader's details, an exposed number or
    # the number a caller pretends from (round s28-contact)
    "contact-asked-in-idioms-or-given-as-fact": (
        CONTACT,
        [
            "Send us a message at support@example.com and we will get back to you.",
            "You can also drop us a line at hello@example.com.",
            "Our phone number is 0800 555 0100 if you would like to talk to us.",
            "Our freephone number is 0800 555 0175.",
            "My e-mail address is jane.smith@example.org.",
            "Our Data Protection Officer's details are: dpo@example.com",
        ],
        [
            "Your details are: jane@example.com, 0800 555 0100.",
            "Our phone number was among the details exposed.",
            "A fraudster posing as our staff said our phone number is 0800 555 0199.",
            "Scammers spoofed our phone number, 0800 555 0100, to call customers.",
            "The attackers sent us an e-mail from hacker@example.net.",
        ],
    ),
    # GUIDE.md, contact: the labelled lines under a heading that offers them, and a line
    # labelled "Contact:" with a name before the details; a letterhead's bare "Tel:" and the
    # credit bureaus' lines offer nothing (round s28-contact)
    "contact-labelled-lines-under-an-offer": (
        CONTACT,
        [
            _LEAD_IN_OPENING + "Contact us\n\nPhone: 0800 555 0100\nEmail: privacy@example.com",
            _LEAD_IN_OPENING + "How to contact us\n\nEmail: privacy@example.com",
            "Contact: Privacy Office, 1-800-555-0100, privacy@example.com",
            "Contact: Jane Smith, Data Protection Officer, dpo@example.co.uk",
        ],
        [
            "Acme Ltd\n1 High Street, London\nTel: 020 7946 0000",
            _LEAD_IN_OPENING + "Credit bureaus\n\nEquifax\nPhone: 1-800-685-1111",
            _LEAD_IN_OPENING + "What information was involved\n\nEmail: your e-mail address",
        ],
    ),
    # GUIDE.md, contact: not the FTC's or a regulator's details, nor another public body's or a
    # charity's line passed on for the reader's own steps, nor a line for the press (round
    # s28-contact)
    "contact-not-another-body-or-the-press": (
        CONTACT,
        [],
        [
            "For questions about your tax return, call the IRS at 1-800-908-4490.",
            "Contact the Social Security Administration at 1-800-772-1213.",
            "Call the Medicare hotline at 1-800-633-4227 if you see charges for services you did "
            "not receive.",
            "You can contact the ICO on 0303 123 1113.",
            "Questions about your benefits should go to the Department for Work and Pensions on "
            "0800 328 5644.",
            "Anyone who has information about the theft should call Crimestoppers on 0800 555 111.",
            "Samaritans can be reached on 116 123 if you feel distressed.",
            "Enquiries from the media should be directed to press@example.com.",
            "Journalists can contact our press office on 020 7946 0010.",
            "Media enquiries: press@example.com",
        ],
    ),
    # GUIDE.md, contact: a page needs no address ("log a ticket in our help centre"), and a form,
    # chat or app of ours is a way to reach us; information offered at an address; never a
    # page for another matter (unsubscribing, a standing policy, the company's products), nor
    # another body's help pages or chat (round s28-contact)
    "contact-help-centre-form-chat-or-page": (
        CONTACT,
        [
            "Head to our help centre for more information.",
            "Visit our support site for answers to common questions.",
            "If you have been affected, please get in touch with our team via the form on our "
            "website.",
            "You can message us in the app.",
            "Reach our team 24/7 via the chat in our app.",
            "You can also find information at acme.com/incident.",
            "Customers can get the latest guidance at acme.com/cyber.",
            "We'll share more as soon as we can on this page.",
        ],
        [
            "To unsubscribe from these e-mails, visit acme.com/unsubscribe.",
            "To read our privacy policy, visit www.acme.com/privacy.",
            "Our privacy notice is available at www.acme.com/privacy.",
            "For more information about our products, visit www.acme.com.",
            "You can manage your e-mail preferences at acme.com/preferences.",
            "Please check the help centre of your bank for advice.",
            "Someone may reach out via chat asking for your code.",
            "Contact your bank via their app.",
            "The attackers contacted us via the form on our website.",
            "We could not reach our staff via the app.",
            "The hacker posted more on this page.",
            "You can find guidance at www.ncsc.gov.uk.",
            "Our vendor's help centre was affected.",
        ],
    ),
    # GUIDE.md, reader actions: the steps in the plain English any letter could use, from a
    # paraphrase sweep written from the guide (round s29-contact): a strong or unshared password,
    # a message kept at arm's length, the reader's own provider told, their sign-ins looked over,
    # a request checked on a trusted line, papers shredded; never staff's second step, the
    # intruder's reset, a step defined, or "beware" read as our company acting
    "reader-plain-steps-sweep": (
        READER,
        [
            "Choose a strong, unique password for each of your accounts.",
            "Please use a long, different password for every site.",
            "Avoid reusing passwords across different services.",
            "Avoid clicking links in text messages that claim to come from us.",
            "Please disregard any email asking you to change your payment details.",
            "If you receive a suspicious email, delete it without opening any links.",
            "Be careful not to share your personal information with people you don't know.",
            "We ask that you not provide your password in response to any email.",
            "Never enter your password on a page you reached from a link in an email.",
            "Inform your credit card provider about this incident.",
            "We suggest you notify your mobile phone company so it can protect your number.",
            "Check which devices are signed in to your account and remove any you do not know.",
            "Remove any unfamiliar devices from your account.",
            "If someone contacts you claiming to be from us, call us back on a number you trust.",
            "Shred documents that contain your personal information before throwing them away.",
            "Beware of callers pretending to be from our company.",
            "Add a PIN to your mobile phone account to stop someone moving your number.",
            "Make sure your computer's operating system is updated.",
            "Review your medical records for any treatment you did not receive.",
            "Treat any unsolicited call claiming to be from us with suspicion.",
            "Report any unexpected emails asking for your password to our security team.",
            "We recommend enabling login alerts on your email account.",
            "If you used the same password elsewhere, we recommend changing it.",
            "Remember to log out of shared computers.",
            "Remember never to share your PIN.",
            "You could also ask your bank about extra security on your account.",
            "Ensure your passwords are strong and not used elsewhere.",
            "Consider turning on two-factor authentication.",
            "Exercise caution when opening links in emails.",
            "Use caution if you receive a call asking for account information.",
        ],
        [
            "We acted quickly to avoid giving the attackers more time.",
            "The employee deleted the e-mail without opening it.",
            "We notified the banks that issued the cards.",
            "Our IT team checked the devices connected to our network.",
            "We shred all paper records at the end of each day.",
            "Our IT team enabled multi-factor authentication for all staff.",
            "Employees must now use two-factor authentication.",
            "The attacker reset the administrator password.",
            "Credit monitoring is a service that watches your credit file.",
            "A fraud alert is a notice placed on your credit file.",
            "A security freeze restricts access to your credit report.",
            "We use strong passwords on all our systems.",
            "The file did not include any information regarding your bank accounts.",
            "Employees are reminded to log out of shared computers.",
            "The criminals set up two-factor authentication on the account to lock us out.",
            "The recipient was careful not to open the file.",
            "We exercised caution when reviewing the e-mails.",
            "We asked the bank to cancel the affected cards.",
        ],
    ),
    # GUIDE.md, contact: a line, address or page offered for the reader's questions, help or
    # updates, in plain English any letter could use (a paraphrase sweep written from the guide,
    # round s29-contact); never a line for another errand (an appointment, jobs, investors) nor
    # the address the criminals gave
    "contact-plain-offers-sweep": (
        CONTACT,
        [
            "We have opened a dedicated inbox, breach@acme.com, for your questions.",
            "If you would prefer to write, our address is Privacy Team, 12 High Street, Leeds "
            "LS1 4AP, and we will reply to any questions.",
            "You can log a support ticket through our help centre if you need help.",
            "We will share what we learn on this page.",
            "We'll publish any new developments on our website.",
            "If you have questions, please visit [website].",
            "For help, e-mail {{support_address}}.",
            "Follow @AcmeSupport on Twitter for the latest updates.",
            "We will share further news via acme.com/incident.",
            "Representatives are available to answer questions about this incident at "
            "1-833-555-0123.",
        ],
        [
            "To book an appointment, call 0161 555 0133.",
            "Visit our careers page at www.acme.com/careers to see open roles.",
            "Our annual report is available at www.acme.com/investors.",
            "Investors may contact investor.relations@acme.com.",
            "The criminals asked us to contact them at x7@proton.me.",
            "The ransom note listed an e-mail address, decrypt@proton.me.",
            "Our e-mail account, travel@acme.org, was accessed.",
            "If you see a charge you do not recognise, call [your bank].",
            "We will not post the stolen data at acme.com.",
            "The New York Department of State can be reached at 1-800-697-1220.",
            "Rhode Island residents may file a police report by contacting the Rhode Island State "
            "Police at 401-444-1000.",
            "The phishing email appeared to come from support@acme.com.",
            "Customers who called our helpline on 0800 555 0100 last year may be affected.",
        ],
    ),
    # GUIDE.md, information involved: only what was not involved does not count, so kinds named
    # beside a denial of others in one sentence still do, in either order (round s29-info)
    "information-named-beside-a-denial": (
        INFORMATION,
        [
            "The records included your name and address, but did not include your bank details.",
            "The spreadsheet contained pupils' dates of birth and did not contain any medical "
            "information.",
            "It included your diagnosis and phone number but not your health card number.",
            "The thieves did not reach any card numbers; but the files they took contained your "
            "e-mail address and date of birth.",
            "Your card number was not accessed, however the stolen files included your home "
            "address.",
            "While our payment system was not affected, the server did contain customer names and "
            "phone numbers.",
        ],
        [
            "The files did not include your bank details, and your card number was not involved.",
            "No information, including your name or Social Security number, was accessed, and we "
            "do not believe you are at risk.",
            "The laptop did not contain names, addresses or any financial information.",
            "Your Social Security number was not included, nor was your date of birth.",
            "The page was random and not showing any data containing card or bank details.",
            "The stolen bag was not holding any patient records.",
            "Our core systems, including balance information and payment systems, were never "
            "affected.",
        ],
    ),
    # GUIDE.md, information involved: a broad kind of the guests who paid by card is named,
    # though a card as the way to pay alone is not; the stock line about the data and an
    # inquiry still to come name nothing involved (round s29-info)
    "information-card-payers-kind-not-stock-line": (
        INFORMATION,
        [
            "The incident may have compromised payment information of guests who used credit or "
            "debit cards at some of our restaurants.",
            "Payment card data of customers who paid by card at two stores was taken.",
            "The malware captured financial information of shoppers who used debit cards online.",
        ],
        [
            "We take the security of our guests' payment card data seriously.",
            "Acme takes the privacy of your health information very seriously.",
            "We will post updates once we know more about any payment cards that may have been "
            "affected.",
            "We will tell you when we learn more about the cards which might have been involved.",
            "Guests who used credit or debit cards at our hotels were sent this letter.",
            "We took immediate steps to secure payment card information belonging to our "
            "customers.",
            "We have put in place additional procedures to further protect customer card data.",
            "New safeguards have been added to protect the security of patient health records.",
        ],
    ),
    # GUIDE.md, severity and scope: the systems it did not reach count, also beside a denial of
    # misuse, which alone does not; and how soon it was stopped after it was reported, as
    # "caught within an hour" (round s29-info)
    "scope-systems-not-reached-or-stopped-soon": (
        SCOPE,
        [
            "The incident did not involve any of our card systems, and there is no evidence of "
            "misuse.",
            "This attack did not affect the school's network, and we have no evidence of any "
            "data loss.",
            "The breach has not impacted our patient records system.",
            "There was no breach of any of our hospital systems.",
            "There has been no intrusion into our payroll servers.",
            "Less than three hours after initial notification, we took containment action "
            "against the account.",
            "Within a day of detection, the mailbox was locked.",
            "Under an hour after we were alerted, we blocked the intruder.",
        ],
        [
            "We have no evidence that our systems were breached.",
            "There is no evidence that your information was misused.",
            "We will act within two hours of notification.",
            "We do not know whether the attack reached our servers.",
            "We are checking whether the attack affected our payroll servers.",
            "Within two days of the report, we hired a forensic firm.",
        ],
    ),
    # Round s29-dates: the day the act was made known before, the day anyone's review ended and
    # the day a body of any name found it are no days of the act (GUIDE.md: "Does not count ...
    # only the date it was found"); the act's own day still counts
    "breach-date-not-a-finding-day-of-any-finder": (
        WHEN,
        [
            "On 3 May 2024, the council determined that an intruder had accessed its network on "
            "28 April 2024.",
            "The files were accessed in the incident, which occurred on 11 April.",
            "Hackers broke into the server on 2 March, and the vendor completed its review on 9 "
            "May.",
            "The breach happened on 3 May and was first reported to the practice manager on 5 May.",
        ],
        [
            "On 18 May 2023, the institute determined that it was the target of a cyber attack in "
            "which student data was exposed.",
            "On 3 March, the council confirmed that it had been the victim of a ransomware attack.",
            "On 27 October the vendor completed its investigation of the affected mailbox and "
            "determined that member information was impacted in the incident.",
            "More documents were accessed in the breach previously reported on April 11.",
            "The same records were downloaded in the incident first disclosed in May.",
            "On 29 November the vendor gave us the list of people affected by the breach.",
            "On 29 November the vendor provided the school with a list of the students impacted by "
            "the incident.",
        ],
    ),
    # Round s29-dates: a file or message holding personal data sent on a day (GUIDE.md, what
    # happened: "records were sent to the wrong people"; the day is the act's), the data told
    # before the verb or sent by a person of ours; never what we send the reader
    "breach-date-file-with-data-sent-on-a-day": (
        WHEN,
        [
            "On 5 August an unencrypted e-mail containing customer information was sent to one of "
            "our suppliers.",
            "On 28 September a clerk was sending a file containing your personal information to "
            "another agency.",
            "On 1 February, a company employee sent a file containing information about "
            "shareholders to a group of advisers.",
            "On 12 March, a spreadsheet that held patient details was forwarded to an outside "
            "firm.",
        ],
        [
            "On 3 May we sent you a letter containing your new card details.",
            "On 3 May, our staff mailed a letter containing your replacement PIN.",
        ],
    ),
    # Round s29-dates: a call, report or message that reached the organisation on a day, its
    # sender told before the day or after the verb (GUIDE.md: "the date ... the organisation
    # found out or was told"); never what the readers received
    "discovery-dated-call-or-report-received-from": (
        DISCOVERY,
        [
            "After receiving a report from a third party on October 29, 2018, we launched an "
            "investigation.",
            "We received a call from a customer on 3 May about a strange charge.",
            "On 6 June the council received a call from its software vendor warning of a flaw.",
            "On 14 March, the practice received an email from its IT provider about suspicious "
            "log-ins.",
            "The school received a complaint from a parent in March 2024 that records were "
            "visible online.",
        ],
        [
            "On 3 May, some customers received e-mails from a fraudster pretending to be us.",
            "You may have received a call from someone claiming to be from the bank on 3 May.",
            "Patients received a letter from the hospital on 3 May.",
            "On 4 June, members received a message from us with their new code.",
        ],
    ),
    # Round s30-contact: our page sent to by any name, others sent to our site, the news read
    # there, a page set up to keep the reader up to date (plain English); never another body's
    # site, a page of this letter, what the reader may have read elsewhere, a page for the
    # people whose data was taken, this letter telling what it holds, or the reader's own
    # provider reached through its site
    "contact-our-page-by-any-name": (
        CONTACT,
        [
            "For more information about the incident, see our Incident Updates page.",
            "Please visit the council's news page for the latest updates.",
            "For further details, check this support page regularly.",
            "Please refer any customers with questions to our website for the latest information.",
            "We ask schools to direct worried parents to the trust's web page for updates.",
            "You can read about this on the status pages of our website.",
            "You can learn more about the outage on our blog.",
            "To read the full notice on our website, please click here.",
            "We have created a dedicated web page to keep customers up to date as we learn more.",
            "The school set up a new page to keep parents informed.",
        ],
        [
            "For more information about your rights, see the FTC website.",
            "For more information, see the next page of this letter.",
            "Details of the data involved are set out on page 2.",
            "You may have read about this on a news site.",
            "Please refer to the Information Commissioner's website for more information.",
            "We created this website for customers whose personal information may have been "
            "exposed.",
            "This email notice will include further information about the data involved.",
            "As a precaution, we have disabled the ability to view payroll information through the "
            "staff portal.",
            "If a caller seems suspicious, hang up and contact your bank through a number on the "
            "website.",
            "For more information, an engineer will visit the site next week.",
        ],
    ),
    # Round s30-contact: a new password the reader must set, told as a rule; the reader asked
    # by a word before their name; vigilance for odd activity on their accounts; the sender of
    # a message checked, an account secured with a strong password, the app updated (plain
    # English); never a change not needed, our own watch, our staff's passwords, a noun
    # "contact" beside the police
    "reader-password-required-and-own-guard": (
        READER,
        [
            "All staff and student passwords will need to be reset.",
            "Your password must be changed before you next sign in.",
            "We are notifying all users that they must change their password by Friday.",
            "Customers will need to reset their passwords when they next log in.",
            "We are requiring all accounts to have their password reset.",
            "We are asking potentially affected customers to change their passwords.",
            "We remind our community to remain vigilant against phishing e-mails.",
            "Please be extra vigilant for unusual activity on your accounts.",
            "Check the sender's e-mail address carefully before you reply.",
            "Always verify the caller's identity before giving any details.",
            "Secure your online accounts with strong passwords.",
            "You should update your app to the latest version.",
            "If in doubt, go directly to the official banking website and log in there.",
            "We recommend visiting our website instead, by typing in the web address yourself.",
            "Log in to your account directly rather than clicking any link in an e-mail.",
        ],
        [
            "Users who changed their password after 18 October do not need to change it again.",
            "There is no need to reset your password.",
            "Staff remain vigilant for suspicious activity on our network.",
            "We urge everyone to remain vigilant of any suspicious activity online.",
            "Our team stays vigilant for phishing e-mails.",
            "The attackers must have used a stolen password.",
            "Under our new policy, staff passwords must be changed every 90 days.",
            "The file held contact details of people who have had contact with police.",
            "We checked the sender's address and found it was forged.",
            "We will update your app automatically.",
            "The fake e-mail sent customers directly to a copy of our website.",
            "To enrol, go to the Experian website and enter your code.",
            "The service includes daily monitoring of your credit reports.",
            "This product provides identity detection, which includes monitoring of your credit "
            "file.",
        ],
    ),
    # Round s30-info: a reach said as a fact still counts (GUIDE.md, severity and scope); the same
    # words as a supposition, an aim, a rule, our own measure, the letters still to go out, the
    # organisation's size or a kind of attack many meet do not (the tune letters' evidence that
    # was right by luck)
    "scope-not-supposed-aimed-or-our-measure": (
        SCOPE,
        [
            "The attack did not affect our payroll system.",
            "Your bank details were not involved.",
            "The attacker was inside our network for about three weeks.",
            "About 2,400 customers were affected.",
            "The breach was limited to a small number of files.",
            "The incident impacted numerous school districts.",
            "We believe the risk to you is low.",
            "Your card was included and may be at risk.",
        ],
        [
            "If the attack did not affect our systems, we will tell you.",
            "If the breach did not reach our servers, no one else needs a letter.",
            "Should the incident have reached our payroll system, we will write again.",
            "We do not yet know whether the database was affected.",
            "To ensure that your information is not at risk, we have taken the website offline.",
            "We make sure that patient records are never accessed without a reason.",
            "Our policy is to notify people when their personal information may be at risk.",
            "We reset the passwords of all accounts that might be at risk.",
            "We took early action, including restricting access to some systems.",
            _BREACH_TOLD + "Those affected will receive a letter starting June 7, 2024.",
            "Notices will be mailed from 3 May to 10 May.",
            _BREACH_TOLD
            + "Customers will not be able to use their points for a short period of time.",
            _BREACH_TOLD + "Members will be unable to log in for two days while we rebuild.",
            "More than 250,000,000 people around the world have accounts with us.",
            "Over 2,000 members use our online banking service.",
            "Some IP addresses are shared with thousands of other people.",
            "We believe this was a routine attack that targeted many organisations.",
        ],
    ),
    # Round s30-info: the act's date after the finding, the means or setting of the act told
    # between them (plain English); never the date of our own review, letter or helper's work
    # told there
    "breach-date-after-the-finding-past-a-setting": (
        WHEN,
        [
            "On May 3 we learned that, in a series of e-mails sent on April 28, an attacker had "
            "obtained staff passwords.",
            "On May 3 we learned that, in a series of phishing e-mails sent to our staff on April "
            "28, an attacker obtained passwords.",
            "We found that, during a break-in over the night of 3 May, thieves took two laptops.",
            "Our investigation determined that, through a flaw in the website's checkout page, on "
            "or about 14 March 2024 an intruder copied card details.",
            "We discovered that, by using a stolen password on 9 June, someone accessed the "
            "payroll system.",
        ],
        [
            "On May 3 we learned that, in our review completed on April 28, the attacker had "
            "accessed the server.",
            "We learned that, in a letter we sent on 3 May, the wrong address was printed.",
            "We discovered that, with the help of our vendor, on 3 May we removed the code that "
            "had been added by the attacker.",
        ],
    ),
    # Round s30-info: an event told on a named system, account or site reached (GUIDE.md: "a
    # named system, account, device or file that the event reached counts, also in the sentence
    # that says what happened"), a count of the messages or papers reached, a channel not targeted
    # and a denial over a list joined by a slash; never a supposition, a hedge, our defence, where
    # to read about it, nor an attack in general
    "scope-event-on-a-named-system": (
        SCOPE,
        [
            "We found malicious code in our payroll software.",
            "We recently learned of a security issue affecting our online shop.",
            "Our website was attacked last week.",
            "The patient portal has experienced a data breach.",
            "We noticed unusual activity in an employee's e-mail account.",
            "Three posts from members were published with their e-mail addresses.",
            "Two letters were sent to the wrong address.",
            "Online card transactions were not targeted.",
            "No staff/student bank information was accessed.",
        ],
        [
            "If our website was attacked, we would tell you.",
            "Our website may have been attacked.",
            "We protect our online shop against attacks.",
            "You can read updates about the incident on our website.",
            "Please report suspicious activity on your account to us.",
            "We monitor our servers for suspicious activity.",
            "We learned of an incident at another company.",
            "Phishing e-mails are a common attack on e-mail accounts.",
            "We recently detected suspicious activity on your online account.",
            "There was unauthorized access to our servers.",
            "Some unauthorized login attempts to customer accounts were made.",
        ],
    ),
    # Round s30-info: cards used somewhere and then reached name the cards' data (GUIDE.md: the
    # kinds "named"; three tune letters say it so); never a card as the way to pay, its
    # fraudulent use, a denial or a supposition
    "information-cards-used-somewhere-reached": (
        INFORMATION,
        [
            "Payment cards used at our restaurants were compromised.",
            "Credit cards used on our website were stolen by the attackers.",
            "Debit cards used at the petrol station were skimmed.",
        ],
        [
            "Customers who paid with cards used at our restaurants can call us.",
            "We found fraudulent activity on credit cards used on the site.",
            "Cards used at the kiosk were not compromised.",
            "If cards used at our stores were compromised, we will tell you.",
            "If that payment information was indeed stolen, your card may be affected.",
            "If these bank details were taken, we will let you know.",
        ],
    ),
    # Round s30-info: the act's date after a finding told in more words, an act's own verb before
    # the date, a finding joined with "and", the act's object told at length; never the day of a
    # finding or a telling in words the other families leave out
    "breach-date-not-a-finding-in-more-words": (
        WHEN,
        [
            "On November 10, 2014, our experts determined that the intruders accessed the billing "
            "server used by our clinics on November 2, 2014.",
            "We discovered a burglary had occurred in our office on or around December 17, 2017.",
            "On 17 April we completed our review of a phishing incident and determined that an "
            "intruder gained access to an e-mail account belonging to one of our employees on 3 "
            "April 2024.",
            "On November 24 we discovered that an unauthorized party accessed customer data on "
            "our app store's customer database on November 14, 2023.",
        ],
        [
            "On November 10, 2014, our experts determined that your information may have been "
            "accessed by the intruders.",
            "On July 15, 2024, we were able to determine that unauthorized actors obtained "
            "personal information from a test database.",
            "On 13 November 2015, the police advised us that patient information was illegally "
            "obtained.",
            "Our vendor confirmed which passwords had been exposed by the following day, November "
            "2, 2018.",
        ],
    ),
    # Round s44 (issue 13): a lasting change in the technical and organisational forms the other
    # families leave out, written from GUIDE.md's definition and how notices commonly say it: a
    # review and strengthening said to go on ("continues to evaluate and enhance"), the weak or
    # outdated part taken out, a risky feature turned off, a system set to block, a use of
    # devices or records barred, needless privileges taken away, a safeguard brought in with a
    # partner's help; never the account used in the attack shut (stopping this attack), a page
    # or a notice made easier to read, or what the attacker or the reader does
    "prevention-ongoing-barred-or-turned-off": (
        PREVENTION,
        [
            "The Company continues to evaluate and enhance its cybersecurity posture.",
            "The district continues to strengthen its security controls.",
            "Our web developer has removed the vulnerable plugin.",
            "The outdated plugin has been removed from our website.",
            "We have uninstalled the unsupported software that was involved.",
            "We have turned off the auto-complete feature in our email system.",
            "We disabled the autofill function in Outlook.",
            "We have configured our email system to block messages with suspicious attachments.",
            "Our firewall has been configured to reject connections from unknown locations.",
            "We have prohibited the use of personal devices to access patient records.",
            "We have banned the use of USB drives on company computers.",
            "Staff are no longer permitted to take patient records home.",
            "Employees are no longer allowed to save files to their desktops.",
            "We removed unnecessary administrator privileges.",
            "We have removed excessive permissions from staff accounts.",
            "We have worked with our payment processor to implement point-to-point encryption at "
            "all of our locations.",
            "We engaged a security firm to deploy endpoint detection and response software.",
            "We have implemented a zero trust security model.",
            "We are implementing a zero trust architecture.",
        ],
        [
            "We disabled the user account that was used to access the system.",
            "We immediately suspended the compromised email account.",
            "We locked the employee's account as soon as we learned of the incident.",
            "We have improved our website to make it easier to find information about this "
            "incident.",
            "We are enhancing our notification process to keep you informed.",
            "The attackers disabled the security feature on the server.",
            "The attacker configured the mailbox to forward messages to an outside address.",
            "We removed the malicious plugin that the attackers installed.",
            "The vulnerable server was taken offline while we investigate.",
            "You should remove any unused apps from your phone.",
            "We recommend that you turn off the auto-fill feature in your browser.",
            "Customers are no longer able to log in with their old passwords.",
            "The intruder was no longer able to access our network.",
        ],
    ),
    # Round s44 (issue 13): the line to call masked in a filed copy whatever part is masked
    # ("1-XXX-XXX-XXXX", "(800) XXX-XXXX", "###-###-####"), offered for the
    # reader's questions (GUIDE.md, contact); never a masked Social Security number, the number
    # a fake message gave, a credit bureau's line or "we will never call you"
    "contact-masked-in-any-part": (
        CONTACT,
        [
            "If you have any questions, please call 1-XXX-XXX-XXXX, Monday through Friday.",
            "Please call ###-###-#### with any questions.",
            "For assistance, call (800) XXX-XXXX between 9 a.m. and 5 p.m.",
            "If you have questions, please call our call center at 1-888-XXX-XXXX.",
            "Questions? Call 1-XXX-XXX-XXXX toll-free.",
            "If you have questions, please call 1-855-XXX-XXXX.",
            "You can also contact us by writing to Privacy Office, 100 Main Street, Springfield, "
            "IL 62701.",
        ],
        [
            "The phishing email asked staff to call 1-XXX-XXX-XXXX.",
            "Your Social Security number, XXX-XX-XXXX, was not affected.",
            "Your card number ending in XXXX may have been exposed; if you have questions, ask "
            "your bank.",
            "We will never call you from 1-XXX-XXX-XXXX.",
            "To place a fraud alert, call Equifax at 1-XXX-XXX-XXXX.",
            "The fake e-mail gave a toll-free number, 1-XXX-XXX-XXXX.",
            "You may contact the Maryland Office of the Attorney General by writing to 200 St. "
            "Paul Place, Baltimore, MD 21202.",
        ],
    ),
    # Round s44 (issue 13): a lasting change opened by the incident as its time or cause
    # ("following this incident", "as a result of this incident": GUIDE.md counts the change,
    # whatever frames it), a vendor changed in more words, stored data deleted, staff
    # re-educated, a monitoring centre engaged, self-service changes turned off; never a review
    # of the incident or of files it touched, the attacker's or a recipient's deleting, or a
    # forensic firm engaged
    "prevention-framed-by-the-incident-or-a-vendor-changed": (
        PREVENTION,
        [
            "As a result of this incident, we are conducting a review of our processes.",
            "Following this incident, we have switched to a new mailing vendor.",
            "In light of this incident, we have reviewed our vendor contracts.",
            "Following this incident, we will conduct regular audits of access to patient records.",
            "In response to this incident, we are undertaking a full review of our cyber security.",
            "The practice has since transitioned to a new electronic health record vendor.",
            "Upon discovery, the company suspended the system and deleted all payment card data "
            "that was stored on it.",
            "We have purged the old customer records that were stored on the server.",
            "We disabled self-service changes to direct deposit information.",
            "To better protect your data going forward, we have removed the ability to view full "
            "card numbers online.",
            "Our employees have been re-educated on the importance of verifying recipients before "
            "sending emails.",
            "We have engaged a third-party security operations center to monitor our environment.",
        ],
        [
            "The unauthorized party deleted data stored on our server.",
            "The recipient confirmed that she deleted the information stored on her computer.",
            "We engaged a third-party forensic firm to investigate.",
            "We retained a third-party security expert to conduct an investigation.",
            "This removes the ability to sign in to any account, but only for a short period of "
            "time.",
            "We have temporarily disabled the option to pay online while we investigate.",
            "We will carry out a review of access logs related to the incident.",
            "We are conducting a review of the incident.",
            "Following this incident, we reviewed the affected files.",
            "We will conduct a review of our processes to determine how the breach occurred.",
            "The attackers disabled self-service password resets.",
        ],
    ),
}
