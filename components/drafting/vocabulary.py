"""Word lists the drafting rules read: verbs of saying, titles, roles, parties, organisation heads."""

from __future__ import annotations

import re

BLANK = "\x00"  # stands in for quoted words, so verbs and commas inside quotes are not read as narrative
OPEN_MARKS, CLOSE_MARKS, STRAIGHT = "\u201c", "\u201d", '"'
QUOTE_MARK_CHARS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT

MONTHS = ("January February March April May June July August September October November December "
          "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# `On Wednesday Ian Pointon criticised ...`: when, before the subject of a sentence
DAY_LEAD_RE = re.compile(r"^(?:(?:On|Last|This|Earlier|Late|By)\s+)?(?:" + "|".join(DAYS) + r"|Yesterday|Today|"
                         r"Tonight)(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=[A-Z]|the\s+[A-Z])"
                         r"|^(?:Last|This)\s+(?:night|week|month|year|weekend),?\s+(?=[A-Z]|the\s|an?\s)"
                         r"|^(?:However|Meanwhile|But|And|Instead|Now|Still|Yet|Also|Indeed|Separately|Elsewhere|"
                         r"Previously|Earlier|Later|Then),?\s+(?=[A-Z]|the\s)"  # `However City Hall said`
                         r"|^(?:In response|In reply|Responding|In a statement|Afterwards|Speaking afterwards),?\s+"
                         r"(?=(?:the\s+)?[A-Za-z])"  # `In response the commissioner said`
                         r"|^(?:(?:But|And|However|Then),?\s+)?(?:[Bb]ack\s+)?(?:[Ii]n|[Bb]y|[Ss]ince)\s+"
                         r"(?:early\s+|late\s+)?(?:(?:" + "|".join(MONTHS) + r")(?:\s+\d{4})?|\d{4})"  # `But in May`
                         r",?\s+(?=[A-Z]|the\s)"  # `In December 2011 the force announced`
                         r"|^(?:Earlier|Later)\s+(?:this|that|last)\s+(?:week|month|year|spring|summer|autumn|winter)"
                         r",?\s+(?=[A-Z]|the\s)"  # `Earlier this year the force said`
                         r"|^(?:A|One|Two|Three|Four|Five|Six|Several|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago"
                         r",?\s+(?=[A-Z]|the\s)")  # `Two years ago the force said`

# --- vocabularies ---------------------------------------------------------------------------------------------

SAY_VERBS = ("said says say claim added adds told tells declared declares stated states claimed claims warned warns "
             "explained insisted insists argued argues admitted admits revealed reveals confirmed confirms "
             "announced stressed replied responded commented continued noted believes believed suggested "
             "maintained estimated predicted conceded acknowledged agreed asked wrote fears feared hoped hopes "
             "claiming maintain maintains insist warn admit confirm believe reassure reassured assured informed "
             "reiterated reminded concerned worried writes posted tweeted argue affirmed emphasised emphasized "
             "signalled guaranteed underlined tell suggests suggest countered indicated indicates accepted accepts "
             "revealing saying insisting admitting warning conceding fear mentioned recommended recommends hinted "
             "hints cites confessed confesses recommending assure state concede concedes unhappy dismayed "
             "disappointed").split() + [
                 "spoke about", "spoke of", "reported that",
                 r"comments(?=\s*:)",  # `Supt Matthew Nix comments: “...”` (not `his comments`)
                 # `Dolby reported a fall in calls` (not `reported on`, `we reported last week`, `was reported to`)
                 r"(?<!we )(?<!We )(?<!was )(?<!were )(?<!been )reported"
                 r"(?!\s+(?:on|to|by|in|last|earlier|this|that)\b)",
                 "made it clear", "made clear", "found that",
                 "remains confident", "is confident", "remains adamant", "is adamant"]
ADJECTIVE_SAYS = {"concerned", "worried", "unhappy", "dismayed", "disappointed"}  # say something only before `that`
CLAIM_VERBS = ("defended|pointed to|pointed out|welcomed|called on|called for|accused|pledged|promised|criticised|"
               "criticized|blamed|praised|urged|backed|slammed|hit out at|highlighted|vowed|denied|rejected|demanded|"
               "disputed|refuted|set out|outlined|unveiled|cited|hit back at|aired|condemned|condemns|laid out|"
               "requested|opposed|challenged(?=\\s+(?:claims|suggestions|assertions|figures)\\b)|"
               "raised (?:serious |grave |real |further )?(?:concerns|fears|questions)|"
               "questioned|dismissed|described|invited|identified|warned of|appealed for|expressed|calling for|"
               "calling on|asking for|asked for|blames|welcomes|urges|defends|pointed the finger|echoed|voiced|"
               # `branded the cuts “a disgrace”`, `branded cuts to policing as ‘disgraceful’`: with a quoted word after
               "(?:branded|labelled)(?=\\s+[a-z][^.;:“”\"\\x00]{0,60}[“\"‘\\x00])|"
               "thanked|applauded|gave a (?:cautious |warm |guarded )?welcome to|congratulated|hailed|"
               "wished(?!\\s+to\\b)|"  # `wished the new officers luck` (not `wished to remain anonymous`)
               "(?:called|calling)(?=\\s+(?:the|it|them|this|that|these|his|her|their|its|a|an)\\s[^.;:“”\"\\x00]{0,60}"
               "[“\"‘\\x00])")
# (`called the figures “alarming”`: a verb of saying only when a quoted word follows)
# claim verbs whose object is what was said (`pledged 50 more officers`, `called for a review`): the claim is the
# object, as careful readers mark it; the others keep their verb (`defended the plan`, `criticised the cuts`)
OBJECT_CLAIM_VERBS = {"pointed to", "pointed out", "called on", "called for", "calling for", "calling on", "pledged",
                      "promised", "urged", "urges", "highlighted", "vowed", "demanded", "set out", "outlined",
                      "unveiled", "requested", "warned of", "asked for", "appealed for", "expressed"}
VERB_RE = re.compile(rf"\b(?:(?P<claim>{CLAIM_VERBS})|(?P<say>{'|'.join(SAY_VERBS)}))\b")
PASSIVE_RE = re.compile(r"\b(?:been|was|were|is|are|be)\s+(?:branded|described as|labelled|labeled|called|criticised|"
                        r"condemned|slammed|welcomed|praised|attacked|dismissed as)\b")
AUX_TAIL_RE = re.compile(r"(?:\s+(?:also|has|have|had|is|are|reportedly|publicly|privately|strongly|firmly|openly|"
                         r"tried to|attempted to|sought to|moved to|went on to|wanted to|will|would|is set to|"
                         r"is expected to|is due to|do|does|did|"
                         r"today|yesterday|later|then|previously|further|recently|again|"
                         r"repeatedly|has also|was|were|quickly|now|once|earlier|however|tonight|already|just|"
                         r"(?-i:[a-z]{2,}ly)|"  # `has cautiously welcomed`, `publicly thanked`: an adverb
                         r"(?:last|this|on) "
                         r"(?:week|night|morning|afternoon|evening|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|"
                         r"Friday|Saturday|Sunday)|at the weekend|in a statement))+\s*$", re.I)

HONORIFICS = set("Mr Mrs Ms Miss Dr Cllr Cllrs Cll Coun Councillor Councillors Sir Dame Lord Lady Baroness Supt Chf "
                 "Superintendent Insp PCSO SPC Mayor Provost Bailie Commander "
                 "Inspector Sgt Sergeant PC DC DS DI DCI Det Detective Constable Commissioner Prof Professor Rev Ch "
                 "CS DCS CC ACC DCC Con Cons CI Officer "
                 "Mr. Mrs. Ms. Dr. Cllr. Coun. Supt. Insp. Sgt. Det. Ch. Prof. Rev.".split())
ROLE_WORDS = HONORIFICS | set("Secretary Minister Commander Chief Leader Mayor MP MEP MSP MLA AM PCC Chairman "
                              "Chairwoman "
                              "Chair "
                              "Director Deputy Assistant President Head Officer Commissioner Spokesman Spokeswoman "
                              "Spokesperson "
                              "Organiser Adviser Member Manager Executive Independent".split())
ROLE_ACRONYMS = set("PCC PFCC MP MSP MS AM MLA TD MEP PS DCC ACC PCSO CEO".split())  # titles in capitals before a name
ROLE_LOWER = set("leader chief councillor member resident organiser adviser commander spokesman spokeswoman "
                 "spokesperson officer safety community cabinet group deputy portfolio holder campaigner chairman "
                 "chairwoman chair head director boss manager secretary minister inspector sergeant constable "
                 "superintendent representative mother father owner shopkeeper worker mayor commissioner".split())
PARTIES = {"Independent": "Independent", "Labour": "Labour", "Conservative": "Conservative",
           "Conservatives": "Conservative", "Tory": "Conservative", "Tories": "Conservative",
           "Liberal Democrat": "Liberal Democrat", "Liberal Democrats": "Liberal Democrat",
           "Lib Dem": "Liberal Democrat", "Green": "Green", "Greens": "Green", "Reform": "Reform UK", "UKIP": "UKIP",
           "SNP": "SNP", "Plaid Cymru": "Plaid Cymru", "Plaid": "Plaid Cymru", "Sinn Féin": "Sinn Féin",
           "Sinn Fein": "Sinn Féin", "DUP": "DUP",
           "UUP": "UUP", "SDLP": "SDLP", "TUV": "TUV"}


def party_in(text: str) -> str:
    """The party a phrase names (`Labour councillor` -> Labour), in the order PARTIES lists them, or ""."""
    found = {m.group() for m in PARTIES_RE.finditer(text)}
    return next((party for word, party in PARTIES.items() if word in found), "")


PARTY_NAMES = "|".join(sorted(PARTIES, key=len, reverse=True))  # a party's names for a pattern, longest first
PARTIES_RE = re.compile(r"\b(?:" + PARTY_NAMES + r")\b")
ORG_HEADS = set("Police Council Government Conservatives Labour Party Federation Office Trust Trusts Service "
                "Commission Constabulary Association Union Ministry Department Authority Partnership Board Agency "
                "Unison NFU NHS Parliament Commons Panel Unit Democrats Society Charity Foundation Network "
                "Alliance Assembly Senedd Bureau Forum Inspectorate Institute Committee Executive College "
                "Library".split())
# newspapers and broadcasters are organisations, never people
ORG_HEADS |= set("Post Echo Times Mail Star Gazette Herald Advertiser Chronicle Observer Argus Journal Mirror "
                 "Telegraph Express News Press Standard Guardian Courier Sentinel Bulletin Today Radio".split())
KNOWN_ORG_ACRONYMS = set("NHS NFU NPCC IOPC HMICFRS HMIC CPS BTP NCA GMB RSPCA NSPCC BBC ITV GMP UNISON PSNI "
                         "Met".split())
# streets: a place, nobody who speaks (`Rose Lane`), but for the street whose name stands for a body
STREET_WORDS = set("Street Road Lane Avenue Way Drive Close Crescent Terrace Square Place Row".split())
STREET_BODIES = {"Downing Street"}  # the Prime Minister's office
PLACE_HEADS = set("Centre Square Theatre Street Road Station Hall Park Court Lane Avenue Way Hospital School College "
                  "Church Stadium Pier Bridge Estate Precinct Mall Market Watch Raptor Op Operation Team Teams Scheme "
                  "House Echo Stations Centres Hospitals Schools Courts Halls Hills Valley Moors "
                  "Marshes Islands Isles Coast Estuary Peninsula Dales Wolds City".split())
# the last word of a capitalised phrase that names an event or a document, never a person (`General Election`)
EVENT_HEADS = set("Election Elections Review Budget Speech Statement Debate Referendum Settlement Conference Summit "
                  "Questions Inquiry Strategy Programme".split())
NATIONAL_WORDS = re.compile(r"\b(?:nationally|national|the country|across England|England and Wales)\b")
NATIONAL_ROLES = re.compile(r"\b(?:Home Secretary|Home Office|Prime Minister|Minister|Government|Parliament)\b")
FUNCTION_WORDS = set("The A An But And Or However Meanwhile Now Then So If When While In On At By For From To With "
                     "Speaking According After Before This That These Those It He She They We You I There Here Plans "
                     "Every Some Many Most Both All No Our Their His Her Its As Also Today Yesterday Last Next "
                     "Since Until During Despite Although Though Because Unless Whilst Between Throughout "
                     "Already Currently Still Yet Indeed Instead Previously Earlier Later Elsewhere Separately Overall "
                     "Additionally Furthermore Moreover Nevertheless Finally "
                     "Having Being Following Responding Commenting".split())  # (`Having outlined A, X said B`)

NAMED_GENERIC = (r"(?:police|county|borough|district|city|town|parish|local|national)\s+"
                 r"(?:federation|council|union|authority|trust)")  # `the police federation`: an organisation's name
GENERIC_ORG_RE = re.compile(rf"(?i)^(?:the\s+|our\s+|its\s+)?(?P<head>(?-i:{NAMED_GENERIC})|force|police|bosses|police "
                            r"bosses|force bosses|council bosses|police chiefs|chiefs|council|authority|government|"
                            r"union leaders|union bosses|"
                            r"ministers|federation|union|trust|department|ministry|party|officials|constabulary|"
                            r"inspectorate|watchdog|police watchdog|"
                            r"(?:[\w-]+\s+)?borough)$")  # `The Labour-controlled borough claims`: its council
INDEFINITE_RE = re.compile(r"(?i)(?:^|\s)(?:a|an)\s+(?:[\w’'-]+\s+){0,3}(?P<head>councillor|officer|chief|MP|"
                           r"campaigner|resident|source|minister|commissioner|leader|boss|member|union|charity|council|force|"
                           r"group|politician|inspector|detective|superintendent|spokesman|spokeswoman|spokesperson|"
                           r"inspectorate|watchdog|MSP|MLA|MEP|AM|peer|expert|figure)$")
SPOKES_RE = re.compile(r"(?i)\b(?:a|an|the)\s+(?:[\w’'-]+\s+)?(?:spokesman|spokeswoman|spokesperson|representative)"
                       r"\s+(?:for|from|at|of)\s+(?P<org>.+)$")
SPOKES_BEFORE_RE = re.compile(r"(?:^|\s)(?:an?\s+|the\s+)?(?P<org>(?:[A-Z][\w’'&-]*\s+)+)(?:spokesman|spokeswoman|"
                              r"spokesperson)$")
PRONOUN_RE = re.compile(r"(?:^|\s)(?P<p>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)$")  # `It said:`: a body, as `they` is
# common first names whose bearer the article's `he` or `she` can mean (a title, when given, decides first)
MALE_NAMES = set("Adam Alan Alun Andrew Andy Anthony Arfon Barry Ben Bill Bob Brendan Brian Carl Charles Chris "
                 "Christopher Clive Colin Craig Dan Daniel Dave David Des Dominic Donald Ed Eddie Gary Gavin Geoff "
                 "George Gordon Graham Greg Harry Ian Iain Jack James Jamie Jason Jim Joe John Jon Jonathan Keith Ken "
                 "Kevin Lee Mark Martin Matt Matthew Michael Mick Mike Neil Nick Nigel Paul Pete Peter Phil Philip "
                 "Richard Rob Robert Roger Ron Ross Scott Shaun Sean Simon Stephen Steve Steven Stuart Tim "
                 "Tom Tony Wayne Will William "
                 "Aaron Alastair Alexander Alistair Andrew Angus Arthur Ashley Barney Bernard Boris Bruce Callum "
                 "Cameron Cliff Conor Dafydd Darren Dean Dennis Derek Dick Douglas Duncan Dylan Edward Eric Euan "
                 "Frank Fraser Fred Gareth Graeme Gerry Glen Glyn Gregor Guto Gwyn Hamish Harold Henry Howard Hugh Huw "
                 "Jake Jeff Jeremy Jerry Julian Justin Karl Keir Kenneth Kieran Lawrence Leon Liam Lloyd Luke "
                 "Malcolm Marcus Mohammed Muhammad Nathan Niall Noel Norman Oliver Owen Patrick Ralph Raymond Rhys "
                 "Rishi Rory Roy Russell Ryan Sadiq Sajid Stewart Terry Theo Thomas Trevor Vernon Victor Vince "
                 "Warren "
                 "Adrian Alec Allan Allen Barrie Bobby Calum Charlie Christian Dale Damian Danny Derrick Doug Drew "
                 "Eamonn Finlay Francis Garrett Garry Ged Gerald Giles Grahame Grant Gus Harvey Humza Imran Jacob "
                 "Jonny Josh Kenny Kevan Laurence Len Lewis Marc Martyn Mathew Miles Murdo Nev Olly Ollie Paddy Reg "
                 "Robbie Rod Rupert Shane Spencer Tariq Toby Vincent Wes Willie Willy".split())
# first names borne by men and women alike: a first name, but no sign of a bearer's sex
UNISEX_NAMES = set("Alex Kit Lindsay Robin Sam Sandy".split())
# first names that are as often surnames (`PCC Allen`): they tell a bearer's sex, but never mark a first name
SURNAMES_TOO = set("Allan Allen Dale Drew Francis Garrett Grant Harvey Laurence Lewis Miles Spencer".split())
FEMALE_NAMES = set("Alison Amanda Amy Angela Ann Anna Anne Caroline Carla Catherine Charlotte Claire Clare Debbie "
                   "Diane Elizabeth Emma Fiona Gill Gillian Hannah Helen Jackie Jane Janet Janice Jenny Jess Jo Joanna "
                   "Julia Julie June Karen Kate Katy Kay Kelly Laura Linda Lisa Liz Louise Lucy Margaret Maria "
                   "Mary Michelle Nicki Nicola Priti Rachel Rebecca Ruth Sally Sarah Sharon Sophie Sue Susan "
                   "Teresa Tracy Vicky Yvette Yvonne Zoe "
                   "Abigail Alice Alexandra Andrea Angharad Annette Barbara Beth Bethan Beverley Brenda Bridget "
                   "Carol Carole Carolyn Cath Cathy Cerys Cheryl Christine Clara Dawn Deborah Denise Donna Dorothy "
                   "Eileen Eleanor Ellie Emily Esther Eve Frances Gemma Georgina Gwen Harriet Hazel Heather Heidi "
                   "Holly Irene Isobel Jacqueline Jacqui Jennifer Jill Joan Joanne Josephine Joy Judith Judy Kathryn "
                   "Katie Kerry Kirsty Leanne Lesley Lorna Lorraine Lynn Lynne Mandy Marie Marion Megan Melanie "
                   "Molly Natalie Nia Niki Olivia Pamela Patricia Paula Pauline Penny Rhian Rosie Samantha Sandra "
                   "Shirley Siobhan Stella Suzanne Tina Tracey Valerie Wendy "
                   "Amber Angelique Bernadette Candy Carmel Carrie Celia Christina Colette Colleen Cressida Daisy Deb "
                   "Dee Deirdre Della Dionne Dolores Fionna Florence Grace Iris Jessica Justine Kathleen Kirsten Lara "
                   "Lauren Maggie Mhairi Moira Morag Nadine Nicolle Pam Philippa Rachael Rhoda Rosemary Sara Sheila "
                   "Shona Stephanie Susie Suella Theresa Vanessa Vera Victoria".split())
GENERIC_HEAD_FITS = {"force": ("Police", "Constabulary", "Force", "PSNI"),
                     "police": ("Police", "Constabulary", "Force", "PSNI"),
                     "constabulary": ("Police", "Constabulary"), "council": ("Council", "Authority"),
                     "borough": ("Council",),
                     "authority": ("Council", "Authority"), "government": ("Government",),
                     "ministers": ("Government", "Office", "Ministry"), "department": ("Department", "Office"),
                     "ministry": ("Ministry",), "federation": ("Federation",),
                     "union": ("Union", "Unison", "GMB", "Federation"),  # (papers call the Police Federation one)
                     "trust": ("Trust",), "party": ("Party", "Labour", "Conservatives", "Democrats"),
                     "inspectorate": ("Inspectorate", "HMIC", "HMICS", "HMICFRS"),
                     "watchdog": ("Inspectorate", "HMIC", "HMICS", "HMICFRS", "IOPC", "Commission")}
PERSON_HEADS = set("councillor officer chief MP campaigner resident source minister commissioner leader boss member "
                   "politician inspector detective superintendent spokesman spokeswoman spokesperson msp mla mep am "
                   "peer expert figure".lower().split())
