"""The span families GUIDE.md defines (tests/corpus/GUIDE.md, "Spans"), matched in every wording
a letter could use: jargon, stock lines (clichés) and what plays the breach down (minimising).
One table of paraphrases per family, with sentences that share its words and must be left
alone (issue 13, the second reading of the corpus labels). tests/core/test_phrase_families.py
runs them with the stock-phrase families."""

# family: (rule, wordings it must flag, sentences it must leave alone)
SPAN_FAMILIES = {
    "unnamed-person": (
        "plain.jargon",
        [
            "An unauthorized individual got into one mailbox.",
            "An unauthorised person opened the file.",
            "Unauthorized users signed in to the portal.",
            "An unknown individual sent the e-mail.",
            "The files were taken by unknown criminals.",
            "An unidentified third party reached the server.",
            "The unauthorized entity copied the records.",
            "A malicious third party got in.",
        ],
        [
            "The number of people affected is still unknown.",
            "We stopped the unauthorized access the same day.",
            "The person who called us was a customer.",
            "The e-mail had a malicious attachment.",
        ],
    ),
    "phishing": (
        "plain.jargon",
        [
            "An employee answered a phishing e-mail.",
            "The criminal used phishing to get a password.",
            "It began with a phishing attempt on our staff.",
            "A staff member was phished last spring.",
            "The e-mail was spoofed to look like ours.",
        ],
        [
            "A criminal sent our staff a fake e-mail.",
            "We went fishing for answers.",
        ],
    ),
    "ransomware": (
        "plain.jargon",
        [
            "Our systems were hit by ransomware.",
            "It was a ransomware attack.",
            "A new ransomware strain locked the files.",
        ],
        [
            "A criminal locked our files and asked for a ransom.",
            "The software was out of date.",
        ],
    ),
    "encryption": (
        "plain.jargon",
        [
            "The laptop was encrypted.",
            "The drive was unencrypted.",
            "We now encrypt every laptop.",
            "The criminal could not decrypt the files.",
            "We did not pay for a decryptor.",
            "Passwords were cryptographically protected.",
            "Passwords were salted before storage.",
        ],
        [
            "The files were scrambled so no one else can read them.",
            "The crypt of the old church is closed.",
        ],
    ),
    "response-and-data-words": (
        "plain.jargon",
        [
            "Forensic and restoration work began last week.",
            "The forensics took a month.",
            "Our incident response team was called.",
            "We followed our cybersecurity response protocols.",
            "Your name was offered on the dark web.",
            "The log showed your IP address.",
            "The UI showed other customers' orders.",
            "The Application Programming Interface let anyone read the list.",
            "Our managed service provider was attacked.",
            "The e-mail header looked genuine.",
            "A stolen credential was used to sign in.",
            "The criminal used brute force to guess the password.",
            "Staff connect through a VPN.",
        ],
        [
            "The response from our customers was kind.",
            "We hired a company that runs our computers.",
            "Write the header of the letter in bold.",
        ],
    ),
    "committed-to": (
        "tone.cliches",
        [
            "We are committed to protecting your information.",
            "Acme is strongly committed to the confidentiality of patient information.",
            "We remain committed to improving our security.",
            "The clinic has always been dedicated to your privacy.",
            "In keeping with our commitment to transparency, we are writing to you.",
            "Our commitment to protecting your data has not changed.",
        ],
        [
            "The crime was committed on a Sunday.",
            "We made a commitment to call you within a week.",
        ],
    ),
    "working-diligently": (
        "tone.cliches",
        [
            "We are working diligently to restore our systems.",
            "Our staff worked diligently to find out what happened.",
            "We are still hard at work on the investigation.",
            "Our team is working tirelessly with the police.",
            "We have been working hard to put this right.",
        ],
        [
            "Our office works Monday to Friday.",
            "It is hard to say when the work will finish.",
        ],
    ),
    "assure": (
        "tone.cliches",
        [
            "We want to assure you that we are acting.",
            "We want to assure our members that their accounts are safe.",
            "The council wishes to reassure all residents.",
        ],
        [
            "We will call to confirm your details.",
            "Insurers assure homes against fire.",
        ],
    ),
    "value-trust": (
        "tone.cliches",
        [
            "We value the trust you place in us.",
            "We value the trust of our patients.",
        ],
        [
            "Your trust fund was not affected.",
            "The value of the stolen goods is small.",
        ],
    ),
    "remain-alert": (
        "tone.cliches",
        [
            "Please continue to be alert.",
            "We urge you to remain alert.",
            "Stay alert over the coming months.",
        ],
        [
            "Be alert to calls that ask for your password.",
            "You can place a fraud alert with a credit bureau.",
        ],
    ),
    "do-not-hesitate": (
        "tone.cliches",
        [
            "Please do not hesitate to contact us.",
            "Don't hesitate to call our helpline.",
        ],
        ["Call us on 0800 123 456 with questions."],
    ),
    "concerns-it-may-cause": (
        "tone.cliches",
        [
            "We regret any concerns that this event may cause.",
            "We sincerely apologize for any inconveniences this may cause.",
        ],
        ["We are sorry this happened."],
    ),
    "priority-for": (
        "tone.seriously",
        [
            "Safeguarding your data is a priority for Acme.",
            "Our priority is to ensure you have all the protection you need.",
        ],
        ["We gave priority to the oldest accounts."],
    ),
    "not-lightly": (
        "tone.seriously",
        [
            "We have never taken that responsibility lightly.",
            "We do not take this lightly.",
        ],
        ["Tap the screen lightly to wake it."],
    ),
    "unnamed-share": (
        "tone.minimising",
        [
            "A portion of the files held names.",
            "We know a proportion of the email addresses were misused.",
            "A small fraction of our customers were affected.",
            "Only a select few were affected.",
            "A few email accounts were reached.",
            "In limited instances, card numbers were in the files.",
            "A handful of records were copied.",
        ],
        [
            "A few days later we found the cause.",
            "In some instances you may need to call us.",
            "Pay a portion each month.",
        ],
    ),
    "limited-information": (
        "tone.minimising",
        [
            "The files held limited clinical information.",
            "It included limited clinical and/or treatment information.",
            "The criminal had limited access to one server.",
            "We share only the minimum necessary information.",
            "The attack was only limited to one office.",
            "The access appears to have been confined solely to two mailboxes.",
        ],
        [
            "Acme Limited sent this letter.",
            "The offer is open for a limited time only to new customers.",
            # round s30-min: the scope told plainly, unstressed, is no playing down (the tune
            # labels read "the incident was limited to ..." so 10 to 2)
            "The attack was limited to one office.",
            "The access appears to have been confined to two mailboxes.",
        ],
    ),
    "euphemisms": (
        "tone.minimising",
        [
            "We are writing about a data incident.",
            "It was an information security incident.",
            "We experienced a cybersecurity incident.",
            "A cyber incident hit our supplier.",
            "We are writing about a privacy incident.",
            "This privacy matter affects you.",
            "Our IT incident began on Monday.",
            "We had a cyber event at our office.",
        ],
        [
            "We had a data breach.",
            "Report it incident by incident.",
            "Our security incident response team was called in.",
        ],
    ),
    "no-evidence-more-verbs": (
        "tone.minimising",
        [
            "We have found no evidence they downloaded any files.",
            "We have not identified evidence indicating that passwords were affected.",
            "The bank has not received reports of actual access to accounts.",
            "There is no evidence of malware or ongoing unauthorized activity.",
            "They have not seen any public disclosure of customer data.",
            "Acme does not expect the data to be shared publicly.",
        ],
        [
            "We found evidence that the files were copied.",
            "We expect to finish the review in May.",
        ],
    ),
    "no-action-needed": (
        "tone.minimising",
        [
            "There are no specific actions that you need to take.",
            "There is no other action required by our customers.",
            "You do not need to take any action.",
            "No action is needed on your part.",
        ],
        ["Take action now: change your password today."],
    ),
    "safe-now": (
        "tone.minimising",
        [
            "None of your personal information, accounts, or financial data is directly at risk.",
            "Your account is not at risk.",
            "Our systems are now secure.",
            "Your accounts remain safe.",
            "You can shop with confidence.",
            "Your card information was not at risk.",
        ],
        ["Your card number may be at risk, so call your bank."],
    ),
    "smaller-than-feared": (
        "tone.minimising",
        [
            "The number affected is significantly less than originally suspected.",
            "The breach was significantly smaller than initially suspected.",
        ],
        ["The breach was larger than we first thought."],
    ),
    "blame-elsewhere": (
        "tone.minimising",
        [
            "This breach occurred within the vendor's systems, not ours.",
            "Acme was not the source of the breach.",
            "It happened through no fault of our own.",
            "Mistakes can happen.",
            "The e-mail was sent without any malicious intent.",
            "The attack affected thousands of organizations.",
        ],
        [
            "Our vendor's systems were attacked and our files were copied.",
            "The attack affected thousands of our customers.",
        ],
    ),
    "precaution-wordings": (
        "tone.minimising",
        [
            "As a matter of precaution, we are notifying all customers.",
            "We are offering this service on a precautionary basis.",
            "This is a precautionary notice.",
            "Erring on the side of caution, we are writing to you.",
            "We have decided to err on the side of caution and reset your password.",
            "To be on the safe side, we are writing to everyone.",
            "By way of precaution, we have reset all passwords.",
        ],
        [
            "Here are some precautions you can take.",
            "Please take care when you open e-mails from people you do not know.",
            "Keep your card in a safe place.",
        ],
    ),
    "sophisticated-means": (
        "tone.minimising",
        [
            "The criminals used sophisticated methods.",
            "The attackers used a sophisticated technique to get past our controls.",
            "It was a highly sophisticated scheme.",
            "The attack relied on sophisticated social engineering.",
        ],
        [
            "We now use better monitoring tools.",
            "A criminal tricked an employee into sharing a password.",
        ],
    ),
    "nothing-to-fear": (
        "tone.minimising",
        [
            "There is no need for you to take any action.",
            "There is no need to cancel your card.",
            "You don't need to take any action.",
            "There is no immediate action for you to take.",
            "There is no cause for alarm.",
            "There is nothing to worry about.",
            "You do not need to worry.",
            "Customers need not be concerned.",
        ],
        [
            "If you are worried, call us on 0800 123 456.",
            "You need to change your password today.",
            "We need to tell you about a breach.",
        ],
    ),
    "risk-played-down": (
        "tone.minimising",
        [
            "This poses little or no risk to you.",
            "The exposure presents a very low risk of harm.",
            "It does not pose a significant risk to your finances.",
            "There is no real risk of identity theft.",
            "We believe there is little to no risk of misuse.",
        ],
        [
            "A stolen card number poses a risk to you, so call your bank.",
            "A freeze lowers the risk of fraud.",
            "There is a real risk that criminals will use your details.",
        ],
    ),
    "belief-not-finding": (
        "tone.minimising",
        [
            "We think it unlikely that your details will be misused.",
            "We consider this very unlikely.",
            "The files are not believed to have been copied.",
            "Your information is not thought to be at risk.",
            "Your information was not specifically targeted.",
            "There is no evidence your information was specifically targeted.",
            "Your card details were not the target.",
            "There is nothing to suggest that your information has been misused.",
            "We have no information that suggests your details have been misused.",
            "We have no reason to think the information was used.",
            "There is currently no evidence to suggest that data was removed.",
            "We are not aware of any customer data being misused.",
        ],
        [
            # what was not reached, said plainly (GUIDE.md: not minimising)
            "Online payments were not targeted.",
            "Other systems are not believed to be affected.",
            "We believe the criminal copied the files on May 3.",
            "Criminals targeted our payroll system.",
            "We do not yet know whether anyone has used your information.",
            "We found evidence that the files were removed.",
        ],
    ),
    "most-spared": (
        "tone.minimising",
        [
            "The vast majority of our customers were not affected.",
            "Relatively few accounts were reached.",
            "Very few of our patients were affected.",
            "The incident was limited in scope.",
            "The breach was small in size.",
            "We are confident that no other data was involved.",
        ],
        [
            "The majority of the files held names and addresses.",
            "Very few details are known yet; we will write again by June 1.",
            "Confidential files were copied.",
        ],
    ),
    "more-euphemisms": (
        "tone.minimising",
        [
            "We are writing about a recent IT security incident.",
            "We experienced a cyber-incident last month.",
            "A network incident disrupted our systems.",
            "We had a technology event at our office.",
            "We recently experienced a cyber-related incident.",
            "This was not a breach of our systems.",
        ],
        [
            "It was a cyberattack on our network.",
            "Our network incident response plan was used.",
            "A criminal broke into our systems.",
        ],
    ),
    "finding-of-nothing": (
        "tone.minimising",
        [
            "We have no reason to believe your information is at risk.",
            "There is no indication of any interest in your data.",
            "We have no indication that the criminal was looking for customer data.",
            "It does not appear that any card numbers were in the files.",
            "The records do not appear to have been opened.",
            "There have been no reports of fraud.",
            "There has not been any misuse of the data.",
            "The incident has not resulted in any misuse of your information.",
        ],
        [
            "We have reason to believe the criminal copied the files.",
            "Your card number appears on the list of those taken.",
            "There have been two reports of fraud so far.",
            "The charges do not appear on your statement until the next month.",
        ],
    ),
    "slip-excused": (
        "tone.minimising",
        [
            "It was an honest mistake.",
            "A simple human error caused the e-mail to go astray.",
            "This was an innocent oversight by one employee.",
        ],
        [
            "An employee sent the e-mail to the wrong list.",
            "We made a mistake and we are sorry.",
        ],
    ),
    "everyone-hit": (
        "tone.minimising",
        [
            "Acme was affected by a global cyberattack.",
            "It was part of a worldwide incident.",
            "The criminals used an industry-wide vulnerability.",
            "A widespread campaign targeted many firms.",
        ],
        [
            "A criminal broke into our network.",
            "We serve customers worldwide.",
        ],
    ),
    "faint-chance": (
        "tone.minimising",
        [
            "There is only a remote possibility that your data was seen.",
            "There is a slight chance the files were opened.",
            "Misuse is highly improbable.",
            "While unlikely, it is possible that the files were opened.",
        ],
        [
            "There is a chance the files were opened, so please watch your accounts.",
            "It is possible that your card number was copied.",
        ],
    ),
    "favour-not-duty": (
        "tone.minimising",
        [
            "Although we are not required to notify you, we are writing to let you know.",
            "We are not legally obliged to tell you, but we want to.",
            "We are voluntarily notifying all affected customers.",
        ],
        [
            "The law requires us to notify you within 30 days.",
            "You are not required to enrol in the service.",
        ],
    ),
    "graded-small": (
        "tone.minimising",
        [
            "The risk of harm has been assessed as low.",
            "The impact is considered minimal.",
            "We do not consider the breach likely to result in serious harm.",
            "The breach is not likely to cause you any harm.",
        ],
        [
            "The breach is likely to result in serious harm, so please act now.",
            "We assessed the damage to the server.",
        ],
    ),
    "brief-exposure": (
        "tone.minimising",
        [
            "The server was open for a matter of hours.",
            "The access was limited in duration.",
        ],
        [
            "The website was temporarily offline while we fixed it.",
            "The file was open to anyone for six months.",
            "The file was briefly accessible online.",
            "The page was temporarily visible to other customers.",
            "The records were exposed for less than an hour.",
        ],
    ),
    "safe-again": (
        "tone.minimising",
        [
            "The threat has been eliminated.",
            "The malware was successfully neutralised.",
            "The incident no longer poses a risk to you.",
            "It is business as usual at all our stores.",
            "No unauthorised transactions have been identified.",
            "We have found no fraudulent charges on the affected cards.",
        ],
        [
            "The criminal still has a copy of the files.",
            "Report any unauthorised transactions to your bank.",
        ],
    ),
    "soft-names": (
        "tone.minimising",
        [
            "We are writing about a data situation at our office.",
            "An IT issue exposed some records.",
            "A data issue affected your account.",
        ],
        [
            "Your data is important.",
            "The issue of your new card is delayed.",
            "It was a breach of our network.",
        ],
    ),
    "good-news-first": (
        "tone.minimising",
        [
            "To our knowledge, no one has misused your information.",
            "To the best of our knowledge, there is no misuse.",
            "To their knowledge, no one had copied or otherwise improperly used the files.",
            "There is no risk to you.",
        ],
        [
            # what was not involved, told plainly under a hedge (GUIDE.md, minimising, "Does not
            # count"; round s29-min)
            "To our knowledge, no information was taken.",
            "To the best of our knowledge, no patient information was removed.",
            "To our knowledge, the criminal copied names and addresses.",
            "We are happy to answer your questions.",
            "There is a risk to your account, so change your password.",
            "We are pleased to report that no card numbers were involved.",
            "We are happy to confirm the files were not opened.",
        ],
    ),
    "harmless-data": (
        "tone.minimising",
        [
            "Only non-sensitive information was involved.",
            "The files taken were not particularly sensitive.",
            "It was publicly available information.",
            "Most of the details are already publicly available.",
            "Only basic contact details were copied.",
            "A low number of records were reached.",
        ],
        [
            "The files held sensitive health information.",
            "Help is available on our website.",
            "Your basic account stays open.",
        ],
    ),
    "one-off": (
        "tone.minimising",
        [
            "This was a one-off error.",
            "We believe it was a one-time event.",
            "Such a breach is an extremely rare occurrence.",
            "This incident was an isolated occurrence.",
            "The criminals were not interested in customer data.",
            "The attackers were not after your personal information.",
            "They showed no interest in patient records.",
        ],
        [
            "You will receive a one-time passcode.",
            "The criminals were looking for card numbers and copied 2,000 of them.",
            "It was the first breach in our history.",
        ],
    ),
    "search-found-nothing": (
        "tone.minimising",
        [
            "The investigation did not reveal any evidence that your information was misused.",
            "Our review did not uncover any evidence of misuse.",
            "We have no evidence that the files were opened.",
            "There is no evidence that the attacker read any e-mails.",
            "At this time, there is no evidence to indicate that your information was obtained.",
            "The review did not find evidence that personal data was copied.",
            "Nothing in our investigation suggests that your data was used.",
            "No evidence exists that the information has been misused.",
            "We have not seen any suspicious activity on your account.",
            "We have not observed any fraudulent activity related to this incident.",
            "We are not aware of any unauthorized use of your information.",
        ],
        [
            "We have found evidence that your name and address were copied.",
            "If you see signs of fraud, call your bank.",
            "We found no signs of forced entry.",
            "Report any suspicious activity on your account to us.",
        ],
    ),
    "sophisticated-more-words": (
        "tone.minimising",
        [
            "It was a sophisticated email phishing scheme.",
            "This was a sophisticated, targeted attack.",
            "A sophisticated threat actor gained access.",
            "Given the sophisticated nature of the attack, it went unnoticed.",
        ],
        [
            "We use sophisticated software to watch our network.",
            "The criminal sent a fake e-mail to our staff.",
        ],
    ),
    "everyone-now": (
        "tone.minimising",
        [
            "Cyberattacks like this one are becoming increasingly common.",
            "Unfortunately, cyber attacks have become all too common.",
            "No organization is immune to these attacks.",
            "Ransomware attacks on schools are on the rise nationwide.",
            "Like other organizations across the country, we were hit.",
            "As with many other hospitals, our systems were targeted.",
        ],
        [
            "Calls from criminals often follow a breach, so be careful.",
            "Prices are on the rise this year.",
            "Like other customers, you can call us on 0800 123 456.",
        ],
    ),
    "faint-likelihood": (
        "tone.minimising",
        [
            "There is a low likelihood that your information will be misused.",
            "We see a very low probability of harm.",
        ],
        [
            "There is a real chance that your card will be used, so cancel it.",
            "The likelihood of more letters is high.",
        ],
    ),
    "incident-that-befell-us": (
        "tone.minimising",
        [
            "We experienced a security incident last month.",
            "Acme recently suffered a security incident.",
            "We were the victim of a security incident.",
            "We recently discovered a security incident.",
            "This letter is about a payment card security incident at our store.",
            "A vendor security incident affected our records.",
            "The email incident involved one mailbox.",
            "We had a data exposure incident.",
        ],
        [
            "We are writing to tell you about a security incident that involved your information.",
            "A security incident began when a criminal stole a password.",
            "Our e-mail address is help@example.com.",
        ],
    ),
    "brief-said-of-it": (
        "tone.minimising",
        [
            "The exposure was very brief.",
            "The unauthorized access was extremely short-lived.",
        ],
        [
            "Our reply will be brief.",
            "The files were open to anyone for six weeks.",
            "The exposure was brief.",
            "The unauthorized access was short-lived.",
        ],
    ),
    # GUIDE.md, minimising, "Does not count" (issue 13, round s27-mini2): how long it lasted, a
    # fix, a plain name of what happened and good news, each told as a fact; beside them the
    # forms the guide still counts: the shortness stressed ("only briefly", like "only N
    # individuals"), a blanket assurance that all is safe, "security incident" and its kin
    "facts-told-plainly-beside-what-still-counts": (
        "tone.minimising",
        [
            "The spreadsheet was online only briefly.",
            "The mailbox was open to the attacker for just a few minutes.",
            "The criminal had access for no more than an hour.",
            "The report was visible for only a short time before we removed it.",
            "The page was shown for a matter of seconds.",
            "The issue has been resolved and all our systems are secure.",
            "The fault is fixed, so you can shop with confidence.",
            "We recently experienced a security incident involving our payroll files.",
            "We are writing about a data security incident involving your records.",
            "We are pleased to report that there is no evidence your data was misused.",
            "A limited number of records were temporarily accessible.",
            "We have taken precautionary steps to protect you.",
        ],
        [
            "The attacker was inside the network for a brief period before we locked the account.",
            "For a short period of time, other customers could see your order.",
            "The report was temporarily exposed on a public web page.",
            "The documents were briefly available to other customers.",
            "The files were open for less than two hours.",
            "The files were exposed for just over two days.",
            "The intrusion was brief, but the attacker copied one folder.",
            "We have resolved the problem that let the page show other people's orders.",
            "The fault has been fixed.",
            "This issue was fixed the same day.",
            "The breach has been resolved.",
            "We are writing about an issue involving your pension records.",
            "We recently learned of an issue affecting our online shop.",
            "Our investigation into a business email compromise incident is complete.",
            "We are pleased to report that the police have arrested a suspect.",
            "We are glad to tell you that the stolen laptop has been returned.",
            "We are telling you now so that you can take precautionary steps.",
            "Here are some precautionary measures you may take.",
            "Take these precautionary steps to protect yourself.",
        ],
    ),
    "notice-no-sign": (
        "tone.minimising",
        [
            "This notice does not mean your information was misused.",
            "This is not an indication that you are a victim of identity theft.",
            "You are not required to take any action.",
            "We do not believe you need to take any action.",
            "This notice is being sent for informational purposes only.",
        ],
        [
            "This notice means your card number was copied.",
            "You need to take action today: cancel your card.",
            "For more information, call 0800 123 456.",
        ],
    ),
    "inconvenience-more-feelings": (
        "tone.cliches",
        [
            "We regret any worry this may cause you.",
            "We apologize for any stress this has caused.",
            "We apologize for any distress this incident may cause.",
            "We are sorry for any anxiety this may cause.",
            "We apologize for any difficulty this may cause.",
            "We regret that this incident occurred and any inconvenience it may cause.",
        ],
        [
            "We are sorry this happened.",
            "We apologize: we sent your letter to the wrong address.",
        ],
    ),
    "trust-placed": (
        "tone.cliches",
        [
            "We appreciate the trust you place in us.",
            "We appreciate the trust you have placed in us.",
            "We are grateful for the confidence you have shown in us.",
        ],
        [
            "You can trust the number on the back of your card.",
            "We appreciate your call.",
        ],
    ),
    "importance-told": (
        "tone.cliches",
        [
            "We understand the importance of protecting your personal information.",
            "We recognize the importance of safeguarding your data.",
            "We know how important your personal information is to you.",
            "We understand how important the privacy of your information is.",
            "Your privacy matters to us.",
            "Your security matters to us.",
            "We care deeply about the privacy of our customers.",
            "We care about your privacy.",
            "We place great value on the privacy of your data.",
        ],
        [
            "We appreciate how important it is for you to understand what was taken.",
            "It is important to watch your bank statements.",
            "We care for 40,000 patients a year.",
            "Your questions matter; call 0800 123 456.",
        ],
    ),
    "bad-news-foreseen": (
        "tone.cliches",
        [
            "We know this is not the news you want to hear.",
            "This is not the news anyone wants to hear.",
        ],
        [
            "We understand that the criminal got in through a fake e-mail.",
            "If you have questions, call 0800 123 456.",
        ],
    ),
    "standards-and-efforts": (
        "tone.cliches",
        [
            "We hold ourselves to the highest standards of data protection.",
            "We continually strive to protect your information.",
            "We are continually working to enhance our security.",
            "Protecting your information is one of our most important responsibilities.",
            "The trust of our customers is our most valuable asset.",
            "Please feel free to contact us with any questions.",
            "Please remain watchful for any suspicious activity.",
        ],
        [
            "Since May 3 we check every laptop for encryption each week.",
            "Call us on 0800 123 456 with questions.",
            "Watch your statements for charges you do not know.",
        ],
    ),
    "primary-concern": (
        "tone.seriously",
        [
            "The security of your data is our primary concern.",
            "Your privacy is our highest concern.",
        ],
        [
            "Our concern is that the criminal may call you, so do not give out your PIN.",
            "Tell us about any concern you have.",
        ],
    ),
    "actor-names": (
        "plain.jargon",
        [
            "A criminal actor accessed the server.",
            "A nation-state actor was behind it.",
            "A cyber actor sent the e-mails.",
        ],
        [
            "A criminal got into our computers.",
            "Our actors performed the play.",
        ],
    ),
    "attack-trade-names": (
        "plain.jargon",
        [
            "The attack was a business email compromise.",
            "It was a BEC scam.",
            "The attacker installed a web shell.",
            "They used a webshell on the server.",
            "The attacker got in through remote desktop protocol.",
            "An exposed RDP port was used.",
            "The code is known as Magecart.",
            "It was a formjacking attack.",
            "Digital skimming code was placed on our checkout page.",
            "The criminals used a keystroke logger.",
            "An exploit in the software was used.",
            "The attacker used a password spraying attack.",
            "The account takeover began on May 2.",
            "The attackers used a command and control server.",
        ],
        [
            "A hacker copied the files.",
            "The criminals sent fake e-mails.",
            "The becoming weather delayed our post.",
            "Someone took over your account on May 2.",
        ],
    ),
    "response-trade-names": (
        "plain.jargon",
        [
            "We enabled multi-factor sign-in.",
            "We have rolled out multifactor for all staff.",
            "We have enforced two-factor on all accounts.",
            "Our intrusion detection system alerted us.",
            "Our managed detection and response provider saw it.",
            "The network was segmented.",
            "We improved network segmentation.",
            "We implemented a web application firewall.",
            "We applied security patches.",
            "We sandboxed the attachment.",
            "We added geofencing to our sign-in page.",
            "Passwords are stored as hashes.",
            "We are PCI DSS compliant.",
            "We use encryption on all laptops.",
        ],
        [
            "We now ask for a code from your phone when you sign in.",
            "Use a strong password.",
            "We will patch the road next week.",
            "Two factors led to the mistake.",
            "We hired outside investigators.",
        ],
    ),
    "nothing-to-indicate": (
        "tone.minimising",
        [
            "There is nothing to indicate that your data was taken.",
            "We do not have any evidence that your data was taken.",
        ],
        [
            "There is nothing to pay for the monitoring.",
            "We have evidence that the criminal opened your file.",
        ],
    ),
    "part-played-down": (
        "tone.minimising",
        [
            "Fewer than 1% of our customers were affected.",
            "Less than one percent of accounts were involved.",
            "The exposure had minimal impact.",
            "We believe the risk is very limited.",
            "Only the last four digits of your card number were exposed.",
            "This information is of limited value to criminals.",
            "The data has little value to fraudsters.",
        ],
        [
            "Fewer than 500 customers were affected.",
            "Your card's last four digits are 1234.",
            "Your card number is of great value to criminals, so cancel the card.",
        ],
    ),
    "soft-names-more": (
        "tone.minimising",
        [
            "We experienced a network disruption on May 1.",
            "Acme experienced a systems outage.",
            "We are writing to inform you of a recent event that may have involved your data.",
        ],
        [
            "The attack disrupted our phone lines for two days.",
            "We are writing about an event at our Leeds office: a laptop was stolen.",
            "We noticed unusual activity on your account and locked it.",
        ],
    ),
    "caution-and-favour-more": (
        "tone.minimising",
        [
            "We have taken precautionary measures.",
            "We are proactively notifying you.",
        ],
        [
            "We will write to you again when we know more.",
            "Take these steps to protect yourself.",
        ],
    ),
    "everyone-by-reach": (
        "tone.minimising",
        [
            "It was part of a wider attack on software used around the world.",
            "The attack affected many organizations worldwide.",
            "The vulnerability affected companies around the world.",
            "The attack targeted multiple organizations.",
        ],
        [
            "Criminals around the world sell stolen card numbers.",
            "The attack affected our two offices in Leeds.",
        ],
    ),
    "not-asking": (
        "tone.minimising",
        [
            "We are not asking you to take any action.",
            "We are not asking customers to do anything.",
        ],
        [
            "There is something you need to do: change your password.",
            "We are asking you to change your password today.",
        ],
    ),
    "regard-and-openness": (
        "tone.cliches",
        [
            "We value you as a customer.",
            "In the interest of transparency, we are sharing what we know.",
            "In the spirit of full transparency, here is what happened.",
            "We want to be transparent with you.",
            "Protecting your data is at the core of everything we do.",
            "Privacy is at the heart of what we do.",
        ],
        [
            "We value your feedback on this letter.",
            "The envelope has a transparent window.",
            "The core of the problem was a stolen password.",
        ],
    ),
    "systems-trade-names": (
        "plain.jargon",
        [
            "The ePHI was stored on the server.",
            "Nonpublic personal information was involved.",
            "Our digital forensics and incident response (DFIR) partner helped.",
            "The attacker reached a domain controller.",
            "They used our Active Directory.",
            "Files were sent by SFTP.",
            "They used a privileged account.",
            "A service account was misused.",
            "Session cookies were stolen.",
            "An AWS bucket was left open.",
            "The flaw is tracked as CVE-2023-34362.",
            "The data was scraped from public profiles.",
            "It was a data scraping campaign.",
            "The attacker used a dictionary attack.",
            "It was a SIM swap.",
            "The criminals used smishing and vishing.",
            "It started with pretexting.",
            "The data was exfil'd.",
        ],
        [
            "We scraped the paint off the wall.",
            "We served chocolate cookies at the event.",
            "Our web address is example.com.",
            "The account holder called us.",
            "Your sim card still works.",
        ],
    ),
    "nothing-found-more-tenses": (
        "tone.minimising",
        [
            "We have not been made aware of any fraud.",
            "We have not become aware of any misuse.",
            "It doesn't appear that any card data was taken.",
            "The attacker did not appear to access your records.",
        ],
        [
            "We have been made aware of fraud on two accounts.",
            "The attacker did not stop at one mailbox; he opened 40.",
        ],
    ),
    "optional-protection": (
        "tone.minimising",
        [
            "You may place a fraud alert if you wish to do so.",
            "Should you choose to do so, you may enrol.",
            "You can enrol at your discretion.",
        ],
        [
            "If you wish, we can send the letter in Spanish.",
            "Place a fraud alert today: call one of the bureaus below.",
        ],
    ),
    "as-normal": (
        "tone.minimising",
        [
            "You can continue to use your card as normal.",
            "Customers may continue to use the app safely.",
            "In the event that your data is misused, which we think unlikely, call us.",
        ],
        [
            "Your card will stop working on May 3; use the new one.",
            "We think the criminal got in through a fake e-mail.",
        ],
    ),
    "nothing-found-contracted": (
        "tone.minimising",
        [
            "We don't believe your information was misused.",
            "We don't have any evidence that your data was taken.",
            "We haven't seen any evidence of misuse.",
            "We haven’t found any evidence that your data was copied.",
            "There isn't any evidence that your data was used.",
            "We aren't aware of any misuse.",
            "We haven't received any reports of fraud.",
            "We don’t think the data was used.",
            "We haven't identified any suspicious activity.",
            "We didn't find any evidence that files were taken.",
            "Your information wasn't at risk.",
        ],
        [
            "We haven't finished counting the letters yet.",
            "We don't know yet whether anyone used your card.",
            "If you see evidence of fraud, don't wait: call your bank.",
            "Your card wasn't in the files.",
        ],
    ),
    "stock-lines-contracted": (
        "tone.cliches",
        [
            "We'd like to reassure you.",
            "We’re committed to protecting your data.",
            "We're grateful for your understanding.",
        ],
        [
            "We'd like to know if you saw any odd charges.",
            "We're writing to tell you what happened.",
        ],
    ),
    "serious-contracted": (
        "tone.seriously",
        ["We're serious about protecting your data."],
        ["We're sorry this happened."],
    ),
    "data-protection-words": (
        "plain.jargon",
        [
            "Card numbers were tokenised.",
            "The data was pseudonymised.",
            "We are the data controller for this information.",
            "Our data processor was attacked.",
            "Special category data was involved.",
            "A threat-actor accessed the server.",
            "Personal identifiable information was exposed.",
        ],
        [
            "We control the data we hold about you.",
            "The food processor was broken.",
        ],
    ),
    "regard-and-granted": (
        "tone.cliches",
        [
            "We hold the privacy of our patients in the highest regard.",
            "We recognize the trust you place in us.",
            "We respect the trust you have placed in us.",
            "We never take your trust for granted.",
        ],
        [
            "We regard this as a crime and told the police.",
            "Trust no e-mail that asks for your password.",
        ],
    ),
    "limited-circumstances": (
        "tone.minimising",
        [
            "In certain limited circumstances, card numbers were shown.",
            "In some limited cases, addresses were included.",
        ],
        ["In some cases, addresses were included."],
    ),
    "theft-of-the-thing": (
        "tone.minimising",
        [
            "We believe the laptop was stolen for the value of the hardware, not for the data.",
            "The device was likely taken for its resale value.",
            "It appears to have been a crime of opportunity.",
            "This was a random attack.",
            "It was an opportunistic theft.",
        ],
        [
            "The laptop was stolen from an employee's car.",
            "The thief took a laptop that held 500 patient records.",
            "We picked the winners at random.",
        ],
    ),
    "no-stone-unturned": (
        "tone.cliches",
        ["We are leaving no stone unturned.", "We left no stone unturned in our search."],
        ["We turned every laptop over to the police."],
    ),
    "important-to-the-name": (
        "tone.seriously",
        [
            "Ensuring the safety of our customers' data is very important to Acme.",
            "Protecting your privacy is extremely important to the Company.",
            "The security of your records remains important to Northwind Health.",
        ],
        [
            "It is important to check your statements.",
            "It is important to Acme that you call us, so we can check your account.",
            "Your records were important to the investigation.",
        ],
    ),
    "serious-matter": (
        "tone.seriously",
        [
            "Protecting the privacy of customer information is a serious matter for the Company.",
            "The security of your data is a very serious responsibility for us.",
            "We treat the loss of any personal information as a serious matter.",
            "Acme regards this as a most serious matter.",
        ],
        [
            "Identity theft is a serious crime.",
            "This is a serious matter and we have told the police.",
            "The matter was serious enough to close the office.",
        ],
    ),
    "thanks-for-patience-at-length": (
        "tone.cliches",
        [
            "We are grateful for the ongoing patience of our community.",
            "We also thank everyone for their patience and support.",
            "We thank our staff, our partners and regulators for their support, patience, "
            "and understanding.",
            "We appreciate our members' understanding during this time.",
        ],
        [
            "Thanks to our team's understanding of the system, we stopped the attack.",
            "We thank the police for their help.",
            "We need your patience while the phone lines are busy.",
        ],
    ),
    "apology-to-someone": (
        "tone.cliches",
        [
            "We sincerely apologise to the community for the added stress this incident caused.",
            "We apologize to our members for any worry this has caused.",
            "We are sorry to all our patients for the distress this has caused.",
            "We sincerely regret any embarrassment or inconvenience that has occurred.",
        ],
        [
            "We apologise to our patients for this mistake.",
            "We apologize for the delay in writing to you.",
            "We are sorry this happened.",
        ],
    ),
    "others-in-the-trade": (
        "tone.minimising",
        [
            "This problem has affected others in our industry.",
            "The attack has hit other retailers across the sector.",
            "This kind of attack is not unique to us.",
            "Such scams are common across the industry.",
        ],
        [
            "We told others in our industry about the scam so they can watch for it.",
            "The attack hit our billing system.",
            "The criminals are known in the industry.",
        ],
    ),
    "not-connected": (
        "tone.minimising",
        [
            "The new partner has no connection to the website that was the subject of the breach.",
            "Our app is not connected to the affected system.",
            "Your account is entirely unrelated to the incident.",
            "Our staff had no involvement in the attack.",
        ],
        [
            "The breach is connected to the attack on our supplier.",
            "You have no connection to the internet at the branch.",
            "We found a link between the two attacks.",
        ],
    ),
    "genuine-slip": (
        "tone.minimising",
        [
            "This was a genuine error by a member of staff.",
            "It was an unintentional mistake.",
        ],
        [
            "A member of staff made an error and sent the file to the wrong address.",
            "The error was ours.",
        ],
    ),
    "web-and-app-words": (
        "plain.jargon",
        [
            "The site stored cookies on your device.",
            "A cookie held your session.",
            "Your details were kept in local files on the computer.",
            "The form's prefill feature showed other people's numbers.",
            "The address was auto-populated from your account.",
            "The criminal retrieved the data programmatically.",
            "We used a password kill switch to sign everyone out.",
            "We tightened our access controls.",
            "A data mining firm collected the records.",
            "The access came over an untrusted network.",
        ],
        [
            "We sent you a tin of biscuits.",
            "Your details were kept in paper files in a locked room.",
            "Please fill in the form and send it back.",
            "We switched off the server.",
            "We control who can open the files.",
            "Our offices have physical access control on every door.",
            "The miners' pension fund was not affected.",
        ],
    ),
    "belief-about-risk": (
        "tone.minimising",
        [
            "We do not believe there is any risk to you.",
            "We don't think there is a real risk of fraud.",
        ],
        [
            "We do not believe the criminal can be found.",
            "We do not believe we can estimate the risk yet.",
        ],
    ),
    "no-evidence-of-publishing": (
        "tone.minimising",
        [
            "There is no evidence your data has been published.",
            "We have found no evidence that the files were posted online.",
            "There is no indication that the records were shared.",
        ],
        [
            "The files were published on a criminal website.",
            "We found evidence that the records were shared.",
        ],
    ),
    "safeguard-and-precautionary": (
        "tone.minimising",
        [
            "We are notifying you as a safeguard.",
            "As an added safeguard, we reset every password.",
            "This notice is purely precautionary.",
        ],
        [
            "As a safeguard against fraud, place a freeze on your credit.",
            "We added safeguards to the server.",
        ],
    ),
    "glitch": (
        "tone.minimising",
        [
            "We experienced a technical glitch.",
            "A software glitch showed your order to another customer.",
            "A system hiccup sent the letters to the wrong address.",
        ],
        [
            "A software error sent the letters to the wrong address.",
            "The old screen was replaced.",
        ],
    ),
    "limited-to-what": (
        "tone.minimising",
        [
            "The information involved was limited to your name and address.",
            "The data exposed was limited to names and e-mail addresses.",
            "The affected information consisted only of names.",
            "The personal information was not of a sensitive nature.",
        ],
        [
            "The search was limited to our own files.",
            "The team is made up of nurses.",
            "The information was of a sensitive nature: your diagnosis and your medication.",
        ],
    ),
    "good-news-stressed": (
        "tone.minimising",
        [
            "The good news is that no card numbers were taken.",
            "It is important to note that no bank details were taken.",
            "It is worth noting that only names were involved.",
        ],
        [
            "Fortunately, the laptop did not hold any card numbers.",
            "It is important to note that criminals may call you.",
            "The news is bad: your card number was taken.",
        ],
    ),
    "apology-for-feelings": (
        "tone.cliches",
        [
            "We regret this incident and any impact it may have on you.",
            "We are very sorry for any distress this may cause.",
        ],
        [
            # sorry for the reader's feeling, said plainly, is no stock line
            "We are very sorry for the distress this has caused.",
            "We are sorry for the mistake.",
            "We apologise: we sent your letter to the wrong address.",
        ],
    ),
    "trust-won-back": (
        "tone.cliches",
        [
            "We will continue to work hard to earn your trust.",
            "We are working to restore your confidence.",
            "We hope to regain the trust of our customers.",
            "We pride ourselves on protecting your information.",
        ],
        [
            "Do not trust calls that ask for your password.",
            "Keep your password to yourself.",
            "The pride parade was not affected.",
        ],
    ),
    "attack-and-repair-words": (
        "plain.jargon",
        [
            "A skimmer was installed on the payment page.",
            "Card-skimming code was added to the site.",
            "The data was stored in plaintext.",
            "The information was stored in plain text.",
            "The attacker gained persistence in the network.",
            "We hardened our systems.",
            "The threat was neutralized.",
            "The domain was typosquatted.",
            "We applied a security patch.",
        ],
        [
            "Please reply in plain English.",
            "We told our staff about the persistent calls.",
            "The ground hardened in winter.",
            "A patch of grass by the car park.",
        ],
    ),
    "not-aimed-at-you": (
        "tone.minimising",
        [
            "This was not a targeted attack.",
            "The attack was not directed at our customers.",
            "We have no evidence the files were opened.",
        ],
        [
            "The attack was directed at our payroll system.",
            "The e-mail was opened by a member of staff.",
        ],
    ),
    "be-reassured": (
        "tone.cliches",
        ["Please be reassured that no card details were affected."],
        ["We reassured the caller and took her number."],
    ),
    "unlikely-said-outright": (
        "tone.minimising",
        [
            "Whilst it is unlikely due to the kind of virus, some data may have been copied.",
            "It is highly unlikely that anyone saw the file.",
            "Although unlikely, your details could be misused.",
            "Unlikely as it is, we want you to know.",
        ],
        [
            "It is likely that the criminal copied the files.",
            "Criminals are likely to use the data to send fake e-mails.",
        ],
    ),
    "one-of-a-group": (
        "tone.minimising",
        [
            "We were told that we are among a group of companies affected by a data breach.",
            "Acme is one of several retailers impacted by the vendor's breach.",
            "We were one of the many organisations hit by the attack.",
        ],
        [
            "Among the companies we work with, Acme handles payroll.",
            "We are one of several companies that provide care in the region.",
        ],
    ),
    "harm-told-as-slight": (
        "tone.minimising",
        [
            "The most likely impact, if any, would be receipt of unwanted e-mails.",
            "The only impact to you is a few more spam e-mails.",
            "At worst, you may receive unwanted e-mails.",
        ],
        [
            "The impact on our services was severe.",
            "The main risk is that someone could open accounts in your name.",
        ],
    ),
    "not-aware-yet": (
        "tone.minimising",
        [
            "We are not aware at this time of any unsolicited e-mails that are related.",
            "We are currently unaware, at this stage, of any fraud.",
            "We are not aware, as of today, of any calls to customers.",
        ],
        ["If you become aware of any charges you do not recognise, call your bank."],
    ),
    "blame-on-our-contractor": (
        "tone.minimising",
        [
            "Some letters were misaddressed by the company who undertook this work on our behalf.",
            "The error was made by a contractor that handles our mailing on our behalf.",
        ],
        [
            "We have hired a company to send these letters on our behalf.",
            "This letter is being sent by a vendor that works on our behalf.",
        ],
    ),
    "optional-for-others": (
        "tone.minimising",
        [
            "We list steps those individuals may feel appropriate to take to protect themselves.",
            "You may take these steps as you see fit.",
            "If you deem it necessary, you can place a freeze.",
        ],
        ["You may take these steps at any time."],
    ),
    "belief-nothing-taken": (
        "tone.minimising",
        [
            "We do not believe that any data has been stolen or removed from our network.",
            "We do not think your records were accessed.",
        ],
        [
            "We do not believe we should charge you for the freeze.",
            "We believe the criminal copied the files on May 3.",
        ],
    ),
    "sorry-for-the-feelings": (
        "tone.cliches",
        [
            "We are deeply sorry for the stress and concern we understand this may cause.",
            "We apologise for the anxiety and upset this incident has caused.",
            "We regret the distress that we know this brings.",
        ],
        [
            "We are sorry this happened.",
            "We apologise for the worry this has caused.",
            "We are sorry for the delay in writing to you.",
        ],
    ),
    "thanks-doubled": (
        "tone.cliches",
        [
            "We thank our partners and regulators for their understanding and continued support.",
            "We are grateful for your patience and cooperation.",
        ],
        [
            "We asked the bank for their support in freezing the account.",
            "Thank you to our staff for their support.",
        ],
    ),
    "focus-on-safety": (
        "tone.seriously",
        [
            "The most important focus for us is the safety and security of our customers' data.",
            "Our primary focus remains the protection of your data.",
            "Our main goal is to protect your information.",
            "The first priority for Acme is keeping your data safe.",
        ],
        [
            "Our main focus now is restoring the phone lines.",
            "The first concern of the police was to find the laptop.",
            "Our main goal is to reopen the clinic by Friday.",
        ],
    ),
    "small-part-other-words": (
        "tone.minimising",
        [
            "Just 200 customers were affected.",
            "The incident only affected one server.",
            "The breach affected only a part of our network.",
            "The incident was contained to one server.",
            "A minority of customers were affected.",
        ],
        [
            "Only affected customers will receive a letter.",
            "We learned just a few days ago that the server was open.",
            "A minority shareholder bought the company.",
        ],
    ),
    "risk-small-more-words": (
        "tone.minimising",
        [
            "There is a limited risk to you.",
            "There is a low level of risk to you.",
            "It is possible but unlikely that your details were seen.",
            "The chance of misuse is slim.",
        ],
        [
            "We want to reduce the risk to you.",
            "There is a high risk that the data will be used.",
        ],
    ),
    "routine-or-mere-precaution": (
        "tone.minimising",
        [
            "As a matter of good practice, we are informing you.",
            "As a matter of course, we are letting you know.",
            "This is merely a precaution.",
            "This letter is just a formality.",
            "We are simply writing to let you know.",
        ],
        [
            "As a matter of policy, we do not store card numbers.",
            "This is a reminder to enrol by June 3.",
            "We are writing to let you know what happened.",
        ],
    ),
    "normal-and-closed": (
        "tone.minimising",
        [
            "Our systems are now operating normally.",
            "The matter is now closed.",
        ],
        [
            "We hope to be back to normal by Monday.",
            "Our phone line is running as usual on weekends.",
        ],
    ),
    "no-harm-no-alarm": (
        "tone.minimising",
        [
            "No harm has been done.",
            "This is not a cause for alarm.",
            "There is nothing to be concerned about.",
        ],
        ["This could cause you real harm."],
    ),
    "of-no-use": (
        "tone.minimising",
        [
            "The information cannot be used to access your account.",
            "The details alone would not be enough to steal your identity.",
            "The information involved is not the type that could be used for identity theft.",
        ],
        [
            "The criminal could use the information to open accounts in your name.",
            "The type of information involved was your name and card number.",
            # a fix's purpose, not the data called harmless
            "We reset the security answers so that they cannot be used to access an account.",
        ],
    ),
    "scale-played-down": (
        "tone.minimising",
        [
            "The attack was not widespread.",
            "The incident was small-scale.",
            "There was only a minor disruption to our services.",
        ],
        [
            "The files were widespread across our systems.",
            "The exposure window was short.",
        ],
    ),
    "nothing-will-follow": (
        "tone.minimising",
        [
            "We do not anticipate any impact to you.",
            "We do not expect you to be affected.",
        ],
        [
            "We expect the investigation to take several weeks.",
            "We do not expect to finish the review before June.",
        ],
    ),
    "nobody-reported": (
        "tone.minimising",
        [
            "We have not been informed of any misuse.",
            "No customer has reported fraud.",
            "We have no proof that data was stolen.",
            "We have no information suggesting your data was used.",
        ],
        [
            "We have informed the police of the theft.",
            "Customers have reported fraudulent charges to us.",
            "Please send us proof of your address.",
        ],
    ),
    "not-our-breach": (
        "tone.minimising",
        ["There was no breach of our own systems."],
        ["The breach of our systems was found on May 3."],
    ),
    "everyone-even-the-best": (
        "tone.minimising",
        [
            "Even organisations with the most robust technology have been hit.",
            "Even the most secure companies can be targeted.",
            "Cyberattacks are a fact of modern life.",
            "This is an industry-wide problem.",
        ],
        ["Even one stolen password can be used to reach other accounts."],
    ),
    "trade-words-for-defences": (
        "plain.jargon",
        [
            "We implemented conditional access policies.",
            "We are moving to a zero trust architecture.",
            "We conducted a root cause analysis.",
            "The data was posted to a leak site.",
            "A DNS hijacking redirected visitors.",
            "It was a supply chain attack.",
            "The attacker gained administrative privileges.",
        ],
        [
            "We gave staff access to the building only under conditions.",
            "We trust our staff.",
            "We found the cause of the leak in the roof.",
            "Our supply chain was not affected.",
            "You have the right to complain to the regulator.",
        ],
    ),
    "thanks-in-the-passive": (
        "tone.cliches",
        [
            "Your patience is appreciated.",
            "Your understanding is greatly appreciated.",
        ],
        ["Your help in checking your statements is appreciated by your bank."],
    ),
    "feelings-understood": (
        "tone.cliches",
        [
            "We understand your frustration.",
            "We share your concerns.",
            "We know how important this is to you.",
        ],
        [
            "We understand the cause of the breach.",
            "We share your details only with your bank.",
            "We know how it happened.",
            "Please tell us about any concerns you have.",
        ],
    ),
    "technical-hitch-names": (
        "tone.minimising",
        [
            "We recently experienced a technical incident.",
            "A technical issue exposed some records.",
            "We had a systems issue.",
            "We recently learned of a payment card incident.",
            "We experienced a cyber disruption.",
        ],
        [
            "Our technical team found the problem.",
            "We fixed the technical weakness in the login page.",
            "Our systems team reset the passwords.",
            "The card was replaced after the incident.",
            "Access to the incident report is restricted.",
            "We had an unauthorized access incident.",
            "We recently experienced an email compromise incident.",
        ],
    ),
    "optional-more-ways": (
        "tone.minimising",
        [
            "Should you feel the need to, you can place a freeze.",
            "If they feel it is appropriate, they may contact the bureaus.",
            "If you believe it is necessary, place a fraud alert.",
            "As a preventive measure, we reset your password.",
        ],
        ["If you feel unwell, call your doctor."],
    ),
    "nothing-found-more-heads": (
        "tone.minimising",
        [
            "We have no knowledge that anyone has seen your data.",
            "Nothing we have seen suggests your data was taken.",
            "The information involved was limited.",
        ],
        [
            "We have no knowledge of who took the laptop.",
            "There is nothing we could find in the logs.",
            "Nothing you tell us on the phone is recorded.",
            "Access to the building is limited to staff.",
            "While access is limited, essential services are running.",
            "The information involved was your name and address.",
        ],
    ),
    "risk-graded-by-us": (
        "tone.minimising",
        ["We assess the risk as low.", "We consider the likelihood of harm to be minimal."],
        ["We assess the damage every week."],
    ),
    "not-in-our-systems": (
        "tone.minimising",
        ["The breach happened at our vendor's office, not in our systems."],
        ["We found it at our vendor, not far from our office."],
    ),
    "stock-lines-more-words": (
        "tone.cliches",
        [
            "We understand you may be concerned.",
            "Thank you for bearing with us.",
            "Our teams have been working day and night.",
            "Staff worked through the night to restore systems.",
            "We value your loyalty.",
        ],
        [
            "We understand you have questions about your bill.",
            "Our phone line is open day and night.",
            "We worked through the files one by one.",
            "Thank you for your letter.",
            "We value your feedback on this letter.",
        ],
    ),
    "critical-to-us": (
        "tone.seriously",
        ["Protecting your data is critical to us.", "Your privacy is vital to us."],
        ["It is essential to change your password."],
    ),
    "trade-words-more": (
        "plain.jargon",
        [
            "An unauthorized outside party accessed the server.",
            "A threat group accessed the server.",
            "We require two-step authentication.",
            "Our Microsoft 365 environment was accessed.",
            "Our M365 tenant was accessed.",
            "We contained the threat within hours.",
            "The malware was eradicated.",
            "An unpatched server was used.",
        ],
        [
            "The tenant of the flat was told.",
            "We contained our costs this year.",
            "The group that threatened us was reported.",
            "We wish to eradicate poverty.",
            "The fire was contained the same day.",
        ],
    ),
    "small-chances-and-windows": (
        "tone.minimising",
        [
            "The chances of misuse are very small.",
            "The risks to you are low.",
            "There was a limited window of time in which the data could be seen.",
            "The file was visible for a narrow window.",
        ],
        [
            "The risks are real and you should act now.",
            "The chances are that you will hear from us again.",
            "The window of the office was broken.",
        ],
    ),
    "breach-denied-its-name": (
        "tone.minimising",
        [
            "This was not a hack.",
            "This was not a data breach but an error.",
            "It was an administrative oversight.",
        ],
        [
            "We were not a target of the attack on the bank.",
            "This was a cyberattack on our billing system.",
        ],
    ),
    # The seventh round: families written from GUIDE.md's definitions and from how notices in
    # general say these things (the organisation in the third person, other persons and moods),
    # each with sentences that share its words and must be left alone.
    "apology-in-the-third-person": (
        "tone.cliches",
        [
            "Acme apologises for any inconvenience this may cause.",
            "The hospital deeply regrets any inconvenience or concern.",
            "The council sincerely apologizes for the inconvenience caused.",
            "Our firm regrets any worry this notice may bring.",
            "We apologise unreservedly for any inconvenience.",
        ],
        [
            "Acme apologises for the error that sent your letter to the wrong address.",
            "The school regrets to tell you that a laptop was stolen.",
            "We are sorry this happened.",
        ],
    ),
    "assurance-other-persons": (
        "tone.cliches",
        [
            "I can assure you that your card details are safe.",
            "We assure you that we are doing everything possible.",
            "Let me reassure you that we acted the same day.",
            "Northway Bank assures its members that the fault is fixed.",
            "We are writing to each of you and reassure you that we care.",
        ],
        [
            "They assured us no other products were affected.",
            "To reassure you, we checked every account by hand.",
            "Our insurer will reassess the claim.",
        ],
    ),
    "regard-in-the-third-person": (
        "tone.cliches",
        [
            "Acme values your business.",
            "The bank appreciates your patience.",
            "The clinic truly values the trust of the families it serves.",
            "We understand and share your concern.",
        ],
        [
            "Acme values the laptop at 900 pounds.",
            "The bank appreciates in value every year.",
            "We share your details only with the credit agencies.",
        ],
    ),
    "commitment-with-its-adjective": (
        "tone.cliches",
        [
            "This reflects our long-standing commitment to protecting personal information.",
            "We reaffirm our commitment to privacy.",
            "We remain steadfast in our commitment to you.",
            "Acme has an unwavering commitment to data security.",
        ],
        [
            "There is no commitment to buy anything.",
            "Our monthly commitment is to check every account.",
        ],
    ),
    "care-at-the-centre-more": (
        "tone.cliches",
        [
            "Protecting your information is central to everything we do.",
            "Privacy is one of our core values.",
            "The security of your data is fundamental to us.",
        ],
        [
            "The central office will answer your letters.",
            "Core hours are 9 to 5.",
            "A fundamental flaw in the software let them in.",
        ],
    ),
    "vigilance-as-a-noun": (
        "tone.cliches",
        [
            "We urge you to exercise vigilance.",
            "Please maintain vigilance over the coming months.",
            "We ask for your continued vigilance.",
        ],
        [
            "Customers should keep a normal level of vigilance on their accounts.",
            "Vigilance Ltd runs our alarm system.",
        ],
    ),
    "priority-without-for-us": (
        "tone.seriously",
        [
            "Protecting patient privacy is a priority.",
            "Keeping your data safe is a high priority at Acme.",
            "Your privacy and security are our highest priorities.",
            "Safeguarding your records has always been a top priority.",
        ],
        [
            "We gave priority to calling the customers whose cards were taken.",
            "Your call will be answered in priority order.",
            "Send the form by priority mail.",
            "We prioritise calls from customers whose cards were taken.",
        ],
    ),
    "importance-we-give": (
        "tone.seriously",
        [
            "We attach the utmost importance to data protection.",
            "We place great importance on the privacy of our clients.",
            "The trust accords paramount importance to the protection of personal data.",
            "We cannot overstate the importance we place on your security.",
        ],
        [
            "It is important to change your password today.",
            "We place the letters in the post on Mondays.",
            "Please understand the importance of a strong password.",
        ],
    ),
    "no-finding-other-heads": (
        "tone.minimising",
        [
            "We do not have evidence that your information was accessed.",
            "There is no suggestion that any data has been misused.",
            "We have seen no sign of misuse.",
            "We have no grounds to believe your details were copied.",
            "Nothing suggests that the records were opened.",
            "It appears that no card data was taken.",
            "It seems that none of your details left our system.",
        ],
        [
            "We did not have a backup of the server.",
            "There is a sign on the door of the office.",
            "It appears that the criminal copied 4,000 records.",
            "Suggestions for a safer password are on our website.",
        ],
    ),
    "skill-as-excuse-other-words": (
        "tone.minimising",
        [
            "We were targeted by a complex cyberattack.",
            "A well-resourced criminal group got into the server.",
            "It was a highly organised attack.",
            "The attackers were highly skilled hackers.",
        ],
        [
            "The process was complex and laborious.",
            "We added advanced monitoring to the network.",
            "A complex password is harder to guess.",
        ],
    ),
    "blame-on-the-vendor": (
        "tone.minimising",
        [
            "The incident occurred at one of our vendors.",
            "The breach did not occur on our systems.",
            "Our own systems were not compromised.",
            "This incident was caused by a third-party vendor.",
            "The breach was caused by an error at our mailing vendor.",
            "The leak resulted from a supplier's mistake.",
        ],
        [
            "We worked with a vendor to reset every password.",
            "Our vendor, Northway Mail, sent the letters for us.",
            "The mistake was caused by an error in our own code.",
            "Your card number was not in the files.",
        ],
    ),
    "no-action-more-ways": (
        "tone.minimising",
        [
            "There is nothing you need to do.",
            "You don't have to take any action at this time.",
            "Customers do not have to do anything.",
            "There is no reason to be concerned.",
            "There is no longer any risk to your data.",
        ],
        [
            "There is nothing we can do to get the laptop back, so please change your password.",
            "You have to take your card to the bank.",
            "There is a reason we are writing: your card was copied.",
        ],
    ),
    "notice-no-sign-of-misuse": (
        "tone.minimising",
        [
            "This letter is not an indication that your information was misused.",
            "This notice isn't a sign that anyone has used your details.",
        ],
        [
            "This letter is a reminder to change your password.",
            "The notice is a sign-up form for credit monitoring.",
        ],
    ),
    "many-others-hit": (
        "tone.minimising",
        [
            "Many organisations have been affected by this attack.",
            "Hundreds of companies around the world were hit.",
            "Cyberattacks are a growing threat for all businesses.",
            "The attack reached dozens of hospitals across the country.",
        ],
        [
            # the vendor's client list, not others hit (round s29-min)
            "Blackbaud provides services to thousands of nonprofit organizations worldwide.",
            "The file transfer service is used by many organisations globally.",
            "Many customers have called us this week.",
            "Hundreds of records were taken from our server.",
            "A growing number of you have asked about credit monitoring.",
        ],
    ),
    "security-incident-told-back": (
        "tone.minimising",
        [
            "We have mailed a letter to every patient touched by this security incident.",
            "The security incident affected our billing server.",
            "We are writing about a recent security incident at our clinic.",
            "We write to notify you of a security incident that may affect you.",
            "This letter is regarding a security event at our store.",
            "Following a security incident last month, we reset all passwords.",
            "Acme is informing customers of a possible security incident.",
        ],
        [
            # the plain name our samples use to introduce the news, left alone on purpose
            "We are writing to tell you about a security incident that involved your data.",
            "We have a security team on call at all hours.",
            "We have a security incident response team.",
        ],
    ),
    "thanks-and-regard-more-nouns": (
        "tone.cliches",
        [
            "Thank you for your continued patronage.",
            "We appreciate your continued confidence in us.",
            "We value your membership.",
            "Protecting our customers is what matters most to us.",
            "Protecting your information is at the core of our business.",
        ],
        [
            "Your membership number is on the back of your card.",
            "We are confident the criminal did not open the files.",
            "What matters most now is that you change your password.",
        ],
    ),
    "vigilant-any-verb": (
        "tone.cliches",
        [
            "We recommend that you are vigilant.",
            "We recommend vigilance over the next year.",
            "We will remain ever more vigilant.",
            "We are working around-the-clock to restore the service.",
        ],
        [
            "Our vigilant staff spotted the fake e-mail.",
            "Our clock in the lobby was stolen.",
        ],
    ),
    "invitation-more-verbs": (
        "tone.cliches",
        [
            "Should you have any concerns, please do not hesitate to let us know.",
            "If you have questions, please don't hesitate to give us a call.",
            "Please feel free to phone our help line.",
        ],
        [
            "Call us on 0800 123 4567 with questions.",
            "Do not let anyone know your password.",
        ],
    ),
    "seriously-long-insertion": (
        "tone.seriously",
        [
            "We take the privacy and security of the information entrusted to us by our patients "
            "and their families extremely seriously.",
        ],
        [
            "Please take the time to read the enclosed sheet on how to place a fraud alert, and "
            "treat calls asking for your password with suspicion.",
        ],
    ),
    "nothing-come-of-it-instances": (
        "tone.minimising",
        [
            "We have not identified any instances of fraud or identity theft.",
            "We have not had any cases of misuse reported to us.",
        ],
        [
            "We have not identified any other instances of the error in our records.",
            "We identified two instances of fraud on the affected accounts.",
        ],
    ),
    "caution-precaution-noun": (
        "tone.minimising",
        [
            "Out of an abundance of precaution, we are writing to you.",
            "If you feel it appropriate, you may place a security freeze.",
            "You can shop with us with confidence.",
        ],
        [
            "We took every precaution we could think of, and still the laptop was stolen.",
            "If you feel unwell, call your doctor.",
        ],
    ),
    "not-at-us": (
        "tone.minimising",
        [
            "The breach occurred at our payroll provider, not at the district.",
            "This was not the result of any failure of our systems.",
            "The error happened in the print room and not in our office.",
        ],
        [
            "The breach occurred at our head office in Leeds.",
            "This was the result of a failure of our backup systems.",
        ],
    ),
    "slip-excused-more": (
        "tone.minimising",
        [
            "Mistakes happen.",
            "It is an easy mistake to make.",
            "This could happen to any organisation.",
            "The error was entirely unintentional.",
        ],
        [
            "The mistake happened on 3 May.",
            "The error was made by a member of our staff.",
        ],
    ),
    "smaller-than-feared-words-between": (
        "tone.minimising",
        [
            "Fewer records were affected than first thought.",
            "The number of customers involved is far smaller than initially reported.",
        ],
        [
            "Fewer than 2,000 customers have called us so far.",
            "Prices are lower than last year.",
        ],
    ),
    "names-by-the-office": (
        "tone.minimising",
        [
            "We are writing about a data protection incident.",
            "This was an information governance incident.",
            "We had a cyber issue last week.",
        ],
        [
            "Our data protection officer will answer your questions.",
            "Information about credit freezes is enclosed.",
        ],
    ),
    "search-did-not-show": (
        "tone.minimising",
        [
            "Our investigation did not show that your information was accessed.",
            "The review did not find that any records were copied.",
        ],
        [
            "The investigation could not confirm whether your information was accessed.",
            "We did not find the laptop.",
        ],
    ),
    "reach-told-as-small": (
        "tone.minimising",
        [
            "The criminal was only able to see names.",
            "They had access only to one mailbox.",
            "A small segment of our members was affected.",
            "A limited pool of accounts was reached.",
            "Just a few customers were affected.",
        ],
        [
            "The criminal was able to see names, addresses and bank details.",
            "A small sample of the stolen data was posted online as proof.",
            "Just call us and we will help.",
        ],
    ),
    "criminals-habit": (
        "tone.minimising",
        [
            "Criminals are constantly targeting organisations like ours.",
            "Hackers increasingly attack schools across the country.",
        ],
        [
            "Criminals targeted our payroll system.",
            "The hackers attacked our server on 2 May.",
        ],
    ),
    "just-to-be-safe": (
        "tone.minimising",
        [
            "We are telling you just to be safe.",
            "We reset your password, just to be careful.",
        ],
        [
            "Keep the letter just in case you need it later.",
            "To be safe online, use a different password for each site.",
        ],
    ),
    "most-spared-or-not-high-risk": (
        "tone.minimising",
        [
            "The majority of our customers were not affected.",
            "Most members are not affected by this incident.",
            "This is not considered a high-risk incident.",
        ],
        [
            "The majority of the files were invoices from 2019.",
            "Most of our staff work from home.",
            "The leak is a high-risk event for people whose passports were taken.",
        ],
    ),
    "close-and-centre": (
        "tone.cliches",
        [
            "Thank you for your attention to this matter.",
            "We appreciate your prompt attention to this notice.",
            "Our customers always come first.",
            "We remain focused on protecting your information.",
        ],
        [
            "Please give this letter your attention and act by 1 June.",
            "First, you should change your password.",
            "We remain focused on finding the stolen laptop.",
        ],
    ),
    "reports-not-received": (
        "tone.minimising",
        [
            "Nor have we had any reports of unauthorized sign-ins to customer accounts.",
            "We have not received any confirmed reports of suspicious activity on your card.",
            "The bank has not seen any reports of fraudulent transactions.",
        ],
        [
            "We have received reports of unauthorized charges and are refunding them.",
            "Please send us any reports of suspicious activity you see.",
        ],
    ),
    "others-hit-too": (
        "tone.minimising",
        [
            "Our shop and other online retailers were targeted by the same group.",
            "Other organisations may be affected too.",
            "It looks like a routine attack on small charities.",
            "The criminals targeted many businesses at the same time.",
            "Companies far larger than ours are attacked every day.",
        ],
        [
            "Other customers were not affected.",
            "Other files on the server were affected as well.",
            "The routine backup ran on Sunday night.",
            "The group targeted our payroll system.",
        ],
    ),
    "quiet-since": (
        "tone.minimising",
        [
            "There have been no further attacks since March.",
            "We have seen no new incidents since we changed the passwords.",
        ],
        [
            "There have been no changes to your account number.",
            "We will tell you if there are further incidents.",
        ],
    ),
    "anomaly": (
        "tone.minimising",
        [
            "We found a technical anomaly in the booking system.",
            "Once we spotted the anomaly, we shut the portal.",
            "A software anomaly let other users see some orders.",
        ],
        [
            "We saw anomalous activity on one server and shut it down.",
            "Our staff noticed unusual sign-ins on 3 May.",
        ],
    ),
    "old-data": (
        "tone.minimising",
        [
            "The files were mostly old records from closed accounts.",
            "What was taken is largely historical information.",
        ],
        [
            "The files held the records of patients seen since 2015.",
            "Most of the old records were paper files, now shredded.",
        ],
    ),
    "not-from-us": (
        "tone.minimising",
        [
            "The passwords were not obtained from our systems.",
            "These addresses were not taken from Acme.",
            "Your details were not stolen from us.",
        ],
        [
            "The passwords were not stored in plain text.",
            "The files were taken from a staff laptop.",
            "Your details were not on the stolen drive.",
        ],
    ),
    "information-limited-said-of-what-was-taken": (
        "tone.minimising",
        [
            "The information involved was limited.",
            "The personal data accessed was very limited.",
        ],
        [
            # how much we know yet, not how little was taken
            "At this stage information is limited.",
            "At present data is limited, and we will update you.",
        ],
    ),
    "no-indication-yet": (
        "tone.minimising",
        [
            "We have no indication of any misuse of your data.",
            "There is no indication that your card was used.",
        ],
        [
            # what is not yet known, not a finding of nothing
            "We have no indication of how long the systems will be down.",
            "We have no indication of when the phone lines will return.",
        ],
    ),
    "stock-regard-possessive": (
        "tone.cliches",
        ["Acme values all of its patients.", "We value our members."],
        [
            # the readers' need named, not the stock regard
            "Because we value our patients' need for privacy, we are writing to you.",
        ],
    ),
    "business-as-usual": (
        "tone.minimising",
        ["It is business as usual at every branch."],
        ["These weeks have been anything other than business as usual."],
    ),
    "blame-other-wordings": (
        # once tone/blame.yml, now one home with the rest of blame put elsewhere
        "tone.minimising",
        [
            "The incident involved a third-party vendor.",
            "This was caused by a vendor's error beyond our control.",
            "It was not our fault.",
            "The leak was outside of our control.",
            "A rogue employee copied the mailing list.",
            "The breach occurred at a third-party service provider.",
        ],
        [
            "Our payment company was attacked, and we are responsible for protecting your data.",
            "We use a third-party vendor to print our letters.",
            "One of our employees sent the file to the wrong address.",
            "We made every effort to reach you by phone.",
            # an excuse the guide does not name (tests/corpus/README.md, "Second reading")
            "Despite our best efforts, the criminals got in.",
        ],
    ),
    "unrelated-to-our-systems": (
        "tone.minimising",
        [
            "The leak was not connected in any way to data kept on our servers.",
            "This is not related to our systems.",
            "The scam is not linked at all to records held securely within its databases.",
        ],
        [
            "Your new card number is not linked to your old account.",
            "This letter is not related to your account balance.",
        ],
    ),
    "abundant-caution": (
        "tone.minimising",
        [
            "As a matter of abundant caution, we reset your password.",
            "Out of extreme caution, the school closed the portal.",
            "In utmost caution, the clinic is writing to every patient.",
        ],
        [
            "Please use extreme caution when opening e-mails from unknown senders.",
            "Treat calls asking for your password with great caution.",
        ],
    ),
    "related-and-plural-euphemisms": (
        "tone.minimising",
        [
            "We are investigating a data-related incident.",
            "The council is responding to a privacy-related event.",
            "We have fixed the security issues that led to this.",
            "Two data security events were reported this year.",
        ],
        [
            "Our security team handles data-related questions.",
            "Our security issues response plan was followed.",
        ],
    ),
    "selection-and-numbers": (
        "tone.minimising",
        [
            "The breach only impacts a selection of customers.",
            "Smaller numbers of students had their test results released.",
            "Only one employee had access to the report.",
            "Only two customers' accounts were opened.",
            "Only a single laptop was taken.",
        ],
        [
            "We chose a selection of new passwords for staff.",
            "You can choose from a selection of monitoring services.",
            "Only one of these steps is needed to protect your account.",
            "Call only one number: 1-800-555-0100.",
            # the lock put in since, a change we made
            "We moved the files to a safer system that only two people can open.",
        ],
    ),
    "no-cases-no-signs": (
        "tone.minimising",
        [
            "We have no confirmed instances of customers falling victim to fraud.",
            "There are no known cases of misuse.",
            "Initial scans show no sign of penetration.",
            "The review revealed no evidence of access to your file.",
            "Our checks found no trace of the files online.",
            "We have not identified any evidence that your details were exploited.",
            "Acme has not found any sign of misuse.",
            "There is currently no evidence pointing towards a breach of our databases.",
            "There is no evidence linking this incident to any fraud.",
        ],
        [
            "There are two cases of the virus on the ward.",
            "The report showed no change in our procedures.",
            "We found evidence pointing to one employee's mailbox.",
            "The evidence linking the attack to the group is strong.",
            "We found no signs of forced entry.",
        ],
    ),
    "not-aware-of-any-more": (
        "tone.minimising",
        [
            "We are not currently aware of any breach of personal data.",
            "Acme is unaware of any impacted personal data being published.",
            "We are not aware of any attempts to use the data.",
        ],
        [
            "If you are not aware of any charges on your statement, call your bank.",
            "If you are not aware of any change to your account, contact us.",
        ],
    ),
    "optional-in-other-verbs": (
        "tone.minimising",
        [
            "They can take steps if they find it appropriate to do so.",
            "Should you consider it necessary, you can freeze your credit.",
            "If you deem it advisable, place a fraud alert.",
        ],
        [
            "If you find anything suspicious, call us.",
            "Should you find any charges you do not recognise, tell your bank.",
            "Please find it in the enclosed envelope.",
        ],
    ),
    "no-one-spared": (
        "tone.minimising",
        [
            "No business is immune.",
            "No organisation is completely safe from attack.",
            "Anyone can be subject to malicious attacks.",
            "Any organisation can become a victim of cybercrime.",
            "Cybercrime is a persistent threat in today's world.",
            "We were not the only company affected by this attack.",
            "The attack targeted many law enforcement related organisations.",
        ],
        [
            "No business day passes without a call from a customer.",
            "Anyone can call our helpline.",
            "Anyone can enrol in the service at no cost.",
            "In today's letter we explain what happened.",
            "We are the only company that holds your records.",
            "The attacker targeted many of our staff with fake e-mails.",
        ],
    ),
    "money-is-safe": (
        "tone.minimising",
        [
            "Our customers' money is safe.",
            "Your funds and securities are protected and remain safe.",
            "All critical systems remain secure and operational.",
            "Your savings are completely safe.",
        ],
        [
            "To make sure your money is safe, change your PIN.",
            "Keep your password safe and never share it.",
            "We have taken steps to ensure your personal data remains secure.",
            "We want to ensure that your information is secure.",
            "We will work to make sure all systems are secure before reopening.",
            "Your account is not safe if you reuse passwords.",
        ],
    ),
    "exposure-not-played-down": (
        "tone.minimising",
        ["Some of the information is generally available, such as names and addresses."],
        [
            # the exposure itself, not the data called public (GUIDE.md, minimising)
            "The details were publicly available for two days.",
            # a plain name: only an unauthorised access incident is the soft name
            "Our staff had inappropriate access incidents in May.",
            # a confidence about the cause, not that all is well
            "We are confident that the incident was caused by one stolen password.",
        ],
    ),
    "doubt-and-skill-more-forms": (
        "tone.minimising",
        [
            "It doesn't appear the attacker opened any files.",
            "It did not appear that anyone copied the records.",
            "The sophistication of the attack meant it went unnoticed.",
            "It was an attack of considerable sophistication.",
            "Like a number of other companies, we were affected by this attack.",
        ],
        [
            "The charge does not appear on your statement.",
            "It did not appear in the search results.",
            "Our filters are of considerable help against spam.",
            "Like you, we were shocked.",
        ],
    ),
    "excused-in-good-faith": (
        "tone.minimising",
        [
            "The error was made in good faith.",
            "The files were shared by volunteers in good faith.",
            "Human error is sometimes unavoidable.",
            "The leak was the fault of our mailing vendor.",
        ],
        [
            "We made a mistake, and we are sorry.",
            "Please act in your own interest and freeze your credit.",
            "It was our fault, and we are changing how we send letters.",
        ],
    ),
    "limited-as-a-verb": (
        "tone.minimising",
        [
            "The criminal had limited access to one mailbox.",
            "The files may have limited clinical information.",
        ],
        [
            # what we changed, not the reach played down
            "We limited access to the files after the breach.",
            "Since May, we have been limited access to staff only.",
            # what we know, not what was reached
            "We have limited information about who did this.",
        ],
    ),
    "feelings-and-effort-more-forms": (
        "tone.cliches",
        [
            "We apologise for any unease this may cause you.",
            "We acknowledge and understand that this may be upsetting.",
            "We understand this has been a difficult time for everyone.",
            "We would like to reassure users that we are investigating.",
            "We have been diligently investigating this incident.",
            "We are deeply sympathetic to the stress this has caused.",
            "We sympathise with the concern this may cause.",
        ],
        [
            "We are sorry this happened.",
            "We understand what the criminal took.",
            "We reassured the caller that the card was blocked.",
            "We will investigate until we know how it happened.",
            "We are sympathetic listeners; call us any time.",
        ],
    ),
    "importance-and-priority-in-more-words": (
        "tone.seriously",
        [
            "The privacy of our members is of the upmost importance to us.",
            "Safeguarding patient records is highly important to us.",
            "Keeping your details safe is an absolute priority for the bank.",
            "Security has always been an overriding priority.",
            "We take a very serious view of what happened.",
            "The council takes a grave view of any breach of trust.",
        ],
        [
            "It is highly important that you change your password today.",
            "Your application has absolute priority in our queue.",
            "From our point of view, the risk is clear.",
            "Take a look at the view of your account online.",
        ],
    ),
    "belief-and-chance-said-of-it": (
        "tone.minimising",
        [
            "It is not believed that any personal data was taken.",
            "It is not thought that the files were opened.",
            "The theft appears to have been opportunistic.",
            "The attack was entirely random.",
        ],
        [
            "It is believed that the criminal copied the files.",
            "The theft was planned.",
            "We will send each of you a random code to enrol.",
            "Your new password is random.",
        ],
    ),
    # session 22: wordings written from GUIDE.md's definitions, not from letters
    "precaution-with-its-adjective": (
        "tone.minimising",
        [
            "As a security precaution, we have reset all passwords.",
            "As an additional security precaution, we locked every account.",
            "As a safety precaution we are writing to everyone on the list.",
            "As a further precautionary step, we have informed the police.",
            "We are taking a precautionary approach in sending this notice.",
        ],
        [
            "We recommend you take precautions such as changing your password.",
            "We are taking a cautious approach to reopening the office.",
            "Please take sensible precautions when you answer the phone.",
        ],
    ),
    "no-cause-for-concern": (
        "tone.minimising",
        [
            "There is no cause for further concern.",
            "There is no need for any concern.",
            "There is no reason for undue alarm.",
            "There is no cause for immediate concern.",
        ],
        [
            "There is cause for concern: your card number was taken.",
            "If you have any concern, please call us.",
        ],
    ),
    "everyone-hit-more-nouns": (
        "tone.minimising",
        [
            "Like many charities, we use an outside database provider.",
            "Like many councils across the country, we were targeted.",
            "Like many other NHS trusts, we use this supplier.",
            "Like numerous organisations, we were affected by this attack.",
            "In common with many firms, we use this software.",
            "We learned that we were one of several victims of a cyberattack.",
            "We were one of a number of organisations affected by the attack.",
            "The attack affected a large number of charities and other organisations.",
            "Cyber attacks of this nature are an unfortunate reality in our digital world.",
            "It is a common feature of these kinds of attacks that data is stolen.",
        ],
        [
            "Like many of you, we were shocked.",
            "Unlike many companies, we keep no card numbers.",
            "We were one of the first to find the flaw.",
            "One of several files held your name.",
            "The attack affected a large number of our customers.",
        ],
    ),
    "not-aware-of-anyone-harmed": (
        "tone.minimising",
        [
            "We are not aware of customers having suffered any harm.",
            "We are not aware of anyone having been harmed.",
            "We are not aware of any patients having been affected by fraud.",
            "We have not been made aware of any customer losing money.",
        ],
        [
            "We are not aware of how the criminal got in.",
            "We are not aware of the exact number of people affected.",
            "If you are not aware of a charge, call your bank.",
        ],
    ),
    "small-part-or-moment": (
        "tone.minimising",
        [
            "Data from a limited part of our server estate was stolen.",
            "A small part of our network was affected.",
            "The data involved is of limited sensitivity.",
            "The attacker reached a small percentage (0.2%) of our customers.",
            "The criminal accessed the mailbox on several very brief occasions.",
        ],
        [
            "A limited company holds the data.",
            "This part of the letter explains your rights.",
            "The files were of high sensitivity.",
        ],
    ),
    "safe-to-use": (
        "tone.minimising",
        [
            "Our services remain safe to use.",
            "The app is safe to use.",
            "All our customer data is protected.",
            "Your personal data remains protected.",
            "We would like to assure you that your funds are protected and remain safe.",
        ],
        [
            "Is it safe to use my card?",
            "Your data is protected by law and you may complain to the regulator.",
            "We are working to ensure that your money is safe.",
            "Please keep your password safe.",
        ],
    ),
    "excused-or-elsewhere": (
        "tone.minimising",
        [
            "The incident was an accident, and not the result of any kind of malicious attack.",
            "The error was not the result of any malicious activity.",
            "This was not a malicious act.",
            "While the breach occurred via a supplier, we are sorry.",
            "The incident happened through one of our vendors.",
            "This incident is entirely external to the council.",
            "The error was made by a contractor working on our behalf.",
        ],
        [
            "The attack was malicious and deliberate.",
            "The criminal used a supplier's password to get in.",
            "The cause of the breach was external: a criminal outside our company.",
            "Our vendor works on our behalf to print statements.",
        ],
    ),
    "nothing-found-without-that": (
        "tone.minimising",
        [
            "There is no evidence the criminals looked at your records.",
            "We have not seen anything to suggest your data has been misused.",
            "This notice concerns a security incident that may have involved your information.",
            "This was an advanced, highly targeted cyberattack.",
        ],
        [
            "We have evidence that your information was copied.",
            "There is no indication of when the attack began.",
            "The security incident response team was called in.",
            "We are writing about a security incident.",
        ],
    ),
    "commitment-by-name": (
        "tone.cliches",
        [
            "SHS's commitment to protecting patient privacy matters.",
            "As part of Acme's commitment to safeguarding your information, we are writing.",
            "We would like to assure that no numbers were taken.",
        ],
        [
            "I have made a personal commitment to speak to anyone who has concerns.",
            "We are sure that no numbers were taken.",
        ],
    ),
    "nothing-found-in-more-heads": (
        "tone.minimising",
        [
            "No data appears to have been taken.",
            "None of the patient records seem to have been opened.",
            "Initial findings suggest no data was taken.",
            "We haven't had any reports of fraud.",
            "We do not think there is any risk to you.",
            "We experienced a data-security incident.",
            "The impact on customers has been minimal.",
        ],
        [
            "We do not yet know whether any data was taken.",
            "Our investigation confirmed that the criminal copied your file.",
            "The findings suggest the criminal got in through an old password.",
            "We do not think the phones will be back before Monday.",
            "The impact on customers has been severe.",
        ],
    ),
    "small-and-sophisticated-more-words": (
        "tone.minimising",
        [
            "A restricted number of staff accounts were accessed.",
            "A modest number of customers were affected.",
            "The hackers were extremely sophisticated.",
            "The effect on patients is expected to be minimal.",
            "We don't anticipate any problems for customers.",
        ],
        [
            "We use very sophisticated software to protect your records.",
            "No sensitive information was involved.",
            "No financial information was affected.",
            "The effect on patients is expected to be serious.",
            "We do not expect to reopen the office before June.",
        ],
    ),
    "harmless-data-and-untouched-systems": (
        "tone.minimising",
        [
            "This account system has never been compromised.",
            "Our payment platform has never been breached.",
            "The information is generally not useful to a cyber-criminal.",
            "The data is not particularly valuable to fraudsters.",
            "The information on the list was routine in nature.",
            "The files held mostly innocuous information.",
        ],
        [
            "Your password has never been stored in plain text.",
            "The stolen data could be valuable to fraudsters.",
            "We carry out routine checks on our systems.",
            "The new platform has never been used before.",
            "The data at risk is believed to be limited to names.",
        ],
    ),
    "safe-now-not-a-purpose": (
        "tone.minimising",
        [
            "All customer data is secure.",
            "Our network is secure again.",
            "Your information remains protected.",
        ],
        [
            "We have added new checks so that your data is protected.",
            "We are working hard to ensure all customer data is protected.",
            "We will make certain that your information is protected in future.",
            "Our systems are protected by a firewall, but the criminal got past it.",
            "Steps have been taken so that our network is secure again.",
            "We need to be sure all our systems are safe before we reopen them.",
        ],
    ),
    "blame-excuse-and-all-clear-more-verbs": (
        "tone.minimising",
        [
            "Far fewer customers were affected than initially estimated.",
            "The breach was caused by our IT supplier.",
            "The error was made by our printing contractor.",
            "The incident resulted from a flaw in a vendor's software.",
            "Human error can happen in any organisation.",
            "Customers can continue to shop with us safely.",
            "It is safe to continue using your card.",
        ],
        [
            "More customers were affected than we first reported.",
            "Our IT supplier helped us rebuild the server.",
            "The criminal exploited a flaw in our own software.",
            "We made the mistake, not our vendor.",
            "Please continue to check your statements.",
            "Stop using the app until you have updated it.",
        ],
    ),
    "nothing-found-yet-and-passive": (
        "tone.minimising",
        [
            "We have yet to find any evidence that your information has been misused.",
            "Evidence of misuse has not been found.",
            "Signs of fraud have not been detected.",
            "It does not seem that any records were viewed.",
            "We know of no misuse of your information.",
            "There is no known misuse of the data.",
            "Nobody has reported any misuse to us.",
            "So far, we have received no complaints of fraud.",
            "We have detected no unusual activity on your account.",
            "We are confident no payment details were taken.",
        ],
        [
            "Evidence of the attack was found on two servers.",
            "We received complaints from customers about strange e-mails.",
            "We know of several customers who received scam calls.",
            "We detected unusual activity on our network on May 3.",
            "We believe the criminal copied the files.",
            "We believe that no card numbers were exposed.",
            "We are confident the new system is safer.",
            "We have yet to find out how the criminal got in.",
        ],
    ),
    "chance-and-size-told-small": (
        "tone.minimising",
        [
            "Misuse is unlikely.",
            "We believe misuse of your information is unlikely.",
            "The potential for harm is low.",
            "The possibility of misuse is extremely small.",
            "We assess the overall risk as low.",
            "The number of people affected is very small.",
            "The number of accounts involved was limited.",
            "The limited scope of the incident means few people are affected.",
            "The incident had a limited impact.",
            "The breach had little impact on our operations.",
            "There was no significant impact on our customers.",
            "The disruption was minor.",
            "A minimal amount of data was exposed.",
            "Under 1% of accounts were involved.",
            "A few employee email accounts were accessed.",
        ],
        [
            "Misuse is possible.",
            "The potential harm is serious.",
            "The possibility of identity theft is real.",
            "It is likely that the criminal will try to sell the data.",
            "The number of people affected is 4,512.",
            "The number of affected customers is still growing.",
            "This could have a serious impact on your credit.",
            "The effect of the theft will be felt for years.",
            "We now allow only two people to access the server.",
            "Several thousand customers were affected.",
        ],
    ),
    "names-caution-and-excuses-more": (
        "tone.minimising",
        [
            "We had a digital security incident.",
            "We experienced an online security incident.",
            "We identified a security incident affecting our email system.",
            "We are investigating a security incident.",
            "We responded to a security incident on our network.",
            "As a precautionary matter, we are offering credit monitoring.",
            "As a matter of caution, we are notifying all customers.",
            "Out of the utmost caution we are telling all customers.",
            "If you wish, you can place a freeze on your credit.",
            "You may, if you wish, change your password.",
            "The incident was far smaller than early reports suggested.",
            "This breach was caused by one of our suppliers.",
            "The problem lay with our software provider.",
            "The incident did not involve our own systems.",
            "Unfortunately, human errors do occur.",
            "The employee did not act with malicious intent.",
            "The disclosure was accidental and not malicious.",
            "The error was unintentional.",
            "Our systems are now fully secure.",
            "It is safe to keep using our app.",
            "Our systems are back to normal.",
            "Cyber attacks have become an everyday reality.",
            "You needn't take any action.",
            "As a protective measure, we are offering credit monitoring.",
            "As a cautionary measure, we reset all passwords.",
            "We are taking this cautionary step to protect you.",
            "Our investigation has not revealed any misuse.",
            "A small subgroup of patients was affected.",
            "The laptop was likely stolen for its hardware value.",
            "The thief was most likely interested in the device, not the data.",
            "Just one laptop was stolen.",
        ],
        [
            "We are writing to tell you about a security incident that involved your information.",
            "Call us if you wish to speak to someone.",
            "If you wish, we can send you a copy in large print.",
            "If you wish to place a fraud alert, call one of the bureaus.",
            "Our systems were breached.",
            "The breach was caused by our own employee.",
            "If you find a mistake on your credit report, tell the bureau.",
            "Your data is not safe on the old server, so we moved it.",
            "To keep your data safe, change your password.",
            "Use extreme caution with e-mails that ask for your password.",
            "We had no way of knowing the file was public.",
            "This story is a cautionary tale for every business.",
            "Our investigation has revealed how the criminal got in.",
            "We use preventive maintenance on our servers.",
            "The only way to be sure is to check your statements.",
            "Just one call to our helpline will set up the monitoring.",
            "No card numbers were involved.",
            "Fortunately, the police found the laptop.",
            "We had an unauthorized access event.",
            "We experienced an email compromise event.",
        ],
    ),
    "short-window-rare-cases-and-passive-finding": (
        "tone.minimising",
        [
            "During that limited time, only a few people opened the page.",
            "In only two instances, bank details were included.",
            "Card numbers were visible in only a handful of cases.",
            "Only in rare cases did the files hold a date of birth.",
            "No specific evidence was found that data was exfiltrated.",
            "No evidence has been found that your records were opened.",
            "No indication was found that the files were copied.",
        ],
        [
            "For a limited time, we are offering free credit monitoring.",
            "Within a short time we had restored every system.",
            "The law gives us a limited time to report this.",
            "In two instances, the letters went to the wrong address.",
            "In most cases the files held a date of birth.",
            "No trace of the stolen laptop has been found.",
            "No sign of forced entry was found.",
            "Evidence was found that the attacker copied the files.",
            "In this brief window, the file could be downloaded by anyone.",
            "Within that short period, the attacker copied some records.",
            "Throughout that short time frame, the folder was public.",
        ],
    ),
    "safe-now-rebuilt-and-someone-elses-problem": (
        "tone.minimising",
        [
            "The rebuilt infrastructure itself is secure.",
            "The server has been rebuilt and is running securely.",
            "Our platform is now secure.",
            "The website remains secure.",
            "Results collected since May are therefore safe and not compromised.",
            "The new environment is now operating securely.",
            "The security breach is not a Matrix issue.",
            "This was not an Acme problem.",
            "It is not our issue but the supplier's.",
            "The incident happened to a third-party vendor for the district.",
            "The breach occurred at one of our outside vendors.",
            "The attack took place within a third-party service provider.",
            "But in fairness to the employee, we were asking them to work on a Saturday evening.",
            "To be fair to the vendor, the setting was hidden.",
        ],
        [
            "We worked to ensure our network is secure.",
            "We are rebuilding the platform so that it is secure.",
            "We are checking that our servers are safe before we reopen them.",
            "The website is running slowly while we restore it.",
            "This is not a simple issue.",
            "It is not an easy problem to fix.",
            "We use a third-party vendor to print our letters.",
            "The vendor helped us find what happened.",
            "In fairness to everyone affected, we are offering two years of monitoring.",
        ],
    ),
    "everyone-hit-favour-and-named-or-single": (
        "tone.minimising",
        [
            "This is a nationwide issue affecting many school districts.",
            "It was a countrywide attack on local councils.",
            "The incident affected numerous other school districts.",
            "The attack hit hundreds of municipalities.",
            "The Library Foundation is not legally required to alert donors.",
            "We are not obliged to inform members of this.",
            "The company is not required to send this notice.",
            "A detailed investigation of the PageUp security incident has concluded.",
            "This letter is about the Acme security incident.",
            "Traffic data was leaked to a single third-party individual.",
            "The file was sent to a single recipient.",
            "The records were viewed by a single person outside the company.",
        ],
        [
            "The attack affected many of our patients.",
            "The outage affected several clinics in our network.",
            "We serve many school districts across the state.",
            "You are not required to notify us of a change of address.",
            "We are required by law to notify you.",
            "The Security Incident Response Team met on Monday.",
            "A single employee opened the phishing e-mail.",
            "A single password let the criminal into the system.",
            "We sent a single letter to every household.",
        ],
    ),
    "patience-asked-apology-commitment-and-top-care": (
        "tone.cliches",
        [
            "Our systems remain offline and we request your patience as we work towards a fix.",
            "We ask for your understanding while the phone lines are restored.",
            "We are asking for your patience as we work through the backlog.",
            "We appreciate the community's patience as we restore services.",
            "We appreciate everyone's understanding during this time.",
            "We sincerely apologize for the interruption this incident has caused.",
            "The council regrets the disturbance this may cause.",
            "Acme is committed not only to quality care, but also to protecting your records.",
            "Please continue to be alert as you normally would.",
        ],
        [
            "We ask for your date of birth when you call, so we can check who you are.",
            "Please request your free credit report from each bureau.",
            "We appreciate the help of the police.",
            "The interruption lasted two days.",
            "The criminal committed the theft on a Sunday.",
            "Please stay alert for phishing e-mails that ask for your password.",
            "Remain alert to calls that claim to come from your bank.",
        ],
    ),
    "top-care-and-first-task": (
        "tone.seriously",
        [
            "Nothing is more important than honoring and protecting your trust.",
            "Nothing matters more to us than the privacy of our members.",
            "Our top priority is to protect your information.",
        ],
        [
            "Nothing is more important than checking your statements this month.",
            "Our first priority is to communicate with parents, which we did yesterday.",
            "Our top priority was to restore the phone lines.",
        ],
    ),
    "nothing-came-to-light-aims-and-satisfaction": (
        "tone.minimising",
        [
            "So far, no misuse of the data has come to light.",
            "Nothing has come to light to suggest your data was used.",
            "The error was not malicious.",
            "The disclosure was in no way deliberate.",
            "The thieves appear to have been after the laptop rather than the data.",
            "It doesn't look like any records were viewed.",
            "The intruder only viewed the first page of the report.",
            "If you feel the need, you can contact the credit bureaus.",
            "We are now satisfied that the data has been contained.",
            "The council is reassured that all the letters have been destroyed.",
            "The breach could have occurred in their systems.",
            "The leak originated within another company's network.",
            "They were not directly attempting to obtain information about patients.",
            "The attacker only wanted money.",
            "The data is hence completely secure.",
            "Passwords are not stored by us; hence completely secure.",
            "These attacks continue to challenge everyone in the business.",
            "Ransomware threatens every organisation.",
        ],
        [
            "The breach came to light when a customer called us.",
            "The e-mail had a malicious attachment.",
            "We chose to replace the laptop rather than repair it.",
            "It does not look good for the company, and we are sorry.",
            "Only staff who need the records can now see them.",
            "If you need help, call us.",
            "If you are not satisfied with our answer, you can complain to the ICO.",
            "If you are satisfied that the e-mail is genuine, you can reply to it.",
            "The breach occurred in our own systems.",
            "The attacker wanted money and took your bank details to get it.",
            "We are trying to obtain the records back from the recipient.",
            "Your card is therefore at risk, so please cancel it.",
            "The attacks affected everyone whose details were on the list.",
        ],
    ),
    "apology-singular": (
        "tone.cliches",
        ["Please accept our sincere apology for any worry this causes."],
        ["Please accept our apology for the error in our letter of 2 May."],
    ),
    "skill-proof-no-action-belief-and-mere-error": (
        "tone.minimising",
        [
            "The attackers used advanced techniques to avoid detection.",
            "The criminals employed highly complex methods.",
            "There is no proof your data was misused.",
            "We have no proof that anyone opened the file.",
            "We haven't seen anything to suggest misuse.",
            "We didn't find anything that suggests your data was copied.",
            "We don't think you need to take any action.",
            "We do not believe any action is necessary on your part.",
            "It was simply human error.",
            "This was merely a clerical mistake.",
        ],
        [
            "We now use advanced tools to watch for attacks.",
            "The attackers used a stolen password to sign in.",
            "We have proof that the attacker copied the file.",
            "Please bring proof of your address when you visit.",
            "We haven't finished our review yet.",
            "We do not think the police will find the laptop soon.",
            "We think you need to take action now: freeze your credit.",
            "It was a human error and we are sorry.",
        ],
    ),
    "thanks-in-more-words": (
        "tone.cliches",
        [
            "We really appreciate your continued trust.",
            "Your continued support is greatly appreciated.",
            "Your trust is much appreciated.",
        ],
        [
            "Your help in spotting fraud would be useful: call us if you see anything.",
            "We really appreciate it when customers tell us about scam calls.",
            "Your support line number is on the back of your card.",
        ],
    ),
    "safe-now-not-a-condition": (
        "tone.minimising",
        [
            "The PageUp security incident is under investigation.",
            "We can confirm that our website is secure.",
            "Today our systems are secure.",
        ],
        [
            "The Acme Security Incident Response Team met on Monday.",
            "We will keep the portal closed until our systems are secure.",
            "We made changes so our network is secure.",
            "We will reopen once the website is secure.",
            "We are checking whether our servers are safe.",
            "When the platform is secure again we will tell you.",
        ],
    ),
    "window-vendor-and-one-recipient-near-misses": (
        "tone.minimising",
        [
            "The records were shown to a single customer by mistake.",
        ],
        [
            "Within the short period required by law, we told the regulator.",
            "In the time since, we have changed every password.",
            "The theft occurred at our Leeds office.",
            "The attack took place within our e-mail system.",
            "It was not an Acme employee who called you.",
            "We only learned of the theft on 2 May.",
            "We are not required to offer credit monitoring, but we are doing so.",
            "A nationwide phone line is open for questions.",
            "During the short period the file was online, it was opened twice.",
        ],
    ),
    "importance-without-to-us": (
        "tone.seriously",
        [
            "The safety and well-being of our employees is incredibly important.",
            "The security of your data is extremely important.",
        ],
        [
            "It is very important that you change your password today.",
            "It is extremely important to watch your statements.",
        ],
    ),
    "thanks-without-we": (
        "tone.cliches",
        [
            "We regret any inconvenience and appreciate your understanding as we work on this.",
            "Acme appreciates your patience.",
        ],
        [
            "We would appreciate your help in returning the letter.",
            "You may not appreciate how much data a criminal can find online.",
        ],
    ),
    "guess-not-finding": (
        "tone.minimising",
        ["Our early findings suggest that no card numbers were taken."],
        ["Our forensic investigation has indicated that no card numbers were accessed."],
    ),
    "security-incident-passed-on": (
        "tone.minimising",
        [
            "Our payroll firm notified us on June 2 of a security incident affecting its servers.",
            "The software vendor informed the school district of a widespread security incident.",
            "We were alerted by our card processor to a security incident at one of our stores.",
            "We are giving you notice of a security incident that may affect you.",
            "Your details were exposed in a security incident at our mailing house.",
            "An outsider got into one mailbox through a security incident known as phishing.",
        ],
        [
            "Please notify us at once if you see signs of a security incident.",
            "Staff must notify the manager when they suspect a security incident.",
            "Our staff are trained to alert IT of a security incident response need.",
            "We are writing to tell you about a security incident that involved your information.",
            # the route named: not a soft word for the breach
            "We learned of a phishing email incident that let a criminal into one mailbox.",
        ],
    ),
    "potential-issue": (
        "tone.minimising",
        [
            "Last week we became aware of a possible issue involving our online shop.",
            "After learning about the potential issue, we took the site offline.",
            "A suspected issue affecting our booking system came to light on Monday.",
            "Our payment processor alerted us to a potential issue on our checkout page.",
        ],
        [
            "Call us if you notice a potential issue with your account.",
            "We fixed every potential issue the auditors listed.",
            "A criminal put code on our checkout page that copied card numbers.",
        ],
    ),
    "safe-to-use-and-safer-than-ever": (
        "tone.minimising",
        [
            "You can safely use your card at all of our stores.",
            "Customers may confidently shop on our website again.",
            "You can safely and securely use your payment card on our site.",
            "After these changes our network is more secure than ever.",
            "Our website is now safer than ever before.",
        ],
        [
            "You can safely use a password manager to keep track of passwords.",
            "You may safely ignore any e-mail that asks for your password.",
            "You can securely upload documents through our portal.",
            "Criminals are more sophisticated than ever.",
            "We will keep making our systems more secure.",
        ],
    ),
    "others-hit-the-same-way": (
        "tone.minimising",
        [
            "The break-in was similar to incidents reported by several other clinics in the area.",
            "Neighbouring businesses were also targeted by the same thieves.",
            "Several other companies have also been affected by this attack.",
            "This was due to large breaches at other companies (not associated with Acme).",
            "The passwords came from breaches at other websites, not associated with Acme.",
        ],
        [
            "Several patients were also affected by the delay.",
            "Other offices were also checked by our team.",
            "The attack was similar to one we saw in 2019.",
            "The list was merged with breaches of other websites into one file.",
        ],
    ),
    "no-compromise-found-and-unseen": (
        "tone.minimising",
        [
            "We have not discovered a compromise of our payment systems.",
            "The review did not reveal any compromise of the student database.",
            "Our investigators have not found any intrusion into other servers.",
            "The recipient does not recall opening the attachment.",
            "He has stated that he does not remember ever seeing your details.",
            "The page, if it was shown at all, was visible for a few seconds.",
        ],
        [
            "We did not detect a breach of our network until May 3.",
            "Our antivirus did not detect any intrusion into the network for weeks.",
            "We have found a compromise of one mailbox.",
            "If you do not recall opening the account, call the bureau.",
            "We do not remember a time when security mattered more.",
            "Please call us, if at all possible, before Friday.",
        ],
    ),
    "seldom-small-and-optional": (
        "tone.minimising",
        [
            "Most accounts were accessed only once.",
            "The folder was opened at limited points in time over the year.",
            "The files were viewed only briefly.",
            "The files were copied in relatively small amounts over several months.",
            "You may take any precautions you feel are appropriate.",
            "Take whatever measures you think are prudent.",
        ],
        [
            "We only once had a break-in before.",
            "Drink water in small amounts.",
            "Here are the steps we think are necessary.",
            "Take these steps to protect yourself.",
            # the whole window told plainly
            "The incident was limited to the time period between July 7, 2017 and October 2, 2018.",
        ],
    ),
    "risk-knowledge-and-confidence-more-wordings": (
        "tone.minimising",
        [
            "There is little risk of harm to you.",
            "The company believes there is little risk that the data will be used.",
            "To their knowledge, no one had copied the files.",
            "The finder confirmed that, to his knowledge, nobody else saw the papers.",
            "We are confident at this time that there is no ongoing access to our network.",
            "We do not believe, or have any indication, that your data has been disclosed.",
            "It appears the number of records the former employee actually misused is limited.",
            "Our bank noticed a potential data security concern on our card terminals.",
            "We were the victim of a computer related incident.",
        ],
        [
            "There is little we can do to undo the theft, but we will help you.",
            "To their knowledge, the thief sold the laptop.",
            "We are confident that we found the cause.",
            "We do not believe, however, that the thief knew what was on the laptop.",
            "For computer related questions, call our help desk.",
        ],
    ),
    "values-your-privacy-by-name": (
        "tone.cliches",
        [
            "Acme Bank values and respects your privacy, which is why we are writing.",
            "The credit union values your privacy.",
            "We respect and value your trust.",
        ],
        [
            "The new law respects your privacy.",
            "Please respect your neighbours' privacy.",
            "Your privacy settings are valued by the app.",
        ],
    ),
    "unnamed-recipient-and-plain-route-words": (
        "plain.jargon",
        [
            "The e-mail went to an unauthorized recipient.",
            "The file reached unknown recipients.",
            "An unidentified third\nparty changed our checkout page.",
        ],
        [
            "The e-mail went to the wrong recipient.",
            # words a reader knows (GUIDE.md): the route and the break-in told plainly
            "A criminal used a vulnerability in our software.",
            "We fixed the vulnerabilities the review found.",
            "Malicious code was placed on our checkout page.",
            "We found a network intrusion on May 2.",
        ],
    ),
    "nothing-found-in-other-verb-forms": (
        "tone.minimising",
        [
            "The review did not identify any misuse of the records.",
            "So far we have seen no fraud linked to this event.",
            "We have not confirmed any misuse of your information.",
            "There has been no known access to the files.",
            "We have observed no identity theft linked to this.",
            "No known or attempted misuse of member data has been reported so far.",
        ],
        [
            "If you notice any fraud on your card, call your bank.",
            "There is no known way to recover the deleted files.",
            "We found fraud on three accounts and closed them.",
        ],
    ),
    "not-aware-whatever-between": (
        "tone.minimising",
        [
            "We are not currently aware of your data being misused.",
            "The school is not aware of its records being sold.",
            "Acme is not aware of anybody using the details.",
            "We are not aware of any cases of identity theft.",
            "We remain unaware of any cases of identity theft.",
        ],
        [
            "If you are not aware of a charge, call your bank.",
            "We were not aware that the files had been shared until May 3.",
            "We are not aware of how the criminal got in.",
        ],
    ),
    "no-cause-to-believe": (
        "tone.minimising",
        [
            "We have no cause to believe that anyone opened the file.",
            "There is no real cause to suspect that anyone read the file.",
            "We have no reason at this time to believe your data was taken.",
        ],
        [
            "We have reason to believe the files were copied.",
            "There is good cause to change your password now.",
        ],
    ),
    "unlikely-by-judgment": (
        "tone.minimising",
        [
            "Misuse of the data is considered unlikely.",
            "Fraud is thought to be highly unlikely.",
            "Harm to you is deemed very unlikely.",
        ],
        [
            "It is likely that the criminal saw your name.",
            "The criminal is considered dangerous, so do not reply to the e-mail.",
        ],
    ),
    "sophisticated-with-the-verb": (
        "tone.minimising",
        [
            "The attack was sophisticated.",
            "The criminals appear to be well sophisticated.",
            "Their methods were sophisticated and hard to spot.",
        ],
        [
            "The attack was not sophisticated: a guessed password let them in.",
            "Our new defences are sophisticated.",
        ],
    ),
    "without-malice-told-by-the-act": (
        "tone.minimising",
        [
            "The employee did not act maliciously.",
            "Our staff member didn't act with any malicious intent.",
            "The file was shared by mistake and not maliciously.",
        ],
        [
            "The criminal acted maliciously and deleted our backups.",
            "The e-mail contained a malicious link.",
        ],
    ),
    "common-latest-and-maybe-others": (
        "tone.minimising",
        [
            "Thefts like this are not uncommon.",
            "Attacks of this kind are not at all unusual these days.",
            "Sadly, we are the latest victim of a wave of attacks.",
            "Other online retailers may also have been targeted in the same way.",
        ],
        [
            "Your password was not unique, so change it on other sites.",
            "The latest update to this page was on May 3.",
            "Other customers may also have been affected; we are writing to each of them.",
        ],
    ),
    "secure-and-running": (
        "tone.minimising",
        [
            "Every service our members rely on is secure and fully operational.",
            "The website is fully operational and safe.",
            "The tills in every store are working normally and secure.",
        ],
        [
            "We are working to make the site secure and operational again.",
            "The phone lines are operational and open until 8pm.",
        ],
    ),
    "no-action-advised-or-voluntary": (
        "tone.minimising",
        [
            "We do not recommend that you take any action.",
            "Acme does not suggest taking any further action.",
            "This is a voluntary notice.",
            "We are providing this notice voluntarily.",
        ],
        [
            "We recommend that you take these steps today.",
            "Volunteers at the food bank were not affected.",
            "Enrolling in the monitoring is on a voluntary basis.",
        ],
    ),
    "caution-bare-rare-and-off-chance": (
        "tone.minimising",
        [
            "For your privacy and an abundance of caution, we reset your password.",
            "With privacy in mind and an excess of caution, we wrote to everyone.",
            "In the rare case that a charge looks strange, call us.",
            "On the off chance that you see fraud, we will help.",
            "A small sub-set of our customers was affected.",
        ],
        [
            "Please use caution when opening e-mails.",
            "The rare coins in the display case were not touched.",
        ],
    ),
    "safe-use-threat-gone-and-vendor-route": (
        "tone.minimising",
        [
            "Customers may safely use their credit and debit cards.",
            "The threat of that malware to our stores has been eliminated.",
        ],
        [
            "The attack resulted from a service provider's stolen password.",
            "The restricted part of the website holds member records.",
            "The threat of further attacks remains, so keep watching your accounts.",
        ],
    ),
    "elsewhere-unrelated-and-isolated-kinds": (
        "tone.minimising",
        [
            "The passwords came from breaches at websites not related to Acme.",
            "The list mixes in records unrelated to Acme Bank.",
            "The criminal got your password from another source (not from Acme Outdoor).",
            "It was an isolated e-mail phishing scam.",
            "We believe this isolated payroll error is now fixed.",
            "Our review found it was a singular incident.",
        ],
        [
            "The nurse opened the records for reasons unrelated to your care.",
            "The outage was not related to the weather.",
            "We isolated the affected server within the hour.",
            "The man was not from Acme (he was a contractor).",
        ],
    ),
    "no-org-system-all-signs-and-no-sign-this": (
        "tone.minimising",
        [
            "No Acme computer or network systems were affected in any way.",
            "No Hillside systems were subject to unauthorized access.",
            "All indications are that the member database remains safe.",
            "There is no indication this laptop held your full records.",
            "There is no evidence those pages were printed.",
        ],
        [
            "No card numbers were affected.",
            "Our billing system was affected on May 2.",
            "All indications are that the criminal copied the files.",
            "There is no indication yet when the attack began.",
        ],
    ),
    "no-action-further-and-required-of-you": (
        "tone.minimising",
        [
            "You need not take any further action.",
            "Members don't need to take any further steps.",
            "Nothing further is required of you.",
            "Nothing is needed from you at this time.",
        ],
        [
            "Nothing is more important than your safety, so call us with any doubt.",
            "We need you to take further action: please reset your password.",
        ],
    ),
    "nothing-found-seen-or-heard": (
        "tone.minimising",
        [
            "We have found nothing indicating that your data was taken.",
            "The team has seen nothing suggesting misuse.",
            "We were unable to find any evidence that files were copied.",
            "As of this writing, we have not seen misuse of any information.",
            "We have not heard of any fraud linked to the theft.",
        ],
        [
            "We found nothing missing from the office after the break-in.",
            "If you have not heard from us by June, call us.",
            "We were unable to find your address, so we are e-mailing you.",
        ],
    ),
    "no-defence-is-enough": (
        "tone.minimising",
        [
            "Sadly, no computer system is completely secure.",
            "No security measures are ever foolproof.",
            "Even the best security cannot prevent every attack.",
            "No firewall could have stopped this kind of attack.",
            "Even the strongest defences could not block every attack.",
        ],
        [
            "No password is stored in plain text.",
            "The best way to protect yourself is to freeze your credit.",
            "No system was affected apart from the mail server.",
        ],
    ),
    "blame-on-the-vendor-and-restored-secure": (
        "tone.minimising",
        [
            "This incident was caused entirely by our vendor.",
            "The mailing vendor is solely responsible for the error.",
            "It was a breach of the supplier's systems rather than ours.",
            "A third party over which we have no control was breached.",
            "Our systems are fully restored and secure.",
        ],
        [
            "We are responsible for keeping your data safe.",
            "The vendor was responsible for printing the letters.",
            "Our systems are restored, and we are checking every file.",
        ],
    ),
    "caution-told-as-care": (
        "tone.minimising",
        [
            "To be cautious, we are writing to all members.",
            "In an effort to be careful, we reset every password.",
            "In the interest of caution, we are offering monitoring.",
            "Out of prudence, the clinic is notifying every patient.",
            "As an added proactive measure, we are offering credit monitoring.",
        ],
        [
            "We urge you to be careful with e-mails that ask for your password.",
            "Please be cautious when you answer the phone.",
            "We want you to be safe, so please watch your accounts.",
            "In the interest of time, we have listed the steps below.",
        ],
    ),
    "errors-happen-anywhere-and-only-had-access": (
        "tone.minimising",
        [
            "Errors like this can occur in any organization.",
            "This can happen in any company.",
            "The criminal only had access to one mailbox.",
            "The intruder only gained brief access to the server.",
        ],
        [
            "Only staff who need the records have access to them now.",
            "Errors in the report have been corrected.",
            "Call us if you can; it can take a few minutes.",
        ],
    ),
    "told-as-little": (
        "tone.minimising",
        [
            "Relatively little data was taken.",
            "Very little customer information was exposed.",
            "Hardly any patient records were opened.",
            "Few, if any, files were copied.",
            "Minimal personal information was accessed.",
        ],
        [
            "Little is known yet about the attacker.",
            "We know very little about how the criminal got in, and we are still looking.",
            "There was hardly any warning before the attack.",
        ],
    ),
    # round s27-mini (issue 13): the organisation's own systems untouched, named by the
    # organisation (GUIDE.md, "the breach occurred in the vendor's systems, not ours")
    "own-systems-untouched-named": (
        "tone.minimising",
        [
            "This issue did not affect Northwind systems.",
            "The breach did not involve any Contoso card systems.",
            "Fabrikam's systems were not affected by this incident.",
            "Tailspin owned or controlled systems were not compromised by this event.",
            "No data systems at Woodgrove Bank were impacted.",
            "The attack at the supplier did not reach Litware's own network.",
            "No computer systems at Acme Health have been accessed.",
        ],
        [
            "This incident did not affect any other systems.",
            "Clinical systems were not affected by the incident.",
            "Our billing system was not affected.",
            "The criminal did not reach the Epic system.",
            "No systems at the clinic were taken offline.",
            "We did not know until May that Acme's systems had been breached.",
            "The outage did not affect Microsoft Teams.",
        ],
    ),
    # round s27-mini: the attacker's skill told with the noun (GUIDE.md, "(highly)
    # sophisticated (attack / cyberattack)")
    "sophistication-noun": (
        "tone.minimising",
        [
            "The attack was shocking in its sophistication.",
            "The sophistication of the attack surprised our experts.",
            "Investigators noted the sophistication of these criminals.",
            "The scheme was remarkable in its sophistication.",
        ],
        [
            "We have improved the sophistication of our defences.",
            "The sophistication of our monitoring grows each year.",
            "Phishing e-mails vary in sophistication.",
        ],
    ),
    # round s27-mini: caution with its other adjectives (GUIDE.md, "as a precaution")
    "precaution-adjectives": (
        "tone.minimising",
        [
            "As a temporary precaution, the credit union blocked all card payments from abroad.",
            "As a further precaution, we have reset every password.",
            "As a standard precaution, we closed the affected accounts.",
            "Out of a prudent precaution, we are writing to you.",
        ],
        [
            "A temporary freeze is a precaution you can take yourself.",
            "Temporary precautions such as a fraud alert can help you.",
        ],
    ),
    # round s27-mini: safe now, told as carrying on (GUIDE.md, "you can shop with confidence"),
    # the risk told low with an adverb (GUIDE.md, "the risk is low"), smaller than first told
    # (GUIDE.md, "significantly less than first suspected")
    "carry-on-and-smaller-than-told": (
        "tone.minimising",
        [
            "Customers can continue to use credit and debit cards in all our shops.",
            "Our members can continue using their debit cards as usual.",
            "All visitors should feel confident using cards anywhere in the park.",
            "Shoppers can feel confident when they pay at our tills.",
            "You can keep using your card.",
            "Members are likely not at risk for further fraud.",
            "Customers are probably not at risk.",
            "The number affected is far smaller than we first thought.",
            "We know it was much less than the ten years of records we originally reported.",
            "The data taken was significantly less than the amount we had initially feared.",
        ],
        [
            "You can continue to use the portal to pay bills.",
            "We want customers to feel safe, so we are calling each of them.",
            "You cannot continue to use the old card; a new one is on its way.",
            "Customers who feel unsafe can call us.",
            "Members who used their card abroad are likely at risk.",
            "We cannot yet say whether customers are at risk.",
            "The number affected is larger than we first reported.",
            "The file was far larger than we originally reported.",
        ],
    ),
    # round s27-mini: a finding of nothing with its other adjectives and nouns (GUIDE.md, "no
    # evidence (that / of) ... (misused / misuse / accessed / viewed)")
    "no-specific-indication": (
        "tone.minimising",
        [
            "We have not detected any specific indication that your data was accessed.",
            "We have not found any clear indication that the records were viewed.",
            "We have not received any customer notifications regarding fraudulent charges.",
            "We have not received any consumer notifications of fraud.",
        ],
        [
            "We have not received any notifications from the bank yet.",
            "If you find any specific indication that your data was used, call us.",
            "We have not received any complaints about the new card design.",
        ],
    ),
    # round s29-min: the breach as the way of the world (GUIDE.md, "like many cities and
    # counties", something everyone suffers)
    "common-as-a-fact-of-life": (
        "tone.minimising",
        [
            "Unfortunately, incidents like this are common across industries.",
            "Data breaches have become commonplace.",
            "Although data breaches have been commonplace even in secure places, we regret this.",
            "While data breaches may be a part of life, they are concerning.",
            "Breaches of this kind are now a fact of life.",
            "Such attacks have become an everyday occurrence.",
            "Cyberattacks are now part of everyday life.",
            "Incidents like this happen to organizations every day.",
        ],
        [
            "Phishing attacks are common, so be careful.",
            "Scam e-mails are common after news like this.",
            "A common point of purchase was found.",
            "Attacks on our network happened on May 3 and May 5.",
            "Here are answers to the most common questions.",
        ],
    ),
    # round s29-min: blame put elsewhere, told as outside the organisation or the vendor's alone
    # (GUIDE.md, "the breach occurred in the vendor's systems, not ours")
    "outside-ours": (
        "tone.minimising",
        [
            "We learned of an incident that occurred outside of Acme.",
            "The breach occurred on the vendor's network, which is outside our network.",
            "The error came from a software fault that was outside of the District's control.",
            "The breach took place outside our systems.",
            "The data was stored and maintained by this vendor and not by Acme.",
            "The records were held by the third-party provider, not by us.",
            "This incident did not involve our systems.",
            "The breach occurred entirely within the vendor's network.",
        ],
        [
            "The clinic is outside Boston.",
            "We stored the paper files outside the building.",
            "Call us outside business hours.",
            "The incident happened outside our office on Main Street.",
            "The vendor stored your data on its servers.",
            "The attack did not affect our payment systems.",
            "The hacker reached our servers on May 3.",
        ],
    ),
    # round s29-min: no defence is enough (GUIDE.md, "like many cities and counties"; the rule's
    # "no system is completely secure") and caution told as a participle (GUIDE.md, "as a
    # precaution"). An excuse by the defences the attacker got past ("despite our best efforts")
    # is left alone: the guide does not name it (tests/corpus/README.md, the second reading)
    "no-system-perfect-and-being-cautious": (
        "tone.minimising",
        [
            "No system is perfect.",
            "No security system is ever completely infallible.",
            "Being extra cautious, we are letting all members know.",
        ],
        [
            "Despite our strong security measures, the attacker got in.",
            "Although we had reasonable security measures in place, the attacker got in.",
            "No system holds your card number.",
            "Thank you for being careful, it helps.",
            "We are being careful with the files we keep.",
        ],
    ),
    # round s29-min: the reader told not to act with the action put first (GUIDE.md, "there is
    # no action you need to take") and a one-off with other nouns (GUIDE.md, "isolated incident")
    "no-action-put-first-and-isolated-lapse": (
        "tone.minimising",
        [
            "Action on your part is not required.",
            "Further steps are not necessary at this time.",
            "We see this as an isolated lapse.",
            "It was an isolated breach.",
        ],
        [
            "Immediate action is required.",
            "These steps are not difficult.",
            "The isolated server was wiped.",
            "Action is required by May 3.",
        ],
    ),
    # round s30-min, a tune concordance of the head words: "limited" said of the scope told
    # plainly ("the incident was limited to one account") or of one kind in a list of what was
    # taken is no playing down; stressed ("only limited to") or said of the whole, it is
    # (GUIDE.md, "limited access", "a limited number"; "Does not count": a plain statement of
    # what was not involved)
    "limited-stressed-not-scope": (
        "tone.minimising",
        [
            "The access was only limited to one mailbox.",
            "The incident was confined solely to one server.",
            "The exposure was strictly limited to names and e-mail addresses.",
            "The files held limited personal information.",
            "Limited patient information was exposed.",
            "The exposure was very limited.",
            "This incident appears limited only to two servers.",
            "The information accessible was limited and did not include licence numbers.",
            "The health information breached was limited: name and date of visit.",
        ],
        [
            "This incident appears limited to two servers.",
            "Details were limited at first, so we waited.",
            "At this stage information is limited.",
            "The compromise was limited to the e-mail accounts hosted by our vendor.",
            "The incident was limited to a single e-mail account.",
            "The attack was limited to card transactions made in May.",
            "The unauthorized access was limited to information sent by e-mail.",
            "The breach was restricted to our alumni database.",
            "The records held names, dates of birth, and limited clinical information.",
            "The e-mails held your name and limited medical information.",
            "The attack was limited to data from card readers.",
        ],
    ),
    # round s30-min: "only a few" said of how soon the response came is no count of those hit;
    # "a few" and "very few" said of the places or cases hit are (GUIDE.md, "a select few", "in
    # limited instances")
    "few-hit-not-response-time": (
        "tone.minimising",
        [
            "Only a few customers were affected.",
            "A few of our schools were affected.",
            "A few of our stores were hit by the malware.",
            "Very few instances of e-mail addresses were included.",
        ],
        [
            "We learned of it within only a few hours.",
            "We replied to every caller within only a few days.",
            "We have schools in a few states.",
        ],
    ),
    # round s30-min: a bare "security incident" framed as what befell the organisation, in
    # more verbs and adjectives (GUIDE.md, "(data) security incident"); our own templates'
    # "we are writing to tell you about a security incident" stays unflagged
    "security-incident-befell-us": (
        "tone.minimising",
        [
            "We recently learned about a security incident at our vendor.",
            "Acme is addressing a security incident involving customer e-mail addresses.",
            "After our investigation of a suspected security incident, we wrote to you.",
            "Blackbaud experienced a global security incident.",
            "We were notified by Acme, our provider for donor records, mailing lists and payroll"
            " software, of a security incident.",
        ],
        [
            "We are writing to tell you about a security incident that involved your information.",
            "Our security incident response team acted at once.",
            "Please notify us if you see signs of a security incident.",
        ],
    ),
    # round s30-min: the risk told as low or harm as unlikely, with "remain" or an adverb
    # between (GUIDE.md, "the risk is low")
    "risk-low-more-verbs": (
        "tone.minimising",
        [
            "The risks of harm to you remain low.",
            "It is now unlikely that the data will be published.",
            "Misuse of the data is still unlikely.",
        ],
        [
            "The risks remain high.",
            "The risks are real, so please watch your accounts.",
            "It is now clear that the data was published.",
        ],
    ),
    # round s30-min: it happens to everyone, told as the others hit beside us (GUIDE.md, "like
    # many cities and counties"), not a vendor's client list nor our own customers
    "others-hit-beside-us": (
        "tone.minimising",
        [
            "The database, as well as those of many other nonprofit organizations, was copied.",
            "We use the vendor's software, as do hundreds of other charities.",
            "The vendor told us, along with its many other customers, in July.",
            "A large number of other councils and agencies are also impacted.",
        ],
        [
            "Blackbaud provides services to thousands of nonprofit organizations.",
            "We are working alongside a number of other agencies.",
            "We wrote to a number of our customers.",
            "Many other customers asked us about the new app.",
        ],
    ),
}
