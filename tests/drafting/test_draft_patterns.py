"""The patterns issue 12 found in real articles, in sentences written here (the articles may not be copied): who
each quote goes to, or a blank "who said this?" where the text does not say; and what each number counts."""

from __future__ import annotations

import pytest

from components import drafting
from components.drafting import doubt

TABLES = drafting.shipped_tables()
META = drafting.ArticleMeta("Patterns", "Daily Post")


def speakers_of(text: str) -> list[tuple[str, str]]:
    """(speaker name or "" for a blank one, words) of each drafted quote."""
    draft = drafting.draft_article(text, META, *TABLES)
    names = draft.frames["speakers"].set_index("speaker_id")["name"]
    return [(names[q.speaker_id] if q.speaker_id else "", q.text) for q in draft.frames["quotes"].itertuples()]


@pytest.mark.parametrize("text, expected", [
    # someone else named since the last speaker: the one named, never the last speaker by default
    ("Councillor Ann Lee said the cuts were wrong.\n\nHer view was echoed by the mayor, Bill Ward.\n\n"
     "\u201cWe need officers back,\u201d he said.",
     [("Ann Lee", "the cuts were wrong"), ("Bill Ward", "We need officers back")]),
    # a spokesman for a force the article never names: blank, not the councillor quoted before
    ("Councillor Ann Lee said: \u201cThe cuts are wrong.\u201d\n\nA spokesman for the force said: "
     "\u201cWe have more officers than ever.\u201d",
     [("Ann Lee", "The cuts are wrong."), ("", "We have more officers than ever.")]),
    ("Ann Lee MP said: \u201cThe cuts are wrong.\u201d\n\n"
     "Tom Vale MP told the radio station: \u201cThey are not.\u201d",
     [("Ann Lee", "The cuts are wrong."), ("Tom Vale", "They are not.")]),
    # capitalised titles after the name
    ("Sam Sharp, Chairman of the Police Superintendents\u2019 Association of England and Wales, said: "
     "\u201cOfficers are exhausted.\u201d",
     [("Sam Sharp", "Officers are exhausted.")]),
    ("Rita Rowe, Liberal Democrat Group Leader on the Council, commented: \u201cThis is a disgrace.\u201d",
     [("Rita Rowe", "This is a disgrace.")]),
    ("Gary Gold, Labour MP for Ashfield, said the force had lost 200 officers.",
     [("Gary Gold", "the force had lost 200 officers")]),
    ("Cllr Kim King (Warrington Borough Council, Con) asked: \u201cWhere are the officers?\u201d",
     [("Kim King", "Where are the officers?")]),
    # subjects and verbs the old rules could not read
    ("Essex's crime chief has said the force will recruit 100 officers.",
     [("", "the force will recruit 100 officers")]),
    ("Roger Hirst has already said the force will grow.", [("Roger Hirst", "the force will grow")]),
    ("The constabulary claim the county is safer.", [("", "the county is safer")]),
    ("PCC Zoe Zane stressed that the budget was balanced.", [("Zoe Zane", "the budget was balanced")]),
    ("More officers are needed on the streets, MPs have said.", [("", "More officers are needed on the streets")]),
    # a quote opened with a closing mark, and single marks for speech over two paragraphs
    ("Jo Bloggs, the leader, spoke.\n\nShe later added: \u201dWe need 50 officers.",
     [("Jo Bloggs", "We need 50 officers.")]),
    ("Cllr Nigel Vale said: 'We need officers on foot.\n\n'We have none at night.'",
     [("Nigel Vale", "We need officers on foot."), ("Nigel Vale", "We have none at night.")]),
])
def test_each_quote_goes_to_the_speaker_the_text_names_or_to_nobody(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title in capitals between a place and the name
    ("Cleveland PCC Jan Moss said the budget was tight.", [("Jan Moss", "the budget was tight")]),
    ("Highlands and Islands MSP Ross Dunn has urged ministers to act.", [("Ross Dunn", "ministers to act")]),
    ("Chief Superintendent Ruth Lamb spoke to the board.\n\n\u201cNumbers are steady,\u201d said CS Lamb.",
     [("Ruth Lamb", "Numbers are steady")]),
    # bare `police`: the force the article names, not an organisation called "Police"
    ("Officers from Kent Police searched six homes.\n\nTwelve people were arrested, police said.",
     [("Kent Police", "Twelve people were arrested")]),
    # `the commander` whose role was never given: the person who just spoke, when nobody else is named since
    ("Insp Dan Roe said the patrols worked.\n\nThe Dover commander added: \u201cWe will carry on.\u201d",
     [("Dan Roe", "the patrols worked"), ("Dan Roe", "We will carry on.")]),
    # a party is not a person, so it is no rival for `She`
    ("Mayor Tom Kay said the town was safe.\n\nLiberal Democrat councillor Amy Bell sits on the police panel. "
     "She said: \u201cNobody feels safe.\u201d",
     [("Tom Kay", "the town was safe"), ("Amy Bell", "Nobody feels safe.")]),
    # asked about something: the one asked is not the speaker of the words quoted
    ("Cllr Ian Orr said the station should stay open.\n\nThe commissioner was asked about \u2018ghost patrols\u2019 "
     "at the meeting.", [("Ian Orr", "the station should stay open"), ("", "ghost patrols")]),
    # a claim before the speaker, and only a time after the listener
    ("The force will shrink next year, Chief Constable Amy Hart told MPs last week.",
     [("Amy Hart", "The force will shrink next year")]),
    # someone the draft cannot name speaks: blank, not the last speaker
    ("Cllr Ian Orr said: \u201cWe want officers.\u201d\n\nOne shopkeeper on the high street told the Post: "
     "\u201cI never see them.\u201d", [("Ian Orr", "We want officers."), ("", "I never see them.")]),
    # `union leaders`: the union the article names
    ("UNION leaders have warned that cuts will hurt.\n\nAccording to Unison, 50 jobs went.",
     [("Unison", "cuts will hurt"), ("Unison", "50 jobs went")]),
    ("Redtown Residents Association is asking for 20 more officers.",
     [("Redtown Residents Association", "asking for 20 more officers")]),
    # the sixth set: an officer `of` a force, a name in brackets, titles after a name
    ("Det Insp Tom Lane of Kent Police said: \u201cWe made arrests.\u201d", [("Tom Lane", "We made arrests.")]),
    ("Commissioner Lord (Bob) Marsh set the budget.\n\nThe Labour peer told the panel: \u201cIt is generous.\u201d",
     [("Bob Marsh", "It is generous.")]),
    ("Ann Lee MP, Labour\u2019s Shadow Home Secretary said the cuts hurt.", [("Ann Lee", "the cuts hurt")]),
    ("Tim Cole, Minister for Policing and Criminal Justice, said: \u201cCrime is down.\u201d",
     [("Tim Cole", "Crime is down.")]),
    # a `peer` named nowhere, and the next person named holds another role: blank, not that person
    ("The peer told the panel: \u201cIt is generous.\u201d\n\nChief Constable Sam Hill said the force would grow.",
     [("", "It is generous."), ("Sam Hill", "the force would grow")]),
    # speech run on over paragraphs whose opening marks the site dropped, after `said,` ending a paragraph
    ("Chief Constable Sam Hill said,\n\n\u201cWe will grow.\n\nWe will recruit.\n\nWe will patrol.\u201d",
     [("Sam Hill", "We will grow."), ("Sam Hill", "We will recruit."), ("Sam Hill", "We will patrol.")]),
    # two speakers in one paragraph: each quote goes to the verb next to it
    ("Cllr Jo Hall said: \u201cIt is a lot.\u201d Supt Nia Vaughan told councillors: \u201cWe understand.\u201d",
     [("Jo Hall", "It is a lot."), ("Nia Vaughan", "We understand.")]),
    ("Cllr Ann Lee said: \u201cWe need more.\u201d \u201cWe have enough,\u201d Insp Tom Hall replied.",
     [("Ann Lee", "We need more."), ("Tom Hall", "We have enough")]),
    # a subordinate clause names its own subject; a title after the name ends in a place
    ("Chiefs have closed four desks at Alton, Brill, Crewe and Dent to cut costs, after the Government announced "
     "cuts of \u00a324m.", [("Government", "cuts of \u00a324m")]),
    ("Ian Reid, Highland Council member for Lochaber and Fort William, said the figures hid cuts.",
     [("Ian Reid", "the figures hid cuts")]),
    ("At a meeting last week, area Chief Superintendent Lyn Innes told councillors that 600 officers served.",
     [("Lyn Innes", "600 officers served")]),
    # a body's officer with no name given: the body speaks
    ("Kent Police\u2019s Borough Commander announced that the team will be two officers short.",
     [("Kent Police", "the team will be two officers short")]),
    # the seventh set: a force's spokeswoman, a party's spokesman, a place after a title, a surname alone
    ("Insp Dan Vale of Rutland Police opened the desk.\n\n"
     "A force spokeswoman said the new hours would cut costs.",
     [("Rutland Police", "the new hours would cut costs")]),
    ("A Lib-Dem spokesman said: \u201cThe coalition must act.\u201d",
     [("Liberal Democrats", "The coalition must act.")]),
    ("Finn Carson, MSP for Galloway and West Dumfries, said the cuts hurt.\n\nHe said: \u201cWe need more.\u201d",
     [("Finn Carson", "the cuts hurt"), ("Finn Carson", "We need more.")]),
    ("Jon Abbot, chairman of the federation, spoke to the Post.\n\nThe Wessex News reported cuts to 160 jobs. "
     "Abbot has confirmed the island is safe.\n\nHe told the Post,\n\n\u201cIt shouldn\u2019t affect us.\u201d",
     [("Jon Abbot", "the island is safe"), ("Jon Abbot", "It shouldn\u2019t affect us.")]),
    ("Jo Bennett said the cuts were deep.\n\nAsh Ridley, candidate for Pavilion, echoed her feelings.\n\n"
     "He said, \u201cI see the lack of police.\u201d", [("Jo Bennett", "the cuts were deep"),
                                                      ("Ash Ridley", "echoed her feelings"),
                                                      ("Ash Ridley", "I see the lack of police.")]),
    # `They` and `It` are the body that spoke last; `she` is not a Gavin
    ("Redtown Parish Council has called for more officers.\n\nThey say residents feel threatened.",
     [("Redtown Parish Council", "more officers"), ("Redtown Parish Council", "residents feel threatened")]),
    ("Redtown Parish Council wrote to the force.\n\nIt said: \u201cWe are concerned.\u201d",
     [("Redtown Parish Council", "We are concerned.")]),
    ("Sergeant Gavin Wade said the team would stay.\n\nCounty councillor Jenny Hale made the claim at a meeting.\n\n"
     "She told this paper that the team would be halved.",
     [("Gavin Wade", "the team would stay"), ("Jenny Hale", "the team would be halved")]),
    ("Fin Carson, MSP for Galloway, said the cuts hurt.\n\n"
     "The Scottish Conservative and Unionist MSP continued: \u201cIt is unacceptable.\u201d",
     [("Fin Carson", "the cuts hurt"), ("Fin Carson", "It is unacceptable.")]),
    # `A politician` in a lede: the next person who is the subject of a sentence, titled or not
    ("A POLITICIAN has demanded answers on police numbers.\n\nNils Bibb, who represents Lowtown, has urged "
     "ministers to explain.\n\nDeputy Chief Constable Wil Kerrigan said the force was flexible.",
     [("Nils Bibb", "answers on police numbers"), ("Nils Bibb", "ministers to explain"),
      ("Wil Kerrigan", "the force was flexible")]),
    # `the Government` is the body named `... Government`, not the Home Office named since
    ("Wessex will gain 40 officers under a plan from the UK Government.\n\nThe Home Office has confirmed the "
     "targets today.\n\nThe officers will be extra, the Government says.",
     [("Home Office", "the targets today"), ("UK Government", "The officers will be extra")]),
    # a speaker before `figures revealed`; an assurance from someone; a dash before `but` and other bosses
    ("Islands MSP Don Cameron has urged ministers to act after Police Scotland figures revealed that 28 officers "
     "went.", [("Don Cameron", "ministers to act after Police Scotland figures revealed that 28 officers "
                               "went")]),
    ("She had sought an assurance from Superintendent Gwen Ivory that numbers were static.",
     [("Gwen Ivory", "numbers were static")]),
    ("Unison says more must be done - but bosses insist there are enough officers.",
     [("Unison", "more must be done"), ("", "there are enough officers")]),
    ("Essex Police defended its numbers.\n\nBosses also pointed to new teams.",
     [("Essex Police", "defended its numbers"), ("Essex Police", "new teams")]),
    # the eighth set: an MLA, a Chief Con, Her Majesty's Inspectorate
    ("Unionist MLA Dan Beaty has said the cuts are madness.", [("Dan Beaty", "the cuts are madness")]),
    ("Chief Constable Simon Birn met recruits.\n\nCh Con Birn said: \u201cSpecials matter.\u201d",
     [("Simon Birn", "Specials matter.")]),
    ("Research by Her Majesty\u2019s Inspectorate of Constabulary has revealed that rural forces are stretched.",
     [("Her Majesty\u2019s Inspectorate of Constabulary", "rural forces are stretched")]),
    # `..., the Police Federation says.`; `X who said ...`; `A, while Y said: "..."`; `Officers say`
    ("Most officers believe crime will rise, the Police Federation says.",
     [("Police Federation", "Most officers believe crime will rise")]),
    ("Dan Beaty spoke up for the federation chairman Mark Lind who said this week that the cuts "
     "were frightening.", [("Mark Lind", "the cuts were frightening")]),
    ("Chief Constable Mick Creed said 450 posts could go, while commissioner Alan Chalk said: \u201cWe must "
     "question it.\u201d", [("Mick Creed", "450 posts could go"), ("Alan Chalk", "We must question it.")]),
    ("Kent Police is adding 500 officers.\n\nOfficers say it will be easier to call them.",
     [("Kent Police", "it will be easier to call them")]),
    ("Police minister Nick Herb has reportedly claimed that service was maintained.",
     [("Nick Herb", "service was maintained")]),
    # a listener ending the sentence, and the quote after it; an aside naming officers before `a spokesperson said`
    ("\u201cThey repeat the figure.\u201d Councillor Ian Baxter told the Free Press. \u201cIt has changed.\u201d",
     [("Ian Baxter", "They repeat the figure."), ("Ian Baxter", "It has changed.")]),
    ("Essex Police searched the house.\n\nThe chief constable, Ben Harrington, joined officers to search it, a "
     "police spokesperson said.", [("Essex Police", "The chief constable, Ben Harrington, joined officers to "
                                                  "search it")]),
    # a surname that is a month; `voiced unease`; a group named by `according to ... who`
    ("Councillor David May spoke.\n\nMr May said he intended to write to his MSPs.",
     [("David May", "he intended to write to his MSPs")]),
    ("Borough leader Cllr Ken Pryor has voiced unease at the merger.",
     [("Ken Pryor", "voiced unease at the merger")]),
    ("Counters were \u201cinvaluable to the vulnerable\u201d according to councillors who are urging the "
     "commissioner to act.", [("", "Counters were \u201cinvaluable to the vulnerable\u201d"),
                              ("", "invaluable to the vulnerable")]),
    # `The meeting heard ...`: someone at the meeting, unnamed
    ("The meeting heard despite cuts the borough would have 16 more officers.",
     [("", "despite cuts the borough would have 16 more officers")]),
    # the ninth set: `because it says`, a listening meeting, a reporting tag, a role fronted by a claim
    ("Plans were criticised.\n\nGwent Police is closing 11 desks because it says it has to save money.",
     [("Gwent Police", "it has to save money")]),
    ("Labour councillor Jim Pritch told a packed council meeting last night it was unavoidable.",
     [("Jim Pritch", "it was unavoidable")]),
    ("Cllr Jim Pritch suggested police could use the library, the Local Democracy Reporting Service said.",
     [("Jim Pritch", "police could use the library")]),
    ("OVER \u00a32million came out of reserves, the Dyfed Powys Commissioner has stated.\n\n"
     "Commissioner Dafydd Llywelyn spoke at the meeting.", [("Dafydd Llywelyn", "OVER \u00a32million came out of "
                                                                               "reserves")]),
    ("The public sector union said 40 per cent of PCSOs had gone.\n\nUnison\u2019s report was published.",
     [("Unison", "40 per cent of PCSOs had gone")]),
    ("Plans were criticised by the council.\n\nThe force has defended the closures by pointing out that few "
     "residents use the desks.\n\nGwent Police is closing desks because it says it must save.",
     [("", "Plans were criticised"), ("Gwent Police", "defended the closures"),
      ("Gwent Police", "few residents use the desks"),
      ("Gwent Police", "it must save")]),
    # `according to a union` named later in capitals; `has tried to reassure residents that`; `X represents Y and said`
    ("Cuts could lead to more crime, according to a union.\n\nUNISON said the cuts were deep.",
     [("UNISON", "Cuts could lead to more crime"), ("UNISON", "the cuts were deep")]),
    ("WESSEX Vale Police has tried to reassure villagers that it will keep the team.",  # the lede's capitals aside
     [("Wessex Vale Police", "it will keep the team")]),
    ("Cllr Nigel Vick represents Booker and Castlefield and said both areas topped the crime lists.",
     [("Nigel Vick", "both areas topped the crime lists")]),
    # a clause inside a comma piece has its own subject; `, and he reiterated` is a second claim
    ("Rutland Police spoke.\n\nThe desk closes on Friday while the force confirmed two counters would stay "
     "shut.",
     [("Rutland Police", "two counters would stay shut")]),
    ("Commissioner Dafydd Llew told the Panel he had an estates plan, and he reiterated his commitment to fair "
     "funding.",
     [("Dafydd Llew", "he had an estates plan"), ("Dafydd Llew", "his commitment to fair funding")]),
    # `said in its manifesto that`; `He’s concerned that`
    ("The SNP said in its election manifesto that it would fund 500 more officers.",
     [("SNP", "it would fund 500 more officers")]),
    ("Jamie Benn met members.\n\nHe\u2019s concerned that the number of PCSOs has fallen by 27.8%.",
     [("Jamie Benn", "the number of PCSOs has fallen by 27.8%")]),
    # a mark typed the wrong way round at the end of a paragraph closes the quote
    ("Cllr Ann Lee said: \u201cWe need more officers. \u201c", [("Ann Lee", "We need more officers.")]),
])
def test_speakers_of_patterns_found_in_a_fifth_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # `the chief constable` in a lede is the person named next, not a deputy chief constable named later
    ("Crime will rise in Southern Ireland, the chief constable has warned.\n\nPeter Quill told a panel the force "
     "was short of officers.\n\nDeputy Chief Constable Ruth Dale described the cuts as \u201cdeep\u201d.",
     [("Peter Quill", "Crime will rise in Southern Ireland"), ("Peter Quill", "the force was short of officers"),
      ("Ruth Dale", "described the cuts as \u201cdeep\u201d"), ("Ruth Dale", "deep")]),
    # two people named together, each a person: the one who speaks later by title and surname is found
    ("Members heard from Chief Inspector Kit Moss and Chief Superintendent Ian Pell.\n\n"
     "Ch Insp Moss said: \u201cWe will lose posts.\u201d",
     [("Kit Moss", "We will lose posts.")]),
    # a surname whose hyphen the article dropped once
    ("Ned Lowe Smith, the commissioner, spoke.\n\nMr Lowe-Smith insisted that 30 posts were safe.",
     [("Ned Lowe Smith", "30 posts were safe")]),
    # a union whose name holds `the`
    ("Unite the Union, which represents staff, has criticised the plan.",
     [("Unite the Union", "criticised the plan")]),
    # the claim before `, the force announced on Tuesday`
    ("Essex Police has 40 more officers.\n\nThe town will get 12 of them, the force announced on Tuesday after a "
     "review.", [("Essex Police", "The town will get 12 of them")]),
    # when, before the subject; an aside between dashes; `with X explaining`
    ("Mo Khan spoke first.\n\nOn Friday Lee Ray, head of the staff union, criticised the plans.\n\n"
     "He said: \u201cStaff will suffer.\u201d",
     [("Lee Ray", "criticised the plans"), ("Lee Ray", "Staff will suffer.")]),
    ("Cllr Bo Finn \u2014 the chair of the local partnership \u2014 said towns faced fewer patrols.",
     [("Bo Finn", "towns faced fewer patrols")]),
    ("Forty staff will leave, with Mr Cole explaining the force would have 900 officers.",
     [("Mr Cole", "the force would have 900 officers")]),
    # two claims: `but told X that`, `- indicating that`; `Even so, she said,` is not part of the claim
    ("Chief Constable Al Moss suggested that wards could gain officers but told Assembly Members that the money "
     "was short.", [("Al Moss", "wards could gain officers"), ("Al Moss", "the money was short")]),
    ("Cllr Ed Pike said there would be no redundancies \u2013 indicating that staff would leave naturally.",
     [("Ed Pike", "there would be no redundancies"), ("Ed Pike", "staff would leave naturally")]),
    ("Supt Nia Moor spoke.\n\nEven so, she said, the team had a strong record.",
     [("Nia Moor", "the team had a strong record")]),
    # `She` after only men have spoken: the woman named since, not the last (male) speaker
    ("Cllr Tom Lane said: \u201cIt is a scandal.\u201d\n\nCommissioner Ann Mole plans to pause hiring.\n\n"
     "She told a meeting 50 posts were empty.",
     [("Tom Lane", "It is a scandal."), ("Ann Mole", "50 posts were empty")]),
    # a man named in the pronoun's own sentence: `he` is not safely the last speaker
    ("Cllr Jo Hart said: \u201cThis is a blow.\u201d\n\nShe added that the cut to the sergeants broke Mayor Rob "
     "Dunn\u2019s promise in 2010 when he declared: \u201cEvery ward keeps six officers.\u201d",
     [("Jo Hart", "This is a blow."),
      ("Jo Hart", "the cut to the sergeants broke Mayor Rob Dunn\u2019s promise in 2010 when he declared"),
      ("", "Every ward keeps six officers.")]),
    # `figures released by an MP` is the MP named next with that title, though not as a subject
    ("There are 900 fewer officers, according to figures released by an MP.\n\nThey were obtained by Ravi "
     "Shah, Labour MP for Hendon.\n\nHe said Ben Vale had broken a promise.",
     [("Ravi Shah", "There are 900 fewer officers"), ("Ravi Shah", "Ben Vale had broken a promise")]),
    # a party before the name; the end of a long title before it; a stray full stop after it
    ("Scottish Labour\u2019s Hamish Gow said: \u201cThe cuts are deep.\u201d",
     [("Hamish Gow", "The cuts are deep.")]),
    ("Minister for Local Government and Communities Gwen Price added: \u201cWe fund 500 officers.\u201d",
     [("Gwen Price", "We fund 500 officers.")]),
    ("Panel chairman, councillor Rhys Owen Hughes. said he backed the rise.",
     [("Rhys Owen Hughes", "he backed the rise")]),
    # one body by two names, the fuller kept
    ("The Metropolitan Police Service said it would cut 40 posts.\n\nThe Metropolitan Police added that "
     "patrols would go on.", [("Metropolitan Police Service", "it would cut 40 posts"),
                              ("Metropolitan Police Service", "patrols would go on")]),
    # a new sentence that opens with a mark inside an open quote: the site lost the first quote's closing mark
    ("Supt Raj Dev said: \u201cSome wards have fewer staff. \u201cMany left to train as PCs.\u201d",
     [("Raj Dev", "Some wards have fewer staff."), ("Raj Dev", "Many left to train as PCs.")]),
    # `said A, and that B`: two claims; `but it is understood ...` is the paper's, not the speaker's
    ("Cllr Al Dunn said every ward had fewer staff, and that the town had lost 125 officers.",
     [("Al Dunn", "every ward had fewer staff"), ("Al Dunn", "the town had lost 125 officers")]),
    ("Essex Police said nobody will lose their job but it is understood staff will move.",
     [("Essex Police", "nobody will lose their job")]),
    # `called X "..."` is said when a quoted word follows (and `called in` or `so-called` are not)
    ("Justice spokesman Ian Moir called the figures \u201cgrim\u201d and accused ministers of \u201cneglect\u201d.",
     [("Ian Moir", "called the figures \u201cgrim\u201d"), ("Ian Moir", "grim"),
      ("Ian Moir", "accused ministers of \u201cneglect\u201d"), ("Ian Moir", "neglect")]),
    ("Officers called the fire service.", []),
    # a person then a body joined by `and`: the person is registered, so `Mr X` later is the same person
    ("Urging chief constable Paul Redd and Norfolk police to think again, the group met.\n\nMr Redd said the "
     "force had enough officers.", [("Paul Redd", "the force had enough officers")]),
    # `Cll` is a councillor's title; `However` opens a sentence, not a name
    ("Cllr Ann Shaw spoke.\n\nCll Shaw said: \u201cWe have 40 fewer officers.\u201d",
     [("Ann Shaw", "We have 40 fewer officers.")]),
    ("However City Hall says the council is wrong.", [("City Hall", "the council is wrong")]),
    # the paper speaking of itself by its short name is the publisher
    ("The Post revealed that 12 stations had closed.", [("Daily Post", "12 stations had closed")]),
    # `a spokesperson for` a body the rules cannot otherwise parse, after an opening clause
    ("Commenting on the plan, a spokesperson for the Mayor\u2019s Office for Policing and Crime said: "
     "\u201cThe claims are wrong.\u201d",
     [("Mayor\u2019s Office for Policing and Crime", "The claims are wrong.")]),
    # a council named in lower case, and `the borough` meaning it
    ("City Hall dismissed claims by Southwark council.\n\nThe Labour-controlled borough claims that 194 officers "
     "have gone.", [("City Hall", "dismissed claims by Southwark council"),
                    ("Southwark Council", "194 officers have gone")]),
    # `writes`; `posted ... on X, formerly Twitter, saying:`; `said in his written report, "..."`
    ("Town clerk Jo Nash spoke.\n\nMs Nash writes: \u201cIncome has fallen.\u201d",
     [("Jo Nash", "Income has fallen.")]),
    ("Kent Police posted an update on X, once called Twitter, saying: \u201cWe made 13 arrests.\u201d",
     [("Kent Police", "We made 13 arrests.")]),
    # an apposition naming someone else after `to`: the subject is the one before it
    ("Dan Hale, finance officer to commissioner Mark Dunn, said in his written report, \u201cWe hired 456 "
     "officers.\u201d", [("Dan Hale", "We hired 456 officers.")]),
    # statistics `from` a body: the body is the source
    ("According to statistics from the Home Office about staffing in Wales, there were 1,234 PCSOs.",
     [("Home Office", "there were 1,234 PCSOs")]),
    # `Cllrs X and Y argue`: the first named
    ("Councillors Jan Moor and Tish Rae met.\n\nCllrs Moor and Rae also argue that: \u201cThe force is too "
     "central.\u201d", [("Jan Moor", "The force is too central.")]),
    # `A, Mr X said, but B`; `said A and admitted B, but said that C`
    ("Simon Bale spoke.\n\nIn total, 175 jobs are at risk, Mr Bale said, but this will pay for 96 officers.",
     [("Simon Bale", "In total, 175 jobs are at risk"), ("Simon Bale", "this will pay for 96 officers")]),
    ("Simon Bale said that the county was first and admitted the model was new, but said that the force had no "
     "choice.", [("Simon Bale", "the county was first"), ("Simon Bale", "the model was new"),
                 ("Simon Bale", "the force had no choice")]),
    # the subject of `has "welcomed" X but said`, before the quoted verb; `he` then means that person
    ("Sir Ted Rowe promised 200 officers.\n\nThe commissioner for Gwent, Jo Penn, has \u201cwarmly welcomed\u201d "
     "the plan but said money was short.\n\nShe told the panel that 80 would come soon.",
     [("Ted Rowe", "200 officers"), ("Jo Penn", "warmly welcomed"), ("Jo Penn", "money was short"),
      ("Jo Penn", "80 would come soon")]),
    # a person who was the subject of a sentence since the last speaker, though named in passing last: `he` is unsure
    ("Sir Ted Rowe promised 200 officers.\n\nDan Cole, the commissioner, met him.\n\nThe force grew after "
     "Mr Cole raised the precept.\n\nHe said the rise was hard.",
     [("Ted Rowe", "200 officers"), ("", "the rise was hard")]),
    # statistics `according to analysis by` a library are no speaker for the quotes that follow
    ("The loss of 361 officers has been condemned by MP Jim Fenn.\n\nThe posts have gone, according to analysis by "
     "the Commons Library.\n\n\u201cThe blame lies with the Government.\u201d",
     [("Jim Fenn", "The loss of 361 officers has been condemned"), ("Commons Library", "The posts have gone"),
      ("Jim Fenn", "The blame lies with the Government.")]),
    # a quote standing alone three paragraphs after anyone spoke: blank, not a guess
    ("Cllr Ann Lee said: \u201cWe need officers.\u201d\n\nThe town has grown.\n\nIts station shut in 2010.\n\n"
     "A new estate is planned.\n\n\u201cNobody patrols at night.\u201d",
     [("Ann Lee", "We need officers."), ("", "Nobody patrols at night.")]),
    # a body named with a place after `of`
    ("The office will close, the Police Service of Northern Ireland has confirmed.",
     [("Police Service of Northern Ireland", "The office will close")]),
    # `the council` is no `Association of Local Councils` named since
    ("Nomansheath Parish Council is calling for more patrols.\n\nIt will put a motion to the Cheshire Association of "
     "Local Councils.\n\nThe council says officers cover vast areas.",
     [("Nomansheath Parish Council", "more patrols"),
      ("Nomansheath Parish Council", "officers cover vast areas")]),
    # `told the paper earlier this week in an exclusive interview: "..."`: the listeners, then the quote
    ("Chief Superintendent Rob Shaw told the Northtown Gazette last Monday during a long phone interview: "
     "\u201cSomething has to give.\u201d", [("Rob Shaw", "Something has to give.")]),
    # a body's submission, report or response states what the body says
    ("The Police Scotland submission to the committee stated: \u201cOur budget is among the lowest.\u201d",
     [("Police Scotland", "Our budget is among the lowest.")]),
    # `Mr Ross accused Mr Yousaf ...` then `"...," he said.`: the one accused is no subject
    ("Douglas Ross tackled Humza Yousaf.\n\nMr Ross accused Mr Yousaf of cutting budgets.\n\n"
     "\u201cNumbers are at their lowest,\u201d he said.", [("Douglas Ross", "accused Mr Yousaf of cutting budgets"),
                         ("Douglas Ross", "Numbers are at their lowest")]),
    # `said A, stating that B` / `, pointing out that B`: two claims
    ("Supt Jo Magg said the cuts were hard, stating that 80% of the budget is pay.",
     [("Jo Magg", "the cuts were hard"), ("Jo Magg", "80% of the budget is pay")]),
    # `A, she confirmed, but added B`; `defended X - saying Y`; `warned residents that, unless ...`
    ("Ann Orr spoke.\n\nTiverton is next, she confirmed, but added there are other stations.",
     [("Ann Orr", "Tiverton is next"), ("Ann Orr", "there are other stations")]),
    ("Ben Abb defended a \u00a314 rise \u2013 saying it is the right thing to do.",
     [("Ben Abb", "defended a \u00a314 rise"), ("Ben Abb", "it is the right thing to do")]),
    ("Marc Jay also warned residents in the county that, unless funding rises, the force will change.",
     [("Marc Jay", "unless funding rises, the force will change")]),
    # an officer `from` a force speaks, not the force
    ("Supt Tara Quill from Kent Police said: \u201cWe will cross county lines.\u201d",
     [("Tara Quill", "We will cross county lines.")]),
    # `Politicians said`, `Others said`: many people, no one speaker
    ("Politicians also said they were worried about rural cover.",
     [("", "they were worried about rural cover")]),
    # `CLAIM, he told the meeting.` after a verb of saying: the tag is not part of the claim
    ("Cllr Ben Orr said there had been a churn of officers, he told the safety meeting.",
     [("Ben Orr", "there had been a churn of officers")]),
])
def test_speakers_of_patterns_found_in_a_sixth_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # `Police Stations` are buildings, not a body: `the force` is the force the article names
    ("The force says the front desks at Oldtown and Newtown Police Stations will shut.\n\n"
     "Kent Police said the buildings stay open.",
     [("Kent Police", "the front desks at Oldtown and Newtown Police Stations will shut"),
      ("Kent Police", "the buildings stay open")]),
    # `Her view was echoed by X`: X speaks next, so `he said` is X's, not the last speaker's
    ("Cllr Dee Rowe said: \u201cWe need more officers.\u201d\n\nHer view was echoed by the town\u2019s mayor "
     "Robert Inwell.\n\n\u201cThis worries me,\u201d he said.",
     [("Dee Rowe", "We need more officers."), ("Robert Inwell", "This worries me")]),
    # `a spokesman for Hertfordshire’s force`: the force of that place the article named, and no other
    ("Hertfordshire Constabulary said the fall had not hurt policing.\n\nA spokesman for Hertfordshire\u2019s "
     "force said: \u201cWe made savings.\u201d\n\nA spokesman for Kent\u2019s force said: \u201cWe made cuts.\u201d",
     [("Hertfordshire Constabulary", "the fall had not hurt policing"),
      ("Hertfordshire Constabulary", "We made savings."), ("", "We made cuts.")]),
    # `said A, although he admitted B`; `said A saying B` (no comma): two claims of one speaker
    ("Cllr Ada Penn said there was no threat to the station, although she admitted hours may be cut.",
     [("Ada Penn", "there was no threat to the station"), ("Ada Penn", "hours may be cut")]),
    ("Mr Penn said he would fight the cuts saying he hoped no post would go.",
     [("Mr Penn", "he would fight the cuts"), ("Mr Penn", "he hoped no post would go")]),
    # a second speaker inside the claim: `A claimed X after Chief Constable B denied Y`
    ("The commissioner Ivor Dane claimed his words had been misread after Chief Constable Sara Quill yesterday "
     "denied 400 officers could go.",
     [("Ivor Dane", "his words had been misread"), ("Sara Quill", "denied 400 officers could go")]),
    # `Plaid Cymru’s Cefin Campbell`: a party's person, whatever the first name; a rank written in lower case
    ("Asking the minister on Tuesday (May 2), Plaid Cymru\u2019s Ifor Pugh said: \u201cWe need officers.\u201d",
     [("Ifor Pugh", "We need officers.")]),
    ("Ewan Cairns took charge in May.\n\nChief superintendent Cairns said: \u201cWe are recruiting.\u201d",
     [("Ewan Cairns", "We are recruiting.")]),
    # `welcomed A but has warned B`: two claims
    ("Cllr Ann Lee welcomed the news but has warned more are needed.",
     [("Ann Lee", "welcomed the news"), ("Ann Lee", "more are needed")]),
    # Northern Ireland's parties own their people as the others do; `the Met` is the Metropolitan Police named
    ("Chair of its panel, Sinn F\u00e9in\u2019s Gerry Kell, said they were told of cuts.\n\nHe said members "
     "were worried.", [("Gerry Kell", "they were told of cuts"), ("Gerry Kell", "members were worried")]),
    ("The Metropolitan Police is merging wards.\n\nThe Met said that using officers from boroughs was the best way.",
     [("Metropolitan Police", "using officers from boroughs was the best way")]),
    # `X will lose officers after the force confirmed ...`: the force named at the sentence's start
    ("Avon Police will have 100 fewer officers after the force confirmed cuts of \u00a318m.",
     [("Avon Police", "cuts of \u00a318m")]),
    # `In response the commissioner said`: the opening words are no name
    ("Commissioner Ada Tipp spoke to the panel.\n\nIn response the commissioner said: \u201cIt is hard.\u201d",
     [("Ada Tipp", "It is hard.")]),
    # `THE Chief Constable of X Police said` in a lede set in capitals: a role, the person named next (here by
    # initials), not a body called `Chief Constable of X Police`
    ("THE Chief Constable of Wessex Police said he will hire more officers.\n\nTJ Harlow\u2019s comments come as "
     "the teams turn one.", [("TJ Harlow", "he will hire more officers")]),
    # `Ann Ross, Police, Fire and Crime Commissioner for Wessex, said`: one title, its commas no list
    ("Ann Ross, Police, Fire and Crime Commissioner for Wessex, said the cuts were deep.",
     [("Ann Ross", "the cuts were deep")]),
    # `Labour MP for Easton North Paul Fenn said`: a title for a place, then the name
    ("But Labour MP for Easton North Paul Fenn said: \u201cServices are suffering.\u201d",
     [("Paul Fenn", "Services are suffering.")]),
    # `said;` before a quote; `announced in parliament on Wednesday that`; `disputed this`; `A statement from X said`
    ("Chief Constable Sue Cole said; \u201cAny increase is welcome.\u201d", [("Sue Cole", "Any increase is welcome.")]),
    ("Minister Mike Pell announced in parliament on Wednesday that budgets would fall.",
     [("Mike Pell", "budgets would fall")]),
    ("Kent Police has disputed this, saying the data had changed.",
     [("Kent Police", "disputed this"), ("Kent Police", "the data had changed")]),
    ("A statement from Kent Police said that 40 officers were added.", [("Kent Police", "40 officers were added")]),
    # `said that A and that B`: two claims, with or without a comma
    ("PCSO Jack Seal explained that two PCSOs had moved on and that the force was recruiting.",
     [("Jack Seal", "two PCSOs had moved on"), ("Jack Seal", "the force was recruiting")]),
    # `responding to Cllr Rob Jones’ statement that ...`: the statement's owner; `an MP’s claim` names nobody
    ("He was responding to Cllr Rob Jones\u2019 statement that there were 355 officers in 2010.",
     [("Rob Jones", "there were 355 officers in 2010")]),
    # `according to a council document`: the council the article names
    ("Leeds City Council met.\n\nAnd, according to a council document, 67 PCSOs would remain.",
     [("Leeds City Council", "67 PCSOs would remain")]),
    # two people share a surname: `Chief Supt McEwan` is the one named before, not the one named later
    ("Chief Superintendent Gary McEwen told the committee.\n\n\u201cThe change gives them more,\u201d assured "
     "Chief Supt McEwen.\n\nHe said Dan McEwen (Glenrothes) would now lead the north.",
     [("Gary McEwen", "The change gives them more"),
      ("Gary McEwen", "Dan McEwen (Glenrothes) would now lead the north")]),
    # `Speaking in the Scottish Parliament X said`: the person after the place
    ("Speaking in the Scottish Parliament Colin Smart said: \u201cNumbers are falling.\u201d",
     [("Colin Smart", "Numbers are falling.")]),
    # `Police and crime commissioner X gave ... a welcome` opens its sentence: `He said` is X, named since
    ("New Chief Constable Rick Lewin said the force would change.\n\nPolice and crime commissioner Barry Copping "
     "gave the numbers a cautious welcome.\n\nHe said: \u201cI am pleased.\u201d",
     [("Rick Lewin", "the force would change"), ("Barry Copping", "I am pleased.")]),
    # `"...," she added, highlighting that CLAIM`: the quote and the claim are hers
    ("Cllr Vera Bard spoke.\n\n\u201cIt won\u2019t help,\u201d she added, highlighting that 90 "
     "posts had gone.", [("Vera Bard", "It won\u2019t help"), ("Vera Bard", "90 posts had gone")]),
    # `Ms Bard, a former Labour MP, said`: the apposition describes the name before it
    ("Dame Vera Bard spoke first.\n\nBut Ms Bard, a former Labour MP, said: \u201cIt would be welcome.\u201d",
     [("Vera Bard", "It would be welcome.")]),
    # people named together speak as one, the first named standing for them; a place is no person
    ("In a joint statement, commissioner Rod Bell, deputy chief constable Neil Brent and federation chairman Sam Paine "
     "said it was too early to know.", [("Rod Bell", "it was too early to know")]),
    ("Cllr Ann Lee and Cllr Bob Hope said the plan was bad.", [("Ann Lee", "the plan was bad")]),
    ("Ms Gill Moore spoke.\n\nHer seat takes in the Culm Valley, Blackdown Hills, and parishes.\n\n"
     "\u201cThey cut officers,\u201d she said.", [("Gill Moore", "They cut officers")]),
    # a body named with `for` (`Police Federation for England and Wales`, `Mayor’s Office for Policing and Crime`),
    # one with the short name used before it, and never a force for `a police spokesman`
    ("Cuts hurt, claims the Police Federation.\n\nThe Police Federation for England and Wales said workloads rose.",
     [("Police Federation for England and Wales", "Cuts hurt"),
      ("Police Federation for England and Wales", "workloads rose")]),
    ("The Mayor\u2019s Office for Policing and Crime (MOPAC) stated the teams would double.\n\nA police spokesman "
     "said: \u201cServices moved.\u201d",
     [("Mayor\u2019s Office for Policing and Crime", "the teams would double"), ("", "Services moved.")]),
    # `PCSO Seymour`; `But the commissioner said`; verbs of saying the draft did not know
    ("PCSO Jack Seal spoke.\n\nPCSO Seal emphasised that cover was short.", [("Jack Seal", "cover was short")]),
    ("Commissioner Ann Tate spoke.\n\nBut the commissioner has made it clear that no station will shut.",
     [("Ann Tate", "no station will shut")]),
    # `The statement said`, `The report adds`: whoever gave the statement or report named before, else blank
    ("In a joint statement, commissioner Rod Bell and chief constable Neil Brent said it was too early.\n\n"
     "The statement said: \u201cThe cuts are less than we feared.\u201d\n\nThe letter said: \u201cNo.\u201d",
     [("Rod Bell", "it was too early"), ("Rod Bell", "The cuts are less than we feared."), ("", "No.")]),
    ("Describing the division, a Police Scotland report said: \u201cLocal resources are the core.\u201d\n\n"
     "The report adds: \u201cWe remain positive.\u201d",
     [("Police Scotland", "Local resources are the core."), ("Police Scotland", "We remain positive.")]),
    ("The report, published by the BBC Shared Data Unit, stated Kent had 80 fewer officers.",
     [("BBC Shared Data Unit", "Kent had 80 fewer officers")]),
    # `Mr House` is a person whatever his surname means
    ("Tavish Scott MSP said police were cut.\n\nHowever Mr House insisted the MSP was wrong. He said numbers "
     "would rise.", [("Tavish Scott", "police were cut"), ("Mr House", "the MSP was wrong"),
                     ("Mr House", "numbers would rise")]),
    # `Mayor Khan said`; `X will tell councillors`; `In a report before the Panel, X ...`: the panel is no subject
    ("Sadiq Khan spoke.\n\nMayor Khan said: \u201cI want to reassure Londoners.\u201d",
     [("Sadiq Khan", "I want to reassure Londoners.")]),
    ("In a report before the Wessex Police and Crime Panel, Marc Jonas will tell councillors that despite the rise: "
     "\u201cI cannot bridge the gap.\u201d", [("Marc Jonas", "I cannot bridge the gap.")]),
    # `X, the Unison organiser for Y Police, says`: the person, not the force in her title; `X, Labour, said`
    ("Yvonne Clary, the Unison regional organiser for Wessex Police says progress was \u201cunder attack\u201d.",
     [("Yvonne Clary", "progress was \u201cunder attack\u201d"), ("Yvonne Clary", "under attack")]),
    ("Coun Ian Patt, Labour, said the council should write to the minister.",
     [("Ian Patt", "the council should write to the minister")]),
    # `A, and B, said`: the first named; an acronym in brackets is the body named before it; a long name opening
    # `... and highlighted`; a body in lower case before `spokesperson`
    ("Mark Colin, and commissioner Dai Llew, said the figures did not reflect change.",
     [("Mark Colin", "the figures did not reflect change")]),
    ("The Mayor\u2019s Office for Policing and Crime (MOPAC) spoke.\n\nMOPAC said Croydon would get 117 officers.",
     [("Mayor\u2019s Office for Policing and Crime", "Croydon would get 117 officers")]),
    ("The Association of Welsh Police Superintendents (Awps) gave a warning and highlighted that numbers "
     "fell.", [("Association of Welsh Police Superintendents", "numbers fell")]),
    ("A policing board spokesperson said members sought more information.",
     [("Policing Board", "members sought more information")]),
    # `Councillor X` is `the councillor` later, not the chief superintendent who spoke last
    ("Councillor Phil Saxon raised the issue with Chief Superintendent Ray Higgs.\n\nCh Supt Higgs said numbers were "
     "fine.\n\nThe Troon councillor, who chairs the panel, said people were complaining.",
     [("Ray Higgs", "numbers were fine"), ("Phil Saxon", "people were complaining")]),
    # a title for a place, then the name: the subject (but a title after a name is an apposition)
    ("However, HM Inspector of Constabulary for the Eastern Area Roger Bakes said the force was short.\n\n"
     "Damian Grey, Minister for Policing and Criminal Justice, said crime was down.",
     [("Roger Bakes", "the force was short"), ("Damian Grey", "crime was down")]),
    # `a spokesman said` with no body named is a body's spokesman, never the next person named (a place here)
    ("Wessex Police is cutting counter hours.\n\nA review took place at Bourne Hill.\n\na spokesman said the "
     "visits had fallen.", [("Wessex Police", "the visits had fallen")]),
    # `Councillors A, B and C, who represent X, have questioned`: the first named
    ("Councillors Maggie Kell, Nick Redhough and Tom Snow, who represent Walton on the Borough Council, have "
     "questioned whether 176 officers will come.", [("Maggie Kell", "questioned whether 176 officers will come")]),
    # `X has confirmed` then `The first minister said`: X, not a minister named later
    ("More PCSOs will be funded, Mark Drake has confirmed.\n\nThe first minister said PCSOs are vital.\n\n"
     "And social justice minister Jane Hutton said: \u201cCommunities value them.\u201d",
     [("Mark Drake", "More PCSOs will be funded"), ("Mark Drake", "PCSOs are vital"),
      ("Jane Hutton", "Communities value them.")]),
    # words quoted in a sentence whose subject is a named person (or a body that has spoken): theirs, flagged;
    # a clause's own subject first; a reported clause (`that X was "..."`) stays the speaker's; no subject, blank
    ("Kate Hallam has sent the report to the minister, calling it \u201cthe most important paper\u201d.",
     [("Kate Hallam", "calling it \u201cthe most important paper\u201d"), ("Kate Hallam", "the most important paper")]),
    ("Cllr Rob Gale spoke.\n\nThe force has grown after Mr Gale took the \u201cdifficult decision\u201d.",
     [("Rob Gale", "difficult decision")]),
    ("Sir George Young spoke.\n\nSir George also recognised that Wayne Davies was \u201con the warpath\u201d.",
     [("George Young", "on the warpath")]),
    ("POLICE presence will not be \u201cwatered down\u201d in the town.", [("", "watered down")]),
    # `Fears have been voiced that ...`, `It was revealed that ...`: a claim drafted, its speaker left blank
    ("Cllr Ann Lee spoke.\n\nFears have been voiced that one of the three teams could be axed.",
     [("", "one of the three teams could be axed")]),
    ("Councillors heard that 40 posts would go.\n\nThe town council was told the cost would rise.",
     [("", "40 posts would go"), ("", "the cost would rise")]),
    # `police confirmed this would mean ...`: `this` opens the claim (`this week` is a time)
    ("Kent Police published plans.\n\nIn its review, police confirmed this would mean 104 PCSOs.\n\n"
     "The cuts were deep, the force announced this week.",
     [("Kent Police", "this would mean 104 PCSOs"), ("Kent Police", "The cuts were deep")]),
])
def test_speakers_of_patterns_found_in_a_seventh_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the eighth set: more verbs of saying; a noun that looks like one is not
    ("A spokesman for the Home Office countered that 40 new officers would start in May.",
     [("Home Office", "40 new officers would start in May")]),
    ("Wessex Police suggests the figure was 210 last year.", [("Wessex Police", "the figure was 210 last year")]),
    ("Chief Constable Amy Rowe has indicated she will keep the desk open.",
     [("Amy Rowe", "she will keep the desk open")]),
    ("Insp Jo Bell spoke.\n\nFront counters saw 900 visits last year, she said.",
     [("Jo Bell", "Front counters saw 900 visits last year")]),
    # a surname with only its title keeps the title the text gives it
    ("Mrs Lark said the force will cope.", [("Mrs Lark", "the force will cope")]),
    ("Dr Hale said the force will cope.", [("Dr Hale", "the force will cope")]),
    # `the watchdog`, `an independent inspectorate`: the inspectorate named before, or next
    ("HM Inspectorate of Constabulary looked at the force.\n\nThe watchdog said the force was stretched.",
     [("HM Inspectorate of Constabulary", "the force was stretched")]),
    ("An independent inspectorate has said 300 more officers are not affordable.\n\n"
     "HM Inspectorate of Constabulary carried out the review.",
     [("HM Inspectorate of Constabulary", "300 more officers are not affordable")]),
    # words quoted inside a second speaker's claim are that speaker's
    ("Unison has warned that a pay freeze will drive staff away, but Sgt Amy Hale insists it is "
     "\u2018too soon to tell\u2019.",
     [("Unison", "a pay freeze will drive staff away"), ("Amy Hale", "it is \u2018too soon to tell\u2019"),
      ("Amy Hale", "too soon to tell")]),
    # a title set in capitals (`MR Hale`) is the title; `Since May` is no one
    ("Alan Hale is the commissioner.\n\nMR Hale said crime had fallen.", [("Alan Hale", "crime had fallen")]),
    ("Supt Jo Wren spoke.\n\nSince May, arrests had risen to 40, she added.",
     [("Jo Wren", "Since May, arrests had risen to 40")]),
    # `X Y from Unison said`: the person, whether or not the draft knows the first name
    ("Ravi Dhar from Unison said: \u201cThis is a blow.\u201d", [("Ravi Dhar", "This is a blow.")]),
    # `The politician in charge of X Police`: a person, not the force, and the phrase does not say who
    ("The politician in charge of Wessex Police says the savings will spare the front line.",
     [("", "the savings will spare the front line")]),
    # `According to a source`: unnamed on purpose, not the next person named
    ("According to a source, the team may shrink to 90.\n\nMP Ann Pike said: \u201cIt is wrong.\u201d",
     [("", "the team may shrink to 90"), ("Ann Pike", "It is wrong.")]),
    # `Rutland’s chief constable` is not the Suffolk commissioner named before; `Suffolk’s commissioner` is
    ("Suffolk PCC Stephen Hart said cuts were coming.\n\nRutland\u2019s chief constable warned his officers "
     "were stretched.\n\nMr Hart said: \u201cWe are better off.\u201d",
     [("Stephen Hart", "cuts were coming"), ("", "his officers were stretched"),
      ("Stephen Hart", "We are better off.")]),
    ("Suffolk PCC Stephen Hart said cuts were coming.\n\nSuffolk\u2019s commissioner warned his officers were "
     "stretched.", [("Stephen Hart", "cuts were coming"), ("Stephen Hart", "his officers were stretched")]),
    # an adverb before the verb (`has warmly praised`)
    ("Chief Constable Ann Rowe has warmly praised the decision to hire 35 detectives.",
     [("Ann Rowe", "praised the decision to hire 35 detectives")]),
    # a lede's `A South-West MSP`, `ONE of Wales's most senior police officers`: the person named next
    ("A South-West MSP has called for an open review.\n\nAlison Rae said her motion had support.",
     [("Alison Rae", "an open review"), ("Alison Rae", "her motion had support")]),
    ("ONE of Wales's most senior police officers has warned the targets cannot be met.\n\n"
     "Chief Constable Ken Smart spoke at a conference.",
     [("Ken Smart", "the targets cannot be met")]),
    # `Fern Hill police station` is a place, not the person `the borough's top cop` is; an officer has a rank
    ("Talk of shutting Fern Hill police station grew.\n\nThe borough\u2019s top cop said the station was "
     "rarely visited.\n\nCllr Ann Hope and Chief Superintendent Matt Dale spoke at the meeting.",
     [("Matt Dale", "the station was rarely visited")]),
    # `Cllr Rob Jones’ motion`: the name is Rob Jones, so `Cllr Jones` later is him, and `He` after him
    ("Dafydd Rhys is the commissioner.\n\nMr Rhys said the figure was wrong.\n\nHe was answering Cllr Rob "
     "Jones\u2019 motion.\n\nCllr Jones, the Labour leader, also cited a report.\n\nHe told the meeting that "
     "the service was slipping.",
     [("Dafydd Rhys", "the figure was wrong"), ("Rob Jones", "cited a report"),
      ("Rob Jones", "the service was slipping")]),
    # a line set all in capitals (`RESPONDING TO THE NEWS, MS RAE SAID:`); a title in capitals before a surname
    ("Sara Rae is an MSP.\n\nRESPONDING TO THE NEWS, MS RAE SAID:\n\n\u201cThe cuts worry me.\u201d",
     [("Sara Rae", "The cuts worry me.")]),
    ("Marc Jones is the commissioner.\n\nPCC Jones said: \u201cSummer visitors are not in the census.\u201d",
     [("Marc Jones", "Summer visitors are not in the census.")]),
    # a subject and a colon before the quote, with no verb of saying (`he did list some doubts:`)
    ("Mark Hill welcomed the officers.\n\nHowever he did list some doubts about the plan: \u201cThis covers "
     "year one only.\u201d", [("Mark Hill", "welcomed the officers"),
                             ("Mark Hill", "This covers year one only.")]),
    ("Councillor Jim Rowe serves on the panel.\n\nHe turned to the overspend, adding: \u201cAnother "
     "\u00a31.2 million must go.\u201d", [("Jim Rowe", "Another \u00a31.2 million must go.")]),
    # `the force` is no TV programme (`24 Hours in Police Custody`), no job title (`Police Community Support Officers`)
    ("The TV show 24 Hours in Police Custody depicts violence.\n\nThe force said the episode was filmed years ago.",
     [("", "the episode was filmed years ago")]),
    ("Wessex Police has cut Police Community Support Officers.\n\nThe force said the cuts were needed.",
     [("Wessex Police", "the cuts were needed")]),
    # `Members of the council's board` names no body `Members of Council`: `the council` is the one named
    ("Northam City Council cut funds.\n\nMembers of the council\u2019s finance board agreed.\n\n"
     "But the council say the savings were fair.", [("Northam City Council", "the savings were fair")]),
    # more verbs: `has set out plans`, `cited data`, `raised fears`, `fear`, `mentioned`
    ("Chief Constable Ann Moss has set out plans to move 250 officers into local teams.",
     [("Ann Moss", "plans to move 250 officers into local teams")]),
    ("Sue Grant cited new data showing the force had lost a fifth of its staff.",
     [("Sue Grant", "cited new data showing the force had lost a fifth of its staff")]),
    ("The Lib Dems raised fears the drop in officer totals would go on.",
     [("Lib Dems", "raised fears the drop in officer totals would go on")]),
    ("The Police Federation fear the changes will hurt.", [("Police Federation", "the changes will hurt")]),
    ("Ann Rowe spoke.\n\nIn her spending paper she mentioned hard decisions to come.",
     [("Ann Rowe", "hard decisions to come")]),
    # a plan is no speaker (`A proposal to shed 80 PCSOs has raised questions`), so `They` names nobody who spoke
    ("A proposal to shed 80 PCSOs at Wessex Police has raised questions among residents.\n\nThey explained that "
     "210 PCSOs now serve the county.", [("", "210 PCSOs now serve the county")]),
    # `The Unison union`: Unison
    ("The Unison union has voiced alarm at the plan, saying it was \"a blow\".",
     [("Unison", "voiced alarm at the plan"), ("Unison", "it was \"a blow\""), ("Unison", "a blow")]),
    # a lede's role read as the person named next is that person's role later (`The PCC praised`), and a role or
    # pronoun read as someone names them there, so a person named before it is no rival for `She` after it
    ("THE police commissioner for Wessex says more officers are coming.\n\nDonna Hale spoke at the town "
     "assembly.\n\nTown mayor Cllr Ann Wills said: \u201cWe never see them.\u201d\n\nThe PCC praised the local "
     "officers.\n\nShe said the force was now growing.",
     [("Donna Hale", "more officers are coming"), ("Ann Wills", "We never see them."),
      ("Donna Hale", "praised the local officers"), ("Donna Hale", "the force was now growing")]),
    # `The Conservative continued`, `The 50-year-old PC ... said`: a person named before; `The SNP said`: the party
    ("Cllr Tom Barker spoke.\n\nThe Conservative continued: \u201cThey are mixing up two budgets.\u201d",
     [("Tom Barker", "They are mixing up two budgets.")]),
    ("PC Gary Hale works in Chesham.\n\nThe 50-year-old PC, who has patrolled the town for years, said the cuts "
     "would hurt.", [("Gary Hale", "the cuts would hurt")]),
    ("The SNP said it would keep numbers 500 higher.", [("SNP", "it would keep numbers 500 higher")]),
    # `X said A: "..."`: the claim A, and the quote it introduces; `said at the meeting:` is no claim
    ("PC Gary Hale works in Chesham.\n\nHe said cuts would leave the town bare: \"We will not be seen.\"",
     [("Gary Hale", "cuts would leave the town bare"), ("Gary Hale", "We will not be seen.")]),
    ("Supt Ann Lee spoke.\n\nShe said at the meeting: \"We will cope.\"", [("Ann Lee", "We will cope.")]),
    # `But, says the chief constable, CLAIM`; `According to TITLE, NAME, CLAIM`; `aired concerns`; `a local expert`
    ("Chief Constable Dave Jones spoke.\n\nBut, says the chief constable, this will free money for new roles.",
     [("Dave Jones", "this will free money for new roles")]),
    ("According to Wessex Police and Crime Commissioner, Matt Barr, his aim this year is to add patrols.",
     [("Matt Barr", "his aim this year is to add patrols")]),
    ("Cllr Gordon Stone aired concerns about PCSOs being cut.",
     [("Gordon Stone", "aired concerns about PCSOs being cut")]),
    ("A local policing expert has voiced worry about patrols.\n\nBob Ash, a former officer, said: \"It is "
     "poor.\"", [("Bob Ash", "voiced worry about patrols"), ("Bob Ash", "It is poor.")]),
    # `Ms Hernandaz` after `Alison Hernandez`: one letter mistyped in a long surname is the same person (noted)
    ("PCC Alison Hernandez set the budget.\n\nMs Hernandaz said the survey backed it.",
     [("Alison Hernandez", "the survey backed it")]),
    ("PCC Alison Hernandez set the budget.\n\nMs Fernandez said the survey backed it.",
     [("Ms Fernandez", "the survey backed it")]),
    # whose document a later `The report states` or `The motion adds` is: `a report by X`, `X's motion`, and
    # `The motion, to be tabled by X, says`
    ("Commissioner Zoe Marsh spoke.\n\nLater, a report by the commissioner went to the board.\n\n"
     "The report states: \u201cI have been clear with the force.\u201d",
     [("Zoe Marsh", "I have been clear with the force.")]),
    ("Cllr Ann Lee spoke.\n\nMs Lee\u2019s motion calls for more officers.\n\nThe motion adds: \u201cNumbers have "
     "fallen.\u201d", [("Ann Lee", "Numbers have fallen.")]),
    ("Finance chief Cllr Allen Hart spoke.\n\nThe motion, to be tabled by Cllr Hart, says that crime has "
     "risen.\n\nThe motion adds: \u201cNumbers have fallen.\u201d",
     [("Allen Hart", "crime has risen"), ("Allen Hart", "Numbers have fallen.")]),
    # `Scottish Conservative and Unionist MSP X` is one person with her party; `Det Supt X, Y Constabulary, said`
    ("Scottish Conservative and Unionist MSP Jo Dale said: \u201cIt is bad.\u201d", [("Jo Dale", "It is bad.")]),
    ("Detective Superintendent Dan Quinn, Wessex Constabulary, said: \"We adapt.\"", [("Dan Quinn", "We adapt.")]),
    # `She was told by Wessex Police there were ...`: the agent said it
    ("Cllr Jo Reid raised the matter.\n\nShe was told by Wessex Police there were \u201cabout 90 officers\u201d on "
     "shift.", [("Wessex Police", "there were \u201cabout 90 officers\u201d on shift"),
                ("Wessex Police", "about 90 officers")]),
    # `... was the case and the force say that A`: the subject after `and`, when a clause comes before it; `THE head
    # of policing in X says` is a person; `one of the force's most senior officers today warned`
    ("Wessex Police is closing desks.\n\nThis was not always so and the force say that they can now do it.",
     [("Wessex Police", "they can now do it")]),
    ("Wessex Police has lost officers \u2013 and one of the force\u2019s most senior officers today said numbers "
     "are near their limit.\n\nChief Constable Andy Roe said: \"We are stretched.\"",
     [("Andy Roe", "numbers are near their limit"), ("Andy Roe", "We are stretched.")]),
    # `A report, by Mr Hale, states:` is Mr Hale's
    ("Roger Hale is the commissioner.\n\nA report, by Mr Hale, states: \u201cTen more detectives will "
     "join.\u201d", [("Roger Hale", "Ten more detectives will join.")]),
    # `X planned A but later said B`, `Party role Mr X did A but described B`: the subject of the first verb
    ("Independent Ed Fern planned to axe 30 PCSOs this year but later said he would think again.",
     [("Ed Fern", "he would think again")]),
    ("Dafydd Rhys was elected commissioner.\n\nPlaid Cymru commissioner Mr Rhys gave no split by "
     "county but described the 38% fall as \u201cwrong\u201d.",
     [("Dafydd Rhys", "described the 38% fall as \u201cwrong\u201d"), ("Dafydd Rhys", "wrong")]),
])
def test_speakers_of_patterns_found_in_an_eighth_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the ninth set: bodies named together speak as the first named; a party by its full name is a body
    ("Wessex Police, Mercia Police and the Home Office said the patrols would start in May.",
     [("Wessex Police", "the patrols would start in May")]),
    ("Unison and the GMB warned that 40 jobs would go.", [("Unison", "40 jobs would go")]),
    # a party before a role is the person in the role; a place after an apposition is not the speaker
    ("Police and crime commissioner Kim Hope set the budget.\n\nThe Labour PCC said: \u201cIt is wrong.\u201d",
     [("Kim Hope", "It is wrong.")]),
    ("Jo Bell, a Labour councillor for Hill ward, Mitcham, criticised the mayor.",
     [("Jo Bell", "criticised the mayor")]),
    ("Ray Hurst, the Police, Fire, and Crime Commissioner for Wessex has warned that the rise is not enough.",
     [("Ray Hurst", "the rise is not enough")]),
    ("County Wexley and Darlow Police and Crime Commissioner (PCC) Joy Allan said the force was short.",
     [("Joy Allan", "the force was short")]),
    # `Meanwhile, she said A`: A is the claim, not the adverb before the comma
    ("Ann Lee is the commissioner.\n\nMeanwhile, she said in each ward there would be one officer.",
     [("Ann Lee", "in each ward there would be one officer")]),
    # two single marks typed for a double one open and close a quote, also in a paragraph running on
    ("Jeff Cole said: \u201cThis is hard.\n\n\u2018\u2018However, half the budget comes from tax.\n\n"
     "\u201cI am sure.\u201d\n\nMr Cole added: \u2018\u2018We will cope.\u2019\u2019",
     [("Jeff Cole", "This is hard."), ("Jeff Cole", "However, half the budget comes from tax."),
      ("Jeff Cole", "I am sure."), ("Jeff Cole", "We will cope.")]),
    # `Wexley PCC has said` opens an article: the commissioner named next; `He did A, but says B`: he says B
    ("Wexley PCC has said the rise is too small.\n\nPCC Chris Nell set the budget.",
     [("Chris Nell", "the rise is too small")]),
    ("Paul Gray is the chief constable. He has ordered budgets to be cut, but says it is working to save posts.",
     [("Paul Gray", "it is working to save posts")]),
    # more verbs: `condemned`, `recommended`, `remains confident that`
    ("Wexley MP Amy Dorne, a former detective, condemned the decision.", [("Amy Dorne", "condemned the decision")]),
    ("Commissioner Ray Dunn recommended a precept rise of \u00a312 a year.",
     [("Ray Dunn", "a precept rise of \u00a312 a year")]),
    ("PCC Ray Dunn set the budget.\n\nDespite this, Mr Dunn remains confident that the force will hit its target.",
     [("Ray Dunn", "the force will hit its target")]),
    # a month before the subject is no part of its name
    ("But in June Wessex Police claimed the figures could not be released.",
     [("Wessex Police", "the figures could not be released")]),
    # a named person's office speaks for them; a spokesperson for `the commissioner` is the commissioner's
    ("Commissioner Ray Dunn set the budget.\n\nCommissioner Dunn\u2019s office has argued a rise is needed.\n\n"
     "A spokesperson for the commissioner says the rise will save posts.",
     [("Ray Dunn", "a rise is needed"), ("Ray Dunn", "the rise will save posts")]),
    # a rank in lower case before a surname, after a phrase saying where
    ("Tom Hale is the chief constable.\n\nIn a statement sent to the paper chief constable Hale said: \u201cWe will "
     "cope.\u201d", [("Tom Hale", "We will cope.")]),
    # a caps lede: `NORTH Wexley\u2019s chief inspector says`, the inspector named next
    ("NORTH Wexley\u2019s chief inspector says more officers have helped.\n\nChief Inspector Ann Moor said: "
     "\u201cIt works.\u201d", [("Ann Moor", "more officers have helped"), ("Ann Moor", "It works.")]),
    # `Wexley police announced`, no force named outside quotes: the force as a quote names it, else as written
    ("Wexley police announced it would halve its PCSOs.\n\nA spokesman said: \u201cWexley Constabulary must "
     "save.\u201d", [("Wexley Constabulary", "it would halve its PCSOs"),
                      ("Wexley Constabulary", "Wexley Constabulary must save.")]),
    ("Wexley police announced it would halve its PCSOs.", [("Wexley Police", "it would halve its PCSOs")]),
    # a surname two people share, with a title only one of them fits: `Cllr Jones` is the councillor
    ("Council deputy leader Hugh Jones spoke.\n\nHe said Arfon Jones, the Police and Crime Commissioner, was "
     "listening.\n\nCllr Jones said the force had done well.",
     [("Hugh Jones", "Arfon Jones, the Police and Crime Commissioner, was listening"),
      ("Hugh Jones", "the force had done well")]),
    # `Cambridge City` in a list of places is no person a later `He` could mean
    ("Insp Ian Lomas leads the team.\n\nIt covers South Cambs, East Cambs, Hunts, Cambridge City.\n\nHe said: "
     "\u201cIt is fine.\u201d", [("Ian Lomas", "It is fine.")]),
    # `X from HPF said` (an acronym after `from`); `Last Thursday the Office ... said`; `has, however, warned`
    ("Zoe Waite from HPF said: \u201cWe are delighted.\u201d", [("Zoe Waite", "We are delighted.")]),
    ("Last Friday the Office for Police Data said burglary fell.", [("Office for Police Data", "burglary fell")]),
    ("Nick Dale is the chief constable. Mr Dale has, however, warned that it will take time.",
     [("Nick Dale", "it will take time")]),
    # `told members of the panel A`: the listeners, then A; `warned A and hinted B`: two claims
    ("Clive Barr told members of the panel it would leave the budget short.",
     [("Clive Barr", "it would leave the budget short")]),
    ("Chief Constable Mo Veal has warned posts could be lost and hinted two desks might close.",
     [("Mo Veal", "posts could be lost"), ("Mo Veal", "two desks might close")]),
    # `is concerned that`, `is unhappy that` say something; `was dismayed by the news` does not
    ("Pat Geer is the chief constable. But he is concerned that ministers will misread the data. He is also unhappy "
     "that burglaries may go unsolved. He was dismayed by the news.",
     [("Pat Geer", "ministers will misread the data"), ("Pat Geer", "burglaries may go unsolved")]),
    # `The HMIC efficiency report said`: its author (but `In his report Mr Sims said` is Mr Sims)
    ("The HMIC inspection report also said calls must be answered faster.",
     [("HMIC", "calls must be answered faster")]),
    ("Chris Sim is the chief constable.\n\nIn his report Mr Sim said: \"Savings will not be met.\"",
     [("Chris Sim", "Savings will not be met.")]),
    # `Chf Supt Green` (a surname that is also a party); `The MS said` after `Vale MS Jo Hart and ... Ann Lowe`
    ("Chf Supt Green, area commander for Wexley, said: \u201cWe will expand the team.\u201d",
     [("Supt Green", "We will expand the team.")]),
    ("Vale and Deeside MS Jo Hart and Wessex Police and Crime Commissioner Ann Lowe spoke.\n\nThe MS said "
     "\u201cIt is disappointing.\u201d", [("Jo Hart", "It is disappointing.")]),
    # `According to the commissioner, A`; `remains adamant A`; `The force cites A`; `insisted today A`
    ("Police and crime commissioner Ann Lowe set the budget.\n\nAccording to the commissioner, the rise will pay "
     "for ten officers.",
     [("Ann Lowe", "the rise will pay for ten officers")]),
    ("Wessex Police remains adamant it will keep three desks open. The force cites a fall in visits.",
     [("Wessex Police", "it will keep three desks open"), ("Wessex Police", "a fall in visits")]),
    # a lede's `Wexley\u2019s police commissioner` is not `Vale police commissioner X`, named next
    ("North Wexley\u2019s police commissioner insisted today she will keep the rise.\n\nEarlier Vale police "
     "commissioner Ken Hart set his budget.\n\nThe panel vetoed the plan of Jane Moll.",
     [("", "she will keep the rise")]),
    # `X says A and chairman Y said, “B”`: A is X's, B is Y's (it was read as one claim of X's)
    ("The Wessex Police Federation says the rise is \u2018too small\u2019 and chairman Ray Tull said, \u201cWe lost "
     "600 officers.\u201d", [("Wessex Police Federation", "the rise is \u2018too small\u2019"),
                              ("Wessex Police Federation", "too small"), ("Ray Tull", "We lost 600 officers.")]),
    # `Members of X agreed`: X; `The Federation says`: the federation named before; `the force` is no inspectorate
    ("Members of Wessex Police Authority agreed they must sell 30 stations.",
     [("Wessex Police Authority", "they must sell 30 stations")]),
    ("The Wessex Police Federation met. Officers went to a march. The Federation says this shows their skill.",
     [("Wessex Police Federation", "this shows their skill")]),
    ("Wessex Constabulary is short of money. Her Majesty\u2019s Inspector of Constabulary published a report.\n\n"
     "The force says its budget is too tight.", [("Wessex Constabulary", "its budget is too tight")]),
    # a quote whose later paragraphs lost their opening marks runs on for as many as ten paragraphs
    ("Not so, says MP Ann Kell.\n\nHere is her view:\n\n\u201cSafety is my first concern.\n\nRecruits have "
     "joined in every town.\n\nWe see more patrols at night.\n\nThe commissioner has kept local teams.\n\nWe "
     "secured money for lighting.\n\nBurglary has fallen here.\n\nI thank the local teams.\u201d",
     [("Ann Kell", "Not so")] + [("Ann Kell", q) for q in (
         "Safety is my first concern.", "Recruits have joined in every town.", "We see more patrols at night.",
         "The commissioner has kept local teams.", "We secured money for lighting.", "Burglary has fallen here.",
         "I thank the local teams.")]),
    # a double mark typed twice opens a quote (`said: “”Police ...`, `““We ...`)
    ("Tracey Mag, crime manager, said: \u201c\u201dPolice know the harm.\u201d\n\n\u201c\u201cWe welcome "
     "news.\u201d", [("Tracey Mag", "Police know the harm."), ("Tracey Mag", "We welcome news.")]),
    # `warns - after years of cuts - A`: an aside between dashes before the claim
    ("However, the Wessex Police Federation warns - after a long review - the rise is too small.",
     [("Wessex Police Federation", "the rise is too small")]),
    # `branded it a “whitewash” report, while Y said: “...”`: the partial is the brander's
    ("Councillor Warren Dale branded it a \u201cwhitewash\u201d report, while his colleague Sandra Jay said: \u201cWe "
     "need answers.\u201d", [("Warren Dale", "branded it a \u201cwhitewash\u201d report"), ("Warren Dale", "whitewash"),
                              ("Sandra Jay", "We need answers.")]),
    # `X replied to him, asking ..., but Mr Y said A`: A is Y's
    ("Supt Ian Drum-Smith spoke. Cllr Jade Farr replied to him, asking what a new desk would cost, but Mr Drum-Smith "
     "said the figures were \u2018not final\u2019.", [("Ian Drum-Smith", "the figures were \u2018not final\u2019"),
                                                        ("Ian Drum-Smith", "not final")]),
    # `Despite A, the woman in charge of X says B`: nobody the draft can name (it took the body in A)
    ("Despite closing two desks since Wessex Police was formed, the woman in charge of Northdale says local patrols "
     "are safe.", [("", "local patrols are safe")]),
    # `while senior officers insisted`: the force; `COUNCILLORS, unions and residents say`: many people
    ("Wessex Police has fewer staff. The figures angered the Greens, while senior officers insisted the force had "
     "reserves.", [("Wessex Police", "the force had reserves")]),
    ("COUNCILLORS, unions and residents say they oppose the closure.", [("", "they oppose the closure")]),
    # `the police authority and Wessex Constabulary said`: bodies named together, the first a generic one
    ("Wessex Police Authority met. In a statement, the police authority and Wessex Constabulary said they had plans.",
     [("Wessex Police Authority", "they had plans")]),
    # `Croydon's London Assembly member said`: a person in a role, not a body called `Croydon London Assembly`
    ("But Wexley\u2019s London Assembly member said police desks were \u201cbarely used\u201d.",
     [("", "police desks were \u201cbarely used\u201d"), ("", "barely used")]),
    # `A said he was "relieved" after his plans were backed by the panel`: A speaks, the panel does not
    ("Alan Mick said he was \"relieved\" after his plans were backed by the Wessex Police and Crime Panel.",
     [("Alan Mick", "he was \"relieved\" after his plans were backed by the Wessex Police and Crime Panel"),
      ("Alan Mick", "relieved")]),
    # `thanked X for "..."`: a claim verb, the partial is the thanker's
    ("Boris Jonson thanked the force and Ms Fetch for \"drawing attention to our work\".",
     [("Boris Jonson", "thanked the force and Ms Fetch for \"drawing attention to our work\""),
      ("Boris Jonson", "drawing attention to our work")]),
    # `Labour councillors say`: the party's group on the council speaks (`Residents say` stays nobody in particular)
    ("Labour councillors who proposed the motion say the cuts go too far. Residents say they feel unsafe.",
     [("Labour councillors", "the cuts go too far"), ("", "they feel unsafe")]),
    # `said A, adding B`; `told X that A but that B`; `asked for A, even though B`
    ("Supt Al Hyde said the force must save \u00a320m, adding the desks cost \u00a31m a year.",
     [("Al Hyde", "the force must save \u00a320m"), ("Al Hyde", "the desks cost \u00a31m a year")]),
    ("Insp Neil Bray has told the Gazette that the move made sense but that people might see a change.",
     [("Neil Bray", "the move made sense"), ("Neil Bray", "people might see a change")]),
    ("PCC Sam Hale asked for a 3% rise, even though officer numbers fell.", [("Sam Hale", "a 3% rise")]),
    # (a verb that judges keeps what it adds: `defended the plan, adding A` is one claim, as the curated data has it)
    ("Wessex Police defended its numbers, adding it had hired 90 officers.",
     [("Wessex Police", "defended its numbers, adding it had hired 90 officers")]),
    # a speaker named only as an object in the last speaker's own sentence (`... meet Ms Bett and chief constable
    # Sam Bay`) is no rival for a later `He`
    ("Cllr Steve Bett said the rise was fair.\n\nMP Hal Bell said he would seek a meeting with Mr Bett and chief "
     "constable Simon Bay.\n\nHe added: \u201cIt worries me.\u201d",
     [("Steve Bett", "the rise was fair"),
      ("Hal Bell", "he would seek a meeting with Mr Bett and chief constable Simon Bay"),
      ("Hal Bell", "It worries me.")]),
    # `Last week, a Downing Street spokesman insisted A`: the body (`Last week` opens the sentence, no subject)
    ("Last week, a Downing Street spokesman insisted the letter would get a reply.",
     [("Downing Street", "the letter would get a reply")]),
    # controls: one body whose name holds `and`
    ("Avon and Somerset Police said it would recruit.", [("Avon and Somerset Police", "it would recruit")]),
    ("The Police and Crime Panel said it would meet.", [("Police and Crime Panel", "it would meet")]),
    ("Ann Lee, Chair of the Wessex Police and Crime Panel, said: \u201cWe agreed.\u201d",
     [("Ann Lee", "We agreed.")]),
])
def test_speakers_of_patterns_found_in_a_ninth_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the tenth set: a first name tells the sex a pronoun needs; a name that is also a surname stays a surname
    ("Cllr Dale Orme asked about the cuts.\n\nCommissioner Jo Wren said the plan was sound. Cllr Orme said the "
     "panel was not told.\n\nShe replied the figures would be shared.",
     [("Dale Orme", "about the cuts"), ("Jo Wren", "the plan was sound"), ("Dale Orme", "the panel was not told"),
      ("Jo Wren", "the figures would be shared")]),
    ("Commissioner Joy Allen set the budget.\n\nPCC Allen said: \u201cIt is a good day.\u201d",
     [("Joy Allen", "It is a good day.")]),
    # a colon in a bracketed aside (party and ward) ends no subject
    ("Councillor Ann Hale (Labour: Hill Meadows) asked if the station would shut.",
     [("Ann Hale", "if the station would shut")]),
    ("Cllr Bo Tate (Con: Ash, Vale & Down), lead member for safety, said the council would pay for two officers.",
     [("Bo Tate", "the council would pay for two officers")]),
    # `He said:` after a man the draft cannot sex, named in the same paragraph, when only a woman spoke before
    ("Ann Lowe, who led the protest, said: \u201cWe need them.\u201d\n\nShe was backed by Kip Dorne from the Wexley "
     "Watch. He said: \u201cThey are our eyes.\u201d",
     [("Ann Lowe", "We need them."), ("Kip Dorne", "They are our eyes.")]),
    # `the force` after a force named only in lower case (`Wessex police`): that force
    ("Wessex police are to shut six front desks.\n\nThe move comes after the force announced in May that it "
     "would cut staff.", [("Wessex Police", "it would cut staff")]),
    ("Avon and Wessex police will hire more staff. The constabulary said the rise would pay for it.",
     [("Avon and Wessex Police", "the rise would pay for it")]),
    # `The Wexley Police Chief Constable said` is not the Vale Police chief constable named before: blank
    ("Vale Police Chief Constable Roy Hart said the cuts were deep.\n\nThe Wexley Police Chief Constable said that "
     "forces were stretched.", [("Roy Hart", "the cuts were deep"), ("", "forces were stretched")]),
    ("Chief Constable Roy Hart said the cuts were deep.\n\nThe Wexley Police Chief Constable said that forces were "
     "stretched.", [("Roy Hart", "the cuts were deep"), ("Roy Hart", "forces were stretched")]),
    # `According to the Federation Chair there are ...`, no comma: the chair named before
    ("Liam Todd, chair of the Wexley Police Federation, spoke.\n\nAccording to the Federation Chair there are 200 "
     "fewer officers.", [("Liam Todd", "there are 200 fewer officers")]),
    # `‘’` typed for an opening double mark; `requested`; `Police say` when the force is the PSNI
    ("Jo Bell, the commissioner, said: \u2018\u2019The public were clear.\u201d",
     [("Jo Bell", "The public were clear.")]),
    ("Chief Constable Sam Dyer has requested funding for 80 more officers.",
     [("Sam Dyer", "funding for 80 more officers")]),
    ("The PSNI is to close the station.\n\nPolice say the decision was made last year.",
     [("PSNI", "the decision was made last year")]),
    # `She said`, before anyone has spoken, is the woman named last, never a man named after her
    ("Commissioner Kay Lowe has written to Home Secretary Tom Dale.\n\nMs Lowe met Mr Dale, who took office on Monday, "
     "to press him for funds.\n\nShe said the force had lost 31% of its budget.",
     [("Kay Lowe", "the force had lost 31% of its budget")]),
    # `Police Community Support Officer` names no body called "Police": `the force` is the force named
    ("Wexley Police plans to cut its Police Community Support Officer posts, though the force said it would "
     "redeploy staff.", [("Wexley Police", "it would redeploy staff")]),
    # a letter signed by two people speaks as the first named; an adjective before a body is no part of its name
    ("The letter, signed by secretary Dan Kerr and chairman Bo Rudd, said: \u201cWe are losing.\u201d",
     [("Dan Kerr", "We are losing.")]),
    ("Cash-strapped Wexley Police announced on Monday that 30 offices could shut.",
     [("Wexley Police", "30 offices could shut")]),
    # `According to figures from September 30, ...`: a date, not a source
    ("According to figures from September 30, 2024, Wexley Police employs 1,392 officers.", []),
    # a body named only inside what the last speaker said since is no rival for a quote standing alone
    ("Chief Constable Ray Dunn said Wessex Police had done research.\n\nHe said the plan, which could close Hove, "
     "would save Wessex Police \u00a32m.\n\n\u201cI want smaller stations.\u201d",
     [("Ray Dunn", "Wessex Police had done research"),
      ("Ray Dunn", "the plan, which could close Hove, would save Wessex Police \u00a32m"),
      ("Ray Dunn", "I want smaller stations.")]),
    # control: one named in the quote's own sentence still is (`... when he declared: "..."`)
    ("Cllr Jo Hart said: \u201cIt is a blow.\u201d\n\nShe added that the cut broke Mayor Tom Bell's pledge when he "
     "declared: \u201cI back the teams.\u201d",
     [("Jo Hart", "It is a blow."), ("Jo Hart", "the cut broke Mayor Tom Bell's pledge when he declared"),
      ("", "I back the teams.")]),
    # a party in brackets after a name ending the sentence is no part of the name
    ("The force will lose staff, claimed Hill Vale MP Tom Rudd (Lab).\n\nMr Rudd said crime would rise.",
     [("Tom Rudd", "The force will lose staff"), ("Tom Rudd", "crime would rise")]),
    # `a Hill Green resident, who asked not to be named, said A`: nobody named; the place is no person
    ("But a Hill Green resident, who would not give a name, emailed us to say the desk should stay.",
     [("", "the desk should stay")]),
    # `ELEVEN police bases ... The force also says A`: a number word is no force's place
    ("ELEVEN police bases will close. The force also says 30 posts are safe.", [("", "30 posts are safe")]),
    # `a charity said`, with no body named after it: never the publisher (which says nothing in its own article);
    # the claim is left out and listed among the draft's doubts
    ("A charity said the cuts would hurt.", []),
    # `Alex`, `Sam` tell no sex: `She` may mean a councillor called Alex
    ("Green councillor Alex Kerr argued that the office cost too much. She highlighted a pay problem.",
     [("Alex Kerr", "the office cost too much"), ("Alex Kerr", "a pay problem")]),
    # `X said A, saying “B”`: A is a claim before the quote; `X reported A`
    ("Chief constable Don Shaw said the move was better than cuts, saying \u201cpeople protect, not walls\u201d.",
     [("Don Shaw", "the move was better than cuts"), ("Don Shaw", "people protect, not walls")]),
    ("Supt Phil Dorr reported a fall in calls since May.", [("Phil Dorr", "a fall in calls since May")]),
    # control: `we reported`, `reported on`, a paper's report: no claim
    ("The plan we reported last week will cut 60 jobs. The Government reported on its pledge.", []),
    ("The Wessex Gazette reported a cut of 40 posts.", []),
    # `The government said` after the Home Office is named: the Government, not the Home Office
    ("Home Office figures show 40 fewer officers.\n\nThe government said staffing was a matter for chiefs.",
     [("Home Office", "40 fewer officers"), ("Government", "staffing was a matter for chiefs")]),
    # `Proposals announced by the force include A`: a plan is no speaker (for any verb, not only a claim verb)
    ("Proposals announced by the Wessex force include closing seven stations.", []),
    # control: a speaker after `but` in a sentence opened by a plan still speaks
    ("Wessex Police is reviewing staff.\n\nThe proposals are part of a review but a force spokesman stressed "
     "stations were not closing.", [("Wessex Police", "stations were not closing")]),
    # a role for a place in lower case before a name; `mayor of X Cllr Y` after an opening clause
    ("Lib Dem councillor for Hill Green Sara Bedd said: \u201cThe loss is big.\u201d",
     [("Sara Bedd", "The loss is big.")]),
    ("Speaking on the cuts, mayor of Wexley Cllr Ben Hale told the Post: \u201cIt is sad.\u201d",
     [("Ben Hale", "It is sad.")]),
    # control: `officer to commissioner X` names X as an object, not the speaker
    ("Paul Dunn, chief financial officer to commissioner Mark Shell, said the books balance.",
     [("Paul Dunn", "the books balance")]),
    # `CI Burtenshaw` is the Chief Inspector named before; a street is nobody (but `Michael Lane` is a person)
    ("Chief Inspector Jon Burr said the teams would change.\n\nCI Burr said the change had worked.",
     [("Jon Burr", "the teams would change"), ("Jon Burr", "the change had worked")]),
    ("The desk sits where Mill Street meets Rose Lane, police at the time said it would help.", []),
    ("Michael Lane, Police and Crime Commissioner, said: \u201cWe are fine.\u201d\n\nDowning Street said the cash "
     "was there.", [("Michael Lane", "We are fine."), ("Downing Street", "the cash was there")]),
    # a title at a body, between commas after a name, is the person's
    ("Mo Byatt, Community Safety Lead at Wexley Borough Council, said: \u201cWe are fine.\u201d",
     [("Mo Byatt", "We are fine.")]),
    # a relative clause that names its own speaker: `..., which Wessex Police says will ...`
    ("PCC Ray Hill opened a review of the desk, which Wessex Police says will save \u00a350,000 a year.",
     [("Wessex Police", "will save \u00a350,000 a year")]),
    # control: `she wrote to Home Secretary Tess Mayne, which she said ...` could be either woman: no guess
    ("Commissioner Sue Mott said cuts hurt.\n\nShe lobbied Home Secretary Tess Mayne for cash, which she said "
     "went to other forces.", [("Sue Mott", "cuts hurt")]),
    # control: `which chiefs say` does not say whose chiefs
    ("The force will close nine desks, which chiefs say are little used.", []),
    # `The force said` where only a quote names the force: that force, flagged
    ("PCC Ann Dee said: \u201cWessex Police has been underfunded.\u201d\n\nThe force said it gets \u00a3196 per "
     "resident.",
     [("Ann Dee", "Wessex Police has been underfunded."), ("Wessex Police", "it gets \u00a3196 per resident")]),
    # control: a station or an authority named in a quote is no force; two forces named: no guess
    ("PCC Ann Dee said: \u201cWessex Police Station will shut.\u201d\n\nThe force said it gets \u00a3196.",
     [("Ann Dee", "Wessex Police Station will shut."), ("", "it gets \u00a3196")]),
    ("PCC Ann Dee said: \u201cWessex Police and Vale Police will merge.\u201d\n\nThe force said it gets \u00a3196.",
     [("Ann Dee", "Wessex Police and Vale Police will merge."), ("", "it gets \u00a3196")]),
    # `a force spokesman stressed A` then `"B," he said`: the spokesman, for the force, not the man who spoke before
    ("Wessex Police plans to cut desk hours.\n\nCllr Ned Ware said residents were worried.\n\nA force spokesman "
     "stressed no station would close.\n\n\u201cWe are cutting desk hours,\u201d he said.",
     [("Ned Ware", "residents were worried"), ("Wessex Police", "no station would close"),
      ("Wessex Police", "We are cutting desk hours")]),
    # control: a spokeswoman is no `he`
    ("Wessex Police plans to cut desk hours.\n\nCllr Ned Ware said residents were worried.\n\nA force "
     "spokeswoman stressed no station would close.\n\n\u201cWe are cutting desk hours,\u201d he said.",
     [("Ned Ware", "residents were worried"), ("Wessex Police", "no station would close"),
      ("Ned Ware", "We are cutting desk hours")]),
    # control: `A police` and `Armed police` name no force: the claim is drafted with no speaker
    ("A police van was seen. Armed police were there. The force said the road was shut.",
     [("", "the road was shut")]),
])
def test_speakers_of_patterns_found_in_a_tenth_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the eleventh set: when, before the subject, with no comma (`In May 2019 the force announced ...`)
    ("Wexley Police has money worries.\n\nIn May 2019 the force announced it would shut nine desks.",
     [("Wexley Police", "it would shut nine desks")]),
    ("Wexley Police has money worries.\n\nEarlier this year the force said it would shut nine desks.",
     [("Wexley Police", "it would shut nine desks")]),
    ("Wexley Police has money worries.\n\nThree years ago the force said it would shut nine desks.",
     [("Wexley Police", "it would shut nine desks")]),
    # `CLAIM, Wexley's crime commissioner has admitted.`: the role after the claim, the person named next
    ("Constables now do the work of PCSOs, Wexley\u2019s crime commissioner has admitted.\n\nJo Penn said the "
     "gap was growing.", [("Jo Penn", "Constables now do the work of PCSOs"), ("Jo Penn", "the gap was growing")]),
    # control: a role between commas after a name still describes that name
    ("Tom Rudd, Wexley's Police and Crime Commissioner, said the gap was growing.",
     [("Tom Rudd", "the gap was growing")]),
    # `said in December A`, `said on Monday A`: when, then the claim
    ("Jo Penn, the commissioner, said in December further PCSO cuts would not be made.",
     [("Jo Penn", "further PCSO cuts would not be made")]),
    ("Jo Penn said on Friday the desk would stay.", [("Jo Penn", "the desk would stay")]),
    # `He served with X and Y, but says A`: the pronoun that opened the sentence, not the bodies after `with`
    ("Chief Constable Tom Rudd starts in June.\n\nHe has served with Wexley Police and Vale Police, but says he is "
     "glad to lead.", [("Tom Rudd", "he is glad to lead")]),
    # `X said A – but warned B`: two claims of one speaker (but `A says X - but B insists Y`: B speaks)
    ("Supt Ray Hale said the force would save \u00a342m by 2016 \u2013 but warned more cuts would hurt.",
     [("Ray Hale", "the force would save \u00a342m by 2016"), ("Ray Hale", "more cuts would hurt")]),
    ("Jo Penn says the desk is safe - but Tom Rudd insists it is not.",
     [("Jo Penn", "the desk is safe"), ("Tom Rudd", "it is not")]),
    # `X went further, saying A`: the subject of the clause before the participle
    ("Mark Dale, who chairs the Wexley federation, went further, saying that cuts would leave towns bare.",
     [("Mark Dale", "cuts would leave towns bare")]),
    ("Mark Dale hit back, insisting the force was safe.", [("Mark Dale", "the force was safe")]),
    # `confessed`; `opposed the motion: ‘...’` introduces a quote
    ("Mr Dale confessed that parts of the county were stretched.", [("Mr Dale", "parts of the county were stretched")]),
    ("Cllr Ivy Marsh, Tory member for Hill Vale, opposed the motion: \u2018It is not for us to say.\u2019",
     [("Ivy Marsh", "It is not for us to say.")]),
    # `X, who defended the plan, said A`: what she defended, then what she said (not one run-on claim)
    ("Jo Penn, who defended the plan, said it would not fail.",
     [("Jo Penn", "defended the plan"), ("Jo Penn", "it would not fail")]),
    # `pledged A`, `called for A`, `pointed out that A`: the object is the claim (`defended A` keeps its verb)
    ("Jo Penn pledged 50 more officers and called for a review of the cuts.",
     [("Jo Penn", "50 more officers"), ("Jo Penn", "a review of the cuts")]),
    ("Jo Penn defended the plan.", [("Jo Penn", "defended the plan")]),
    # `Mayor X and the leader of a body have called for A`: the person named first
    ("Mayor Ray Hale and the leader of the Wexley Police Federation have called for more officers.",
     [("Ray Hale", "more officers")]),
    # `has written to Justice Secretary Ann Lowe asking for help`: the titled name after `to` is no subject
    ("Cllr Bo Tate said it was bad.\n\nMr Tate has now written to Home Secretary Ann Lowe asking for help.\n\n"
     "\u201cWe need more officers.\u201d",
     [("Bo Tate", "it was bad"), ("Bo Tate", "We need more officers.")]),
    # `The Met said` is the `Met Police` the article names; a body named with a possessive keeps its own
    ("Met Police chiefs plan to cut 90 sergeants.\n\nThe Met said no decision was taken.",
     [("Met Police", "no decision was taken")]),
    ("The plan, set out in the Mayor\u2019s Office for Policing and Crime's estates plan, would shut desks.\n\n"
     "The Mayor\u2019s Office for Policing and Crime said the town would see more officers.",
     [("Mayor\u2019s Office for Policing and Crime", "the town would see more officers")]),
    # a bureau, a forum, a committee are bodies: no rival for `he` (`He also launched the Wexley Victims\u2019 Bureau`)
    ("Commissioner Ray Hale said it was a good year.\n\nHe also launched the Wexley Victims\u2019 Bureau.\n\n"
     "\u201cWe are doing well,\u201d he said.",
     [("Ray Hale", "it was a good year"), ("Ray Hale", "We are doing well")]),
    # `Speaking after X announced that A, Y said B`: Y speaks B, and the quote that follows
    ("Speaking after chief constable Sir Tom Dale announced that he would cut posts, Jo Penn said the town would "
     "suffer.\n\n\u201cWe cannot lose more.\u201d",
     [("Tom Dale", "he would cut posts"), ("Jo Penn", "the town would suffer"), ("Jo Penn", "We cannot lose more.")]),
    # `Police do say that A`; `One Panel Member said A`: a member of the panel, named next
    ("Wexley Police has a plan.\n\nPolice do say that officers from other areas help out.",
     [("Wexley Police", "officers from other areas help out")]),
    ("One Panel Member said the rise was too high.\n\nCllr Ivy Marsh added that homes would suffer.",
     [("Ivy Marsh", "the rise was too high"), ("Ivy Marsh", "homes would suffer")]),
    # an adverb opening a sentence is nobody; `with Chief Officer X admitting A` is X's
    ("Already, a drive is under way, with Chief Officer Ray Hale admitting the force is 12 officers short.",
     [("Ray Hale", "the force is 12 officers short")]),
    # `Following the Spending Review, X said`: when, not who; a seat and party before `MP` describe the name
    ("Following the Spending Review, Wexley Police said it may cut 90 posts.",
     [("Wexley Police", "it may cut 90 posts")]),
    ("Tom Rudd, Hill Vale and Ashby Conservative MP, said savings could be made.",
     [("Tom Rudd", "savings could be made")]),
    # `is recommending that A`; `has moved to assure residents that A`
    ("Commissioner Jo Penn is recommending that the precept rises by \u00a313.",
     [("Jo Penn", "the precept rises by \u00a313")]),
    # `X comments: “...”` (but `Mr Bell's comments` is a noun); `‘£10 a year ...’` opens a quote with a pound sign
    ("Supt Ray Hale comments: \u201cThe raids are only the start.\u201d",
     [("Ray Hale", "The raids are only the start.")]),
    ("Commissioner Jo Penn set the budget. Mrs Penn said: \u2018\u00a310 a year is not much.\u2019",
     [("Jo Penn", "\u00a310 a year is not much.")]),
    # `Mr Lee, who took over from Chief Constable Roy Hart, added:` is Mr Lee, not the man named in his clause
    ("Chief Constable Roy Hart retired.\n\nMr Lee, who took over after the retirement of Chief Constable Roy Hart, "
     "added: \u201cWe will not rush.\u201d", [("Mr Lee", "We will not rush.")]),
    # `Addressing ACC Dunn, he said:` is not ACC Dunn: the last man who spoke, before the one he addresses
    ("ACC Ray Dunn said the desks cost too much.\n\nBut councillor Tom Rudd said the public had no say.\n\n"
     "Addressing ACC Dunn, he said: \u201cYou should be ashamed.\u201d",
     [("Ray Dunn", "the desks cost too much"), ("Tom Rudd", "the public had no say"),
      ("Tom Rudd", "You should be ashamed.")]),
    # `X joined the criticism, calling the decision “...”`; `the budget, described by Mrs X as “...”`
    ("Reform councillor Ivy Marsh joined the criticism, calling the decision \u201csheer folly\u201d in a town "
     "this size.", [("Ivy Marsh", "calling the decision \u201csheer folly\u201d in a town this size"),
                    ("Ivy Marsh", "sheer folly")]),
    ("Commissioner Jo Penn set the budget.\n\nMembers agreed the budget, described by Mrs Penn as \u201cthe "
     "hardest yet\u201d.", [("", "the budget, described by Mrs Penn as \u201cthe hardest yet\u201d"),
                             ("Jo Penn", "the hardest yet")]),
    # `Ch Cons X`; a middle initial (`Cllr Ann B. Lee said`) ends no sentence and is part of the name
    ("Ch Cons Ray Dunn spoke.\n\nCh Cons Dunn also said the model would change.",
     [("Ray Dunn", "the model would change")]),
    ("Cllr Ann B. Lee (Lab: Upton) said: \u201cWe are sympathetic.\u201d", [("Ann B. Lee", "We are sympathetic.")]),
    # `They've accused A`; `with one saying: “...”` is someone the text does not name (a control here: this short
    # form was blank before too)
    ("The Wexley Liberal Democrats are angry. They\u2019ve accused the council of breaking its promise.",
     [("Wexley Liberal Democrats", "accused the council of breaking its promise")]),
    ("Jo Penn said the plan was fair.\n\nShe gave her remarks, which led to heckling from residents, with one "
     "saying: \u201cYou shut the station.\u201d", [("Jo Penn", "the plan was fair"), ("", "You shut the station.")]),
    # `Cllr Jones` is the Jones who holds `Cllr` (`Deputy leader Cllr Hugh Jones`), not Commissioner Arfon Jones
    ("Deputy leader Cllr Hugh Jones told a meeting that the council funds PCSOs.\n\nCommissioner Arfon Jones has "
     "written to the council.\n\nCllr Jones said the council was working with groups.",
     [("Hugh Jones", "the council funds PCSOs"), ("Hugh Jones", "the council was working with groups")]),
    # `CC` is a title: `CC Gunn` is the chief constable named before
    ("Chief Constable Ada Gunn led the raids.\n\nCC Gunn added: \u201cI thank the teams.\u201d",
     [("Ada Gunn", "I thank the teams.")]),
])
def test_speakers_of_patterns_found_in_an_eleventh_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the twelfth set: a participle of saying after a claim starts a second claim of the same speaker
    ("Mr Tom Hale said the force would recruit 20 PCSOs, predicting that burglaries in Wexley would fall.",
     [("Tom Hale", "the force would recruit 20 PCSOs"), ("Tom Hale", "burglaries in Wexley would fall")]),
    ("Jo Penn told the panel the budget was tight, conceding that two posts might go.",
     [("Jo Penn", "the budget was tight"), ("Jo Penn", "two posts might go")]),
    # `the General Election` is an event, not a man named Election whom a later `he` could mean
    ("Had Tom Rudd’s party won the General Election, he would have lost his post.\n\nHe said: “We need "
     "more officers.”", [("Tom Rudd", "We need more officers.")]),
    # `His letter tells them:` with no letter named before: whoever `his` means
    ("Tom Rudd wants more officers.\n\nHis letter tells them: “We have lost 300 officers.”",
     [("Tom Rudd", "We have lost 300 officers.")]),
    # a surname's document speaks for its author; a report prepared by someone is theirs
    ("Cllr Ben Tate put forward a motion.\n\nTate’s motion stated: “The force needs more money.”",
     [("Ben Tate", "The force needs more money.")]),
    ("A report prepared by Assistant Chief Constable Jo Reed said the programme had worked.",
     [("Jo Reed", "the programme had worked")]),
    # two people written to are both objects: neither asks for the meeting
    ("Tom Rudd has sent a letter to the Home Secretary and Mrs Ann Vale asking for a meeting.", []),
    # `the general secretary of the union` named next is not the `Finance Secretary` named later
    ("Staff are at breaking point, the general secretary of the Wexley Police Union has warned.\n\nAnn Kerr "
     "said the cuts had gone too far.\n\nFinance Secretary Tom Rudd set the budget at £9m.",
     [("Ann Kerr", "Staff are at breaking point"), ("Ann Kerr", "the cuts had gone too far")]),
    # `, which he said ...` after a claim: what he said of it is a second claim of his
    ("Tom Rudd has blamed a shortfall in funding, which he said will cost 90 posts.",
     [("Tom Rudd", "blamed a shortfall in funding"), ("Tom Rudd", "will cost 90 posts")]),
    # `CLAIM, said X, chair of Y.`: X's claim, and X is who `he` means next
    ("Tom Rudd said: “We need officers.”\n\nPatrols in Wexley have cut burglary, said Ben Tate, chairman "
     "of Wexley Residents Group.\n\nHe added: “The town is safer.”",
     [("Tom Rudd", "We need officers."), ("Ben Tate", "Patrols in Wexley have cut burglary"),
      ("Ben Tate", "The town is safer.")]),
    # `Northamptonshire and Cheshire Police Forces` are two forces, not the one `the force` means
    ("The force said the cuts were needed.\n\nIt shares its finance team with Wexley and Dunmore Police Forces.",
     [("", "the cuts were needed")]),
    # `after announcing that` starts a second claim; `challenged claims` is a claim, and `and vowed to` a second
    ("Commissioner Tom Rudd said that he will focus on patrols after announcing that Wexley Police Station will "
     "close.", [("Tom Rudd", "he will focus on patrols"), ("Tom Rudd", "Wexley Police Station will close")]),
    ("The chief constable, Ann Kerr, challenged claims the force was short of 40 officers and vowed to keep patrols.",
     [("Ann Kerr", "challenged claims the force was short of 40 officers"), ("Ann Kerr", "to keep patrols")]),
    # a quoted phrase nobody says in its sentence, which one speaker says in a quote of their own: theirs; a single
    # word is never read as theirs
    ("Officers in Wexley enjoyed a “productive week” of raids.\n\nInsp Jo Reed said: “It was a "
     "productive week for the team.”", [("Jo Reed", "productive week"), ("Jo Reed", "It was a productive week for "
                                                                            "the team.")]),
    ("The saving is “tiny”, say some.\n\nInsp Jo Reed said: “The saving is tiny.”",
     [("Jo Reed", "The saving is tiny.")]),  # (a lone word in quote marks with nobody in its sentence: left out)
    # `Union Unison said` is Unison
    ("Union Unison said it was disappointed by the decision.", [("Unison", "it was disappointed by the decision")]),
    # a man named in passing whom the next sentence calls `he` may be the `he` of the quote after: left blank
    ("Supt Ray Hale said: “We are recruiting.”\n\nThe plan was welcomed by Glen Dorr, a candidate in "
     "Wexley.\n\nLately he has been pushing for patrols.\n\n“I welcome this drive,” he said.",
     [("Ray Hale", "We are recruiting."), ("", "I welcome this drive")]),
    # `CLAIM, says the county's crime commissioner, after ...`: a role after an inverted verb is a subject too
    ("Commissioner Tom Rudd spoke at the meeting.\n\nWexley has been snubbed, says the county’s crime "
     "commissioner, after ministers pledged money for recruits.", [("Tom Rudd", "Wexley has been snubbed")]),
    # `CLAIM, X warned on Monday, amid a review of ...`: the claim is before X, not the clause after
    ("Wexley will have fewer officers, Chief Constable Jo Reed warned on Monday, amid a review of the budget.",
     [("Jo Reed", "Wexley will have fewer officers")]),
    # after the first reading: `the MP for the town Ben Pike who said` is the man named, not `the MP` before
    ("Inspector Tim Grove said crime had fallen.\n\nThe figures were hailed by the MP for the town Ben Pike who said "
     "patrols had worked.", [("Tim Grove", "crime had fallen"), ("Ben Pike", "patrols had worked")]),
    # `Jo Bell, chairman, Wexley Police and Crime Panel, said`: the chairman, not his panel
    ("Jo Bell, chairman, Wexley Police and Crime Panel, said: \u201cWe approved it.\u201d",
     [("Jo Bell", "We approved it.")]),
    # someone speaking on condition of anonymity is not the next person named
    ("A Wexley police officer, speaking on condition of anonymity, said that shifts were cut.\n\nTom Rudd said "
     "overtime was cut.", [("", "shifts were cut"), ("Tom Rudd", "overtime was cut")]),
    # `Police said` before any force is named is not whichever body is named next
    ("Police said the station would close.\n\nThe base is shared by Dunmore Police and Wexley Police.",
     [("", "the station would close")]),
    # `Westshire said` after `Westshire Constabulary` and `Westshire Joint Police Board`: the force so named
    ("Westshire Constabulary could close 16 stations.\n\nWestshire Joint Police Board meets on Friday.\n\n"
     "Westshire said patrols would replace the desks.",
     [("Westshire Constabulary", "patrols would replace the desks")]),
])
def test_speakers_of_patterns_found_in_a_twelfth_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the thirteenth set: `X, Wexley's top officer, said`: the officer named before his possessive role
    ("But Ch Supt Sam Dunn, Wexley\u2019s most senior officer, said that the town matters.\n\nMr Ian Hope, from "
     "the federation, spoke too.", [("Sam Dunn", "the town matters")]),
    # a titled name just before the verb, after a clause naming a body: the titled person speaks
    ("Speaking after the Wexley Audit Office report came out Baroness Hughes said: \u201cMinisters hold the "
     "money.\u201d", [("Baroness Hughes", "Ministers hold the money.")]),
    ("The letter to Mr Hughes said the force was short.", []),  # (the man written to is no speaker)
    # `X was known for A and Mr Y says B`: Mr Y, the subject of the second clause, not X
    ("The last holder of the job, Richard Brown, was known for his work on road safety and Mr Polly says he "
     "wants to carry on with it.", [("Mr Polly", "he wants to carry on with it")]),
    # a lede's `SENIOR police insisted`: capitals of the newspaper's style, no force called `Senior Police`
    ("SENIOR police on Monday insisted that shutting 13 desks would not matter.\n\nWexley Police runs the desks.",
     [("", "shutting 13 desks would not matter")]),
    # `Mr Jones said` after Mark Jones and Sarah Jones are named: the man
    ("Mark Jones wrote to the minister Sarah Jones about the limit.\n\nMr Jones said the force needed 20 officers.",
     [("Mark Jones", "the force needed 20 officers")]),
    # one named after `a visit by Labour's shadow minister, X` is named in passing: `he` is still the last speaker
    ("Mr Tom Green said: \u201cThe cuts hurt.\u201d\n\nMr Green was speaking after a visit by Labour\u2019s shadow "
     "policing minister, Jack Dodd.\n\n\u201cDesks should stay open,\u201d he said.",
     [("Tom Green", "The cuts hurt."), ("Tom Green", "Desks should stay open")]),
    # `Cllr A, and Chief Constable, B, pledged`: a joint subject, the first named, with the second's title apart
    ("On Friday, leader of Wexley Council, Cllr Sam Bray, and Chief Constable, Lee Fry, pledged to keep the desks "
     "open.", [("Sam Bray", "to keep the desks open")]),
    # `The county's budget watchdog said A`: someone the draft cannot name speaks; drafted with no speaker, not lost
    ("Wexley Police is short of money.\n\nThe county\u2019s budget watchdog said the force had 40 too few staff.",
     [("", "the force had 40 too few staff")]),
    ("The figures revealed that the force had 40 too few staff.", []),  # (a document, no speaker: the paper's own)
    # `praised A and applauded B`; `A, but again insisted B`; `blamed A which he said is B`: two claims each
    ("Mr Tom Rudd praised the force for its careful budgets and applauded the savings it found in Wexley.",
     [("Tom Rudd", "praised the force for its careful budgets"),
      ("Tom Rudd", "applauded the savings it found in Wexley")]),
    ("Supt Ann Dale said officers cover for missing clerks every day, but again insisted there is no plan to "
     "replace them.", [("Ann Dale", "officers cover for missing clerks every day"),
                       ("Ann Dale", "there is no plan to replace them")]),
    ("Cllr Tom Rudd criticised the minister for the fall in numbers which he said is piling work on the rest.",
     [("Tom Rudd", "criticised the minister for the fall in numbers"), ("Tom Rudd", "is piling work on the rest")]),
    # `Having outlined A, X said B`: `Having` opens the sentence, it names nobody
    ("Having already set out plans to trim \u00a31.2m, Commissioner Cath Rope said more would follow.",
     [("Cath Rope", "more would follow")]),
    # `The move follows a pilot in X where Y Police claim that A`; `today (Fri) X Police Authority say A`
    ("The change follows a trial in Wexley where Northshire Police claim that calls were handled faster.",
     [("Northshire Police", "calls were handled faster")]),
    ("As budgets shrink, today (Fri) Wexley Police Authority say they will close two desks.",
     [("Wexley Police Authority", "they will close two desks")]),
    # `A paper sent to the panel by the force said:` is the force
    ("Wexley Police faces cuts.\n\nA paper sent to the panel by the force said: \u201cWe need \u00a3140m.\u201d",
     [("Wexley Police", "We need \u00a3140m.")]),
    # a subject whose `who` clause runs past the reach of a subject: the name it cut into is read whole
    ("Mr Hale, who left his job as an Assistant Commissioner at Wexley Police for a post in Northshire in 2007, and "
     "will earn far more than he ever did, in his new post, said: \u201cIt is too soon to say.\u201d",
     [("Mr Hale", "It is too soon to say.")]),
])
def test_speakers_of_patterns_found_in_a_thirteenth_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the fourteenth set: `told the Home Secretary, Kay Pike, that A` and `told the meeting, held in Leigh, that A`:
    # who heard it, set off by commas, then the claim
    ("Mr Tom Brown told the Home Secretary, Kay Pike, that the force needed 50 more officers.",
     [("Tom Brown", "the force needed 50 more officers")]),
    ("Cllr Ann Vale spoke first.\n\nShe told the meeting, held in Leigh, that crime had fallen.",
     [("Ann Vale", "crime had fallen")]),
    # several people under one plural title, or a first one with a party: the first named speaks for them
    ("Local MPs Tom Darling and Kay Voaden said the cuts were wrong.", [("Tom Darling", "the cuts were wrong")]),
    ("Former Labour leader Sam Hill and Ann Cole said the cuts were wrong.", [("Sam Hill", "the cuts were wrong")]),
    # a nation's party is a body, not a person named `Welsh Labour`
    ("Welsh Labour said the cuts were bad.", [("Welsh Labour", "the cuts were bad")]),
    # `X who led the raids, which took in A, B and Ann Bell's bar, said`: the name before `who`
    ("Sgt Tom Hale who led the raids, which took in The Anchor, The Swan and Rosie Lee, said the night went well.",
     [("Tom Hale", "the night went well")]),
    # one body whose name holds `and` or `&`
    ("Meanwhile, the Wexley Fire and Rescue Service (WFRS) has said it may cut 18 posts.",
     [("Wexley Fire and Rescue Service", "it may cut 18 posts")]),
    ("Wexley & Northshire Constabulary said 33 knives were found.",
     [("Wexley & Northshire Constabulary", "33 knives were found")]),
    # `A and B` where A's title holds an `and` of its own: the `and` between the two names joins them
    ("Wexley Police and Crime Commissioner Tom Lane and Chief Constable Sir Ed Pike have called for a review.",
     [("Tom Lane", "a review")]),
    # `X has written to the minister and Mrs Y asking for A`: X asks, not Mrs Y
    ("Commissioner Ann Rowe spoke.\n\nMs Rowe has written to the Home Office and Mrs Hale asking for more "
     "officers.", [("Ann Rowe", "asking for more officers")]),
    # a body and then a person named together: the body, named first (but `Wexley Police and Crime Commissioner X`
    # is one person's title)
    ("Wexley Police and Police and Crime Commissioner Ann Rowe confirmed the plan in May.",
     [("Wexley Police", "the plan in May")]),
    ("Wexley Police and Crime Commissioner Ann Rowe confirmed the plan in May.", [("Ann Rowe", "the plan in May")]),
    # `..., with Cllr X saying:`: X speaks
    ("The plan was cut, with Cllr Tom Hale saying: \u201cIt must stop.\u201d", [("Tom Hale", "It must stop.")]),
    # words after a verb whose speaker is a group, with someone else's colon later in the sentence: nobody's yet
    ("Rival groups described the plan as \u201creckless\u201d, with Cllr Tom Hale saying: \u201cIt must stop.\u201d",
     [("", "reckless"), ("Tom Hale", "It must stop.")]),
    # `He has made a plea to the commissioner, X, saying A`: he says A, not X, whom he pleaded with
    ("Chief Constable Rod Hale spoke first.\n\nHe has made an urgent plea to Wexley's Police and Crime Commissioner, "
     "Tom Surl, saying that a rise would pay for 74 officers.",
     [("Rod Hale", "a rise would pay for 74 officers")]),
    # `An independent member of X Police Authority fears A`, `which a senior policing figure says B`: a person in
    # it, named later, not the authority or the force
    ("Cllr Ann Vale spoke.\n\nAn independent member of Wexley Police Authority fears the plan will fail.\n\n"
     "Tom Rudd, who sits on the authority, said: \u201cIt is wrong.\u201d",
     [("Tom Rudd", "the plan will fail"), ("Tom Rudd", "It is wrong.")]),
    # `X declined to give details, but added: "..."`: the first verb's subject adds it
    ("Wexley Police is cutting staff.\n\nA spokesman for the force declined to give a number for the staff "
     "moving, but added: \u201cWe have looked at every post.\u201d",
     [("Wexley Police", "We have looked at every post.")]),
    ("Cllr Ann Vale would not comment on the count, but added: \u201cWe have looked at every post.\u201d",
     [("Ann Vale", "We have looked at every post.")]),
    # a line of the page's furniture (`Hide Ad`) is no name, and a caption line ending in `Station` is a building
    ("Insp Tom Hale spoke.\n\nHide Ad\n\nHe said: \u201cWe are ready.\u201d", [("Tom Hale", "We are ready.")]),
    ("Wexley Police Station\n\nA spokesman for the force said: \u201cIt is done.\u201d\n\nNorthshire Police is "
     "moving staff.", [("Northshire Police", "It is done.")]),
    # `said A and therefore believes B`: two claims; `warned that A after it has emerged that B`: B is the news
    ("Mr Tom Rudd said arrests are rising and therefore believes the patrols are working.",
     [("Tom Rudd", "arrests are rising"), ("Tom Rudd", "the patrols are working")]),
    ("Cllr Ann Vale has warned that losing staff will slow replies after it has emerged that the desk will shut.",
     [("Ann Vale", "losing staff will slow replies")]),
    # a link to another story pasted with the article is no part of it
    ("Cllr Ann Vale spoke.\n\nREAD MORE: Mayor Tom Ash warned by the Lord Provost\n\nShe said: \u201cWe need "
     "more.\u201d", [("Ann Vale", "We need more.")]),
])
def test_speakers_of_patterns_found_in_a_fourteenth_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the fifteenth set: `a plan for the force, which a senior policing figure says means A`: someone the sentence
    # does not name says A, not the force before `which`; blank, to be filled in
    ("The council has \u201cshredded\u201d a plan for Wexley Police, which a senior policing figure says means "
     "leaders have \u201cgiven up\u201d on the town.\n\nTom Rudd, who chairs the federation, said: \u201cIt is "
     "wrong.\u201d",
     [("", "shredded"), ("", "means leaders have \u201cgiven up\u201d on the town"), ("", "given up"),
      ("Tom Rudd", "It is wrong.")]),
    # `X said A, however police say that B`, `X said A, but the council said that B`: B, and the words quoted in
    # it, are the second speaker's (a force or council read as the sentence reads it), not X's
    ("Home Secretary Tom Rudd said money will be there for Wexley Police, however police say that a gap could lead "
     "to a \u201ctipping point\u201d for the force.",
     [("Tom Rudd", "money will be there for Wexley Police"),
      ("Wexley Police", "a gap could lead to a \u201ctipping point\u201d for the force"),
      ("Wexley Police", "tipping point")]),
    ("Wexley Council met.\n\nHome Secretary Tom Rudd said money will be there, but the council said that a gap "
     "could lead to cuts.",
     [("Tom Rudd", "money will be there"), ("Wexley Council", "a gap could lead to cuts")]),
    # `Police Federation of England and Wales chair X said`: his body's name holds the `and`, then his role
    ("Police Federation of England and Wales chair Tom Rudd said the cut had let people down.",
     [("Tom Rudd", "the cut had let people down")]),
    # `COMMUNITIES have hit out`: many people (in a capitalised lede too), not a body called `Communities`
    ("COMMUNITIES have hit out at the cuts, with some calling them \u201ca gift to crooks\u201d.\n\nCllr Tom "
     "Rudd said: \u201cIt is wrong.\u201d",
     [("", "hit out at the cuts, with some calling them \u201ca gift to crooks\u201d"), ("", "a gift to crooks"),
      ("Tom Rudd", "It is wrong.")]),
    # `residents Andrew and Sarah Kerr told how A`: a couple under one surname, the first named (not `Sarah Kerr`,
    # the name nearest the verb)
    ("In May, Wexley residents Andrew and Sarah Kerr told how youths made their lives \u201chell\u201d.",
     [("Andrew Kerr", "how youths made their lives \u201chell\u201d"), ("Andrew Kerr", "hell")]),
    # `..., but as things stand the report says:`: how things stand, then the report's author speaks (not
    # the Government named in the clause before)
    ("A report by Tom Rudd was presented on Friday.\n\nThe authority awaits its grant from the Government, "
     "but as matters stand the report states: \u201cCuts of this size will hurt.\u201d",
     [("Tom Rudd", "Cuts of this size will hurt.")]),
    # a Scottish civic title before the name, as `Mayor`
    ("Provost Pat Reid said: \u201cWe should wait.\u201d", [("Pat Reid", "We should wait.")]),
    # a rank half in lower case, then the officer's division: the officer
    ("Chief superintendent Dan Flint of Wexley Division told the panel the plan gave more officers.",
     [("Dan Flint", "the plan gave more officers")]),
    # `MSPs have accused X`: many members of a parliament, as `MPs`, not a body called `MSPs`
    ("MSPs have accused the Government of treating officers \u201cwith contempt\u201d.",
     [("", "accused the Government of treating officers \u201cwith contempt\u201d"), ("", "with contempt")]),
    # a lede's `the commissioner`, named next as `police and crime commissioner (PCC) X`: the acronym between his
    # role and his name hides neither (not the councillor named first in that sentence)
    ("The rise was agreed after the commissioner said cuts were the alternative.\n\nAsked by Cllr Tom Rudd how "
     "people could pay, police and crime commissioner (PCC) Ann Rowe said it was needed.",
     [("Ann Rowe", "cuts were the alternative"), ("Ann Rowe", "it was needed")]),
    # `A senior police officer has said A`, the officer named later as `Chief superintendent X of Y Division`:
    # him, with a rank, not the councillor named first
    ("A senior police officer has said the plan will work.\n\nCllr Tom Rudd said he had doubts.\n\nChief "
     "superintendent Dan Flint of Wexley Division told the meeting more officers would patrol.",
     [("Dan Flint", "the plan will work"), ("Tom Rudd", "he had doubts"), ("Dan Flint", "more officers would patrol")]),
    # `branded cuts to X as 'disgraceful'` with no article before the object, and `labelled the plan "..."`
    ("Ann Fee, the Labour MSP, branded cuts to local patrols as 'shameful'.\n\nTom Rudd labelled the plan "
     "\u201ca shambles\u201d.",
     [("Ann Fee", "branded cuts to local patrols as 'shameful'"), ("Ann Fee", "shameful"),
      ("Tom Rudd", "labelled the plan \u201ca shambles\u201d"), ("Tom Rudd", "a shambles")]),
    # verbs of judgement at a passing-out: the verb is kept (but `wished to remain anonymous` says nothing)
    ("Chief Constable Tom Rudd congratulated the recruits.\n\nSupt Ann Vale wished the new officers luck and hailed "
     "the money spent on them.\n\nOne recruit wished to remain anonymous.",
     [("Tom Rudd", "congratulated the recruits"), ("Ann Vale", "wished the new officers luck"),
      ("Ann Vale", "hailed the money spent on them")]),
    # `X congratulated them, telling them: "..."`: the claim ends before `telling`, as before `adding`
    ("Chief Constable Tom Rudd congratulated the recruits, telling them: \u201cYou did well.\u201d",
     [("Tom Rudd", "congratulated the recruits"), ("Tom Rudd", "You did well.")]),
])
def test_speakers_of_patterns_found_in_a_fifteenth_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the sixteenth session: a left single mark glued to the word before it (`be\u2018unacceptable\u2019`, the
    # space lost) still opens the quote
    ("Cllr Tom Rudd said it would be\u2018shameful\u2019 to shut the desk.",
     [("Tom Rudd", "it would be\u2018shameful\u2019 to shut the desk"), ("Tom Rudd", "shameful")]),
    # `told the cabinet A`, `told the board A`: the listeners, then the claim (as `told the panel`)
    ("Cllr Tom Rudd told the cabinet there was a good case for the officers.",
     [("Tom Rudd", "there was a good case for the officers")]),
    # the same after a first claim: `said A and told the cabinet B` (seen on the review page)
    ("Cllr Tom Rudd said the cuts were wrong and told the cabinet there was no money left.",
     [("Tom Rudd", "the cuts were wrong"), ("Tom Rudd", "there was no money left")]),
    # `CLAIM, a council officer told the cabinet.`: the claim before the comma, given by the council (its staff
    # speak for it), not by the next person named
    ("Wexley Council will buy six officers.\n\nThe officers will patrol the market, a council officer told the "
     "cabinet.\n\nCllr Tom Rudd said the plan was sound.",
     [("Wexley Council", "The officers will patrol the market"), ("Tom Rudd", "the plan was sound")]),
    # `A spokesman for Wexley police`: the force of that place, in lower case, as `Wexley police said`
    ("Wexley Police has 900 officers.\n\nA spokesman for Wexley police said: \u201cWe agree.\u201d",
     [("Wexley Police", "We agree.")]),
    # `Commander X` is a rank, so `Commander Surname` later is the same officer
    ("Commander Ann Vale led the week of action.\n\nCommander Vale said: \u201cIt went well.\u201d",
     [("Ann Vale", "It went well.")]),
    # `Wexley First\u2019s Tom Rudd`: a person of a body, by full name, not the body
    ("Wexley First\u2019s Tom Rudd said: \u201cGood news.\u201d", [("Tom Rudd", "Good news.")]),
    # `The union representing rank and file officers in Wexley has said that A`: the body its head names (papers
    # call the Police Federation a union), named next, not a claim lost for want of a subject
    ("The union representing rank and file officers in Wexley has said that time is short.\n\nTom Rudd, chair of "
     "the Wexley Police Federation, said: \u201cWe need more.\u201d",
     [("Wexley Police Federation", "time is short"), ("Tom Rudd", "We need more.")]),
])
def test_speakers_of_patterns_found_in_a_sixteenth_set_of_real_articles(text, expected):
    assert speakers_of(text) == expected


def test_a_councillors_ward_in_brackets_is_no_other_person_in_the_sentence():
    """`Cllr X (Wexley East, Con) said`: the ward beside the party is a place, so the row carries no "Check who
    said it" note naming `Wexley East` as another person; a person in brackets with no party is still a name."""
    for text in ("Cllr Tom Rudd (Wexley East, Con) said the desk would shut in May.",
                 "Cllr Tom Rudd (Lab, Wexley East) said the desk would shut in May."):
        (name, _, note), = speakers_under("Desk to shut", text)
        assert (name, note) == ("Tom Rudd", ""), text


def test_a_lede_set_in_capitals_is_read_in_ordinary_case_with_its_small_words_in_lower_case():
    """`SCORES OF officers ...` opens a paragraph in the paper's style: read as `Scores of officers`, so that no
    name `Scores Of` is taken from it (one was, and became the speaker of a later `the constable said`)."""
    from components.drafting.quotes import ordinary_case_leads
    assert ordinary_case_leads("SCORES OF officers will join.", set()) == "Scores of officers will join."
    assert ordinary_case_leads("THE Chief Constable said.", set()) == "The Chief Constable said."
    assert ordinary_case_leads("MOPAC AND the force said.", {"MOPAC"}) == "MOPAC and the force said."


def speakers_under(title: str, text: str) -> list[tuple[str, str, str]]:
    draft = drafting.draft_article(text, drafting.ArticleMeta(title, "Daily Post"), *TABLES)
    names = draft.frames["speakers"].set_index("speaker_id")["name"]
    return [(names.get(q.speaker_id, ""), q.text, q.note) for q in draft.frames["quotes"].itertuples()]


@pytest.mark.parametrize("title, who", [
    ("Wexley police cuts: 80 PCSO jobs to go", "Wexley Police"),  # a force the headline names
    ("Extra police for Wexley town centre", ""),  # `Extra police` is no force
    ("Wexley police station to close", ""),  # a building, not the force
    ("Wexley Police Cuts: 80 PCSO Jobs To Go", ""),  # a headline in Title Case: nothing read from it
])
def test_a_force_the_headline_names_is_the_force_a_first_paragraph_means(title, who):
    """`The force announced ...` before any force is named in the body: the force the headline names, as a reader
    reads it, said so on the row; and nobody when the headline names none."""
    text = "The force announced it was cutting 80 PCSOs in Wexley.\n\nWexley police said the cuts were needed."
    first = speakers_under(title, text)[0]
    assert first[:2] == (who, "it was cutting 80 PCSOs in Wexley")
    assert ("headline" in first[2]) == bool(who), first[2]


def test_a_person_the_headline_names_is_who_an_opening_he_means():
    rows = speakers_under("Commissioner Tom Rudd says cuts are inevitable", "He said the force would lose 20 officers.")
    assert rows[0][:2] == ("Tom Rudd", "the force would lose 20 officers")
    assert "headline" in rows[0][2]
    assert speakers_under("Cuts are inevitable", "He said the force would lose 20 officers.")[0][0] == ""


def test_a_number_word_before_a_place_word_is_no_place():
    """`Six community safety posts`: `community` follows a place's name, but `Six` is a number, not a town."""
    draft = drafting.draft_article("Six community safety posts were cut in Wexley.", META, *TABLES)
    assert "Six" not in set(draft.frames["areas"]["name"])
    assert "Wexley" in set(draft.frames["areas"]["name"])


def test_a_surname_with_a_possessive_after_a_title_is_no_place():
    """`a survey by Mr Ash-Ward's office`: a person's office; read as a place, it hid `Jon Ash-Wards` named later,
    and his quote went to the chief constable named in the same sentence."""
    text = ("In a survey by Mr Ash-Ward's office, 88% said they feel safe.\n\nSpeaking after a patrol with the Chief "
            "Constable Andy Prow,Jon Ash-Wards, Police & Crime Commissioner, said:\n\n\"Patrols build trust.\"")
    draft = drafting.draft_article(text, META, *TABLES)
    assert not any("Ash-Ward" in note for note in draft.unsure if note.startswith("New area")), draft.unsure
    assert speakers_of(text) == [("Jon Ash-Wards", "Patrols build trust.")]


def test_a_party_named_in_full_is_a_body_not_a_person():
    draft = drafting.draft_article("Plaid Cymru said the rise was too steep.", META, *TABLES)
    kinds = draft.frames["speakers"].set_index("name")["kind"]
    assert kinds["Plaid Cymru"] == "organisation"


def test_a_speaker_read_from_a_later_name_is_not_the_last_speaker_before_it_is_named():
    """A lede's `top cop` is read as the person named further on; a role after it must not take that person's
    last mention before it (there is none: this raised ValueError on a real article)."""
    text = ("Staffing in Northam is down, after the town\u2019s top cop claimed it had more officers than it "
            "needed.\n\nDays after the police chief of nearby Southam quit and claimed the force was broke, new "
            "totals show a fall.\n\nMatt Dale said Northam had long been over its quota.")
    found = speakers_of(text)
    assert found[0] == ("Matt Dale", "it had more officers than it needed")
    assert found[-1] == ("Matt Dale", "Northam had long been over its quota")


def test_a_year_with_a_unit_further_on_is_not_a_figure():
    draft = drafting.draft_article("There were 300 fewer arrests than in the same months of 2012 since officers "
                                   "were diverted.", META, *TABLES)
    assert [float(v) for v in draft.frames["figures"]["value"]] == [300.0]


@pytest.mark.parametrize("text, expected", [
    ("Officer numbers were down 136 from the year before.", [(136, "officers")]),
    ("Numbers showed a fall of 122 officers.", [(122, "officers")]),
    ("Officer numbers fell by 87 in Herts.", [(87, "officers")]),
    ("We need more like 235 officers, he said.", [(235, "officers")]),
    ("The force recruits 25 officers per month.", [(25, "officers")]),
    ("There are 90 'visible operational front line' officers.", [(90, "officers")]),
    ("Seventy-three per cent of residents said so.", [(73, "per cent")]),
    ("The force needs another 40 or so officers.", [(40, "officers")]),
    ("There were about 160, but now fewer officers.", [(160, "officers")]),
    ("Officers carried out 12 search warrants and 40 stop searches, gathered 300 items of intelligence across four "
     "districts and had six sergeants.", [(12, "warrants"), (40, "searches"), (300, "items of intelligence"),
                                          (4, "districts"), (6, "sergeants")]),
    ("The force has 128 police community support officers.", [(128, "PCSOs")]),
    ("The precept rises by 8p a week, a \ufffd9million cut.", [(8, "pence"), (9, "million pounds")]),
    ("In 2020-21 and 2021/22 the force will hire 40 officers.", [(40, "officers")]),
    ("People as young as 13 carry knives, and 12 officers patrol.", [(12, "officers")]),
    ("Here are the arrest figures for each area:\n\nNorth Division - 11\n\n"
     "East Division \u2013 14", [(11, "arrests"), (14, "arrests")]),
    ("Plans to cut PSNI numbers by 238 are madness. Numbers will fall to 6,600.",
     [(238, "officers"), (6600, "officers")]),
    # a bare `numbers` in a later paragraph: the officer numbers the article spoke of before
    ("Police numbers are a worry.\n\nSince 2012 the numbers have dropped by 412.", [(412, "officers")]),
    # what an operation counts, and numbers whose unit stands elsewhere in the sentence
    ("Among those arrested were two youths and three men; officers seized two swords and three kilograms of cannabis.",
     [(2, "people"), (3, "people"), (2, "weapons"), (3, "kilograms")]),
    ("There were 160 fewer PCSOs. Some 135 of these were in the city.", [(160, "PCSOs"), (135, "PCSOs")]),
    ("Eleven of the borough\u2019s 24 PCSOs face the axe.", [(11, "PCSOs"), (24, "PCSOs")]),
    ("The number of CBM posts will drop from 13 to just six.", [(13, "posts"), (6, "posts")]),
    # emergency and non-emergency numbers are telephone numbers; `1,101 county lines` is a figure
    ("Fewer officers attend 999 calls; report it on 101. Teams closed 1,101 county lines.", [(1101, "lines")]),
    # weapons an operation seized, job losses, visitors to a desk
    ("Officers found two live firearms, three machetes and two guns.",
     [(2, "weapons"), (3, "weapons"), (2, "weapons")]),
    ("There have been a dozen enforced redundancies. The desk had eight visitors a day.",
     [(12, "jobs"), (8, "visitors")]),
    # `5.5pc`: per cent as many papers print it (but `PC Tom Hale` and `3 PCs` are officers)
    ("The precept rises 5.5pc, then 6.5 pc. PC Tom Hale and 3 PCs joined.",
     [(5.5, "per cent"), (6.5, "per cent"), (3, "constables")]),
    # drugs seized by weight, the unit joined to the number (but `5G` is no weight)
    ("Officers seized 2.99kg of cocaine and 355g of crack near the 5G mast.", [(2.99, "kilograms"), (355, "grams")]),
    # a force's headcount counts its officers (`The head count was 6,672`), a bill with no unit nothing
    ("The county's headcount stood at 1,519.\n\nIn March the head count was 1,490.\n\nThe bill was 6,672.",
     [(1519, "officers"), (1490, "officers")]),
])
def test_each_number_counts_what_its_sentence_says(text, expected):
    draft = drafting.draft_article(text, META, *TABLES)
    found = [(float(f.value), f.unit) for f in draft.frames["figures"].itertuples()]
    assert found == [(float(v), unit) for v, unit in expected]


def figure_speakers(text: str) -> list[tuple[float, str, str]]:
    """(value, speaker name, note) of each drafted figure."""
    draft = drafting.draft_article(text, META, *TABLES)
    names = draft.frames["speakers"].set_index("speaker_id")["name"]
    return [(float(f.value), names[f.speaker_id], f.note) for f in draft.frames["figures"].itertuples()]


@pytest.mark.parametrize("text, expected", [
    ("Figures from the Ministry of Justice show that 41 officers have left.", [(41, "Ministry of Justice")]),
    ("Data obtained from Kent County Council puts the number of empty PCSO posts at 17.",
     [(17, "Kent County Council")]),
    ("The data \u2013 published by the Scottish Government \u2013 showed 12 police stations had shut.",
     [(12, "Scottish Government")]),
    ("Newly published Office of Police Analysis (OPA) figures show spending fell by 9.5 per cent.",
     [(9.5, "Office of Police Analysis")]),
    # `the figures` point back to the body credited last, also in a later paragraph
    ("Figures from the Home Office show 300 officers joined.\n\nThe latest figures also show 40 PCSOs left.",
     [(300, "Home Office"), (40, "Home Office")]),
    ("Home Office data, released this week, shows police numbers fell by 87 officers.", [(87, "Home Office")]),
    # with no body named first, a number the article states is its own (the publisher's)
    ("The new figures show police numbers are up by 1,022.", [(1022, "Daily Post")]),
    # what a body plans is the article's statement until a reviewer says otherwise
    ("The force is proposing to cut the number of PCSOs from 108 to 46.", [(108, "Daily Post"), (46, "Daily Post")]),
    # statistics credited inside someone's claim are the body's (`X urged action after Y figures revealed ...`)
    ("MSP Ann Kerr urged ministers to act after new Police Scotland figures revealed that the division has lost "
     "28 officers.", [(28, "Police Scotland")]),
    # statistics a body commissioned; `The figures include`; an acronym before `Union` is its name, not a place
    ("The statistics, commissioned by the Green Party, show PCSO posts fell by 14 per cent.", [(14, "Green Party")]),
    ("Data from the GMB Union show 900 staff jobs have gone.\n\nThe figures include 300 PCSO roles.",
     [(900, "GMB Union"), (300, "GMB Union")]),
    # `According to Home Office figures`, `the stats come from X's report`, `X data recently showed`, `X survey of
    # officers has revealed`; and `According to the report`, `The figure includes` pointing back to them
    ("According to Home Office figures out in May, the number of officers in Wexley has fallen by 21,500.",
     [(21500, "Home Office")]),
    ("The stats come from Police Scotland\u2019s yearly report and show that 458 officers left.",
     [(458, "Police Scotland")]),
    ("House of Commons data recently showed that Wexley has 141 officers.", [(141, "House of Commons")]),
    ("A Police Federation survey of officers in Wexley has revealed that 98% feel morale has fallen.\n\n"
     "According to the survey, 88 per cent expect crime to rise.",
     [(98, "Police Federation"), (88, "Police Federation")]),
    ("Figures from the Home Office show 600 posts will go.\n\nThe figure includes 400 police officer posts.",
     [(600, "Home Office"), (400, "Home Office")]),
    # a plan a passive gives to a body or a person: `have been set out by X`, `The scheme announced by X would`
    ("Plans to cut 500 officers have been set out by Wexley Police.", [(500, "Wexley Police")]),
    ("The scheme announced by commissioner Ann Vale would add 40 PCSOs.", [(40, "Ann Vale")]),
    # (but `arrested by` is no statement)
    ("The man was arrested by Wexley Police after 3 raids.", [(3, "Daily Post")]),
    # figures a person released are theirs; `information published by` a body is that body's
    ("New figures, released by Commissioner Tom Rudd, showed that 1,500 officers had gone.", [(1500, "Tom Rudd")]),
    ("Information published by the Home Office on Monday shows 1,411 officers serve in Wexley.",
     [(1411, "Home Office")]),
])
def test_figures_go_to_the_source_their_sentence_credits(text, expected):
    found = figure_speakers(text)
    assert [(value, name) for value, name, _ in found] == [(float(v), name) for v, name in expected]
    for value, name, note in found:  # a credit the draft read, not a quote: said on the row, for the reviewer
        assert (name in note) == (name != "Daily Post"), (value, note)


def test_a_role_is_read_from_the_apposition_not_from_the_verb_after_the_name():
    """`But Lib Dem councillor in Exmoor, Ann Dee, insisted the rise would hurt`: her role is the phrase before
    her name (without `But`), not the verb phrase after it."""
    draft = drafting.draft_article("But Liberal Democrat councillor in Exmoor, Ann Dee, insisted the rise would hurt "
                                   "many people.", META, *TABLES)
    roles = draft.frames["speakers"].set_index("name")["role"]
    assert roles["Ann Dee"] == "Liberal Democrat councillor in Exmoor"


@pytest.mark.parametrize("text, who, also", [
    # two people named together as the subject: the first stands for both, and the row says the other is there too
    ("Cllr Ann Vale and Inspector Tom Reed said the desk would shut in May.", "Ann Vale", "Tom Reed"),
    # a person named in a clause about the speaker: the speaker is read, the other is named on the row
    ("Mr Joe Hale, who met Kay Pike on Monday, said 50 more officers were needed.", "Joe Hale", "Kay Pike"),
    # a quote introduced in a sentence naming a second person
    ("Ms Lin Bell, speaking after Mr Rob Hart\u2019s talk, said: \u201cWe need more officers.\u201d", "Lin Bell",
     "Rob Hart"),
    # two bodies: a body is named beside a body that speaks
    ("Wexley Council and Northshire Police said that the desk would shut in May.", "Wexley Council",
     "Northshire Police"),
])
def test_a_sentence_naming_someone_else_before_the_claim_is_noted(text, who, also):
    """The draft reads one speaker with confidence, but the sentence names another person (or another body, for a
    body) before the claim: the row says so, so that no such choice reaches the reviewer unmarked (#12)."""
    (name, _, note), = speakers_under("Desk to shut", text)
    assert name == who
    assert note.startswith("Check who said it") and also in note, note


@pytest.mark.parametrize("text", [
    # the speaker's own body after the name is no other speaker
    "Dan Rook, chairman of Wexley Police Federation, said the desk would shut in May.",
    # a body named beside a person who speaks: not a rival for a person
    "Speaking at Wexley Council, Cllr Ann Vale said the desk would shut in May.",
    # nobody else in the sentence
    "Cllr Ann Vale said the desk would shut in May.",
])
def test_a_sentence_naming_only_the_speaker_or_a_body_beside_a_person_has_no_note(text):
    (name, _, note), = speakers_under("Desk to shut", text)
    assert name and note == "", (name, note)


def test_a_pronoun_read_as_the_only_person_named_since_the_last_speaker_is_to_check():
    """`He said:` after someone new is named since the last speaker: read as the new person, but marked to check
    (wrong in 4 of 10 such rows of the held-out sets), not `usually right`."""
    draft = drafting.draft_article("Cllr Tom Rudd said the plan was good.\n\nThe Home Secretary, Sam Vale, visited "
                                   "the town on Monday.\n\nHe said: \u201cIt will work.\u201d", META, *TABLES)
    quotes = draft.frames["quotes"]
    names = draft.speaker_names(quotes)
    assert list(names) == ["Tom Rudd", "Sam Vale"]
    assert "only person named since" in quotes["note"].iloc[1]
    assert list(doubt.to_check(quotes)) == [False, True]


def test_a_quote_after_adding_in_its_speakers_own_paragraph_says_so_in_its_note():
    """`X congratulated the recruits, adding: "..."`: the note is to check (no verb names the quote's speaker), but
    it does not say that nobody is named in the paragraph, which would be false."""
    (_, _, claim_note), (name, _, note) = speakers_under(
        "Recruits pass out", "Chief Constable Tom Rudd congratulated the recruits, adding: \u201cYou did well.\u201d")
    assert name == "Tom Rudd" and claim_note == ""
    assert "earlier in the paragraph" in note and "No speaker named in the paragraph" not in note, note


@pytest.mark.parametrize("named, typed, who", [
    ("Dave Ratchford", "Mr Batchford", "Mr Batchford"),  # the first letter changed: another name, as Fernandez is
    ("David Lloyd", "Mr Loyd", "David Lloyd"),  # one letter dropped inside the name
    ("John Dwyer", "Mr Dywer", "John Dwyer"),  # two neighbouring letters swapped
    ("Alison Hernandez", "Ms Hernandaz", "Alison Hernandez"),  # one letter changed inside a long name
    ("Tom Clark", "Mr Clarke", "Mr Clarke"),  # a last letter added: another name, not a slip
    ("Ann Hill", "Mr Hall", "Mr Hall"),  # a short name with one letter changed: another name
    ("Tom Smyth", "Mr Smith", "Mr Smith"),  # the same, in five letters
    ("Ann Dwyer", "Mr Dywer", "Mr Dywer"),  # a slip that would make a woman a man: another person
    ("Jo Kerr", "Mr Karr", "Mr Karr"),  # a four-letter name with one letter changed: another name
])
def test_a_surname_one_typing_slip_from_a_named_person_is_that_person_noted(named, typed, who):
    """`Mr Loyd said` in an article that names David Lloyd and nobody called Loyd: the paper's typo, read as David
    Lloyd with a note to check the name; a surname that is a name of its own (`Clarke` beside `Clark`) is not."""
    text = f"The meeting was chaired by {named}.\n\n{typed} said the desk would shut in May."
    (name, _, note), = speakers_under("Desk to shut", text)
    assert name == who
    assert ("one letter apart" in note) == (who == named), note
