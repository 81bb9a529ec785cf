"""Sentence -> (speaker, cue, content, kind) tuples, one shape of news writing per case."""

import pytest

from tracker.extract.engine import extract

pytestmark = pytest.mark.db_independent

CASES = [
    # speaker before the cue, reported speech
    ("Microsoft said on Wednesday it would review the contract.", "Microsoft", "said", "it would review the contract", "indirect"),
    ("The ministry has repeatedly said that prices will fall.", "The ministry", "has repeatedly said", "that prices will fall", "indirect"),
    ("Cruz gingerly said that was a question for voters.", "Cruz", "gingerly said", "that was a question for voters", "indirect"),
    # appositives
    ("Jane Doe, chief economist at Bridgewell Securities, said rates would rise.", "Jane Doe, chief economist at Bridgewell Securities", "said", "rates would rise", "indirect"),
    ("Tom Reed, who chairs the panel, said the vote would be delayed.", "Tom Reed, who chairs the panel", "said", "the vote would be delayed", "indirect"),
    # content first, speaker after
    ("Prices will fall next year, the ministry said.", "the ministry", "said", "Prices will fall next year", "indirect"),
    ("Exports rose 4 percent, said Ana Silva, a trade analyst.", "Ana Silva, a trade analyst", "said", "Exports rose 4 percent", "indirect"),
    # direct quotes
    ('"We will not back down," the mayor said.', "the mayor", "said", "We will not back down", "direct"),
    ('"We will not back down," said Mayor Ruth Olsen.', "Mayor Ruth Olsen", "said", "We will not back down", "direct"),
    ("\u201cThe plan is dead,\u201d she told reporters on Monday.", "she", "told", "The plan is dead", "direct"),
    ("''I think I'll get there,'' Mr. Brandt said in an interview.", "Mr. Brandt", "said", "I think I'll get there", "direct"),
    ('"We regret this," the bank\'s chief executive, Tom Lind, said in a video.', "the bank's chief executive, Tom Lind", "said", "We regret this", "direct"),
    ('The minister said: "Nothing has been decided."', "The minister", "said", "Nothing has been decided", "direct"),
    # mixed
    ('The company said regulators should draw "clear legal lines" on the matter.', "The company", "said", 'regulators should draw "clear legal lines" on the matter', "mixed"),
    # according to
    ("According to the police, the suspect fled on foot.", "the police", "according to", "the suspect fled on foot", "indirect"),
    ("The suspect fled on foot, according to the police.", "the police", "according to", "The suspect fled on foot", "indirect"),
    # told with an object
    ("The senator told Reuters that the bill would pass.", "The senator", "told", "that the bill would pass", "indirect"),
    ("The minister told Ilse Varga, the board's chair, that the plan was dead.", "The minister", "told", "that the plan was dead", "indirect"),
    # refusals
    ("A spokesman for the bank declined to comment.", "A spokesman for the bank", "declined", "declined to comment", "no_comment"),
    ("The agency did not respond to a request for comment.", "The agency", "did not respond to", "did not respond to a request for comment", "no_comment"),
    ("ICE said it will not comment on ongoing investigations.", "ICE", "said", "it will not comment on ongoing investigations", "no_comment"),
    # participles and relative clauses
    ("Mr. Khan struck a defiant tone, saying he would not resign.", "Mr. Khan", "saying", "he would not resign", "indirect"),
    ("It responded to a report by The Herald that said the mine was unsafe.", "The Herald", "said", "the mine was unsafe", "indirect"),
    # thought and evidence
    ("Analysts believe that the merger will be blocked.", "Analysts", "believe", "that the merger will be blocked", "indirect"),
    ("Polls show that the race is tied.", "Polls", "show", "that the race is tied", "indirect"),
    # headline
    ("Elizabeth Warren: The Plan Would Cost Billions", "Elizabeth Warren", ":", "The Plan Would Cost Billions", "indirect"),
]


@pytest.mark.parametrize("sentence,speaker,cue,content,kind", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_to_tuple(sentence, speaker, cue, content, kind):
    got = extract(sentence)
    assert got, f"nothing extracted from {sentence!r}"
    st = got[0]
    assert (st.speaker_text, st.cue, st.quote, st.kind) == (speaker, cue, content, kind)
    assert sentence[st.quote_start:st.quote_end] == st.quote


NOT_STATEMENTS = [
    # a vote is an act; a refusal's reason is not words
    "She voted against the bill.",
    # why a source is unnamed is not what the source said
    "The officials spoke on condition of anonymity because they were not authorized to discuss the inquiry.",
    "The person spoke on the condition that they not be named.",
    # a product or diplomatic recall is not a memory told
    "Harlow Motors recalled 200,000 cars on Monday over faulty brakes.",
    "The ministry recalled its ambassador from Vennick on Tuesday.",
    "Corvel Pharma recalled three batches of its flu vaccine.",
    "The company reported a profit of $3 billion.",
    "Brightwell shares fell 3 percent in early trading.",
    "The candidates traded sharp attacks over housing costs.",
    "Twelve states hold primaries on Tuesday.",
    "He scored twice in the second half.",
]


@pytest.mark.parametrize("sentence", NOT_STATEMENTS)
def test_no_statement(sentence):
    assert extract(sentence) == []


def test_quote_the_writer_interrupts_is_two_statements_of_one_speaker():
    # each quote is the speaker's words as they stand, never the attribution between them
    text = '"We fell short," the bank said. "We will do better."\n'
    first, second = extract(text)
    assert (first.quote, second.quote) == ("We fell short", "We will do better")
    assert first.kind == second.kind == "direct" and second.speaker_text == first.speaker_text == "the bank"


def test_quotes_with_nothing_between_them_are_one_statement():
    text = '"We fell short." "We will do better," the bank said.\n'
    assert [s.speaker_text for s in extract(text)] == ["the bank"]


def test_next_paragraph_quote_continues_the_speaker():
    text = '"We fell short," a spokesman for the bank said.\n\n"We will do better next year."\n'
    first, second = extract(text)
    assert second.continues == 0
    assert second.speaker_text == first.speaker_text
    assert second.quote == "We will do better next year"


def test_interrupted_quote_keeps_both_halves():
    text = '"The first half," he said, "and the second half."'
    first, second = extract(text)
    assert (first.quote, second.quote) == ("The first half", "and the second half")
    assert first.speaker_text == second.speaker_text == "he"


def test_two_statements_from_but_added():
    text = "Microsoft said it did not think the agency was misusing its tools, but added that it provided services to the agency."
    a, b = extract(text)
    assert a.quote == "it did not think the agency was misusing its tools"
    assert (b.cue, b.quote) == ("added", "that it provided services to the agency")


def test_cue_inside_a_quotation_is_not_an_attribution():
    assert extract('"People said it would never work," was the slogan.') == []


def test_statement_date_relative_to_publication():
    from datetime import date

    (st,) = extract("The ministry said on Wednesday that prices would fall.", date(2026, 2, 5))
    assert (st.stated_on, st.stated_precision) == (date(2026, 2, 4), "day")
    (st,) = extract("Last September, the company said it had disabled some services.", date(2026, 2, 5))
    assert (st.stated_on, st.stated_precision) == (date(2025, 9, 1), "month")
    (st,) = extract("The ministry said that prices would fall.", date(2026, 2, 5))
    assert st.stated_on is None


# The clause pass: stance, intention and evaluation, and several statements in one sentence.
STANCE_CASES = [
    ("The governor vowed to veto the budget.", [("The governor", "vowed", "to veto the budget")]),
    ("The union endorsed the mayor's housing plan.", [("The union", "endorsed", "the mayor's housing plan")]),
    ("The senator has long opposed the pipeline.", [("The senator", "has long opposed", "the pipeline")]),
    ("After the verdict, the regulator urged lenders to review their loan books.",
     [("the regulator", "urged", "lenders to review their loan books")]),
    ("Three years after the board promised to cut costs, spending is higher.",
     [("the board", "promised", "to cut costs")]),
    ("The council said the plan was unaffordable and warned that taxes would rise.",
     [("The council", "said", "the plan was unaffordable"), ("The council", "warned", "that taxes would rise")]),
    ("She praised the volunteers and criticized the county for its slow response.",
     [("She", "praised", "the volunteers"), ("She", "criticized", "the county for its slow response")]),
    ("The minister dismissed the report, saying it relied on old data.",
     [("The minister", "saying", "it relied on old data")]),  # a stance on a thing alone is not a statement
    ("The mayor is pledging to rebuild the bridge by spring.", [("The mayor", "is pledging", "to rebuild the bridge by spring")]),
    ("The senator blasted the mayor and defended the governor in an interview.",
     [("The senator", "blasted", "the mayor")]),
    ("The senator has been sharply critical of the trade deal.",
     [("The senator", "has been sharply critical of", "the trade deal")]),
    ("The bank is confident that rates will fall.", [("The bank", "is confident", "that rates will fall")]),
    ("The union is willing to negotiate.", [("The union", "is willing", "to negotiate")]),
    ("He assured voters on Tuesday that taxes would not rise.",
     [("He", "assured voters on Tuesday", "that taxes would not rise")]),
    ("Councilman Joe Park, the only member to vote no, said the plan was weak, and he urged residents to read it.",
     [("Councilman Joe Park, the only member to vote no", "said", "the plan was weak"), ("he", "urged", "residents to read it")]),
    ("The mayor thanked her parents, her staff and the volunteers, as well as the police.",
     [("The mayor", "thanked", "her parents, her staff and the volunteers")]),
    ("Turnout is low, organizers said, but a late surge could still change the result.",
     [("organizers", "said", "Turnout is low"), ("organizers", "said", "a late surge could still change the result")]),
    ("Recent polls show the senator leading by nine points.", [("Recent polls", "show", "the senator leading by nine points")]),
    ("In March they supported the levy by a wide margin.", [("they", "supported", "the levy by a wide margin")]),
    ("She didn\u2019t endorse the plan.", [("She", "didn\u2019t endorse", "the plan")]),
    ("Ana Ruiz, who opposed the merger, now praises the new board.",
     [("Ana Ruiz", "opposed", "the merger")]),
    # a pronoun object is what the stance is about; one word is content enough for a stance
    ("I support him because he listens.", [("I", "support", "him because he listens")]),
    ("The governor endorsed Ruiz at a rally in Dayton on Sunday.", [("The governor", "endorsed", "Ruiz")]),
    ("Teachers have portrayed her use of the fund as reckless.", [("Teachers", "have portrayed", "her use of the fund as reckless")]),
    # ambiguous forms ("note", "claim") are verbs after a capitalised pronoun or before a clause
    ("They note that the fund has never been audited.", [("They", "note", "that the fund has never been audited")]),
    ("Unions and many lawmakers claim it will cost jobs.", [("Unions and many lawmakers", "claim", "it will cost jobs")]),
    # an attitude noun after "express" is part of the cue
    ("Board members express deep concern about the audit.", [("Board members", "express deep concern about", "the audit")]),
    ("Council members are now openly questioning how the fund was spent.",
     [("Council members", "are now openly questioning", "how the fund was spent")]),
]


@pytest.mark.parametrize("sentence,expected", STANCE_CASES, ids=[c[0][:40] for c in STANCE_CASES])
def test_stance_and_coordinated_statements(sentence, expected):
    got = sorted(extract(sentence), key=lambda s: s.quote_start)
    assert [(s.speaker_text, s.cue, s.quote) for s in got] == expected
    for s in got:
        assert sentence[s.quote_start:s.quote_end] == s.quote


# Acts and figures, not statements: the clause pass leaves them alone.
NOT_STANCE = [
    "The coalition is sure to survive the vote.",
    "He was also ordered to pay the court costs.",
    "The printing unit was showing excellent growth.",
    "The minister reminded the audience of his record.",
    "The council voted on Tuesday.",
    "A strong showing could show the extent of his appeal.",
    "The so-called special relationship has lasted decades.",
    "Nomination questions are likely to move to the fore.",
    "The senator campaigned on Friday in Ohio.",
    "He was talking to reporters on the eve of the meeting.",
    "The minister was replying to a question from a reporter.",
    "Acme preferred shares rose 2 percent.",
    "The campaign shares its data with allies.",
    "The company agreed to pay a fine of $2 million.",
    "Net income compared with a loss of 3 cents a share a year earlier.",
    "Heavy export loadings pushed soybean futures higher.",
    "The firm reported net income of $4 million.",
    "The exchange decided to close the trading floor.",
    "The only guarantees recognised are those given by the state.",
    "The plan is expected to pass next week.",
    "The bill was criticized as too costly.",
    "The new debt is supported by letters of credit from three banks.",
    "The aide asked not to be identified.",
    "The painting is said to be worth millions.",
    "Sales continue to grow in the region.",
    "The team needs a win on Sunday.",
    "The new line proved popular with commuters.",
    "The senator spoke to reporters after the vote.",
    "She campaigned on her husband's behalf.",
    "The app found the posting and removed it.",
    "The city responded quickly by closing the road.",
    "The former mayor wrote the introduction for a new book.",
    "Rust Belt states Indiana and Ohio voted early.",
    "The mayor called the police.",
    # from a review of the change: each of these came out as a statement
    "Investors made clear gains in the first quarter.",
    "The nurse made the case files available to investigators.",
    "The band went on to say goodbye to fans in Berlin.",
    "The prime minister called an early election for June.",
    "Police called the fire department after a gas leak was reported.",
    "He would not say no to a second term.",
    "He did not discuss the plan with his wife until later.",
    "The virus has yet to reveal its secrets.",
    "The paper notes the rise in prices.",
    "The storm hit the coast, confirming the worst forecasts.",
    "Debt supported by letters of credit rose 5 percent.",
    "She talks quickly and precisely.",
    "City have conceded 27 goals in that run.",
    "The alternative route adds between six and nine days to a voyage.",
    "The channel, known locally as the Needle, was cleared within an hour.",
    "All told, 60,842 ballots were cast in the constituency.",
    "She was told that the plan was dead.",
]


# A participle clause carries words of the sentence's subject: ", calling ...", ", citing ...".
PARTICIPLE_CASES = [
    ("The union rejected the offer, citing concerns about pensions.",
     [("The union", "citing", "concerns about pensions")]),
    ("Protesters marched through the city, demanding the mayor resign.", [("Protesters", "demanding", "the mayor resign")]),
    ("Ruiz ended her speech by telling the crowd that the fight was not over.", [("Ruiz", "telling", "that the fight was not over")]),
    ("The company said profits fell, citing weak demand.",
     [("The company", "said", "profits fell"), ("The company", "citing", "weak demand")]),
]


@pytest.mark.parametrize("sentence,expected", PARTICIPLE_CASES, ids=[c[0][:40] for c in PARTICIPLE_CASES])
def test_participle_clauses(sentence, expected):
    got = sorted(extract(sentence), key=lambda s: s.quote_start)
    assert [(s.speaker_text, s.cue, s.quote) for s in got] == expected


# Phrases that introduce words as a verb does.
PHRASE_CUE_CASES = [
    ("She made the case that the levy would hurt small shops.", ("She", "made the case", "that the levy would hurt small shops")),
    ("He made clear that he would not back the plan.", ("He", "made clear", "that he would not back the plan")),
    ("Ruiz went on to say that the council had failed.", ("Ruiz", "went on to say", "that the council had failed")),
    ("As one rider put it, the buses never come.", ("one rider", "put it", "the buses never come")),
    ("Interestingly, Hackett asked whether the vote was legal.", ("Hackett", "asked", "whether the vote was legal")),
    ("Separately, Kelly said the vote was legal.", ("Kelly", "said", "the vote was legal")),
    ("Mr. Ruiz, however, said the plan was dead.", ("Mr. Ruiz", "said", "the plan was dead")),
    ("The senator, speaking at a rally in Ohio, said the plan would fail.", ("The senator", "said", "the plan would fail")),
    ("Sally, a nurse at the hospital, said the ward was full.", ("Sally, a nurse at the hospital", "said", "the ward was full")),
    ("The mayor, for her part, said the plan was dead.", ("The mayor", "said", "the plan was dead")),
]


@pytest.mark.parametrize("sentence,expected", PHRASE_CUE_CASES, ids=[c[0][:40] for c in PHRASE_CUE_CASES])
def test_phrase_cues(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == [expected]


# Infinitive cues take the sentence's subject; one-word answers are quotations too;
# '-s' forms after "the NOUN" are verbs when a clause follows.
MORE_SHAPES = [
    ("He went out of his way to say that the levy had worked.", ("He", "say", "that the levy had worked")),
    ("The mayor was quick to say the plan was not dead.", ("The mayor", "say", "the plan was not dead")),
    ("\u201cNo,\u201d replied Jane Roe, the council\u2019s chair, when asked.", ("Jane Roe, the council\u2019s chair", "replied", "No")),
    ("\u201cAbsolutely,\u201d he said when asked about the plan.", ("he", "said", "Absolutely")),
    ("For instance, the report notes the city spends $4 million on buses.", ("the report", "notes", "the city spends $4 million on buses")),
    ("The candidate claims his net worth is $10 million.", ("The candidate", "claims", "his net worth is $10 million")),
    ("Fares doubled, according to riders who use the line.", ("riders who use the line", "according to", "Fares doubled")),
    # ", including ..." and a list of adjectives belong to the object; a participle clause does not
    ("The mayor blamed several factors, including budget cuts and the weather.",
     ("The mayor", "blamed", "several factors, including budget cuts and the weather")),
    ("She called him a kind, loving and honest person.", ("She", "called", "him a kind, loving and honest person")),
    ("The mayor pledged to rebuild the depot, reversing years of cuts.", ("The mayor", "pledged", "to rebuild the depot")),
]


@pytest.mark.parametrize("sentence,expected", MORE_SHAPES, ids=[c[0][:40] for c in MORE_SHAPES])
def test_more_shapes(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == [expected]


@pytest.mark.parametrize("sentence,cue,quote", [
    ("The firm has yet to say whether it will appeal.", "has yet to say", "has yet to say whether it will appeal"),
    ("The mayor would not say whether she would run again.", "would not say", "would not say whether she would run again"),
])
def test_not_saying_is_a_refusal(sentence, cue, quote):
    assert [(s.kind, s.cue, s.quote) for s in extract(sentence)] == [("no_comment", cue, quote)]


def test_a_relative_clause_after_a_source_is_that_source():
    got = extract("The club will borrow, according to a person familiar with the talks, who said the loan would be secured.")
    assert [(s.speaker_text, s.cue, s.quote) for s in got] == [
        ("a person familiar with the talks", "according to", "The club will borrow"),
        ("a person familiar with the talks", "said", "the loan would be secured"),
    ]


def test_an_interjection_is_not_a_speaker_when_a_clause_follows_it():
    got = extract("The inquiry, chaired by a retired judge, was ordered in October after the families of the dead miners accused the inspectorate of failing them.")
    assert [(s.speaker_text, s.cue) for s in got] == [("the families of the dead miners", "accused")]


@pytest.mark.parametrize("sentence,expected", [
    ("VELSHAM \u2014 Three drug makers colluded to raise prices, the Markets Commission ruled on Wednesday, fining them $40 million.",
     ("the Markets Commission", "ruled", "Three drug makers colluded to raise prices")),
    ("SALTBRIDGE \u2014 The city faces a budget gap of $86 million, Mayor Rosa Ach said on Tuesday as she proposed closing libraries.",
     ("Mayor Rosa Ach", "said", "The city faces a budget gap of $86 million")),
    ("An investigation by the police watchdog found last year that the officer had no case to answer.",
     ("An investigation by the police watchdog", "found", "that the officer had no case to answer")),
    ("Varma told reporters the family would ask the coroner, Margit Hal, to allow the jury to consider unlawful killing.",
     ("Varma", "told", "the family would ask the coroner, Margit Hal, to allow the jury to consider unlawful killing")),
])
def test_datelines_outer_rulings_and_times_before_that(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)][0] == expected


def test_called_on_after_said_is_a_second_statement():
    got = extract("The union said it had not been consulted and called on the council to examine the deal.")
    assert [(s.cue, s.quote) for s in got] == [("said", "it had not been consulted"), ("called on", "the council to examine the deal")]


# Citing a source says where words come from; the words before stay whole.
def test_citing_a_source_is_not_a_statement():
    sentence = "Delgado countered that fees are a small share of costs, citing a study by a housing institute."
    got = extract(sentence)
    assert [(s.cue, s.quote) for s in got] == [("countered", "that fees are a small share of costs, citing a study by a housing institute")]
    assert extract("The newspaper cited leaked documents.") == []


# No subject of its own to hang the participle on: nothing is said.
NOT_PARTICIPLE = [
    "Profits fell 5 percent, citing weak demand.",
    "The report, citing unnamed sources, was published on Friday.",
]


@pytest.mark.parametrize("sentence", NOT_PARTICIPLE)
def test_participles_without_a_subject(sentence):
    assert [s.cue for s in extract(sentence)] == []


@pytest.mark.parametrize("sentence", NOT_STANCE)
def test_acts_are_not_stance_statements(sentence):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == []


# Subjects the comma-bounded shapes miss: modifiers, asides and relative clauses before the cue.
LONG_SUBJECT_CASES = [
    ("Aides to the mayor say she will not run again.", "Aides to the mayor", "say", "she will not run again"),
    ("Just 28 percent of residents said they trust the council.", "Just 28 percent of residents", "said", "they trust the council"),
    ("Many speakers at the vigil \u2014 including nurses, teachers and drivers \u2014 said the closure was a mistake.",
     "Many speakers at the vigil \u2014 including nurses, teachers and drivers", "said", "the closure was a mistake"),
    ("Dana Price \u2014 a nurse from Hillcrest \u2014 says she will vote for the levy.",
     "Dana Price \u2014 a nurse from Hillcrest", "says", "she will vote for the levy"),
    ("If costs keep rising, economists say the levy will not be enough.", "economists", "say", "the levy will not be enough"),
    ("Shares of the bus maker fell after analysts at the bank said demand was weak.",
     "analysts at the bank", "said", "demand was weak"),
    ("Some riders who have used the line for decades, on weekdays or at weekends, said the service had declined.",
     "Some riders who have used the line for decades, on weekdays or at weekends", "said", "the service had declined"),
    ("The judges who ruled that the map was unfair said the state could appeal.",
     "The judges who ruled that the map was unfair", "said", "the state could appeal"),
    # "to" inside a speaker phrase, "her" as an object before the cue, one plural noun of people
    ("\u201cWe have work to do,\u201d said a longtime adviser to the mayor.", "a longtime adviser to the mayor", "said", "We have work to do"),
    ("The levy will pass easily, a source close to her said.", "a source close to her", "said", "The levy will pass easily"),
    ("Fares will keep rising, strategists say.", "strategists", "say", "Fares will keep rising"),
    # a quotation that ends with its own stop, then the name and the cue: one sentence
    ("\u201cWe will win this!\u201d Ruiz said.", "Ruiz", "said", "We will win this!"),
]


@pytest.mark.parametrize("sentence,speaker,cue,quote", LONG_SUBJECT_CASES, ids=[c[0][:40] for c in LONG_SUBJECT_CASES])
def test_long_subjects(sentence, speaker, cue, quote):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == [(speaker, cue, quote)]


# The relative clause is the cue's own ("which dealers say"), or the subject is a clause: no long subject.
NOT_LONG_SUBJECT = [
    "The number of people who say they trust the council fell.",
    "The bond -- which dealers say has seen good demand -- was priced early.",
]


@pytest.mark.parametrize("sentence", NOT_LONG_SUBJECT)
def test_not_long_subjects(sentence):
    assert all(len(s.speaker_text.split()) <= 2 for s in extract(sentence))


SPEAKER_CASES = [
    # a title in lower case inside the name that opens the sentence
    ('Republican mayoral candidate Ana Ruiz took to social media, writing: "We will win this."',
     "Republican mayoral candidate Ana Ruiz", "writing", "We will win this"),
    # the name before the comma ends an introductory phrase; it is not the speaker's
    ("Asked about her rival, Ruiz said that the race was close.", "Ruiz", "said", "that the race was close"),
    # 'X said, "QUOTE" ...': the quotation is the content, not the words before the speaker
    ("When asked about the strike, the mayor said, \u201cWe have not heard that concern\u201d from the drivers.",
     "the mayor", "said", "We have not heard that concern\u201d from the drivers"),
]


@pytest.mark.parametrize("sentence,speaker,cue,content", SPEAKER_CASES, ids=[c[0][:40] for c in SPEAKER_CASES])
def test_speaker_and_content_boundaries(sentence, speaker, cue, content):
    st = extract(sentence)[0]
    assert (st.speaker_text, st.cue, st.quote) == (speaker, cue, content)


WIDE_SPEAKERS = [
    ("Rachel Roe, a donor from Hull, Massachusetts, said the speeches mattered.", "Rachel Roe, a donor from Hull, Massachusetts"),
    ("Tom Benn, 58, who lives outside Leeds, says he will vote.", "Tom Benn, 58, who lives outside Leeds"),
    ("Sen. Jane Doe (D-Calif.) said the bill was flawed.", "Sen. Jane Doe (D-Calif.)"),
    ("Acme Analytics keeps its own finances a secret but says its business has tripled.", "Acme Analytics"),
    ("Councilman Joe Park on Tuesday criticized the budget, saying it was unfair.", "Councilman Joe Park"),
    ("Prices will fall, said Ana Silva, but the pace is unclear.", "Ana Silva"),
    # a time opener and an aside before the subject are neither the speaker nor part of it
    ("Only a day earlier, after the home defeat, winger Jamie Tolland had told reporters the squad was united.",
     "winger Jamie Tolland"),
    ("Two weeks ago, after the vote, the mayor said the plan was dead.", "the mayor"),
]


@pytest.mark.parametrize("sentence,speaker", WIDE_SPEAKERS, ids=[c[0][:40] for c in WIDE_SPEAKERS])
def test_speaker_phrase_extent(sentence, speaker):
    assert {s.speaker_text for s in extract(sentence)} == {speaker}


QUOTE_CASES = [
    # a quotation inside the adverbial after the cue is not the content
    ('"Let me finish," Ruiz said after a brief "sorry" to the moderator.', "Ruiz", "Let me finish"),
    ('"We will not back down," said the mayor.', "the mayor", "We will not back down"),
    ('Asked whether he would resign, the minister said, "No."', "the minister", "No"),
    ('Lee needled the "reporter," saying, "A reporter who posts on request!"', "Lee", "A reporter who posts on request!"),
    ("Prices are falling, according to the survey - despite the strike.", "the survey", "Prices are falling"),
    ('The deal is off, he said on "Morning Report."', "he", "The deal is off"),
    ('In an interview on "Morning Report," Mayor Jane Doe said the deal was off.', "Mayor Jane Doe", "the deal was off"),
    ('Said Ellis: "I do not think she cares about tax reform."', "Ellis", "I do not think she cares about tax reform"),
    ("According to the officer in charge that night, the gate was open.", "the officer in charge", "the gate was open"),
    ('The firm lobbied on taxes and trade, said lobbyist and strategist Charlie Black, a partner.',
     "lobbyist and strategist Charlie Black, a partner", "The firm lobbied on taxes and trade"),
    ('In a later interview, the mayor went further: "We will not pay a cent."', "the mayor", "We will not pay a cent"),
    ("Even Acme, the region's largest employer, said it was opposed to the levy.",
     "Acme, the region's largest employer", "it was opposed to the levy"),
    # a role without an article after "according to X" is X's appositive, not more content
    ("Rents will keep rising, according to Mara Quill, head of the Tenants Research Centre.",
     "Mara Quill, head of the Tenants Research Centre", "Rents will keep rising"),
    ("Rents will keep rising, according to Mara Quill, chief economist at Dunmore Lettings.",
     "Mara Quill, chief economist at Dunmore Lettings", "Rents will keep rising"),
]


# an adverbial after the cue ends on a word boundary: "today's", "against", "afterwards" keep their letters
WORD_BOUNDARY_CASES = [
    ("Farrow said afterwards that he would take a week off.", "that he would take a week off"),
    ("The minister said today's vote was a turning point.", "today's vote was a turning point"),
    ("Johnson warned against quick fixes for the deficit.", "against quick fixes for the deficit"),
    ("He said last year's deficit was financed by bonds.", "last year's deficit was financed by bonds"),
]


@pytest.mark.parametrize("sentence,content", WORD_BOUNDARY_CASES, ids=[c[0][:40] for c in WORD_BOUNDARY_CASES])
def test_content_starts_on_a_word(sentence, content):
    assert [s.quote for s in extract(sentence)] == [content]


SHAPES_FROM_UNSEEN = [
    # the reason for a refusal is neither part of it nor a statement of its own
    ("The bank declined to comment, citing the ongoing investigation.", ("no_comment", "The bank", "declined", "declined to comment")),
    ("Sievers declined to discuss the allegations when reached by phone, referring questions to his attorney.",
     ("no_comment", "Sievers", "declined", "declined to discuss the allegations")),
    ("Local fishermen, many of whom rely on the crab grounds, said they feared for their livelihoods.",
     ("indirect", "Local fishermen, many of whom rely on the crab grounds", "said", "they feared for their livelihoods")),
    # a role, a name and a relative clause before the cue are one speaker phrase
    ('Opposition leader Emeka Obi, whose party leads in the polls, said the budget "asks too much."',
     ("mixed", "Opposition leader Emeka Obi, whose party leads in the polls", "said", 'the budget "asks too much')),
    # "in a speech that lasted two hours": the speech's clause, so the content is before the cue
    ("The plan aims to cut the deficit to 3 percent, the minister told lawmakers in a speech that lasted two hours.",
     ("indirect", "the minister", "told", "The plan aims to cut the deficit to 3 percent")),
    ("Their manager, Henrik Abara, refused to be drawn on the pursuit.",
     ("no_comment", "Their manager, Henrik Abara", "refused", "refused to be drawn on the pursuit")),
    ("But the agency signalled that its inquiries went well beyond a single test.",
     ("indirect", "the agency", "signalled", "that its inquiries went well beyond a single test")),
    ('In his view, the tax cut "will pay for a third of itself" through investment.',
     ("mixed", "his", "In his view", 'the tax cut "will pay for a third of itself" through investment')),
]


@pytest.mark.parametrize("sentence,expected", [
    ("The mayor said the plan was dead and the council said it would appeal.",
     [("The mayor", "said", "the plan was dead"), ("the council", "said", "it would appeal")]),
    ("The governors accused the agency of waste and a doctor claimed that doses had expired.",
     [("The governors", "accused", "the agency of waste"), ("a doctor", "claimed", "that doses had expired")]),
    # one subject of two nouns, and a noun phrase that ends in a preposition, are not a second speaker
    ("Unions and many lawmakers claim it will cost jobs.", [("Unions and many lawmakers", "claim", "it will cost jobs")]),
    ("Ruiz said that staff shortages and a failure to act on repeated warnings had made the jail unsafe.",
     [("Ruiz", "said", "that staff shortages and a failure to act on repeated warnings had made the jail unsafe")]),
], ids=["and-the-council-said", "and-a-doctor-claimed", "compound-subject", "act-on-repeated"])
def test_a_second_speaker_after_and_is_a_second_statement(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence,expected", [
    ('Retired postman Derek Holloway, 71, watching as workers put up barriers at the Kettleby end, said he "would rather they shut it".',
     [("Retired postman Derek Holloway, 71, watching as workers put up barriers at the Kettleby end", "said",
       'he "would rather they shut it')]),
    ("Late on Thursday the coastguard said a third vessel was on its way.", [("the coastguard", "said", "a third vessel was on its way")]),
    # a participle after the attribution is the writer's, even with a quotation in it
    ('The panda gave birth late on Friday, zoo officials said Saturday, ending a 12-year wait and sending keepers into '
     'what one of them described as "quiet, very tired celebrations."',
     [("zoo officials", "said", "The panda gave birth late on Friday"),
      ("one of them", "described as", "quiet, very tired celebrations")]),
], ids=["participle-aside", "late-on-day", "participle-with-quote"])
def test_asides_and_participles_around_the_attribution(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence,expected", SHAPES_FROM_UNSEEN, ids=[c[0][:40] for c in SHAPES_FROM_UNSEEN])
def test_shapes_from_unseen_articles(sentence, expected):
    assert [(s.kind, s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == [expected]


ROLE_THEN_NAME_CASES = [
    # a role, then the name, then the cue: the speaker is before the cue, not the clause after it
    ("Its chief executive, Tomas Brennagh, said the company stood by the design of the rocket.",
     "Its chief executive, Tomas Brennagh", "the company stood by the design of the rocket"),
    ("The director of the agency, Jane Roe, said the company stood by the design.",
     "The director of the agency, Jane Roe", "the company stood by the design"),
]


@pytest.mark.parametrize("sentence,speaker,content", ROLE_THEN_NAME_CASES, ids=[c[0][:40] for c in ROLE_THEN_NAME_CASES])
def test_a_role_and_name_before_the_cue_is_not_an_inverted_speaker(sentence, speaker, content):
    assert [(s.speaker_text, s.quote) for s in extract(sentence)] == [(speaker, content)]


@pytest.mark.parametrize("sentence,speaker,content", QUOTE_CASES, ids=[c[0][:40] for c in QUOTE_CASES])
def test_quotation_content(sentence, speaker, content):
    assert [(s.speaker_text, s.quote) for s in extract(sentence)] == [(speaker, content)]


MULTI_CASES = [
    # a second speech cue with its own subject, after a clause that another cue took
    ('When the rival accused Ruiz of hiding the costs, she said "the numbers are public" at once.',
     [("the rival", "accused", "Ruiz of hiding the costs"), ("she", "said", 'the numbers are public" at once')]),
    ("Although in May she said the plan was dead, at the hearing this week she said it could return.",
     [("she", "said", "the plan was dead"), ("she", "said", "it could return")]),
    ("A spokeswoman for the bank also declined to comment.", [("A spokeswoman for the bank", "declined", "declined to comment")]),
    ('The mayor released a statement Thursday night condemning "a cowardly attack on our city."',
     [("The mayor", "condemning", "a cowardly attack on our city")]),
    ("The campaign said the candidate will visit Kansas on Saturday, the Herald reported.",
     [("the Herald", "reported", "The campaign said the candidate will visit Kansas on Saturday"),
      ("The campaign", "said", "the candidate will visit Kansas on Saturday")]),
]


def test_a_name_label_is_a_speaker_when_the_name_stands_in_the_text():
    text = "Mayor Ana Garcia spoke after the storm.\n\nGARCIA: We will rebuild every school that was damaged.\n"
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(text)][-1] == ("GARCIA", ":", "We will rebuild every school that was damaged")
    assert [s.speaker_text for s in extract("NEW DELHI: The government on Monday raised the tax on gold imports.\n")] != ["NEW DELHI"]


@pytest.mark.parametrize("sentence,expected", MULTI_CASES, ids=[c[0][:40] for c in MULTI_CASES])
def test_several_statements_in_a_sentence(sentence, expected):
    got = sorted(extract(sentence), key=lambda s: s.quote_start)
    assert [(s.speaker_text, s.cue, s.quote) for s in got] == expected


def test_pull_quote_credited_with_a_dash():
    text = ("\u201cThe buses are late every single morning.\u201d \u2015 Maria Lopez\n"
            "\u201cI would pay more for a train that runs.\u201d \u2014 Tom Reed, a commuter from Eastfield.\n")
    got = [(s.speaker_text, s.quote, s.kind) for s in extract(text)]
    assert got == [("Maria Lopez", "The buses are late every single morning", "direct"),
                   ("Tom Reed, a commuter from Eastfield", "I would pay more for a train that runs", "direct")]


def test_transcript_turns_take_the_whole_paragraph():
    text = (
        "Interview with the mayor\n\n"
        "HOST: Do you think the levy will pass? Many voters are unsure.\n\n"
        "RUIZ: Well, I think the city needs it. We all ride the buses.\n\n"
        "UPDATE: The council voted 5-2 on Monday night.\n"
    )
    got = [(s.speaker_text, s.kind, s.quote) for s in extract(text)]
    assert got == [
        ("HOST", "direct", "Do you think the levy will pass? Many voters are unsure"),
        ("RUIZ", "direct", "Well, I think the city needs it. We all ride the buses"),
    ]


def test_section_labels_are_not_speakers():
    assert all(s.speaker_text != "The Latest" for s in extract("The Latest: Council passes the transit levy after a long night\n"))


def test_a_continuing_quotation_is_the_quoted_speakers_not_a_later_clauses():
    text = (
        "Contracts\n\n"
        "\u201cThey are not terminable at will,\u201d Ron Lee, a spokesman, told the paper, after the mayor stated an interest in ending them.\n\n"
        "\u201cThese contracts are fully binding.\u201d\n"
    )
    got = extract(text)
    assert [(s.speaker_text, s.cue) for s in got][1] == ("the mayor", "stated")
    assert (got[-1].speaker_text, got[-1].quote) == ("Ron Lee, a spokesman", "These contracts are fully binding")


@pytest.mark.parametrize("sentence, speaker", [
    ('He paused, then added: "We still do Thanksgiving together."', "He"),
    ("Another analyst, who asked not to be named because his firm advises the bank, said the capital was strong.", "Another analyst"),
    ("The swing vote may belong to Senator Curtis Delacroix, a moderate from the valley's eastern edge who has not said how he will vote.",
     "Senator Curtis Delacroix"),
])
def test_speaker_phrase_is_the_source_not_its_aside(sentence, speaker):
    assert [s.speaker_text for s in extract(sentence)] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("Residents of Tirza reached by telephone said they had heard heavy vehicles.", "Residents of Tirza"),
    ("Dr. Amara Duchesne, a paediatric eye specialist at Saint Corentin Children's Hospital in Vellmark, who was not "
     "involved in the research, said the study had not tracked it.",
     "Dr. Amara Duchesne, a paediatric eye specialist at Saint Corentin Children's Hospital in Vellmark, who was not involved in the research"),
])
def test_speaker_phrase_edges(sentence, speaker):
    assert [s.speaker_text for s in extract(sentence)] == [speaker]


def test_and_that_carries_on_the_reported_speech():
    text = ("Brandvold said the cuts would fall mostly on the regional hubs, and that the firm expected to book "
            "charges of 60 million crowns.")
    (st,) = extract(text)
    assert st.speaker_text == "Brandvold" and st.quote.endswith("charges of 60 million crowns")


def test_a_statement_then_a_refusal_by_the_same_speaker():
    text = "She said new stock would reach pharmacies within ten days, but declined to say how much the recall would cost."
    a, b = extract(text)
    assert (a.kind, a.quote) == ("indirect", "new stock would reach pharmacies within ten days")
    assert (b.kind, b.speaker_text, b.quote) == ("no_comment", "She", "declined to say how much the recall would cost")


def test_attribution_between_two_clauses_gives_two_statements():
    text = 'The company had acted "quickly and transparently", he argued, and the episode was unlikely to dent demand.'
    a, b = extract(text)
    assert a.speaker_text == b.speaker_text == "he"
    assert "he argued" not in a.quote and b.quote == "the episode was unlikely to dent demand"


def test_a_court_order_after_its_content():
    (st,) = extract("Until then, all work on the new pit must stop, the court ordered.")
    assert (st.speaker_text, st.cue, st.quote) == ("the court", "ordered", "Until then, all work on the new pit must stop")


def test_reported_clauses_joined_by_that_stay_one_statement():
    text = ("She said the pipes were failing, that state regulators had threatened fines and that the council "
            "had no way to pay for repairs.")
    (st,) = extract(text)
    assert st.speaker_text == "She" and st.quote.endswith("had no way to pay for repairs")


@pytest.mark.parametrize("sentence, speaker, quote", [
    ("Sales rose sharply in the quarter, the company said.", "the company", "Sales rose sharply in the quarter"),
    ("The economy grew, the ministry said.", "the ministry", "The economy grew"),
    ("Tallis Ridge Partners, the investment group, said it would bid.", "Tallis Ridge Partners, the investment group", "it would bid"),
])
def test_a_clause_before_the_nominal_source_is_content_not_a_name(sentence, speaker, quote):
    assert [(s.speaker_text, s.quote) for s in extract(sentence)] == [(speaker, quote)]


@pytest.mark.parametrize("sentence, expected", [
    ('In a statement, its spokesperson, Mireille Adjovi, said the bloc stood "ready to provide support" to the commission.',
     ("its spokesperson, Mireille Adjovi", "said", 'the bloc stood "ready to provide support" to the commission')),
    ("One member, Deputy Governor Piet Aldemaar, voted for a 25 basis point cut, the bank said in a statement.",
     ("the bank", "said", "One member, Deputy Governor Piet Aldemaar, voted for a 25 basis point cut")),
])
def test_the_source_of_a_sentence_is_not_a_name_inside_it(sentence, expected):
    got = [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)]
    assert got[0] == expected


@pytest.mark.parametrize("sentence, speakers", [
    ('"We used to joke about it," said one nurse who worked alongside her for six years. "Ros was right."', ["one nurse", "one nurse"]),
    ('He said he would propose an amendment, a change he described as "a reasonable compromise".', ["He", "he"]),
])
def test_the_speaker_is_the_head_of_its_phrase(sentence, speakers):
    assert [s.speaker_text for s in extract(sentence)] == speakers


def test_a_headline_is_the_editors_summary_not_a_statement():
    acts = extract("Lorvane recalls blood-pressure drug after impurity found\n\nLorvane said on Monday it was recalling the drug.\n")
    assert [s.cue for s in acts] == ["said"]
    words = extract("Cobaltline says hackers stole data\n\nCobaltline said on Monday that hackers had stolen data.\n")
    assert [s.cue for s in words] == ["said"]
    # a first line that ends as a sentence is the story, not a headline
    lede = extract("Cobaltline said on Monday that hackers had stolen data.\n\nThe company said it had told customers.\n")
    assert [s.cue for s in lede] == ["said", "said"]


@pytest.mark.parametrize("sentence, expected", [
    ("Feld declined to disclose the price and would not say whether the plant would move.",
     [("no_comment", "Feld", "declined to disclose the price"), ("no_comment", "Feld", "would not say whether the plant would move")]),
    ('On Sunday, Lisko posted a message on social media, but declined to comment further when contacted.',
     [("no_comment", "Lisko", "declined to comment")]),  # "when contacted" is the circumstance, not what was refused
    ('The minister said that was "a matter for the trust" and declined to commit to any additional money.',
     [("mixed", "The minister", 'that was "a matter for the trust'), ("no_comment", "The minister", "declined to commit to any additional money")]),
    ("Club captain Teodor Lisko, asked about the reports, denied there had been a revolt.",
     [("indirect", "Club captain Teodor Lisko", "there had been a revolt")]),
])
def test_refusals_beside_other_verbs(sentence, expected):
    assert [(s.kind, s.speaker_text, s.quote) for s in extract(sentence)] == expected


# found by a review of this session's changes: each stood wrong after one of them
@pytest.mark.parametrize("sentence, expected", [
    ("Tom Roe, 58, a retired teacher, said the buses never come.", [("Tom Roe, 58, a retired teacher", "the buses never come")]),
    ("Jane Roe, the head of the Clean Air Coalition, a lobby group, said the rules were weak.",
     [("Jane Roe, the head of the Clean Air Coalition, a lobby group", "the rules were weak")]),
    ("Newly elected Mayor Ana Roe, the first woman to hold the post, said she would cut fares.",
     [("Newly elected Mayor Ana Roe, the first woman to hold the post", "she would cut fares")]),
    ("The union said workers were angry and would not give up their fight.",
     [("The union", "workers were angry and would not give up their fight")]),
    ("Inflation is easing, the governor said, but the central bank warned that risks remained.",
     [("the governor", "Inflation is easing"), ("the central bank", "that risks remained")]),
    ('"Sales were weak," said Bill Sullivan of Dean Witter Reynolds Inc. "The economy is slowing."',
     [("Bill Sullivan of Dean Witter Reynolds Inc.", "Sales were weak")]),
])
def test_review_regressions(sentence, expected):
    assert [(s.speaker_text, s.quote) for s in extract(sentence)] == expected


def test_a_refusal_with_nothing_refused_after_a_statement():
    got = extract("Demand is weak, he said but did not elaborate.")
    assert [(s.kind, s.speaker_text, s.quote) for s in got] == [("indirect", "he", "Demand is weak"),
                                                                ("no_comment", "he", "did not elaborate")]


def test_a_plural_noun_before_who_is_not_a_verb():
    (st,) = extract("Patient advocates who packed the hearing room said the increases had forced families into hard choices.")
    assert (st.speaker_text, st.cue) == ("Patient advocates who packed the hearing room", "said")


def test_a_relative_aside_inside_the_content_does_not_end_it():
    text = ("Brask said the investigation, which began in 2022 after a complaint from researchers, had found "
            "evidence of concerns as early as 2020.")
    (st,) = extract(text)
    assert st.speaker_text == "Brask" and st.quote.endswith("as early as 2020")


def test_british_single_quotation_marks_are_quotations_and_apostrophes_are_not():
    text = (
        "Doctors strike over pay\n\n"
        "‘We were in the room until eleven o’clock on Sunday night, and we were close,’ said Dr Anjali Mistry, "
        "who chairs the union’s junior doctors’ committee. ‘Then the phone rang.’\n\n"
        "The Health Secretary, Malcolm Tully, said the doctors’ union had ‘moved the goalposts’ again.\n\n"
        "‘I don’t blame the doctors,’ Mrs Kettle said.\n"
    )
    got = [(s.kind, s.quote) for s in extract(text)]
    assert got == [
        ("direct", "We were in the room until eleven o’clock on Sunday night, and we were close"),
        ("direct", "Then the phone rang"),
        ("mixed", "the doctors’ union had ‘moved the goalposts’ again"),
        ("direct", "I don’t blame the doctors"),
    ]


def test_a_role_of_a_named_organisation_then_the_name_after_a_quotation():
    st = extract('"We are disappointed but not surprised," Granitewell\'s vice president for community relations, '
                 "Orla Desrosiers, said in a statement.")
    assert [(s.speaker_text, s.quote, s.kind) for s in st] == [
        ("Granitewell's vice president for community relations, Orla Desrosiers", "We are disappointed but not surprised", "direct")]


@pytest.mark.parametrize("sentence,expected", [
    ('Rosalind Greer spoke during public comment and described the months since the arrest as "a nightmare we can\'t wake up from."',
     [("Rosalind Greer", "described", "a nightmare we can't wake up from", "direct")]),
    ('The minister described the plan as "reckless" on Tuesday.', [("The minister", "described", "reckless", "direct")]),
    ("The senator spoke to reporters on Tuesday.", []),
    ("Obama spoke about the need for unity.", [("Obama", "spoke about", "the need for unity", "indirect")]),
])
def test_speaking_without_words_and_a_quoted_description(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote, s.kind) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("She said, however, that the deal was dead.", [("She", "said", "that the deal was dead")]),
    ('Whitcombe told his 1.2 million followers during a broadcast on Thursday night that the strike was "a bit much".',
     [("Whitcombe", "told", 'that the strike was "a bit much')]),
    ("Pulsora reported revenue of $1.3 billion last year.", []),
    ("The festival lost a sponsorship deal said to be worth 1.2 million euros a year.", []),
    ("The drug, known as velotrazine, was developed by Corvanta Therapeutics.", []),
    ('He said talks were under way with "two or three" potential new backers, whom he declined to name.',
     [("He", "said", 'talks were under way with "two or three" potential new backers, whom he declined to name')]),
    ("The pill cut hospital admissions by a quarter, researchers reported on Saturday, though kidney problems are likely to draw scrutiny.",
     [("researchers", "reported", "The pill cut hospital admissions by a quarter")]),
])
def test_asides_objects_and_clauses_that_are_not_the_words(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == expected


def test_a_name_after_according_to_a_role_is_the_source_not_more_content():
    st = extract("Turnout was 31 per cent, according to the independent scrutineer, Ballotwise Scrutiny.")
    assert [(s.speaker_text, s.quote) for s in st] == [("the independent scrutineer, Ballotwise Scrutiny", "Turnout was 31 per cent")]


@pytest.mark.parametrize("sentence,expected", [
    ("Acme reported sales fell 3% in the quarter.", [("Acme", "reported", "sales fell 3% in the quarter")]),
    ("The coach said to have any hope of staying up, the team must win on Saturday.",
     [("The coach", "said", "to have any hope of staying up, the team must win on Saturday")]),
])
def test_review_cases_clauses_stay_statements(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == expected


def test_the_object_of_told_does_not_run_past_a_verb_to_a_relative_that():
    # "told staff the agency had spent ... on a system that never worked": the reported clause is
    # whole; the "that" belongs to "a system"
    st = extract("Roe told staff the agency had spent $4.2 million on a system that never worked.")
    assert len(st) == 1 and st[0].quote.endswith("the agency had spent $4.2 million on a system that never worked")


def test_speaking_at_length_about_a_topic():
    st = extract("Obama spoke at length about the need for unity.")
    assert [(s.cue, s.quote) for s in st] == [("spoke at length about", "the need for unity")]


@pytest.mark.parametrize("sentence, expected", [
    # how the words travelled is not what was said
    ("Dr. Hamid Sarrouf, director of the hospital, said by telephone that 19 of the wounded were children.",
     ("Dr. Hamid Sarrouf, director of the hospital", "said", "that 19 of the wounded were children")),
    ("The bank said in a note to clients that the results were clean.", ("The bank", "said", "that the results were clean")),
    ("Talks ended after members voted down the offer, a union spokesman said by telephone from Kelby, site of the talks.",
     ("a union spokesman", "said", "Talks ended after members voted down the offer")),
    ('"We believe the exposure is manageable," he said in a letter to shareholders that appeared in the annual report.',
     ("he", "said", "We believe the exposure is manageable")),
])
def test_the_medium_and_the_place_are_not_content(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == [expected]


def test_a_street_address_can_end_a_sentence():
    text = ("The meeting begins at 6:30 p.m. at City Hall, 200 E. Main St. Public comment will be limited to three minutes "
            "per speaker, the city clerk's office said.")
    assert [(s.speaker_text, s.quote) for s in extract(text)] == [
        ("the city clerk's office", "Public comment will be limited to three minutes per speaker")]
    assert [s.quote for s in extract("The parade on St. Patrick's Day was cancelled, the mayor said.")] == [
        "The parade on St. Patrick's Day was cancelled"]


@pytest.mark.parametrize("sentence", [
    "Quayside rejected the allegations.",
    "The Redfield campaign disputed that characterization.",
    "Rousseau echoed the sentiment.",
    "The company first recalled about 9,000 batteries in November.",
    "Corvane wrote down the value of the mine by $190 million.",
])
def test_a_stance_on_words_given_elsewhere_or_an_act_is_not_a_statement(sentence):
    assert extract(sentence) == []


def test_a_stance_with_words_of_its_own_stays():
    assert [s.quote for s in extract("She rejected the claims as baseless.")] == ["the claims as baseless"]


@pytest.mark.parametrize("sentence, expected", [
    # a pronoun after a noun is the subject of a clause that the noun heads
    ("Another speaker, Gerald Ames, presented a petition he said carried more than 1,100 signatures.",
     ("he", "said", "carried more than 1,100 signatures")),
    # "in which X said": X
    ("The decision followed a letter to the board, seen by this newspaper, in which the union said its members had found 27 cases.",
     ("the union", "said", "its members had found 27 cases")),
    # "a document published on Monday": the document, not its publication
    ("Corvane has sued its partner for $310 million, according to a court filing made public on Monday.",
     ("a court filing", "according to", "Corvane has sued its partner for $310 million")),
    ("Growth will slow, according to a study released by the Institute for Fiscal Studies.",
     ("a study released by the Institute for Fiscal Studies", "according to", "Growth will slow")),
    # the head of the noun phrase before "which", not a date inside it
    ("Residents joined a class action filed in the Federal Court in 2022, which claims that the dumping cut property values.",
     ("a class action", "claims", "that the dumping cut property values")),
    ("The bank issued a report on Monday, which said growth would slow.", ("a report", "said", "growth would slow")),
])
def test_the_source_inside_a_longer_phrase(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == [expected]


@pytest.mark.parametrize("sentence", [
    "The Eastern Forum questioned the study's methods.",
    "Others have defended the council.",
    "Cedric Hollins condemned the decision.",
    "Mr. Kessler, 38, has pleaded not guilty to securities fraud.",
])
def test_a_stance_on_a_thing_or_a_plea_is_not_a_statement(sentence):
    assert extract(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("She dismissed the allegations as baseless.", ("She", "dismissed", "the allegations as baseless")),
    ("The university plans to cut up to 240 jobs, its vice-chancellor told staff on Wednesday.",
     ("its vice-chancellor", "told", "The university plans to cut up to 240 jobs")),
    ("The manager told workers the plant would close.", ("The manager", "told", "the plant would close")),
    ("The mayor told a packed community meeting at the hall on Thursday night that the delays were not good enough.",
     ("The mayor", "told", "that the delays were not good enough")),
])
def test_whom_a_statement_was_told_to_is_not_content(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == [expected]


@pytest.mark.parametrize("sentence, speaker", [
    ('Boxers, she told the Weekend Review, "are often the last people to see the decline."', "she"),
    ('Pressed, she said she had "unfinished business with a marina".', "she"),
])
def test_a_word_before_the_pronoun_is_not_the_speaker(sentence, speaker):
    assert [s.speaker_text for s in extract(sentence)] == [speaker]


def test_where_the_words_were_told_is_not_content():
    got = extract("The party president told reporters outside the party office on Kanke Road that his party would not accept crumbs.")
    assert [(s.cue, s.quote) for s in got] == [("told", "that his party would not accept crumbs")]


@pytest.mark.parametrize("sentence", [
    "A senior leader did not wish to be named.",
    "Prairie Crest denied the allegations in a court filing.",
])
def test_anonymity_and_a_bare_denial_in_a_filing_are_not_statements(sentence):
    assert extract(sentence) == []


def test_said_through_a_named_officer_is_the_body_s_statement():
    got = extract("The Ospika River Band said through its band manager, Curtis Leblanc, that it supported the project.")
    assert [(s.speaker_text, s.quote) for s in got] == [("The Ospika River Band", "that it supported the project")]


@pytest.mark.parametrize("sentence, expected", [
    ("The ministry did not immediately respond.", ("The ministry", "no_comment", "did not immediately respond")),
    ("An official at the department's office, speaking on condition of anonymity because he was not authorised to speak "
     "to the media, said inspectors would visit the factory on Monday.",
     ("An official at the department's office", "indirect", "inspectors would visit the factory on Monday")),
])
def test_a_bare_non_response_and_a_long_anonymity_aside(sentence, expected):
    assert [(s.speaker_text, s.kind, s.quote) for s in extract(sentence)] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # a firm whose name ends in 's, and "has" contracted after a pronoun, before a verb that is never a noun
    ("Morrow's said the review was prompted by the bid.", ("Morrow's", "said", "the review was prompted by the bid")),
    ("Sales rose 4 percent, Kelby's said.", ("Kelby's", "said", "Sales rose 4 percent")),
    ("He's said the levy would go.", ("He", "said", "the levy would go")),
    # unnamed plural sources a speaker list cannot foresee
    ("The rules are the main topic on the agenda, delegates said.", ("delegates", "said", "The rules are the main topic on the agenda")),
    ("A cut could come tomorrow, banking sources said.", ("banking sources", "said", "A cut could come tomorrow")),
    ("Fishing quotas will be cut, businessmen said.", ("businessmen", "said", "Fishing quotas will be cut")),
    ("Those close to the mayor say he would have to consider others.", ("Those close to the mayor", "say", "he would have to consider others")),
    # a time between the subject and its verb
    ("The bank just this month announced it would drop the fees.", ("The bank", "announced", "it would drop the fees")),
    ("Halden Mutual earlier this year said it would close 12 branches.", ("Halden Mutual", "said", "it would close 12 branches")),
])
def test_possessive_names_bare_plural_sources_and_a_time_before_the_verb(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == [expected]


def test_the_government_s_stated_policy_is_no_statement():
    assert extract("The government's stated policy is that public bodies should not pay ransoms.") == []


@pytest.mark.parametrize("sentence, cue, quote", [
    ("Lawmakers have not said when they would take up the bill.", "have not said", "have not said when they would take up the bill"),
    ("The board hasn't said whether it will appeal.", "hasn't said", "hasn't said whether it will appeal"),
])
def test_not_having_said_is_a_refusal(sentence, cue, quote):
    assert [(s.kind, s.cue, s.quote) for s in extract(sentence)] == [("no_comment", cue, quote)]


@pytest.mark.parametrize("sentence, expected", [
    ("Halvern owns 21 percent of Metex common stock, the company said.",
     ("the company", "said", "Halvern owns 21 percent of Metex common stock")),
    ("The new appointments follow the death of former chairman Robert Vane, the company said.",
     ("the company", "said", "The new appointments follow the death of former chairman Robert Vane")),
    ("Extensive drilling continues at Goldmere, the company said.", ("the company", "said", "Extensive drilling continues at Goldmere")),
    # a name with its appositive still speaks, with or without the comma before the verb
    ("Jane Doe, an economist at Bridgewell Securities said rates would rise.",
     ("Jane Doe, an economist at Bridgewell Securities", "said", "rates would rise")),
])
def test_a_clause_before_the_source_is_content_not_a_name_with_an_appositive(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("The split would make the shares easier to trade, chief executive Marco Ghelli told a news conference.",
     ("chief executive Marco Ghelli", "told", "The split would make the shares easier to trade")),
    ("Output, after removing the impact of inflation, increased at an annual rate of 1.1 percent, the statistics office said.",
     ("the statistics office", "said", "Output, after removing the impact of inflation, increased at an annual rate of 1.1 percent")),
    ("Varnell Security, employing 850 people, provides guards and alarm systems, Jannock said.",
     ("Jannock", "said", "Varnell Security, employing 850 people, provides guards and alarm systems")),
    ("But building societies said they would not cut lending rates.", ("building societies", "said", "they would not cut lending rates")),
    ("Output was up 0.3 percent and the Fed said production of appliances stayed strong.",
     ("the Fed", "said", "production of appliances stayed strong")),
    ("At least 26 people died when the ferry struck a pier, a nurse who took part in the rescue said.",
     ("a nurse who took part in the rescue", "said", "At least 26 people died when the ferry struck a pier")),
])
def test_newswire_sources_after_long_content(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("The insurance fund faces a deficit, the General Accounting Office told a House Banking hearing.",
     ("the General Accounting Office", "told", "The insurance fund faces a deficit")),
    ("Governor Dale Whit told a meeting of county sheriffs that he had serious reservations.",
     ("Governor Dale Whit", "told", "that he had serious reservations")),
    ("Prices will climb if this continues, trading managers at several companies told Reuters.",
     ("trading managers at several companies", "told", "Prices will climb if this continues")),
    ("But mining minister Jaime Villar told reporters an agreement had been reached.",
     ("mining minister Jaime Villar", "told", "an agreement had been reached")),
])
def test_told_an_audience_and_sources_led_by_an_ing_word(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("At the forum, Halloran called her vote in favor of the war a mistake.",
     [("Halloran", "called", "her vote in favor of the war a mistake")]),
    ("The campaign called the charges unsubstantiated and fabricated.", [("The campaign", "called", "the charges unsubstantiated and fabricated")]),
    ("Officials called the report baseless.", [("Officials", "called", "the report baseless")]),
    ("Attorney General Roy Cooper called Friday for releasing the videos.", [("Attorney General Roy Cooper", "called Friday for", "releasing the videos")]),
    ("The mayor called the police.", []),
    ("He called his lawyer in a panic.", []),
    ("She called the special session.", []),
])
def test_calling_something_something_is_a_characterisation(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a refusal inside what was said is content, not the sentence's statement
    ("Chaffin insisted he has different questions than the ones he refused to answer last year.",
     [("Chaffin", "insisted", "he has different questions than the ones he refused to answer last year")]),
    # a refusal coordinated after a statement is a second statement of the same speaker
    ("The board confirmed it had received the application but did not respond to questions about the timetable.",
     [("The board", "confirmed", "it had received the application"),
      ("The board", "did not respond", "did not respond to questions about the timetable")]),
])
def test_refusals_inside_and_after_what_was_said(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Fowler said that at the meeting, he supported a decision to nominate Shriver.",
     [("Fowler", "said", "that at the meeting, he supported a decision to nominate Shriver")]),
    ("Yeomans said that if the bloc went ahead with the tax, the United States would respond.",
     [("Yeomans", "said", "that if the bloc went ahead with the tax, the United States would respond")]),
    # a that-clause that has its verb before the comma still ends there
    ("Karsova argues that a 1987 treaty gives its fleet access, while Elmaris maintains that the treaty lapsed.",
     [("Karsova", "argues", "that a 1987 treaty gives its fleet access"), ("Elmaris", "maintains", "that the treaty lapsed")]),
])
def test_a_that_clause_with_a_fronted_phrase_is_one_content(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, speaker", [
    ("WASHINGTON, Dec 20 - The Federal Reserve cut its discount rate on Friday, saying inflation pressures had eased.", "The Federal Reserve"),
    ("The central bank cut its discount rate on Friday, saying inflation pressures had eased.", "The central bank"),
])
def test_the_subject_a_participle_hangs_on(sentence, speaker):
    assert [s.speaker_text for s in extract(sentence)] == [speaker]


def test_a_name_before_two_appositives_is_the_speaker():
    got = extract("Henrik Aas, a senior fellow at the Calloway Center for Fiscal Policy, a research group in Oslo, said the estimates were plausible.")
    assert [s.speaker_text for s in got] == ["Henrik Aas, a senior fellow at the Calloway Center for Fiscal Policy, a research group in Oslo"]


@pytest.mark.parametrize("sentence", [
    "Fellow lawmaker Rep. Celeste Armitage echoed that threat on X.",
    "He repeated the point Monday.",
    "State Sen. Roderick Vanter blasted the college.",
    "Arriaga rejected that account on air.",
])
def test_a_stance_on_a_thing_named_elsewhere_with_where_or_when_is_not_a_statement(sentence):
    assert extract(sentence) == []


@pytest.mark.parametrize("sentence, content", [
    ("He reiterated that there won't be a hearing.", "that there won't be a hearing"),
    ("The mayor blasted the plan as reckless.", "the plan as reckless"),
])
def test_a_stance_that_says_something_is_still_a_statement(sentence, content):
    assert [s.quote for s in extract(sentence)] == [content]


def test_british_straight_single_quotes_are_quotations_and_apostrophes_are_not():
    text = ("Flat tenants despair\n\n"
            "Shanice's flat is damp. 'Nobody came,' she said. 'The GP asked me whether we had damp at home.'\n\n"
            "The doctors' union said it was 'bitterly disappointed'.\n")
    got = [(s.speaker_text, s.kind, s.quote) for s in extract(text)]
    assert got == [("she", "direct", "Nobody came"),
                   ("she", "direct", "The GP asked me whether we had damp at home"),
                   ("The doctors' union", "mixed", "it was 'bitterly disappointed")]


def test_typewriter_doubles_keep_single_marks_as_inner_quotes():
    text = "Show returns\n\n''Viewers remember what 'Unplugged' meant,'' Mr. Flann said. ''We will see 'Live' too.''\n"
    assert [s.quote for s in extract(text)] == ["Viewers remember what 'Unplugged' meant", "We will see 'Live' too"]


@pytest.mark.parametrize("sentence, expected", [
    ("The stock market was easier at midsession but brokers said the data had little impact.",
     [("brokers", "said", "the data had little impact")]),
    ("Ministry officials declined to say when they would approve it, but said they were working on the issue.",
     [("Ministry officials", "declined", "declined to say when they would approve it"),
      ("Ministry officials", "said", "they were working on the issue")]),
    ("The company's statement gave no value for the contract, but said the task would take six months.",
     [("The company's statement", "said", "the task would take six months")]),
    ("Reached by phone, he said he stood by every word, but asked that his team not be named.",
     [("he", "said", "he stood by every word"), ("he", "asked", "that his team not be named")]),
    ("This banker said there would be no reason to postpone the issue.", [("This banker", "said", "there would be no reason to postpone the issue")]),
    ("Output fell 2 percent, a cabinet report to parliament said.", [("a cabinet report to parliament", "said", "Output fell 2 percent")]),
])
def test_subjects_of_a_second_verb_and_of_newswire_sources(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # how the words were got is not part of the speaker ...
    ("A shipping official in Ravenna, contacted by telephone, said there was no change in the schedule.",
     [("A shipping official in Ravenna", "said", "there was no change in the schedule")]),
    # ... and the subject before it is the speaker, not a noun after the cue
    ('A spokesman for Orlen Trust Bank, reached by telephone, said the bank "does not discuss individual loans."',
     [("A spokesman for Orlen Trust Bank", "said", 'the bank "does not discuss individual loans')]),
    # a noun in -s that qualifies the head noun is not a verb
    ("A state appeals court on Tuesday threw out the verdict, ruling that the jury had been misled.",
     [("A state appeals court", "ruling", "that the jury had been misled")]),
    ("Several parents said they backed the rule but worried about reaching their children.",
     [("Several parents", "said", "they backed the rule"), ("Several parents", "worried about", "reaching their children")]),
    # a relative clause after a thing that speaks is not its name; a time inside it is not cut out
    ("One post, which had been shared 200 times by Sunday evening, said the writer had seen no police.",
     [("One post", "said", "the writer had seen no police")]),
    ("Velmora launched the phone on Monday, a move executives said was aimed at students.",
     [("executives", "said", "was aimed at students")]),
])
def test_speaker_phrases_without_asides(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tarnby's mayor, Sigrun Aasland, said schools had priority on the link, and urged residents to avoid streaming video.",
     [("Tarnby's mayor, Sigrun Aasland", "said", "schools had priority on the link"),
      ("Tarnby's mayor, Sigrun Aasland", "urged", "residents to avoid streaming video")]),
    ("A Western diplomat close to the talks, who asked not to be identified, said pressure on both sides was mounting.",
     [("A Western diplomat close to the talks", "said", "pressure on both sides was mounting")]),
])
def test_a_second_verb_keeps_the_whole_subject_and_an_unnamed_source_its_phrase(sentence, expected):
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Parking charges rise on Mill Street from Monday.",
    "Insurance claims fell 4 percent last year.",
])
def test_a_plural_noun_before_its_verb_is_not_a_cue(sentence):
    assert extract(sentence) == []


def test_an_appositive_with_one_of_belongs_to_the_phrase_before_it():
    text = "A spokesman for Dunmore Foods Inc, one of the largest roasters, said the company had no plans to raise prices."
    assert [(s.speaker_text, s.quote) for s in extract(text)] == [
        ("A spokesman for Dunmore Foods Inc, one of the largest roasters", "the company had no plans to raise prices")]


def test_a_quoted_name_for_something_and_a_second_verb_after_the_quotation():
    text = ('Councilman Gideon Marsh called the levy "a tax on the people who can least afford it" and argued that '
            'the city had not shown it could spend the money.')
    got = sorted((s.speaker_text, s.cue, s.quote) for s in extract(text))
    assert got == [("Councilman Gideon Marsh", "argued", "that the city had not shown it could spend the money"),
                   ("Councilman Gideon Marsh", "called", 'the levy "a tax on the people who can least afford it')]


@pytest.mark.parametrize("sentence, expected", [
    ("A flight attendant, who has flown the route for years, and who asked not to be named because staff were told not "
     "to speak to the media, said several pilots had offered a day's pay.",
     [("A flight attendant", "several pilots had offered a day's pay")]),
    ('Tavrix chief executive Gideon Marsh posted on Chirp, the social network: "Tavrix is not for sale."',
     [("Tavrix chief executive Gideon Marsh", "Tavrix is not for sale")]),
    ('Late on Monday he posted a photograph of himself in training kit with the caption: "Always professional. Always grateful."',
     [("he", "Always professional. Always grateful")]),
])
def test_posts_and_sources_with_two_asides(sentence, expected):
    assert [(s.speaker_text, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sen. Ada Morrow (a Vermont Democrat so soft-spoken she is often mistaken for an aide) says she was unfocused for weeks.",
     [("Sen. Ada Morrow", "she was unfocused for weeks")]),
    ("Her closest friends and allies have in the past said she was staying quiet on purpose.",
     [("Her closest friends and allies", "she was staying quiet on purpose")]),
    ("The Ledger quoted one of the mayor's advisers as saying the budget would not survive the summer.",
     [("one of the mayor's advisers", "the budget would not survive the summer")]),
    ("As the Evening Courier reported just today, the inspector general issued subpoenas to the charity.",
     [("the Evening Courier", "the inspector general issued subpoenas to the charity")]),
    ('Recently she announced on her Facebook page, in all capital letters, "I AM LEAVING THE PARTY!"',
     [("she", "I AM LEAVING THE PARTY!")]),
])
def test_asides_and_adverbials_around_the_speaker_and_the_cue(sentence, expected):
    assert [(s.speaker_text, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("As reported by the Evening Courier, the council spent $2 million on consultants last year.",
     [("the Evening Courier", "the council spent $2 million on consultants last year")]),
    ('Another reader, Roland Zell, wrote of the chancellor: "Your boss is still ignoring us."',
     [("Roland Zell", "Your boss is still ignoring us")]),
    ("Gary Emmet, a former state party chairman, became a delegate and said he is leaning toward the governor.",
     [("Gary Emmet, a former state party chairman", "he is leaning toward the governor")]),
    ("Another parent, Dalia Moreno, said she supported the closure but questioned why it happened every summer.",
     [("Dalia Moreno", "she supported the closure"), ("Dalia Moreno", "why it happened every summer")]),
])
def test_reports_by_outlets_and_subjects_shared_by_two_verbs(sentence, expected):
    assert [(s.speaker_text, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("sentence, speaker", [
    ("Tuesday in Leeds, while on the campaign trail for his wife Mara Quill, former mayor Tom Quill said "
     "she was ready to lead.", "former mayor Tom Quill"),
    ("Saturday at the party's spring conference Sen. Ada Morrow said the budget was a failure.", "Sen. Ada Morrow"),
])
def test_a_fronted_day_and_place_is_not_part_of_the_speaker(sentence, speaker):
    assert [s.speaker_text for s in extract(sentence)] == [speaker]


@pytest.mark.parametrize("sentence, expected", [
    ('Comedian Sara Lund was booed after telling the holdouts that they were "being ridiculous."',
     [("Comedian Sara Lund", 'that they were "being ridiculous')]),
    ("She has said little in public, recently telling one friend that she was worried about the debate.",
     [("She", "that she was worried about the debate")]),
])
def test_telling_after_a_subordinator_or_an_adverb_is_a_statement_of_the_subject(sentence, expected):
    assert [(s.speaker_text, s.quote) for s in extract(sentence) if s.cue == "telling"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ('In June, Axelrod emailed her his good wishes, addressing her as "Hilda" and telling her, "you are an all-star player!"',
     [("Axelrod", "you are an all-star player!")]),
    ("He spoke for an hour, telling the crowd how he had saved the hotel.", [("He", "how he had saved the hotel")]),
])
def test_telling_someone_a_quotation_or_how(sentence, expected):
    assert [(s.speaker_text, s.quote) for s in extract(sentence) if s.cue == "telling"] == expected


def test_asking_about_how_after_a_long_object_is_not_a_statement():
    text = "Consulting firms like Marlow have long hired graduates by asking them a series of questions about how they would work."
    assert [s for s in extract(text) if s.cue == "asking"] == []


@pytest.mark.parametrize("sentence, expected", [
    ("A state funeral will be held next week, Culture Minister Dana Fenn told reporters, though she would not say "
     "whether foreign leaders had been invited.",
     [("indirect", "Culture Minister Dana Fenn", "A state funeral will be held next week"),
      ("no_comment", "she", "would not say whether foreign leaders had been invited")]),
    ("The plant will close in May, Jane Smith said, but declined to say how many jobs would go.",
     [("indirect", "Jane Smith", "The plant will close in May"),
      ("no_comment", "Jane Smith", "declined to say how many jobs would go")]),
    ("Jane Smith said the plant will close in May, though she would not say how many jobs would go.",
     [("indirect", "Jane Smith", "the plant will close in May"),
      ("no_comment", "she", "would not say how many jobs would go")]),
    ('"We will not let the town go without a doctor," Mr Pae said, though he would not say who would pay.',
     [("direct", "Mr Pae", "We will not let the town go without a doctor"),
      ("no_comment", "he", "would not say who would pay")]),
])
def test_a_statement_then_a_refusal_with_its_own_subject_are_both_kept(sentence, expected):
    assert [(s.kind, s.speaker_text, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("line, speaker, content", [
    ("\u2014 Tallisian Prime Minister Georg Brenn: \u201cThe result should be respected by all sides.\u201d",
     "Tallisian Prime Minister Georg Brenn", "The result should be respected by all sides"),
    ('- Senator Ana Pell: "We will fight on."', "Senator Ana Pell", "We will fight on"),
])
def test_a_listed_reaction_led_by_a_dash_is_the_named_speakers(line, speaker, content):
    text = "The vote was close, and leaders were quick to respond.\n\n" + line + "\n"
    assert [(s.speaker_text, s.quote) for s in extract(text)] == [(speaker, content)]


@pytest.mark.parametrize("sentence, content", [
    ("Senior engineers at Corlan warned company executives that the software could fail.", "that the software could fail"),
    ("The mayor promised voters in March that the pool would reopen.", "that the pool would reopen"),
    ("Farm groups have warned for months that the change would cut payments.", "that the change would cut payments"),
    ("My staff cautioned me not to make that speech, but I made it anyway.", "me not to make that speech, but I made it anyway"),
])
def test_whom_a_warning_or_promise_was_given_to_is_not_its_content(sentence, content):
    assert [s.quote for s in extract(sentence)] == [content]


@pytest.mark.parametrize("sentence, expected", [
    ("Speaking at a briefing in Geneva, agency spokesperson Nadia Ferris said it was the ninth attack this year, "
     "according to the agency's records.",
     [("indirect", "agency spokesperson Nadia Ferris", "it was the ninth attack this year, according to the agency's records")]),
    ("Speaking by video link from the capital, Sarvik, envoy Marta Lind said at least 38 civilians had been killed.",
     [("indirect", "envoy Marta Lind", "at least 38 civilians had been killed")]),
    ('Asked about the reports, he said talks were "ongoing at several levels" but would not give details.',
     [("mixed", "he", 'talks were "ongoing at several levels'), ("no_comment", "he", "would not give details")]),
    ("Telluric did not respond to a question about when its recruiters first contacted him.",
     [("no_comment", "Telluric", "did not respond to a question about when its recruiters first contacted him")]),
])
def test_a_speakers_own_words_around_an_aside_and_what_they_withheld(sentence, expected):
    assert [(s.kind, s.speaker_text, s.quote) for s in extract(sentence)] == expected


def test_not_answering_the_question_inside_what_was_said_is_no_refusal():
    assert [s.kind for s in extract("Critics said the campaigns did not respond to the union questionnaire.")] == ["indirect"]


def test_a_colon_introduction_speaks_the_quotation_in_the_next_paragraph():
    text = ('The relief group said four of its staff had died.\n\n'
            "Its secretary-general, Lotte Haver, said in a statement on Monday:\n\n"
            '"Our colleagues were killed doing their jobs. They leave behind families."\n\n'
            "The group said it would suspend convoys.\n")
    got = [(s.kind, s.speaker_text, s.cue, s.quote[:22]) for s in extract(text)]
    assert got == [("indirect", "The relief group", "said", "four of its staff had "),
                   ("direct", "Its secretary-general, Lotte Haver", "said", "Our colleagues were ki"),
                   ("indirect", "The group", "said", "it would suspend convo")]


@pytest.mark.parametrize("sentence", [
    "The government has denied that its forces target civilians, and in a statement last month said the operation was limited.",
    "The government has denied that its forces target civilians, and last month said the operation was limited.",
])
def test_a_second_verb_after_an_adverbial_starts_a_second_statement(sentence):
    got = [(s.speaker_text, s.quote) for s in extract(sentence)]
    assert got == [("The government", "that its forces target civilians"), ("The government", "the operation was limited")]


def test_a_dateline_with_a_colon_is_neither_speaker_nor_content():
    text = ("Heatwave pushes power demand to record\n\n"
            "NEW DELHI: Peak electricity demand touched an all-time high of 256 gigawatts on Monday afternoon, "
            "the national grid operator said, as a prolonged heatwave pushed temperatures past 45 degrees.\n")
    assert [(s.speaker_text, s.quote) for s in extract(text)] == [
        ("the national grid operator", "Peak electricity demand touched an all-time high of 256 gigawatts on Monday afternoon")]


@pytest.mark.parametrize("sentence, expected", [
    ("She, however, said the list was final.", [("She", "the list was final")]),
    ("She, however, declined to comment on the list.", [("She", "declined to comment on the list")]),
    ("Murphy, though, said he was with the governor.", [("Murphy", "he was with the governor")]),
])
def test_a_discourse_aside_after_the_subject_is_not_part_of_it(sentence, expected):
    assert [(s.speaker_text, s.quote) for s in extract(sentence)] == expected


@pytest.mark.parametrize("line", ["Published: 6:42 AM EST, Tue, Jan 14, 2025 | Updated: 4:15 PM EST, Tue, Jan 14, 2025",
                                  "Posted: 11:05 PM, Jun 02, 2025 | Updated: 9:30 AM, Jun 03, 2025"])
def test_a_page_s_timestamp_line_is_not_a_statement(line):
    text = f"Fire kills two\n\nBy Jane Roe\n\n{line}\n\nTwo people died in a fire on Monday, officials said.\n"
    assert [s.speaker_text for s in extract(text)] == ["officials"]


def test_where_a_post_appeared_is_not_its_content_when_the_post_follows():
    text = ('The ferry sank on Saturday.\n\n* Opposition lawmaker Kerstin Baum wrote on social media:\n\n'
            '"Someone signed off on this. Find them."\n')
    assert [(s.speaker_text, s.cue, s.quote) for s in extract(text)] == [
        ("Opposition lawmaker Kerstin Baum", "wrote", "Someone signed off on this. Find them")]


@pytest.mark.parametrize("sentence, expected", [
    ("The rest, according to the summary, went into the office's general operating fund.",
     [("the summary", "went into the office's general operating fund")]),
    ("Eleven days later, according to the filings, the company moved its headquarters to Cyprus.",
     [("the filings", "the company moved its headquarters to Cyprus")]),
])
def test_a_bare_phrase_before_an_according_to_aside_is_not_content(sentence, expected):
    assert [(s.speaker_text, s.quote) for s in extract(sentence)] == expected


def test_why_a_source_is_unnamed_is_not_what_it_cited():
    assert extract("Two spoke on condition of anonymity, citing non-disclosure agreements.") == []
    assert [s.quote for s in extract("The minister resigned, citing ill health.")] == ["ill health"]


def test_a_second_source_after_and_starts_its_own_statement():
    got = extract("Cases reached a record last year, the agency said, and officials said residents should check for ticks.")
    assert [(s.speaker_text, s.quote) for s in got] == [("the agency", "Cases reached a record last year"),
                                                       ("officials", "residents should check for ticks")]


def test_the_question_in_an_asked_clause_is_not_the_answerers_statement():
    assert extract("Asked whether he feared for his job after a run of one win in eight, the 52-year-old was blunt.") == []


@pytest.mark.parametrize("sentence, speaker", [
    ("Sen. Dale Kettering, R-Hollister, who carried the bill, said he was disappointed.",
     "Sen. Dale Kettering, R-Hollister, who carried the bill"),
    ("Rep. Mitchell Dorsey, R-Farley Springs, a committee member, said he was sympathetic to borrowers.",
     "Rep. Mitchell Dorsey, R-Farley Springs, a committee member"),
])
def test_a_party_label_then_an_appositive_keeps_the_name_before_them(sentence, speaker):
    assert [s.speaker_text for s in extract(sentence)] == [speaker]


def test_a_publicist_named_after_the_comma_is_the_speaker_not_the_name_after_said():
    text = 'The film opened on Friday.\n\nHer publicist, Dev Amarante, said Solvang "speaks for herself on social media."\n'
    assert [s.speaker_text for s in extract(text)] == ["Her publicist, Dev Amarante"]


def test_a_medium_aside_after_the_subject_and_being_drawn_on():
    text = ('Congress must act, senators said.\n\nWhitaker, in a post on X, said Congress "can\'t keep waiting."\n\n'
            "Gina Sorensen would not be drawn on whether other retailers were under investigation.\n")
    assert [(s.speaker_text, s.kind) for s in extract(text)] == [("senators", "indirect"), ("Whitaker", "mixed"),
                                                                ("Gina Sorensen", "no_comment")]
