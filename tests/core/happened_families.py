"""What happened and how it happened, said in the ways real notices tell them (issue 13): one
table per family of wordings, as tests/corpus/GUIDE.md defines the two items, with sentences that
share the words but must not count. The wordings are common ways notices are written (state
attorney-general filings, HIPAA notices, e-mails to customers), not quotes of a corpus letter.
tests/core/test_checklist_families.py runs them with the other checklist families."""

WHAT = "content.what-happened"
HOW = "content.how-it-happened"

# family: (item, sentences that carry it, sentences that do not)
HAPPENED_FAMILIES = {
    # GUIDE.md, how: "the route in or the cause, not the event". Look-alikes: a measure that
    # names a way in (prevention), a denial about an insider, a cause of something else
    "how-not-a-measure-or-denial": (
        HOW,
        [
            "A former employee who still had access downloaded the files.",
            "The attacker signed in with an employee's password.",
        ],
        [
            "Password reset for compromised accounts.",
            "Password changes across all affected accounts.",
            "We do not believe the former employee accessed any records.",
            "We added multi-factor authentication to all staff accounts.",
            "We now require stronger passwords for every account.",
            "Staff will be trained to recognise phishing e-mails.",
            "The delay in writing to you was caused by the investigation.",
        ],
    ),
    # GUIDE.md, how: a password handed over, a lure named by whom it reached, a break-in or a
    # device without encryption, papers taken home, a coding issue, a distribution list
    "how-lure-device-or-slip": (
        HOW,
        [
            "An employee inadvertently disclosed their credentials to the attacker.",
            "A phishing campaign targeted our employees.",
            "An employee responded to an email that appeared to be legitimate.",
            "An employee replied to a fraudulent request with a file of tax forms.",
            "The hackers gained access via a compromised IT support tool.",
            "There was a break-in at our office over the weekend.",
            "The laptop was password protected but not encrypted.",
            "An employee took documents home without authorization.",
            "The information was accessible due to a coding issue.",
            "The email was sent to a distribution list instead of to one person.",
        ],
        [
            "Do not share your password with anyone.",
            "We will never ask you to enter your password.",
            "All laptops are encrypted.",
            "We sent this letter to our mailing list of affected customers.",
            "We fixed a software issue that slowed our website.",
            "We have restored the compromised systems using clean backups.",
        ],
    ),
    # GUIDE.md: records sent to the wrong people, told of the thing sent or of any sender
    "what-sent-astray": (
        WHAT,
        [
            "Your tax form was mailed to the wrong address.",
            "Your information was included in an email sent to other customers in error.",
            "Invoices containing your name were e-mailed to another client.",
            "Our mailing vendor sent notices to outdated addresses.",
            "A package of documents was delivered to the wrong office.",
        ],
        [
            "We sent this letter to the address we have on file.",
            "Invoices are e-mailed to customers each month.",
        ],
    ),
    # GUIDE.md: someone got in or took something, told in the passive or by the act
    "what-taken-or-planted": (
        WHAT,
        [
            "Patient data was extracted from one of our servers.",
            "Some employee data was obtained by the attackers.",
            "Criminals placed malicious code on our website that captured card details.",
            "An employee looked up patient records without a work reason.",
        ],
        [
            "We obtained your consent before sharing your records.",
            "We are writing to tell you about a data security incident.",
        ],
    ),
    # GUIDE.md: a fault or setting that left records open; an attack that struck a named system
    "what-fault-or-attack-on-system": (
        WHAT,
        [
            "A misconfigured database exposed the records of our customers.",
            "A vulnerability in our website exposed customer order details.",
            "There was a ransomware attack on our computer network on May 3.",
            "On June 1, a cyberattack on our systems disrupted our operations.",
        ],
        [
            "We are taking steps to protect against future cyberattacks on our network.",
            "Our firewall blocks attacks on our network every day.",
            "A data security incident occurred at one of our vendors.",
            "We have fixed the vulnerability in our website.",
        ],
    ),
    # GUIDE.md: someone got in or made it public, told by who did it or by who could see it
    "what-actor-or-readers": (
        WHAT,
        [
            "A third party accessed our customer portal using passwords stolen from other sites.",
            "An individual used fraudulent credentials to access the portal.",
            "The criminal group behind the attack released some of the data.",
            "Cybercriminals targeted our company with a ransomware attack.",
            "Your personal information was viewable by other users of the portal.",
            "The records were available on the internet without a password.",
            "Several boxes of records were discarded without being shredded.",
        ],
        [
            "A third party vendor provides our billing services.",
            "We use a third party to mail our statements.",
            "We will not sell your data.",
            "We released a statement about the incident to the press.",
            "Your information is available to other users only if you choose to share it.",
        ],
    ),
    # GUIDE.md, how: the route in named by its technique or by the fake message
    "how-technique-named": (
        HOW,
        [
            "An employee fell victim to a phishing scam.",
            "Criminals got in by sending emails that appeared to come from a trusted source.",
            "The intruders got in with a brute-force attack on a remote desktop server.",
            "The attack was carried out through a SQL injection on our website.",
            "The incident was caused by a spoofed email that looked like it came from our CEO.",
            "The criminal used an employee's username and password to sign in.",
            "An employee clicked on a link in an email that looked legitimate.",
        ],
        [
            "We have enabled multi-factor authentication to protect against brute-force attacks.",
            "We train staff to spot emails that appear to come from a trusted source.",
            "If you receive an email, do not click on any link in it.",
            "The impacted data includes names, usernames and passwords, and card numbers.",
        ],
    ),
    # GUIDE.md, how: a human mistake, an insider, a device lost, a setting left open
    "how-person-or-setting": (
        HOW,
        [
            "The incident resulted from an employee error.",
            "The letters were misprinted by our mailing vendor.",
            "A former employee who still had access downloaded the files.",
            "An employee misused their access to look at records.",
            "An employee lost a USB drive containing the files.",
            "The data was accessible because a storage bucket had been set to public.",
            "The documents were thrown away in a regular trash bin instead of being shredded.",
        ],
        [
            "Information about current and former employees was accessed.",
            "We are training staff to avoid human error.",
            "We have lost confidence in that supplier.",
            "We changed the setting so the folder is private.",
            "We shred all paper records instead of throwing them away.",
        ],
    ),
    # GUIDE.md, how: the route in told as it commonly is, a lure answered, a flaw used, a
    # setting left open, a mistake, a device or papers taken; a prevention step or the attack
    # without its route is not the route (a vendor's incident alone: "how-vendor-needs-its-route")
    "how-route-common-wordings": (
        HOW,
        [
            "The unauthorized access was the result of a phishing email.",
            "An employee received a phishing email and provided their login credentials.",
            "The attacker exploited a vulnerability in the file transfer software.",
            "The criminals took advantage of a previously unknown flaw in a file transfer program.",
            "The incident stemmed from a misconfiguration in a cloud storage account.",
            "A database was inadvertently left accessible on the internet without a password.",
            "The server had been configured to allow public access.",
            "The malware was introduced when an employee visited a compromised website.",
            "The hacker was able to guess the password of an administrator account.",
            "The attackers accessed the account after obtaining the password from an earlier "
            "breach.",
            "The account was accessed using a password that was used on other websites.",
            "The files were stored on a server that was accessible from the internet.",
            "A backup file was stored in an unsecured location.",
            "A bug in our mobile app showed some customers the account details of others.",
            "An employee inadvertently sent a spreadsheet to an external email address.",
            "The letters were put in the wrong envelopes.",
            "A laptop was stolen from an employee's vehicle.",
            "Someone pretending to be a patient called our office and obtained your records.",
        ],
        [
            "We have encrypted the files that were not encrypted before.",
            "We reset passwords for all affected accounts.",
            "We were the victim of a ransomware attack.",
            "Malicious code was placed on our checkout page.",
            "An unauthorized party accessed our network.",
            "Your data was exposed.",
            "Some customer records were exposed in the incident.",
            "Our investigation is ongoing to determine how the attacker gained access.",
            "We recently learned of a security incident involving a vendor.",
            "We use a third-party vendor to process payments.",
            "Ransomware had infected the vendor's systems, resulting in a disruption.",
            "We have strengthened our email filters to block phishing and malicious attachments.",
            "Criminals often use phishing e-mails to steal passwords.",
            "Refresher training will be given to staff to highlight this error.",
            "The vendor provided us with a list of affected customers.",
            "The advice in the bank's notice applies to all phishing attempts.",
        ],
    ),
    # GUIDE.md, what: passive and impersonal accounts (who is not named, or only the system is),
    # an account taken over, a group that owned up; an incident with no kind of event, or a
    # possibility, is not what happened
    "what-passive-and-impersonal": (
        WHAT,
        [
            "A cyber attack on our IT systems took place on March 3.",
            "Our computer systems were shut down by a ransomware attack.",
            "Ransomware was deployed on our network.",
            "Our network was breached.",
            "Our network was subject to unauthorized access.",
            "A hacker hijacked a staff member's email account.",
            "An unauthorised third party took control of a staff email account.",
            "Your information was in files that an unauthorized actor took from our systems.",
            "A spreadsheet of student information was shared with parents by mistake.",
            "The email was sent to all parents rather than to the one family it was meant for.",
            "Your letter was enclosed in an envelope addressed to another patient.",
            "A group claimed responsibility for the attack on our network.",
            "Certain files were copied from our network without permission.",
            "Some of our systems were encrypted.",
            "We detected unusual activity on our network.",
        ],
        [
            "We recently discovered a data security incident.",
            "We are writing to inform you of an incident that may involve your information.",
            "If your information was accessed, we will let you know.",
            "If you received this letter in error, please shred it.",
            "Our network is now secure and operations are back to normal.",
            "This letter was sent to all customers rather than only those affected.",
            "We have taken steps to secure our network.",
            "Our systems were not affected.",
        ],
    ),
    # GUIDE.md, how: the lure told by how it looked, a talked-round help desk, a password that
    # was someone else's or never changed, software out of date
    "how-lure-look-or-weak-lock": (
        HOW,
        [
            "The attacker sent an email that looked like it came from our payroll provider.",
            "The attackers sent emails that looked like they came from a trusted supplier.",
            "The criminal convinced our help desk to reset the password on your account.",
            "The employee fell victim to an email scam.",
            "The hacker obtained the password through a keylogger installed on the computer.",
            "The intruder used login credentials belonging to a former employee.",
            "The default password on the device had not been changed.",
            "The attacker got in because our software was out of date.",
            "The data was accessible to anyone who had the link.",
        ],
        [
            "Please be alert to phishing emails that use this incident as a lure.",
            "We are working with our vendor to understand what happened.",
            "We have asked all staff to complete phishing training.",
            "We have implemented a new password policy requiring stronger passwords.",
            "We cannot yet say how the attacker got in.",
            "We have updated the software on all our servers.",
            "Our IT team reset the password on your account.",
        ],
    ),
    # GUIDE.md, what: an act told in the passive, found, looked at, sent to an old address
    "what-noticed-viewed-or-sent-astray": (
        WHAT,
        [
            "Unusual activity was detected on our network.",
            "Suspicious activity was identified in an employee's email account.",
            "Your file was opened by a staff member who had no reason to see it.",
            "Letters intended for you were sent to an old address.",
            "Some of your personal data was made public.",
        ],
        [
            "Your account was opened by a member of our staff in 2019.",
            "Our annual results were made public in March.",
            "Suspicious activity can be reported to our fraud team.",
        ],
    ),
    # GUIDE.md, how: the sentences around a route that are not one (an apology for a mistake,
    # "no fault of yours", defences against phishing, the response to the attack)
    "how-not-the-words-around-it": (
        HOW,
        [
            "The incident resulted from a mistake by one of our staff.",
        ],
        [
            "We deeply regret this mistake, which was caused by no fault of yours.",
            "This incident was not the result of any error on your part.",
            "We continue to work with experts to strengthen our systems against phishing.",
            "We sincerely apologize for this error and any inconvenience it may cause.",
            "After discovering the incident, we took our systems offline.",
            "We have engaged a forensic firm to determine how the incident occurred.",
            "The attackers used ransomware to encrypt our systems.",
        ],
    ),
    # GUIDE.md, how: a slip or a gap named in UK and US wordings (the CC field, the wrong group,
    # a package lost, weak security, an account never closed, no second sign-in step)
    "how-slip-gap-or-named-vendor": (
        HOW,
        [
            "This happened because a member of staff used the 'CC' field instead of 'BCC'.",
            "A member of staff emailed the spreadsheet to the wrong group.",
            "An employee's mobile phone, which held work emails, was stolen.",
            "A courier lost a package of patient records.",
            "The access occurred when a hacker exploited weak security on an old website.",
            "Attackers abused a legitimate remote access tool to get into our network.",
            "An employee's personal email account, to which work files had been forwarded, was "
            "compromised.",
            "The attacker gained access through an old account that should have been closed.",
            "The account did not have two-factor authentication turned on.",
        ],
        [
            "Please use BCC when emailing groups.",
            "We have reminded staff to check the recipient before sending.",
            "We are offering free identity protection through a third-party vendor.",
            "We have enabled two-factor authentication on all accounts.",
            "The records include information from Acme Billing, our business associate.",
            "We have closed old accounts that are no longer used.",
        ],
    ),
    # GUIDE.md, what: the act told by a plain verb for taking or prying
    "what-plain-verbs-of-taking": (
        WHAT,
        [
            "The thieves made off with two laptops.",
            "Criminals skimmed card data at our fuel pumps.",
            "Hackers put code on our website that siphoned off payment card data.",
            "An employee snooped on patient records.",
            "The hacker demanded payment in exchange for not publishing the data.",
        ],
        [
            "Thieves often target laptops left in cars.",
            "We made off-site backups of our data.",
            "Customers demanded payment of refunds after the outage.",
        ],
    ),
    # GUIDE.md, what: an e-mail sent to a group with every address on show (records sent astray)
    "what-addresses-on-show": (
        WHAT,
        [
            "The newsletter was sent with the email addresses of all recipients visible.",
            "An email went out with every parent's address in the CC field.",
            "A reminder was sent with the names and addresses of other members on show.",
            "Recipients could see each other's email addresses.",
            "Customers were able to see other customers' email addresses.",
        ],
        [
            "Please send the form with your details visible.",
            "The letter was sent with the correct address.",
            "You can see your email address in your account settings.",
        ],
    ),
    # GUIDE.md, what: "malware or ransomware struck a named system", told as what it struck
    "what-malware-by-what-it-struck": (
        WHAT,
        [
            "This is a summary of the ransomware attack that impacted our operations.",
            "A virus that encrypted our servers halted billing for two days.",
            "The cyberattack, which disrupted our IT systems, began on Friday.",
            "Malware that infected the network was found by our team.",
        ],
        [
            "Ransomware is a growing threat to hospitals.",
            "We have tools that block malware on our network.",
            "A cyber security incident can disrupt services.",
        ],
    ),
    # GUIDE.md, how: the details got by a lie (pretexting): posing, subterfuge, misrepresentation
    "how-by-deception": (
        HOW,
        [
            "The records were obtained through subterfuge and misrepresentation.",
            "The caller obtained the records by pretexting.",
            "The information was obtained by deception.",
            "The broker got the call records by misrepresenting himself as the account holder.",
        ],
        [
            "Do not be deceived by such calls.",
            "Misrepresentation of our services is against our policy.",
            "Be wary of fake emails asking for your details.",
        ],
    ),
    # GUIDE.md, how: a password from another breach, papers put in the wrong bin
    "how-reused-password-or-wrong-bin": (
        HOW,
        [
            "The attacker used a password that had been exposed in an unrelated breach.",
            "The criminals logged in with credentials stolen from another website.",
            "The papers were put in a recycling bin instead of the shredding bin.",
            "The forms were thrown away rather than shredded.",
        ],
        [
            "Use a different password from the one you use on other websites.",
            "Please put your recycling in the blue bin.",
            "We shred all paper records before disposal.",
        ],
    ),
    # GUIDE.md, what: the attack told by the system it was aimed at, or a skimmer fitted
    "what-attack-aimed-or-skimmer-fitted": (
        WHAT,
        [
            "A criminal group launched a cyberattack against our systems.",
            "Hackers carried out an attack on our website.",
            "Criminals installed card-skimming devices on two of our terminals.",
        ],
        [
            "We launched an investigation into the attack on our systems.",
            "We installed new card readers in every store.",
            "Attacks on hospitals have grown this year.",
        ],
    ),
    # GUIDE.md, how: the cause is a person of the organisation's own who let the data out, told
    # as a release, a leak or a sending outside; news about the incident shared is not that
    "how-insider-let-it-out": (
        HOW,
        [
            "A former Health NZ employee allegedly released vaccination data.",
            "Patients are being told of the unauthorised data release by a former staff member.",
            "The investigation found the employee sent some information outside the organisation.",
            "One of our contractors leaked customer records to a journalist.",
        ],
        [
            "One of our staff members shared information about the incident with patients.",
            "Staff must not share information outside the organisation.",
            "We do not believe the employee shared any records.",
            "We released a statement about the breach.",
        ],
    ),
    # GUIDE.md, how: "theft or loss of a device or papers", told as gone missing
    "how-device-went-missing": (
        HOW,
        [
            "An unencrypted desktop computer went missing from one of our clinics.",
            "A laptop holding patient files disappeared from a locked office.",
            "The backup tapes had gone missing in transit.",
        ],
        [
            "No laptops went missing.",
            "If your card goes missing, call your bank.",
            "The attacker accessed one of our servers.",
        ],
    ),
    # GUIDE.md, how: a slip that spread the addresses, the reply to a whole list; and the way
    # in named as one of the organisation's own machines
    "how-reply-all-or-own-machine": (
        HOW,
        [
            "Customers received an e-mail which, if they reply-all, is sent to a wider group.",
            "Several recipients replied to all, sharing their addresses with the whole list.",
            "Replies to the message went to everyone on the mailing list.",
            "A criminal gained access to our internal network through one of our servers.",
            "The attackers got in via one of our web servers.",
        ],
        [
            "Please do not reply all to this e-mail.",
            "You can reply to this e-mail with questions.",
            "Customers can sign in through one of our apps.",
        ],
    ),
    # GUIDE.md, what: data let out by an insider, replies that reached a whole list, and what
    # was reached told with the participle alone ("the information accessed was ...")
    "what-insider-reply-all-or-reached": (
        WHAT,
        [
            "A former Health NZ employee allegedly released vaccination data.",
            "Customers received an e-mail which, if they reply-all, is sent to a wider group.",
            "The only information accessed was names and e-mail addresses.",
            "The files taken included payroll records.",
        ],
        [
            "Information accessed by staff is logged.",
            "We do not know whether the data taken included your name.",
            "Please do not reply all to this e-mail.",
            "The former employee has retired.",
        ],
    ),
    # GUIDE.md, how: the lure named as a fake page, and a change gone wrong told by what it
    # showed
    "how-fake-page-or-change-exposed": (
        HOW,
        [
            "The criminal obtained an employee's login through a fake sign-in page.",
            "The attackers captured passwords with a look-alike web page.",
            "A software change exposed other users' names.",
        ],
        [
            "Never enter your password on a fake sign-in page.",
            "A change of address exposed nothing.",
            "We changed the sign-in page last year.",
        ],
    ),
    # GUIDE.md, what: "records were sent to the wrong people", told of the file that held the
    # details; and a site defaced. The notice itself sent to everyone is not that
    "what-file-sent-to-others-or-defaced": (
        WHAT,
        [
            "A spreadsheet with pupils' details was sent to all parents.",
            "An envelope containing your tax forms was delivered to a neighbour.",
            "A file listing staff salaries was e-mailed to another company.",
            "Our website was defaced.",
        ],
        [
            "A letter explaining the incident was sent to all parents.",
            "A letter with details of the incident was sent to all parents.",
            "An e-mail with information about your rights was sent to all members.",
            "Our website was updated.",
        ],
    ),
    # GUIDE.md, what: "someone got into ... an account", told as tries at the readers' accounts;
    # a guard against such tries, or advice about them, is no event
    "what-tries-at-accounts": (
        WHAT,
        [
            "We have detected attempts to sign in to customer accounts.",
            "Fraudulent login attempts were made on some member accounts.",
            "We saw a series of attempts to log into online banking accounts.",
            "There were suspicious attempts to access a number of user accounts.",
        ],
        [
            "We block attempts to access your account from unknown devices.",
            "If you notice attempts to log in to your account, tell us.",
            "Our systems protect against fraudulent login attempts.",
            "We will never make attempts to access your account without asking.",
        ],
    ),
    # GUIDE.md, what: a break-in or data let out, told with no thief: "data leaked", "had a
    # break-in"; a promise that nothing leaked is not that
    "what-break-in-or-leaked": (
        WHAT,
        [
            "We had a break-in on one of our servers last weekend.",
            "Customer data leaked after the update.",
            "Some member records got out.",
            "The company suffered an intrusion into its booking system.",
        ],
        [
            "We made sure no data leaked.",
            "We checked whether any records leaked.",
            "Our offices had a break-in last year; nothing was taken then either.",
        ],
    ),
    # GUIDE.md, what: "records were sent to the wrong people", as a group e-mail that showed
    # every address; a house rule about BCC is no event
    "what-addresses-shown-by-cc": (
        WHAT,
        [
            "The addresses were put in the CC field instead of BCC.",
            "Everyone's email address was entered in the To line rather than in the BCC line.",
            "We used the CC field instead of BCC when writing to the group.",
            "The newsletter revealed members' email addresses to the other recipients.",
            "Our message showed the names of all patients on the list to one another.",
        ],
        [
            "Please always use BCC rather than CC when e-mailing groups.",
            "We will never reveal your email address to other customers.",
            "Staff should put addresses in the BCC field, not the CC field.",
        ],
    ),
    # GUIDE.md, what: "a laptop or papers were stolen or lost", told in a noun phrase, or papers
    # an insider took out of the workplace; advice or a house rule is no event
    "what-lost-thing-or-taken-home": (
        WHAT,
        [
            "A case of lost personal data was reported to us on Monday.",
            "The missing laptop holds the names of 300 customers.",
            "The stolen folder contained copies of passports.",
            "An employee took patient files home and did not return them.",
            "Records were taken off site by a member of staff.",
            "A former healthcare assistant claims to have removed hospital documents.",
        ],
        [
            "Please report a lost or stolen phone to your carrier.",
            "If the missing device contains data, report it.",
            "Staff must never take patient records home.",
            "Staff are not allowed to take files off site.",
            "A former employee was interviewed by the police.",
        ],
    ),
    # GUIDE.md, what: who did what, here data named as taken unlawfully, a system named as
    # attacked with no attacker, an insider fooled into answering a fake request, or the attack
    # on our systems named in any clause. Defences against attacks and a risk are no event
    "what-attacked-unlawfully-or-fooled": (
        WHAT,
        [
            "The unlawfully accessed data included card numbers.",
            "The illegally obtained information was later sold.",
            "Our website was attacked.",
            "The council's network was infiltrated.",
            "A payroll employee responded to a phishing email asking for W-2 forms.",
            "A staff member fell for a scam message and sent the file.",
            "The cyber attack on our systems has affected our services.",
            "Since the hack into our e-mail system, we have been working with the police.",
        ],
        [
            "Our website was not attacked.",
            "Never respond to phishing emails.",
            "Employees are trained not to reply to scam messages.",
            "We have improved our defences to prevent an attack on our systems.",
            "A cyber attack on our network could disrupt services.",
            "We take the threat of an attack on our systems seriously.",
            "Our IT partner is investigating the attack on our network.",
            "We have always handled your information lawfully.",
        ],
    ),
    # GUIDE.md, what: "records were sent to the wrong people", told as gone astray in any words;
    # a choice offered to the reader is no event
    "what-gone-astray-any-words": (
        WHAT,
        [
            "A letter intended for you was sent to a different address.",
            "The email containing your details went to the wrong recipient.",
            "Your test results ended up with another patient.",
            "Some invoices were delivered to a different household.",
            "An email was sent to all parents that contained a spreadsheet with pupils' details.",
        ],
        [
            "We can send your letters to a different address if you ask.",
            "If you have moved to a different address, tell us.",
            "An email was sent to all parents explaining the incident and what we are doing.",
        ],
    ),
    # GUIDE.md, what: "a laptop or papers were stolen or lost", "files were left open on a public
    # site", told as a burglary, a loss by our own people, papers left in a public place, storage
    # open to anyone; a loss of contact or a report published on purpose is no event
    "what-burgled-lost-or-left-open": (
        WHAT,
        [
            "A burglary took place at our clinic.",
            "Our office was burgled over the weekend.",
            "We lost a USB stick with patient records.",
            "A courier mislaid a box of files on the way to our archive.",
            "Paper files were found in a public place.",
            "Our cloud storage was publicly accessible for several weeks.",
        ],
        [
            "If you lose a device, tell IT straight away.",
            "We lost contact with the vendor for two days.",
            "Our annual report was publicly available on our website.",
            "Staff must never leave files in a public place.",
        ],
    ),
    # GUIDE.md, what: who did what, told as others able to see what was not theirs, someone
    # else's charges on the readers' accounts, or one of ours hacked; denials and advice are not
    "what-seen-by-others-charged-or-vendor-hacked": (
        WHAT,
        [
            "A software error caused some customers to see other customers' orders.",
            "A technical issue meant that some users could view other people's messages.",
            "Unauthorised transactions were made on some customer accounts.",
            "Our payment processor was hacked.",
            "One of our suppliers has been breached.",
        ],
        [
            "Customers cannot see other customers' orders.",
            "No one could see other customers' details.",
            "If you notice unauthorised transactions, call your bank.",
            "Our supplier was not breached.",
        ],
    ),
    # GUIDE.md, what: who did what, told as the act named as a noun, a sign-in used by someone
    # else, papers found in the street, records put on a public site by mistake or visible
    # there, a bug that exposed messages; a safeguard, a risk, a denial or a supposition is not
    "what-named-act-sign-in-or-put-online": (
        WHAT,
        [
            "An unauthorised download of customer data took place.",
            "There was an unauthorised disclosure of personal information.",
            "Someone used a former employee's login to access our system.",
            "A member of the public found documents containing personal data on the street.",
            "Records containing personal data were mistakenly placed on our public website.",
            "Details of 200 customers were visible on our website for two days.",
            "A bug in our app exposed some users' messages.",
        ],
        [
            "Our new system protects against unauthorised disclosure of your information.",
            "There is a risk of unauthorised use of your card details.",
            "If you found documents on the street, hand them in.",
            "Staff used their passwords to access the system as usual.",
            "The information was not visible on our website.",
            "Your records were never viewable by other users.",
        ],
    ),
    # GUIDE.md, how: "the route in or the cause, not the event", in the kinds of route the older
    # families leave out: an insider who looked or took without need, a theft said as a noun or
    # of a device {:thing:} does not name, papers or a machine disposed of unwiped, a test site
    # left where anyone could see it, something left weak that was used (an old plug-in, an
    # unprotected API, a key never revoked), a password or key misused, a lure the organisation
    # fell to, a system's glitch, a caller who lied, data shared by staff. Look-alikes: a rule
    # for all staff, a denial, the owner of an account, a theft of identity, data stolen "from
    # our network", a building open to the public, advice on
    # passwords, warnings of callers, the weakness named only to say it was replaced
    "how-kinds-of-route": (
        HOW,
        [
            "A member of staff looked at patient records without a work-related reason.",
            "Our records were inappropriately accessed by a former receptionist.",
            "Two rogue call-centre agents looked up customer accounts for their own gain.",
            "A pharmacist viewed prescriptions outside the scope of her duties.",
            "The theft of a company tablet put the records at risk.",
            "Following the theft of two computers from the clinic, we reviewed the files.",
            "One of our doctors had his work phone stolen from his car.",
            "The records were stolen from a staff member's locker.",
            "A memory stick holding the spreadsheet was mislaid.",
            "A parcel of documents went missing in the post.",
            "An old computer was sold at auction without its hard drive being wiped.",
            "Paper records were not securely destroyed before they were recycled.",
            "The boxes were thrown away in a way that did not follow our disposal procedures.",
            "A staging copy of the website was left visible to anyone on the internet.",
            "The folder was shared in a way that meant anyone with the link could open it.",
            "The intruder got in through an outdated plug-in on our booking site.",
            "The attackers exploited an unprotected API to download the records.",
            "An old access key that had never been revoked was abused to reach the storage.",
            "The criminals got in through the misuse of a supplier's log-in details.",
            "The attack relied on the use of an employee's credentials.",
            "The council was subjected to a spear-phishing campaign.",
            "Our finance team fell for a business e-mail compromise scam.",
            "A software glitch displayed other members' addresses on their account pages.",
            "A caller posing as a patient persuaded our reception to give out the results.",
            "The information was passed on by a volunteer to people outside the charity.",
            "The attacker was able to move through the network connections between our sites.",
            "The attackers used a compromised vendor account to get into our network.",
        ],
        [
            "Only authorised staff can access patient records.",
            "Employees are not permitted to look at records without a business need.",
            "No employee accessed your record without authorisation.",
            "The employee's e-mail account was accessed without authorisation.",
            "The theft of your identity is a serious crime.",
            "The data had been stolen from our network.",
            "The laptop was recovered by the police.",
            "We have replaced outdated software across our network.",
            "We will scan for any unpatched servers.",
            "The library is open to the public again.",
            "Criminals may pose as our staff to trick you into giving your password.",
            "Be careful of callers pretending to be from the bank.",
            "Our policy requires that all documents are shredded before disposal.",
            "The use of strong passwords is recommended.",
            "We were the target of a cyberattack.",
            "None of the passwords obtained were stored in plain text.",
            "Hashed passwords were stolen from our database.",
            "We are looking into reports of compromised passwords.",
            "Emails were sent from the compromised account to people in its address book.",
            "The hijacked mailbox was then used to send fake invoices to our clients.",
            "We mistakenly included your name in a previous mailing and apologise.",
        ],
    ),
    # GUIDE.md, how: "the route in or the cause, not the event". Routes the older families leave
    # out (an insider's look without a work reason, harm carried in by an attachment, a door
    # broken in through); look-alikes that share a route's words but are not the way in: the
    # hijacked account shut, told by what it held or put to use, the weakness or slip only
    # found or patched, advice to look out for a lure, a general truth about attacks, what the
    # loot could be used for, a denial
    "how-route-not-its-aftermath-or-advice": (
        HOW,
        [
            "An employee looked at patient records without a work reason.",
            "A nurse viewed your chart without a medical reason.",
            "The ransomware got in through an e-mail attachment opened by a staff member.",
            "The virus entered our network via a link in a message to our front desk.",
            "The attackers broke in through our remote access system.",
            "The hacker entered our systems through a remote desktop connection that had no "
            "second sign-in step.",
            "We are aware of an error that took place last week in which customers' e-mail "
            "addresses were accidentally shared.",
            "Files kept in an unlocked cabinet were stolen.",
            "The hard drive holding the files was stolen from our office.",
            "A contractor removed the password protection from a server, which led to the "
            "exposure of the files stored on the server.",
        ],
        [
            "We disabled the compromised accounts.",
            "The compromised credentials have been deactivated.",
            "We determined that the compromised account contained your name and Social Security "
            "number.",
            "The attacker then used the compromised account to send phishing e-mails to other "
            "staff.",
            "We discovered the error on March 3 when a customer called us.",
            "We became aware of the phishing e-mail on May 2 when an employee reported it.",
            "The weakness was found by a security researcher who reported it to us.",
            "The vulnerability has since been patched by the vendor.",
            "Be aware of phishing attempts that use this incident as a lure.",
            "Please be aware of phishing e-mails that use our name.",
            "Phishing e-mails are a common tactic used by criminals.",
            "Human error is one of the most common causes of data breaches.",
            "The stolen credentials could be used to access other accounts.",
            "No laptop was lost or stolen.",
            "This was not the result of a phishing attack.",
            "Many customers got in touch with us by e-mail.",
            "Someone broke into our computer systems overnight.",
            "We had a break-in in our systems last weekend, and customer data leaked.",
            "A large number of files stored on our file server were stolen.",
            "Records held in our cloud platform were copied by the attackers.",
        ],
    ),
    # GUIDE.md, how it happened: the route told in forms the rules first missed on unseen letters
    # (a device "missing", post sent to an old address, wrong permissions, details gathered
    # elsewhere, a password guessed with its owner between, missing security updates, extra
    # records sent in a routine job); never a denial, a check or a claim of a breach
    "how-unseen-forms": (
        HOW,
        [
            "We discovered that a backup tape was missing after a move.",
            "Two boxes of paper records were found to be missing from the archive room.",
            "The letter was posted to an old address.",
            "Your statement was mailed to the wrong household.",
            "Letters were put into envelopes addressed to other members.",
            "Incorrect permissions on a shared folder let other students open the files.",
            "Due to incorrect folder permissions, the documents could be viewed by all staff.",
            "Permissions on the team drive had been set too broadly.",
            "The attacker used information obtained from other sources to access customer accounts "
            "on our website.",
            "Fraudsters used login details harvested from unrelated breaches to sign in to "
            "accounts.",
            "A weak password on an administrator account was guessed.",
            "Our web server was missing security updates.",
            "The server lacked the latest security patches.",
            "As part of the monthly export, in addition to the usual member list prepared for each "
            "branch, some extra records from the central database were sent to other branches.",
            "A briefcase holding paper copies of invoices, bank statements, payslips and tax forms "
            "was stolen.",
            "A laptop containing customer names, addresses, dates of birth and account numbers was "
            "lost on a train.",
            "A nurse obtained a printed copy of the contact details of several hundred patients "
            "without authorisation.",
        ],
        [
            "No laptop with customer names, addresses or account numbers was lost.",
            "Files containing names, addresses and account numbers were stolen from our server.",
            "During the update, we reviewed additional records to make sure nothing was exposed.",
            "We received e-mails claiming that someone had accessed our database.",
            "Some subscribers received e-mails erroneously telling them they had unclaimed money.",
            "We will review the permissions on every shared folder.",
            "We have installed the missing security updates on all servers.",
            "No records were missing from the archive.",
            "If a letter was posted to an old address, please let us know.",
            "We are investigating how the attack happened.",
            "We do not yet know how the intruder got in.",
            "We recently experienced a ransomware attack.",
            "An unauthorized party gained access to our network.",
        ],
    ),
    # GUIDE.md, how it happened: a password typed into a fake page is the route; the line about a
    # letter that reached the wrong reader, a hijacked account told only as what was reached, and
    # staff accounts opened without authorisation (unauthorised access, the kind of attack) are not
    "how-typed-into-a-fake-page": (
        HOW,
        [
            "Our staff member's e-mail account was accessed after she entered her details on a "
            "fake login page.",
            "A colleague typed his password into a spoofed sign-in page.",
            "The employee submitted her credentials to a fraudulent website that looked like ours.",
        ],
        [
            "Never enter your password on a fake website.",
            "You should not type your details into a look-alike page.",
            "Criminals may ask you to enter your details on a fraudulent website.",
            "If this letter was sent to you by mistake, please call us.",
            "If you received this notice in error, please destroy it.",
            "The unauthorized actor accessed a compromised e-mail account.",
            "Certain employee e-mail accounts were accessed without authorization.",
            "Several staff mailboxes were viewed without permission.",
        ],
    ),
    # GUIDE.md, how: "the kind of attack without its route" is not the route, and a vendor's
    # incident told alone is that kind (the tune labels read a supplier's malware attack, a
    # provider's ransomware attack and a vendor's compromised transfer tool so: how null); the
    # vendor's route, when told, is (a setting it got wrong, its staff phished, its account used to
    # get in, its software's flaw exploited). These near-misses were routes in earlier rounds.
    "how-vendor-needs-its-route": (
        HOW,
        [
            "A vendor misconfigured the security settings on the portal where our files were "
            "stored.",
            "Our vendor's employee fell for a phishing e-mail, which gave the attacker access "
            "to our files.",
            "The attackers gained access through a vendor's remote support account.",
            "The attacker got into our network through a compromised account belonging to one "
            "of our suppliers.",
            "The criminals exploited a flaw in the file transfer software our vendor provides.",
            "A third-party plug-in on our website was exploited to insert the code.",
            "An employee of our mailing vendor sent the file to the wrong client.",
        ],
        [
            "The incident occurred at a third-party vendor that processes our payroll.",
            "The breach happened on the systems of one of our service providers.",
            "A cyberattack on one of our vendors exposed some of our customers' information.",
            "The breach was the result of a cyberattack on our payment processor.",
            "A third-party application that we use was compromised.",
            "The breach originated at our email marketing provider.",
            "Our web hosting provider suffered a security breach.",
            "The incident occurred at Acme Billing, a business associate that provides billing "
            "services to us.",
            "The breach took place at Northwind, our third-party payroll vendor.",
            "An outside company that processes our payments had its systems compromised.",
            "One of our service providers suffered a ransomware attack.",
            "Our payroll provider had a security incident that affected our employees' data.",
            "An unauthorised party accessed the systems of Acme Mailing, a vendor that prints "
            "our letters.",
            "We use vendors to help us run our business.",
            "Like many companies, we rely on third-party service providers.",
            "We recently learned of a security incident involving a vendor.",
            "The vendor notified us of the incident on March 3.",
        ],
    ),
    # GUIDE.md, how: a weakness left open (patches not applied, software past its support),
    # a setting made wrongly, a place burgled, no second sign-in step, a caller who asked for the
    # password, a redaction that hid nothing, a slip told as what occurred; never the patching or
    # setting done since, advice, a denial, or data found open (what happened, not how)
    "how-hole-left-open-or-set-wrongly": (
        HOW,
        [
            "The server had not been updated with the latest security patches.",
            "A security update that would have closed the hole had not been applied.",
            "The attack succeeded because a software patch released last year had not been "
            "installed.",
            "The system ran software that was no longer supported by its maker.",
            "The firewall software was out of date.",
            "The server was set up incorrectly.",
            "A setting on our website was wrongly changed, which made the reports public.",
            "The folder's sharing settings allowed anyone with the link to view it.",
            "Our office was burgled and a filing cabinet was taken.",
            "A remote access account without multi-factor authentication was used to enter our "
            "network.",
            "A person claiming to be from our IT department called an employee and asked for "
            "her password.",
            "The recipients of the message were not blind copied, so everyone could see the "
            "other addresses.",
            "The published documents used an unsupported redaction method.",
            "Names that should have been blacked out were visible in the report.",
            "A genuine error occurred when the list was attached to the e-mail.",
        ],
        [
            "All of our servers had been updated with the latest security patches.",
            "We will apply security updates more quickly in future.",
            "If your computer has not been updated, please install the latest updates.",
            "The settings have been changed so that only staff can see the files.",
            "No office was broken into.",
            "We now require multi-factor authentication for every account.",
            "We will make sure that documents are properly redacted before they are published.",
            "We immediately removed the data once we learned it was publicly available.",
            "The cloud storage folder was publicly accessible.",
        ],
    ),
    # GUIDE.md, how: a slip told with what it did is the route; the slip only apologised for,
    # counted, felt, denied or told as a general truth is not, nor a hunt for weaknesses, scams
    # that may follow, the lures every organisation gets, or files taken by an attacker once in
    "how-not-a-slip-regretted-or-hunted": (
        HOW,
        [
            "We apologise for the error that sent your letter to another address.",
            "The breach happened because a member of staff made a mistake when sending the e-mail.",
        ],
        [
            "We sincerely apologise for this error and any distress it may have caused.",
            "About 300 customers were affected by the error.",
            "This error may have caused you concern.",
            "When we make a mistake, we want to be open about it.",
            "It was an easy mistake to make, but it should not have happened.",
            "We are not aware of any error by our staff.",
            "We are reviewing our systems with outside experts to identify and fix any other "
            "vulnerabilities.",
            "There may be phishing attempts that try to use this incident to steal more "
            "information.",
            "Like many organisations, we are targeted by phishing e-mails every day.",
            "Malicious actors accessed our network and stole files.",
        ],
    ),
    # GUIDE.md, how: the route in forms a third round of sentences written from the guide found
    # missing (the loss of a device as a noun, a file wrongly attached, a password phished or got
    # hold of, a fake page used, an unsecured network, papers taken home, a fake invoice paid, a
    # password reused on a hacked site); never a route only wondered about, a general truth, a
    # denial, the loot put to use, scams that may follow, customers' passwords taken as loot, or
    # advice to the reader
    "how-third-round-forms": (
        HOW,
        [
            "The loss of an unencrypted laptop put the records at risk.",
            "The spreadsheet was wrongly attached to an email.",
            "A staff member's password was phished.",
            "The hacker got hold of an employee's login details.",
            "The criminals used a fake Microsoft login page to collect staff passwords.",
            "The intruders entered through an unsecured wireless network at one of our stores.",
            "A member of staff printed patient lists and took them home.",
            "The leak happened when a staff member shared the file with the wrong team.",
            "The attacker sent a fake invoice to our accounts team, who paid it.",
            "The criminals used a password that an employee had reused on a hacked website.",
        ],
        [
            "It is not yet known whether the attacker used a phishing email.",
            "Human error can never be ruled out completely.",
            "Our systems were not misconfigured.",
            "The attackers used stolen data to send scam e-mails to customers.",
            "A phishing e-mail may be sent to you that uses our logo.",
            "Criminals may send you fake invoices that look like ours.",
            "The hacker obtained the usernames and passwords of customers from our database.",
            "You should avoid using unsecured public Wi-Fi networks to log in to your account.",
        ],
    ),
    # GUIDE.md, what happened: a denial or a possibility carries no item, even with an aside in
    # dashes or brackets or "but we cannot rule it out"; an event told beside a denial still counts
    # (round s24-items)
    "what-only-denied-with-an-aside-or-a-possibility": (
        WHAT,
        [
            "An unknown person accessed one employee's e-mail account.",
            "Criminals copied files from our server, but no card numbers were taken.",
            "A laptop holding patient records was stolen from a staff member's car.",
            "Hackers got into our booking system; no payment details — such as card numbers — "
            "were stored there.",
        ],
        [
            "No personal information — such as Social Security numbers or bank details — was "
            "accessed.",
            "No payment data (card numbers, expiry dates or security codes) has been compromised.",
            "At this stage, we have no evidence that any customer data has been compromised but "
            "we cannot rule out this possibility.",
            "There is no indication that any records were accessed, but we cannot yet be certain.",
        ],
    ),
    # GUIDE.md, how: "malicious code on our checkout page" is not how, however it is told
    # (planted, injected, installed by the attackers, a skimming script), unless a route is told
    # beside it; a slip adverb before exposure alone ("inadvertently exposed", "accidentally made
    # available") names no act, one before an act still does (round s25-how)
    "how-code-planted-or-exposure-alone-is-no-route": (
        HOW,
        [
            "The attackers exploited a vulnerability in our shopping cart software to insert "
            "malicious code.",
            "The criminals used a stolen administrator password to place harmful code on our "
            "checkout page.",
            "The hacker inserted malicious code by exploiting a flaw in our content management "
            "system.",
            "A phishing email tricked an employee into installing malicious software.",
            "An employee opened an email attachment that installed malicious software on her "
            "computer.",
            "An employee inadvertently emailed a spreadsheet of patient data to a vendor.",
            "A group of staff was inadvertently given access to the site that held the records.",
            "An employee inadvertently posted the roster on our website.",
        ],
        [
            "Hackers planted malicious code on our online store's payment page.",
            "An unknown party inserted harmful code into our checkout page.",
            "Criminals placed hidden code on our website that copied card details.",
            "The malicious script captured card numbers as customers typed them.",
            "The malicious code allowed the attacker to capture payment details.",
            "Unauthorized individuals installed malicious software on the server that hosts our "
            "website.",
            "A skimming script on our checkout page copied card data entered by shoppers.",
            "Card skimming devices were fitted to two of our fuel pumps.",
            "Some customer records were inadvertently exposed to another client.",
            "The file was inadvertently made available to other users.",
            "Your information was inadvertently accessible to other account holders for two days.",
            "Personal details were inadvertently and briefly visible on our website.",
            "Payroll data was inadvertently disclosed to another company's administrator.",
            "Customer data accidentally became publicly accessible for a short time.",
        ],
    ),
    # GUIDE.md, how: the route in forms the 309 new tune letters showed missed, written from the
    # kinds of route: a place broken into told as a noun or an entry, an insider who took papers
    # out or handled data wrongly, passwords from elsewhere tried on our site, a vendor's account
    # as the door, a computer left signed in, papers or files kept where they were not safe, a
    # service that asked for no sign-in, "lap top" in two words; never a safeguard, advice, a
    # denial, a place in a computer or a rule for all staff (round s25-how)
    "how-places-insiders-accounts-and-unsafe-keeping": (
        HOW,
        [
            "We were the victim of an office break in on March 3.",
            "The incident may be related to an unauthorized entry into a storage unit where "
            "records were kept.",
            "Someone forced entry into our clinic overnight.",
            "An employee allegedly removed documents from our office.",
            "A contract worker improperly handled employee data.",
            "A staff member mishandled patient records.",
            "Two authorized users of our tax software gained unauthorized access to client tax "
            "returns.",
            "The attack used username and password pairs from externally available sources.",
            "Attackers used email and password combinations from outside sources to log in.",
            "An unauthorized individual gained access to our network through an account with our "
            "security services provider.",
            "The attackers got in using an account belonging to one of our vendors.",
            "The access came from an unattended computer that had been left logged in.",
            "A staff member left her workstation unlocked, and a visitor viewed records.",
            "The roster was found in an unsecured desk drawer.",
            "The file was saved to a folder on our server that is accessible to all staff.",
            "The data set was uploaded to a cloud server that did not have all the security "
            "protocols in place.",
            "The service allowed unauthenticated access requests.",
            "The web page did not require a password to view the reports.",
            "We learned that a lap top containing your information was stolen.",
        ],
        [
            "We have installed new locks to prevent break-ins.",
            "There was no sign of a break-in.",
            "An unauthorized entry into our network was detected.",
            "The police are investigating a break-in at a neighbouring business.",
            "We have removed the documents from our office.",
            "Employees must never remove documents from the office.",
            "We do not believe any employee improperly handled your data.",
            "Only authorized users can access the system.",
            "We recommend using different passwords on different websites.",
            "Criminals may use passwords from other breaches to try to sign in to your account.",
            "We have disabled all vendor accounts.",
            "Please sign in through your account with our provider.",
            "Staff must never leave their computers unattended.",
            "We now lock computers automatically after five minutes.",
            "Records are kept in locked cabinets.",
            "The files are stored securely and are accessible only to authorized staff.",
            "We now have all the security protocols in place.",
            "The portal did not require you to change your password.",
            "Please keep your lap top locked.",
        ],
    ),
    # GUIDE.md, how: an insider who looked for no work reason or took data on leaving, the lure
    # by any of its names after a word of route; never a rule for staff, what is done when staff
    # leave, a warning of scams to come, or a lure sent out to our contacts (round s25-how)
    "how-insider-reason-leaving-and-lure-names": (
        HOW,
        [
            "Some health records were accessed by a former employee for reasons unrelated to "
            "patient care.",
            "An employee who resigned left with information about your account.",
            "A departing employee copied customer lists before she left.",
            "A staff member who had resigned took patient records to a competitor.",
            "Unauthorized access was gained through a deceptive email to some of our staff.",
        ],
        [
            "We do not allow any employee to view records for personal reasons.",
            "Employees must never access accounts without a business need.",
            "When an employee leaves, we disable their access the same day.",
            "Departing employees must return all company equipment.",
            "The employee who handled your account has left the company.",
            "You may receive a deceptive email that claims to come from us.",
            "Never respond to a spoofed message asking for your password.",
            "We learned of a fraudulent email sent by imposters to our vendors.",
        ],
    ),
    # GUIDE.md, what happened: a possibility carries no item, and "an incident" alone names no
    # event; a sentence that only says data may have been compromised is neither, while the same
    # hedge beside a named event still tells what happened (round s25-dates)
    "what-only-possibly-compromised": (
        WHAT,
        [
            "We recently learned that your information may have been compromised when a criminal "
            "got into our server.",
            "Your details may have been accessed in a cyberattack on our systems.",
            "A laptop containing your information was stolen, so your details may have been "
            "exposed.",
            "Your card details may have been compromised by malicious code placed on our checkout "
            "page.",
            "An employee's e-mail account was accessed without permission, and your information "
            "may have been viewed.",
            "Your information may have been accessed by an unauthorized person.",
            "Certain documents holding personal information could have been viewed by other users "
            "of our staff system.",
            "Booking details may have been accessed between 10 August and 9 March without "
            "authorization.",
            "We scan our servers for malware every day, and on 3 May a scan found that a criminal "
            "had copied files.",
        ],
        [
            "On 24 April 2024, we discovered your card number and PIN may have been compromised "
            "during its use at one of our cash machines.",
            "We are writing to tell you of a recent incident that may have resulted in the "
            "disclosure of your personal information.",
            "On 17 December 2023, Acme confirmed through its investigators that the security of "
            "personal information entered on its website may have been compromised.",
            "We are contacting you because we believe the security of your information may have "
            "been compromised.",
            "Because we cannot tell which files may have been accessed, we are sending this notice "
            "to everyone.",
            "Your card details were potentially compromised.",
            "We recently learned that some customer records might have been viewed.",
        ],
    ),
    # GUIDE.md: a general statement carries no item; a safeguard told by what it guards against
    # names no event, while an event told beside a safeguard still does
    "what-safeguard-told-by-its-purpose": (
        WHAT,
        [
            "Someone got past the firewall that protects against intrusions and copied our "
            "customer files.",
            "A criminal broke into an e-mail account that a second sign-in step would have guarded "
            "against.",
        ],
        [
            "Two-step sign-in protects against unauthorized access to your account.",
            "Our firewall guards against attacks on the network.",
            "Strong, unique passwords help protect your accounts against criminals.",
            "Encryption shields your card details against theft.",
            "A second sign-in step helps to defend against stolen passwords.",
        ],
    ),
    # GUIDE.md, how: "theft or loss of a device or papers", told without "lost" or "stolen" (a
    # device gone); a denial, a warning or an address not found is no route (round s25-how2)
    "how-device-gone": (
        HOW,
        [
            "A laptop containing your details could not be located.",
            "We discovered that a portable hard drive could not be found after the office move.",
            "A box of patient charts went missing during the move to our new building.",
            "Last month a backup tape holding member records was reported missing.",
            "An encrypted USB stick with the spreadsheet cannot be accounted for.",
        ],
        [
            "No laptop or other device went missing.",
            "If your phone cannot be found, call us so we can lock your account.",
            "We could not locate your current address, so this letter was sent to your last "
            "known one.",
            "The files could not be found on our server when we checked.",
            "Keep your laptop with you so it does not go missing.",
            "We found the missing page of the report.",
            "Your information could not be found in the affected files.",
        ],
    ),
    # GUIDE.md, how: "a stolen or guessed password", told by the key's use to get in; advice, a
    # denial, a possibility or the loot is not that (round s26-how)
    "how-key-used-to-get-in": (
        HOW,
        [
            "An unauthorized person used your user name and password to log in to your online "
            "account.",
            "Someone entered your PIN to access your account on our mobile app.",
            "Between May 2 and May 9, an outside party signed in to some customer accounts using "
            "their passwords.",
            "The hacker took over your account with your e-mail address and password.",
            "A third party may have used your log-in information to access your account.",
        ],
        [
            "Use your new password to log in to your account.",
            "You will no longer be able to log in with your old password.",
            "If someone used your password to access your account, call us at once.",
            "Never use the same password to sign in to more than one site.",
            "There is no sign that anyone logged in to your account using your password.",
            "Cameras were used to record PIN numbers at the machine.",
            "Customers should use strong passwords to access their accounts.",
            "The attacker accessed files that contained passwords.",
            "We reset the passwords used to access the affected accounts.",
            "Nobody used your password to get into your account.",
        ],
    ),
    # GUIDE.md, how: "a stolen or guessed password", taken in another organisation's breach
    # (credential stuffing in plain words); advice, a denial or our own loot is not that (round
    # s26-how)
    "how-key-from-another-breach": (
        HOW,
        [
            "The passwords appear to have come from a breach of another website.",
            "Your log-in details were probably taken in a breach at a site not connected with us.",
            "The attacker bought customer passwords from a third party and tried them on our site.",
            "The list of passwords they used seems to have been collected from other hacked sites.",
        ],
        [
            "We recommend that you change passwords that you use on other websites.",
            "Our passwords were not taken in the breach at the other company.",
            "If your password was exposed in a breach at another company, change it.",
            "The attacker stole passwords from our database.",
            "Breaches at other companies happen every week.",
            "Do not reuse passwords from other sites.",
            "We received your password reset request from a third party.",
            "Passwords were kept in a separate system from the one that was attacked.",
        ],
    ),
    # GUIDE.md, how: the route in, told as the door with "unauthorized access" (remote desktop,
    # web mail, a portal); a service offered through a portal, a denial or a safeguard is not
    # that (round s26-how)
    "how-door-with-unauthorized-access": (
        HOW,
        [
            "There was unauthorized access to our servers through the Remote Desktop Protocol.",
            "Unauthorized access to the e-mail accounts came through Outlook Web Access.",
            "The attacker accessed patient records through our online patient portal.",
            "Unauthorized access occurred via one of the company's customer support portals.",
        ],
        [
            "You can view your statements through our online portal.",
            "Members can sign in to the member portal to enrol in credit monitoring.",
            "We found no unauthorized access through the VPN.",
            "Staff must now use a VPN to work from home.",
            "Updates will be posted through our customer portal.",
            "We have closed remote desktop access to our servers.",
            "If you see unauthorized access to your account, call us.",
            "Access to web mail now needs a second sign-in step.",
        ],
    ),
    # GUIDE.md, how: the cause, an insider who stole or let an outsider in; a rule for staff, a
    # denial, a possibility or access given for work is not that (round s26-how)
    "how-insider-stole-or-let-in": (
        HOW,
        [
            "A call centre worker stole customer card details and sold them.",
            "We learned that one of our employees stole patient records from the billing system.",
            "A contractor working on our software allowed an unauthorized outsider into the "
            "customer system.",
            "An employee of our vendor let an unknown person use his account.",
            "A staff member may have allowed an unauthorized third party to listen to calls with "
            "customers.",
            "Two pharmacy workers stole prescription records over several months.",
        ],
        [
            "Employees are never allowed unauthorized access to customer records.",
            "No employee stole any information.",
            "The employee was allowed access to customer information as part of their job.",
            "An employee's account allowed an unknown person to log in.",
            "If an employee stole your details, we would tell you.",
            "Staff stole the show at the annual awards.",
            "A staff member let us know about the suspicious e-mail.",
        ],
    ),
    # GUIDE.md, how: "a misconfigured server" counts, the exposure told alone after a slip word
    # does not ("the route in or the cause, not the event"); a server reachable from the internet
    # still is (round s27-how)
    "how-internet-exposure-alone-is-the-event": (
        HOW,
        [
            "The backup server was reachable from the public internet without any login.",
            "Because of a configuration error, the folder was open to the internet.",
            "A researcher reached one of our databases, which was publicly exposed on the "
            "internet.",
        ],
        [
            "On May 3, we learned that a test database had inadvertently been left accessible "
            "via the internet.",
            "Account information for some of our users was made available on the internet.",
            "Student records were inadvertently accessible on the internet for several months.",
            "The tax forms were temporarily accessible on the internet.",
            "Your information may have been mistakenly made available on the internet.",
        ],
    ),
    # GUIDE.md, how: "a weakness in software", found or used by an outsider; never our own
    # team's finding, a general truth, a reward or a possibility (round s27-how)
    "how-outsider-found-a-weakness": (
        HOW,
        [
            "Two outside individuals found a vulnerability in our old gaming sites.",
            "The attacker identified a flaw in the document upload feature of our website.",
            "A security researcher discovered a weakness in one of our databases.",
            "Hackers found a bug in the checkout page of our online store.",
            "An unknown actor located a security hole in our customer portal.",
        ],
        [
            "We found a vulnerability in our website during a routine review.",
            "Our security team identified a flaw in the booking system.",
            "Researchers often find vulnerabilities in popular software.",
            "If a hacker finds a weakness in your router, change your password.",
            "Attackers may try to find flaws in our systems.",
            "No attacker found any weakness in our payment system.",
            "We reward security researchers who find bugs in our apps.",
            "Our engineers discovered a bug in the mobile app.",
            "The attackers found the files on our server.",
            "Criminals are constantly looking for weaknesses in websites.",
        ],
    ),
    # GUIDE.md, how: "a stolen or guessed password", told as a key misused in the passive, or a
    # lure named as the tool of the breach ("a fake (phishing) e-mail"); a device lost with more
    # words before it; a third-party app spelt without its hyphen (round s27-how)
    "how-key-misused-or-lure-as-tool": (
        HOW,
        [
            "The access was the result of staff log-in details being misused.",
            "We believe the user names and passwords of two staff members were misused.",
            "The breach was the work of a criminal using a targeted spear-phishing email.",
            "The hack was carried out by sending a deceptive email to our receptionist.",
            "A contractor lost an unencrypted USB flash drive on the train.",
            "The attacker got into the system via a third party application.",
        ],
        [
            "Your password was not misused.",
            "We have taken steps to ensure passwords are not misused.",
            "If your credentials are misused, call us at once.",
            "Passwords may have been misused.",
            "We will make sure credentials are never misused again.",
            "The account was misused to send spam.",
            "The breach was not caused by a phishing email.",
            "After the incident, be wary of phishing emails that mention it.",
            "Following a breach, criminals often send phishing emails.",
            "To protect against attacks using fake emails, we trained all staff.",
            "We have not seen any phishing emails about the incident.",
        ],
    ),
    # GUIDE.md, how: the cause, an insider who looked without need; staff told as whose accounts
    # or data were reached are not that: the event (round s27-how)
    "how-staff-as-owner-not-actor": (
        HOW,
        [
            "A member of staff viewed records without a business reason.",
            "The records of several patients were accessed by one of our employees without a "
            "work reason.",
            "One of our employees illegally accessed the accounts of customers.",
        ],
        [
            "The email accounts of 47 staff members were illegally accessed.",
            "Certain personal information of our clients and employees was unlawfully accessed "
            "and exposed.",
            "An unknown third party accessed the corporate mailboxes of three employees without "
            "authorization.",
            "The laptops of two staff members were accessed without permission.",
            "The payroll records of our employees were illegally copied by an outside party.",
        ],
    ),
    # GUIDE.md, how: "the route in or the cause", said in plain English the rules did not know
    # (round s29-how, from a sweep of made-up sentences): the cause or the way in named, a store
    # set up with no lock, the lure told before what staff did with it, passwords tried until
    # one worked, a key card or token stolen and used, a vendor's access used to reach our own
    # systems, a page that never checked who asked, a step of care left out, a default left in
    # place, papers found in a skip, an insider's unapproved tool or photos, keys traded where
    # criminals trade them, a parcel that never came, a file put in the wrong place, and the
    # insider's act in its -ing form. Look-alikes: a cause not yet known, a rule or advice, a
    # measure since, a failed attempt, a denial about staff, a possibility, a general truth
    "how-plain-routes-swept": (
        HOW,
        [
            "The cause of the disclosure was a mistake in our mailing process.",
            "We traced the problem to a server setting that had been left on its default value.",
            "The leak originated from an unsecured backup file on our website.",
            "Our investigation concluded that the attacker's way in was a weakness in our VPN.",
            "Our IT vendor set up the server without encryption or access controls.",
            "The exposure occurred because a file-sharing link was configured to allow access "
            "without a sign-in.",
            "Records became accessible after a developer disabled authentication on a test server.",
            "A setting on our file-sharing account was changed so that documents could be "
            "viewed by anyone.",
            "The malware entered our network through a fake software update that a staff member "
            "downloaded.",
            "The intruder gained access to the account by sending the user a fake password-reset "
            "message.",
            "Criminals tried millions of password combinations until they found one that worked.",
            "An attacker hijacked a staff member's session by stealing a login token.",
            "Someone used a stolen key card to enter our records room and removed patient files.",
            "After breaking into one of our suppliers, the intruder used its connection to reach "
            "our database.",
            "Malicious code was added to a script provided by our payment vendor and ran on our "
            "checkout page.",
            "The information was accessible because the web page did not check whether users "
            "were logged in.",
            "Anyone who changed the number at the end of the web address could see other "
            "customers' invoices.",
            "The breach happened because an employee failed to remove personal information "
            "before sharing the document.",
            "The attacker exploited the fact that the administrator account was using the "
            "factory password.",
            "A member of the public found the documents in a skip outside our former offices.",
            "The breach was enabled by an employee who installed unauthorised remote-access "
            "software on a work computer.",
            "A call centre employee took photos of customer card details and shared them with "
            "others.",
            "The unauthorised access was achieved by using credentials that had been exposed on "
            "the dark web.",
            "A package of records sent by post never arrived and cannot be found.",
            "An employee uploaded the file to the wrong folder, where other clients could see it.",
            "The attacker likely gained access through an outdated content management system.",
            "An employee had been sending patient records to her personal email address for "
            "several months.",
            "A staff member has been accessing customer accounts without authorisation since "
            "last year.",
            "An employee used her personal email account to send patient lists home.",
            "It happened when a colleague forwarded a spreadsheet to an external contact without "
            "removing the hidden columns.",
            "The reason was a simple oversight: the folder had been shared with everyone in the "
            "company.",
            "This was due to a loophole in our booking website that let people see other bookings.",
            "A memory stick containing the records was found in a car park by a member of the "
            "public.",
            "An employee's laptop was infected when she plugged in a USB stick she had found.",
            "Hackers bought access to our network from a criminal who had hacked an employee's "
            "home computer.",
            "Information was exposed because our new website went live before its security "
            "settings were finished.",
            "A technician copied the database onto his own laptop, which was later stolen.",
            "A teacher lost a notebook with pupils' details on a school trip.",
            "A volunteer shared the donor list with a friend without our permission.",
            "Someone guessed the answers to the security questions on an administrator's account.",
        ],
        [
            "We are still investigating the cause of the incident.",
            "The cause of the error is not yet known.",
            "We are working with experts to identify the source of the breach.",
            "We never send files without encryption.",
            "Staff must not share documents without a password.",
            "Please delete any fake emails that you receive.",
            "Attackers tried thousands of passwords, but none worked and the account was locked.",
            "We have replaced the stolen key cards and changed the locks.",
            "We have changed all default passwords on our equipment.",
            "Confidential papers are placed in locked shredding bins.",
            "We are monitoring the dark web for any sign of your credentials.",
            "Always verify the caller's identity before giving out account details.",
            "If your replacement card never arrived, please call us.",
            "Software provided by our vendor was updated to fix the problem.",
            "Employees are prohibited from installing unauthorised software.",
            "Our web pages now check whether users are logged in before showing any account "
            "details.",
            "None of our employees clicked on the fraudulent link.",
            "No staff member shared their password with the attacker.",
            "We cannot rule out that the attacker used phishing emails to get in.",
            "You should change any password you have reused on other websites.",
            "Attackers often exploit unpatched software to break into networks.",
            "The intruder installed unauthorized software on our web server.",
            "We do not yet know the source of the attack; such attacks can originate from "
            "emails, websites or shared drives.",
            "The reason for the delay was the police investigation.",
            "This was caused by a cyberattack on our network.",
            "This is because of the number of emails sent before the list was closed.",
            "Never send a spreadsheet without removing any hidden columns.",
            "Do not plug in a USB stick you have found.",
            "Criminals may try to buy access to company networks.",
            "Our new website will not go live before security testing is complete.",
            "Please choose security questions that others could not guess.",
            "Volunteers must not share the donor list without our permission.",
            "Thousands of customer records were also stolen from our service provider.",
        ],
    ),
}
