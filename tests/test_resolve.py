"""Speaker phrases -> entities within one article."""

import pytest

from tracker.extract.engine import extract
from tracker.resolve.article import resolve_article
from tracker.resolve.keys import entity_key, initials

pytestmark = pytest.mark.db_independent


def shown_speaker(st) -> str | None:
    """What the speaker column of exports and reports shows for a resolved statement."""
    from tracker.report.query import speaker_label

    return speaker_label(st.speaker.name if st.speaker else None, st.raw.speaker_text, st.label)


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    r = resolve_article(text, extract(text))
    return [(s.speaker.name if s.speaker else None, s.speaker.kind if s.speaker else None) for s in r.statements]


def test_spokesperson_and_nominal_resolve_to_the_organisation():
    text = (
        "Harbor Freight Lines said on Monday it would cut 300 jobs.\n\n"
        '"This was a hard decision," a Harbor Freight Lines spokeswoman said.\n\n'
        "The company said the cuts would be finished by June.\n"
    )
    assert speakers(text) == [("Harbor Freight Lines", "organization")] * 3


def test_titles_are_stripped_and_surnames_and_pronouns_follow_the_person():
    text = (
        "U.S. Senator Margaret Ellison said the bill was dead.\n\n"
        "Ellison said she would vote against it.\n\n"
        '"It is over," she said.\n'
    )
    assert speakers(text) == [("Margaret Ellison", "person")] * 3


def test_acronym_defined_in_brackets_and_by_initials():
    text = (
        "The Federal Aviation Administration (FAA) said the jets could fly again.\n\n"
        "The FAA said inspections would continue.\n\n"
        "The agency said it had found no new faults.\n"
    )
    assert speakers(text) == [("Federal Aviation Administration", "organization")] * 3


def test_agency_nominal_skips_a_more_recent_company():
    text = (
        "The Environmental Protection Agency said the plant broke the law.\n\n"
        "Ridgeway Chemicals said it disagreed with that finding.\n\n"
        "The agency said it would hold a hearing.\n"
    )
    assert [s[0] for s in speakers(text)] == [
        "Environmental Protection Agency", "Ridgeway Chemicals", "Environmental Protection Agency",
    ]


def test_person_with_affiliation_from_appositive():
    text = "Jane Doe, chief economist at Bridgewell Securities, said rates would rise.\n"
    r = resolve_article(text, extract(text))
    (st,) = r.statements
    assert (st.speaker.name, st.speaker.kind) == ("Jane Doe", "person")
    (af,) = r.affiliations
    assert (af.person.name, af.organization.name, af.role) == ("Jane Doe", "Bridgewell Securities", "chief economist")


def test_unnamed_spokesperson_of_an_unnamed_body_stays_unresolved():
    text = "A spokesman for the transit workers' union did not respond to a request for comment.\n"
    assert speakers(text) == [(None, None)]


def test_group_speakers_keep_their_words():
    text = "Human rights advocates say the policy is cruel.\n"
    assert speakers(text) == [("Human rights advocates", "group")]


def test_statement_about_mentions_other_entities():
    text = "Microsoft said it provided cloud services to the Department of Homeland Security.\n"
    r = resolve_article(text, extract(text))
    assert [e.name for e in r.statements[0].about] == ["Department of Homeland Security"]


def test_keys_fold_spelling_variants():
    assert entity_key("The Guardian") == entity_key("Guardian")
    assert entity_key("Microsoft Corp.") == entity_key("Microsoft")
    assert entity_key("U.S. Steel") == "us steel"
    assert initials("U.S. Immigration and Customs Enforcement") == "ICE"


def test_he_and_she_agree_with_the_given_name_and_follow_a_new_subject():
    text = (
        "Board member Nadia Kerr, who has questioned the budget, said she would vote for it.\n\n"
        'Board chair Tomas Whitby was more cautious. "I support the plan," he said, "but I want a costing."\n\n'
        "He urged the district to publish the figures.\n\n"
        '"We are close," she said.\n'
    )
    assert speakers(text)[-3:] == [("Tomas Whitby", "person"), ("Tomas Whitby", "person"), ("Nadia Kerr", "person")]


def test_a_title_before_a_given_name_is_peeled():
    assert speakers("Superintendent Alan Pryce said the agreement was fair.\n") == [("Alan Pryce", "person")]


def test_a_day_after_an_organisation_is_not_part_of_its_name():
    text = "The Third District Court of Appeal on Thursday struck down the ban, ruling that the city had exceeded its authority.\n"
    assert speakers(text) == [("Third District Court of Appeal", "organization")]


def test_a_spokesperson_for_the_district_is_the_named_district():
    text = (
        "The deal will cost $14 million, according to the Kessington School District.\n\n"
        "Pupils at Brookside Primary School returned on Monday.\n\n"
        "A spokesperson for the district declined to comment on the reserves.\n"
    )
    assert speakers(text)[-1] == ("Kessington School District", "organization")


def test_an_opening_adverb_is_not_a_name_and_authors_are_a_group():
    text = (
        "Biologically, teenagers' body clocks shift later during puberty.\n\n"
        "The authors wrote that the study could not prove the link. They also noted that crash rates fell.\n"
    )
    assert speakers(text) == [("authors", "group"), ("authors", "group")]


def test_a_role_before_the_name_is_part_of_the_speaker_and_gives_the_affiliation():
    text = (
        "The Riverton Transit Authority raised fares.\n\n"
        "The director of the Riverton Transit Authority, Jane Roe, said the budget was tight.\n"
    )
    r = resolve_article(text, extract(text))
    assert [(s.raw.speaker_text, s.speaker.name) for s in r.statements] == [
        ("The director of the Riverton Transit Authority, Jane Roe", "Jane Roe")]
    assert [(a.person.name, a.organization.name, a.role) for a in r.affiliations] == [
        ("Jane Roe", "Riverton Transit Authority", "director")]


def test_a_dateline_is_not_an_organisation():
    text = (
        "Ferry firm cuts routes\n\n"
        "HARLOW BAY — Corvan Ferries said on Monday it would cut two routes.\n\n"
        "It said fuel costs had doubled.\n"
    )
    assert speakers(text) == [("Corvan Ferries", "organization")] * 2


def test_a_surname_named_before_the_full_name_is_the_person():
    text = (
        "The Pruett family has agreed to sell the club.\n\n"
        "The club's chairman, Gerald Pruett, said the sale was hard.\n\n"
        '"Football has changed," Pruett said.\n'
    )
    assert speakers(text) == [("Gerald Pruett", "person")] * 2


def test_a_role_makes_an_unknown_name_a_person_and_hyphenated_surnames_follow():
    text = (
        "Simone Varga-Leclair, the Tallis Group managing partner, said the group would invest.\n\n"
        "She vowed to keep the team in town.\n\n"
        '"We are here to stay," Varga-Leclair told the Gazette.\n'
    )
    assert speakers(text) == [("Simone Varga-Leclair", "person")] * 3


def test_an_organisation_described_in_an_appositive_is_what_the_noun_refers_to():
    text = (
        "The Orrin family agreed to sell Dunmore Athletic, the second-division football club, to an investor based in Meridale.\n\n"
        "The club said the deal would close in May.\n"
    )
    assert speakers(text)[-1] == ("Dunmore Athletic", "organization")


def test_she_after_a_spokeswoman_is_the_spokeswoman():
    text = (
        "Kasimir Lund, a security researcher, found the files on a forum.\n\n"
        "A Corvid Home spokeswoman said the company had needed time. She declined to say whether it had been paid.\n"
    )
    assert speakers(text)[-2:] == [("Corvid Home", "organization"), ("Corvid Home", "organization")]


def test_an_unnamed_body_in_a_city_and_an_official_of_a_country_are_not_the_places():
    text = (
        "Talks in Kelsford stalled.\n\n"
        "A senior Vastorian official said the offer was withdrawn.\n\n"
        "The Merrowan embassy in Kelsford did not respond to a request for comment.\n"
    )
    assert speakers(text)[-2:] == [(None, None), ("Merrowan embassy in Kelsford", "organization")]


def test_surnames_that_look_like_nationality_adjectives_are_still_surnames():
    text = (
        "Ilse Marchetti, who inspected the mine until May, said she had reported the cracks.\n\n"
        '"Each time I was told it was fine," Marchetti told the panel.\n\n'
        "Paul Ryan said the bill was dead. Ryan said he would not bring it to a vote.\n"
    )
    assert [name for name, _ in speakers(text)] == ["Ilse Marchetti", "Ilse Marchetti", "Paul Ryan", "Paul Ryan"]


def test_organisation_names_with_possessives_and_titles_inside():
    text = (
        "The Nurses' and Midwives' Union said it was not opposed to the merger.\n\n"
        "Doctors had begun prescribing the drug, according to a survey of 1,200 doctors by the Institute of General Practice.\n"
    )
    assert speakers(text) == [("Nurses' and Midwives' Union", "organization"), ("Institute of General Practice", "organization")]


def test_a_role_of_one_organisation_before_another_is_the_other():
    text = (
        "Ostergaard agreed to buy Pellbrook.\n\n"
        "Pellbrook's largest shareholder, the Tollund teachers' pension fund, said it would vote in favour.\n"
    )
    assert speakers(text)[-1] == ("Tollund teachers' pension fund", "organization")


def test_she_after_a_spokeswoman_is_not_the_spokeswoman_when_a_person_came_between():
    text = (
        "A Corvid Home spokeswoman said the firm would appeal.\n\n"
        "Judge Mary Smith ruled against the company on Friday. She said the case was closed.\n"
    )
    assert speakers(text)[-1] == ("Mary Smith", "person")


def test_a_nationality_word_after_a_name_is_not_a_surname_and_a_party_official_is_the_party_s():
    text = (
        "Native American groups met on Monday.\n\n"
        "American officials said the talks would resume.\n"
    )
    assert speakers(text)[-1][0] != "Native American"


def test_a_short_form_is_the_company_not_an_association_named_after_it():
    text = (
        "Corvane Airways cancelled 340 flights on Tuesday.\n\n"
        "The Corvane Pilots' Association has said it supports the cabin crew.\n\n"
        "Corvane said in a statement that it had offered a raise.\n"
    )
    assert speakers(text)[-1] == ("Corvane Airways", "organization")


def test_a_surname_after_a_role_and_name_is_the_person():
    text = (
        "The city's finance director, Vikram Sethi, said the gap could widen.\n\n"
        "Sethi said using the reserve would only postpone the problem.\n"
    )
    assert speakers(text) == [("Vikram Sethi", "person")] * 2


def test_names_with_letters_beyond_ascii_and_a_football_club_named_city():
    text = (
        "Marbury City sacked manager Luka Petrovi\u0107 on Sunday.\n\n"
        "It thanked him for his work.\n\n"
        '"I am disappointed," Petrovi\u0107 said.\n'
    )
    assert speakers(text) == [("Marbury City", "organization"), ("Luka Petrovi\u0107", "person")]


def test_a_party_before_its_spokesman_is_not_he():
    text = (
        "Deepak Raghunathan, the opposition Social Democrats' education spokesman, has visited twice. "
        'He accuses the government of "pricing a generation out."\n'
    )
    assert speakers(text)[-1] == ("Deepak Raghunathan", "person")


def test_a_countrys_ministry_is_the_ministry():
    # the ministry, not the country; named with its country so that two countries' ministries stay apart
    text = "Calvera's Ministry of Transport, which appoints two directors, said it was in daily contact with the operator.\n"
    assert speakers(text)[0] == ("Calvera's Ministry of Transport", "organization")


def test_a_relative_clause_after_a_role_appositive_is_the_named_person():
    text = "That was not good enough for Siobhan Mwale, the MP for Harrowdale East, who called for the director to be suspended.\n"
    assert speakers(text) == [("Siobhan Mwale", "person")]


def test_gender_of_a_given_name_no_list_has_comes_from_the_text():
    text = (
        "Lorna Pietrangeli, the water board's chief, said the mains were old. She added that repairs had been deferred.\n\n"
        "Evander Ashdown, who owns a cafe on the square, said his trade had halved.\n\n"
        '"We will fix it," she said.\n'
    )
    assert speakers(text)[-1] == ("Lorna Pietrangeli", "person")


def test_members_of_a_party_are_a_group_not_the_party():
    text = (
        "The Liberal Centre party leads the coalition.\n\n"
        "At least three members of the Liberal Centre party have said they will not support the bill.\n"
    )
    assert speakers(text) == [("three members of the Liberal Centre party", "group")]  # as the writer counts them


def test_a_ministry_with_and_in_its_name_is_one_name_and_a_lede_may_describe_it_first():
    text = (
        "PORT VESSEL — Aldova will impose tariffs on solar panels, the country's trade ministry said on Wednesday.\n\n"
        "The Ministry of Trade and Industry said an investigation had found unfair loans.\n"
    )
    assert speakers(text) == [("Ministry of Trade and Industry", "organization")] * 2


def test_places_events_and_clubs_are_not_people():
    text = (
        "Residents of Tirza said they had heard vehicles. One farmer, who gave only his first name, Petar, said "
        "soldiers had told villagers to stay indoors, as the minister flew to the capital, Port Avel.\n\n"
        '"We are afraid to go to the fields," he said.\n\n'
        "Ashgrove Rovers said the match would go ahead.\n"
    )
    got = speakers(text)
    assert ("Port Avel", "person") not in got
    assert got[-1] == ("Ashgrove Rovers", "organization")


def test_compass_adjectives_and_time_zones_are_not_entities():
    text = (
        "Shares in Orlanda Kreditbank AG were down 6 percent by 0915 GMT.\n\n"
        "The bank said it would publish more figures in May.\n\n"
        "A senior Western diplomat, who spoke on condition of anonymity, said the talks had stalled.\n"
    )
    got = speakers(text)
    assert got[0] == ("Orlanda Kreditbank AG", "organization")
    assert got[1][0] != "Western"


def test_a_guessed_person_named_later_with_a_legal_suffix_is_an_organisation():
    text = (
        "Orlanda Kreditbank profit falls\n\n"
        "FRANKFURT, March 3 (Wire) - Orlanda Kreditbank AG, Germany's fifth-largest lender, said on Tuesday its profit fell.\n\n"
        "The bank said it had set aside more money for bad loans.\n"
    )
    assert speakers(text) == [("Orlanda Kreditbank AG", "organization")] * 2


def test_a_supporters_trust_is_not_its_club():
    text = (
        "The owners have agreed to sell Dunsley Athletic, the football club, the club said on Thursday.\n\n"
        "The Dunsley Athletic Supporters' Trust said it had not been consulted.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Dunsley Athletic", "Dunsley Athletic Supporters' Trust"]


def test_the_club_is_the_subject_of_the_lede_not_the_last_club_named():
    text = (
        "MARBURY — Marbury City sacked its manager on Sunday after a 3-0 defeat by Holmfirth Athletic.\n\n"
        "In a short statement, the club said the manager had been relieved of his duties.\n"
    )
    assert speakers(text) == [("Marbury City", "organization")]


def test_a_gendered_title_picks_the_sibling_it_fits():
    text = (
        "Senator Ruth Ambrose said the bill would pass.\n\n"
        "Her brother, Daniel Ambrose, said it would not.\n\n"
        "Ms. Ambrose said she expects a vote in June.\n\n"
        "Mr. Ambrose said he would keep campaigning.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Ruth Ambrose", "Daniel Ambrose", "Ruth Ambrose", "Daniel Ambrose"]


def test_an_employee_who_is_not_a_spokesperson_does_not_speak_for_the_company():
    text = (
        "Lumaris said the contract was lawful.\n\n"
        "A former Lumaris engineer said staff had not been told what the system was for.\n\n"
        "The former Lumaris engineer said several colleagues had resigned.\n\n"
        "A Lumaris spokeswoman said the company had followed its ethics review.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Lumaris", None, None, "Lumaris"]


def test_the_coordinated_predicate_keeps_the_speaker_not_the_object():
    text = 'In a statement, the governor\'s office said she "strongly supports" the bill and believes "reform is long overdue."\n'
    r = resolve_article(text, extract(text))
    assert [(s.raw.speaker_text, s.raw.cue) for s in r.statements] == [("the governor's office", "said"), ("the governor's office", "believes")]


def test_a_countrys_ministry_is_named_with_its_country():
    text = (
        "Valdessa's Foreign Ministry said troops had crossed the border.\n\n"
        "Korvath's Foreign Ministry said the units were doing routine work.\n\n"
        "A council spokesman for Harwick City Council said nothing had changed.\n"
    )
    got = [n for n, _ in speakers(text)]
    assert got[:2] == ["Valdessa's Foreign Ministry", "Korvath's Foreign Ministry"]


def test_a_modifier_names_the_spokesmans_organisation():
    text = (
        "Harwick City Council voted 9-6 to outsource bin collections, overruling residents of the Fernside estate.\n\n"
        "A council spokesman said the tender documents would be published in February.\n"
    )
    assert speakers(text)[-1] == ("Harwick City Council", "organization")


def test_a_given_name_alone_is_a_person_and_takes_the_pronoun():
    text = (
        "Prime Minister Anton Severin said the talks had failed.\n\n"
        "One farmer, who gave only his first name, Petar, said soldiers had told villagers to stay indoors.\n\n"
        '"We are afraid to go to the fields," he said.\n'
    )
    assert [n for n, _ in speakers(text)] == ["Anton Severin", "Petar", "Petar"]


def test_the_minister_is_the_person_named_with_that_role():
    text = (
        "Transport Minister Henrik Solvay said the strike was unjustified.\n\n"
        "Union leader Marta Kell said the talks had failed.\n\n"
        "The minister declined to say whether the government would legislate.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Henrik Solvay", "Marta Kell", "Henrik Solvay"]


def test_the_union_fits_a_federation_of_workers():
    text = (
        "The Federation of Rail and Transit Workers called a strike on Monday.\n\n"
        "Lannrail said it had offered 4.5 percent.\n\n"
        "The union says the changes would lengthen shifts.\n"
    )
    assert speakers(text)[-1] == ("Federation of Rail and Transit Workers", "organization")


def test_titles_inside_a_capitalised_run_and_bodies_with_and():
    text = (
        "Data Protection Commissioner Renata Halvorsen said her office had opened an inquiry.\n\n"
        "The Heart and Stroke Patients' Alliance said it had received hundreds of calls.\n\n"
        "Minister for Education Rupert Caulfield said the report was welcome.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Renata Halvorsen", "Heart and Stroke Patients' Alliance", "Rupert Caulfield"]


def test_a_dateline_with_a_date_is_not_an_organisation():
    text = (
        "ARVENHOLM, June 3 (Northstar News) - Cobaltline Communications said on Tuesday that hackers had stolen data.\n\n"
        "The stolen information included names and addresses, the company said in a statement.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Cobaltline Communications"] * 2


def test_a_relative_named_by_given_name_only_is_a_person():
    text = (
        "Mayor Ruth Caffery said the pipes were failing.\n\n"
        "Councillor Luis Arredondo said the town could not afford it.\n\n"
        "Caffery's husband of 38 years, Walt, has mostly stayed out of the fight. But he said the months had been hard.\n"
    )
    assert speakers(text)[-1] == ("Walt", "person")


def test_a_relative_named_later_in_full_keeps_his_own_pronoun_and_the_surname_stays_with_the_subject():
    text = (
        "Mayor Ruth Ann Caffery said the pipes were failing.\n\n"
        "Caffery said she would not resign.\n\n"
        "Caffery's husband of 38 years, Walt, has stayed out of the fight.\n\n"
        '"She comes home and she does not sleep," Walt Caffery said.\n\n'
        "Asked whether she would accept the result, Caffery did not hesitate.\n\n"
        '"Of course. That is democracy," she said.\n'
    )
    assert [n for n, _ in speakers(text)] == ["Ruth Ann Caffery", "Ruth Ann Caffery", "Walt Caffery", "Ruth Ann Caffery"]


def test_party_label_after_a_name_is_not_the_speaker():
    text = "At the Statehouse, state Sen. Harold Amadi, D-Brennan, said Tuesday that he would introduce a bill.\n"
    assert speakers(text) == [("Harold Amadi", "person")]


def test_given_names_after_a_family_is_introduced():
    text = (
        "The brewery is owned by Walter Haverkamp, 81, and his son, Peter Haverkamp, the head brewer.\n\n"
        "Walter, who still comes in most mornings, said he had given the sale his blessing.\n\n"
        '"My father would have hated this," Peter said.\n'
    )
    assert [n for n, _ in speakers(text)] == ["Walter Haverkamp", "Peter Haverkamp"]


def test_a_person_just_brought_in_with_an_age_takes_the_pronoun():
    text = (
        'Paulette Ndiaye-Ross, the union\'s regional secretary, said the strike would go ahead.\n\n'
        "Among those affected was Maureen Tolland, 71, whose operation had been cancelled. "
        "She said she had waited fourteen months.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Paulette Ndiaye-Ross", "Maureen Tolland"]


def test_a_possessive_place_before_an_organisation_noun_is_the_body_named_nearby():
    text = (
        "Loomwire allowed false posts to circulate for days, Tessaly's election watchdog said on Tuesday.\n\n"
        "The National Electoral Commission of Tessaly said it had written to the company twice.\n"
    )
    assert [n for n, _ in speakers(text)] == ["National Electoral Commission of Tessaly"] * 2


def test_the_subject_of_the_content_is_not_the_company_that_said_it():
    text = (
        "Lumora Labs released its new model on Tuesday.\n\n"
        "Aster 3 will be available to paying subscribers immediately, the company said.\n\n"
        "Floodwaters poured into homes across three counties, officials said.\n"
    )
    got = speakers(text)
    assert got[0] == ("Lumora Labs", "organization") and got[1][0] != "Floodwaters"


def test_a_possessive_inside_an_organisations_name():
    text = (
        "St Aldric's Hospital Trust said it took patient safety seriously.\n\n"
        "The trust declined to answer questions about the death.\n"
    )
    assert [n for n, _ in speakers(text)] == ["St Aldric's Hospital Trust"] * 2


def test_people_named_by_given_name_and_age_and_places_that_are_not_organisations():
    text = (
        "In the Kestrian capital, Serrat, the government accused rebel forces of shelling civilian areas.\n\n"
        "Among those waiting in the cold is Sahra, 34, a schoolteacher. "
        "\"We walked for four days,\" she said.\n\n"
        "The ombudsman published a report in June that found systemic failures.\n"
    )
    got = [n for n, _ in speakers(text)]
    assert "Serrat" not in got and "Sahra" in got and "June" not in got


def test_officials_in_a_ministry_the_article_does_not_name_are_not_the_last_organisation():
    text = (
        "The University of Saalberg published the study on Monday.\n\n"
        "Officials in the finance ministry warned that spending would be automatically frozen.\n"
    )
    assert speakers(text)[-1][0] != "University of Saalberg"


def test_a_hyphenated_surname_is_a_person_and_a_month_is_not():
    text = (
        "The Health Services Ombudsman, Clement Adjoa-Frye, published a preliminary report in June that found "
        "systemic failures. In a letter to the board, he wrote that staff must be protected.\n"
    )
    assert speakers(text)[-1] == ("Clement Adjoa-Frye", "person")


def test_the_company_after_a_dateline_with_a_date_is_the_ledes_subject():
    text = (
        "ARVENHOLM, June 3 (Northstar News) - Cobaltline Communications, Solmaria's second-largest mobile operator, "
        "said on Tuesday that hackers had stolen data.\n\n"
        "The stolen information included names and addresses, the company said in a statement.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Cobaltline Communications"] * 2


def test_an_appositive_noun_must_head_its_phrase_to_name_the_organisation():
    text = (
        "Quillfire said the cuts were needed.\n\n"
        'Kayla Brandt, a customer support team lead at Quillfire, said she had not been told. "We keep refreshing our inboxes," she said.\n'
    )
    assert [n for n, _ in speakers(text)] == ["Quillfire", "Kayla Brandt", "Kayla Brandt"]


def test_bodies_named_with_and_and_roles_named_with_the():
    text = (
        "The Marrowland Competition and Markets Board said the deal would raise prices.\n\n"
        "The Rt Rev Michael Tennant, the Bishop of Carnwick, opposed the bill.\n\n"
        '"Every life carries a dignity," the bishop said in a statement.\n'
    )
    assert [n for n, _ in speakers(text)] == ["Marrowland Competition and Markets Board", "Michael Tennant", "Michael Tennant"]


@pytest.mark.parametrize("text, want", [
    ("The Federal Reserve Board raised rates on Tuesday.\n\nApple's board said it would buy back shares.\n", "Apple"),
    ("Foreign Minister Ana Roe met Finance Minister Tom Baker on Monday.\n\nThe foreign minister said the talks went well.\n", "Ana Roe"),
    ("Warren Buffett praised the merger.\n\nSenator Warren said the deal was bad.\n", "Warren"),
    ("Tom Harlow, 17, died in the crash.\n\nHis mother, Lisa Harlow, said the road was dangerous. "
     "\"Nobody listened to us,\" Harlow said.\n", "Lisa Harlow"),
    ("Bristol-Myers Squibb said it would appeal.\n", "Bristol-Myers Squibb"),
    ("After Thursday's Supreme Court ruling, the court said the law stood.\n", "Supreme Court"),
    ("The Oil World newsletter said supplies were tight.\n", "Oil World"),
    ("The company, D-Wave, said it would expand.\n", "D-Wave"),
])
def test_review_regressions_in_resolution(text, want):
    assert speakers(text)[-1][0] == want


def test_a_pronoun_after_an_unnamed_source_is_not_the_last_person_named():
    text = (
        "Rosalind Ebbesen, a ward sister, was suspended in March.\n\n"
        'Another colleague, a healthcare assistant, said morale had collapsed. "Everyone is keeping their heads down now," she said.\n'
    )
    assert [n for n, _ in speakers(text)] == [None, None]


@pytest.mark.parametrize("text, want", [
    ("The UN agency said it had appealed for $85 million.\n", "UN"),
    ("The United Nations Office for Displaced Persons opened a camp.\n\nThe UN agency said it had appealed for $85 million.\n",
     "United Nations Office for Displaced Persons"),
    ("The United Nations Office for Displaced Persons opened a camp.\n\nThe Dornavian government said it had taken in 300,000 refugees.\n",
     "Dornavian government"),
    ("Quillfire said the memo was genuine.\n\nEmployment lawyers said the timing could expose the company to legal risk.\n", None),
])
def test_acronyms_of_a_names_first_words_demonym_governments_and_bare_plural_sources(text, want):
    assert speakers(text)[-1][0] == want


@pytest.mark.parametrize("text, want", [
    ("Parallax Platforms said it was disappointed.\n\nThe Online Safety Act passed in 2025.\n\n"
     "A spokesperson for the company declined to say whether it would appeal.\n", "Parallax Platforms"),
    ("Rail operator Westline suspended services.\n\nA spokeswoman for the company declined to comment.\n", "Westline"),
    ("Commander Rhian Aldous of the Western Approaches Coastguard said all 22 crew members were safe.\n", "Rhian Aldous"),
    ("Lionel Agbaje, the committee's chairman, opened the hearing.\n\nThe committee's chairman said the minister would appear.\n", "Lionel Agbaje"),
])
def test_organisations_a_guess_can_land_on_and_roles_with_a_possessor(text, want):
    assert speakers(text)[-1][0] == want


def test_a_numbered_local_keeps_its_number():
    text = "United Mineworkers Local 214 said it would seek a seat on any inquiry panel.\n"
    assert speakers(text) == [("United Mineworkers Local 214", "organization")]


def test_a_role_of_a_person_named_before_it_is_the_person_after_the_comma():
    text = (
        "Ferncliff Athletic sacked its manager, Stefan Orlik, on Sunday.\n\n"
        "Orlik's agent, Marco Bellandi, said his client was disappointed.\n\n"
        "Orlik\u2019s assistant, Greta Solheim, said the squad had let him down.\n"
    )
    assert speakers(text) == [("Marco Bellandi", "person"), ("Greta Solheim", "person")]


def test_an_unnamed_group_keeps_its_count_but_not_how_it_was_reached():
    text = (
        "Two officials familiar with the talks said the deal was close.\n\n"
        "Residents of Tirza reached by telephone said they had heard trucks.\n\n"
        "Patient advocates who packed the hearing room said the costs were crushing.\n"
    )
    assert speakers(text) == [("Two officials familiar with the talks", "group"), ("Residents of Tirza", "group"),
                              ("Patient advocates", "group")]


def test_an_administrator_title_is_not_part_of_the_name():
    text = ('"We will look very closely," Administrator Tobias Frahm told reporters.\n\n'
            "Frahm declined to say whether the agency would seek penalties.\n")
    assert speakers(text) == [("Tobias Frahm", "person")] * 2


def test_a_spokesperson_of_a_kind_goes_to_an_organisation_of_that_kind_or_to_no_one():
    text = (
        "Harlow Shamrock Corp cut its prices on Monday.\n\n"
        "The cut reflected weak demand, a company spokeswoman said.\n\n"
        "The Tanner Street Traders' Association has hired solicitors.\n\n"
        "A council spokesperson said the lane would be reviewed as planned.\n"
    )
    assert speakers(text) == [("Harlow Shamrock Corp", "organization"), (None, None)]


def test_a_byline_desk_is_not_an_organisation_and_an_app_is_one():
    text = (
        "Payments app says hackers stole customer data\n\n"
        "By Tamsin Harrow, Technology Correspondent\n\n"
        "MARRENPORT \u2014 Dellwyn Pay, the mobile payments app popular with market traders, said Monday that "
        "hackers had stolen customer data.\n\n"
        "The company said the attackers had used a partner's login.\n\n"
        'It said it had "contained the incident."\n\n'
        'County Supervisor Anita Kowal posted a plea late Tuesday: "Please, if you are told to go, go."\n'
    )
    assert speakers(text) == [("Dellwyn Pay", "organization")] * 3 + [("Anita Kowal", "person")]


def test_given_names_from_many_languages_make_people_and_tell_he_from_she():
    text = (
        "Industry analyst Leonie Brandt of Castellan Research said the recall would cost millions.\n\n"
        "Tobias Frahm, the regulator's chief, said the agency would investigate.\n\n"
        '"It is too early to say," she said.\n'
    )
    assert speakers(text) == [("Leonie Brandt", "person"), ("Tobias Frahm", "person"), ("Leonie Brandt", "person")]


def test_a_surname_titled_before_a_relative_is_named_goes_to_the_one_the_title_fits():
    text = (
        "Mr. Orlov is running for mayor.\n\n"
        "Mr. Orlov said the city needed change.\n\n"
        "His first wife, Irina Orlov, said she wished him well.\n\n"
        "Dmitri Orlov grew up in the port district.\n"
    )
    assert [n for n, k in speakers(text)] == ["Dmitri Orlov", "Irina Orlov"]


def test_a_transcript_label_in_capitals_is_the_person_and_q_is_no_one():
    text = (
        "Lucien Farrow beat Kasimir Wendt in the final on Sunday.\n\n"
        "Q: How do you feel?\n\n"
        "FARROW: Tired but happy.\n\n"
        "Q: And the wrist?\n\n"
        "FARROW: Nothing serious.\n"
    )
    r = resolve_article(text, extract(text))
    assert [s.speaker.name if s.speaker else None for s in r.statements] == ["Lucien Farrow", "Lucien Farrow"]
    assert "Q" not in {e.name for e in r.entities}


def test_a_role_between_two_names_makes_the_second_the_speaker_unless_they_speak_for_the_first():
    text = (
        "Former Vallemar captain Rui Almada, now a television pundit, said the club risked losing its heart.\n\n"
        "The Health Secretary, Malcolm Tully, said he was frustrated.\n\n"
        "Harlow Bank analyst Fred Leiner said the shares were cheap.\n\n"
        "Senator Ada Okafor is under pressure to quit the race.\n\n"
        "Okafor spokesman Rick Tyler said the senator would not withdraw.\n"
    )
    assert [n for n, k in speakers(text)] == ["Rui Almada", "Malcolm Tully", "Fred Leiner", "Ada Okafor"]


def test_plural_acronyms_demonyms_knights_and_unnamed_residents():
    text = (
        "Whistleblower tells MPs Vireo ignored warnings\n\n"
        "Priya Raman becomes the first woman of South Asian heritage to hold the post. "
        "Arriving at the Treasury, she told reporters the job was simple.\n\n"
        "Sir Alistair Penhallow returns as Home Secretary. Sir Alistair, 67, said he had not expected the call.\n\n"
        "A resident who works for the council, and who did not want to be named, said staff had raised concerns.\n\n"
        "A council spokeswoman said a new mayor would be elected in November.\n"
    )
    r = resolve_article(text, extract(text))
    got = [(s.speaker.name if s.speaker else s.raw.speaker_text) for s in r.statements]
    assert got == ["Priya Raman", "Alistair Penhallow", "A resident who works for the council", "A council spokeswoman"]
    assert not {"MPs Vireo", "South Asian"} & {e.name for e in r.entities}


def test_unnamed_sources_counted_members_posts_and_a_utility_described_by_its_trade():
    text = (
        "The Valcarra Metropolitan Water Company said on Monday that supplies would be cut.\n\n"
        "Nearly two million residents will lose their water at night, the city's water utility said.\n\n"
        "Fiona Pryce quit the Reform party on Monday. Two Reform MPs said they were considering their positions.\n\n"
        "A person familiar with Lumenvale's internal review said engineers had found a flaw.\n\n"
        "The Prime Minister said the defection was a disappointment. Pryce said she would sit as an "
        "independent, and she added that she had no regrets.\n"
    )
    r = resolve_article(text, extract(text))
    got = [s.speaker.name if s.speaker else None for s in r.statements]
    assert got == ["Valcarra Metropolitan Water Company", "Valcarra Metropolitan Water Company", "Two Reform MPs",
                   None, "Prime Minister", "Fiona Pryce", "Fiona Pryce"]


def test_surname_first_names_and_prizes_named_with_the():
    text = (
        "The Salt Orchard won the Golden Heron on Saturday, a family drama by the director Park Seo-yun.\n\n"
        '"I made this film for my grandmother," she said.\n\n'
        "Park said the film had nearly been abandoned twice.\n\n"
        'Critic Derek Fallon was unimpressed. "It is the rare winner I will forget," he said.\n'
    )
    assert [n for n, k in speakers(text)] == ["Park Seo-yun", "Park Seo-yun", "Derek Fallon"]


def test_a_given_name_an_ing_word_and_a_facility_are_not_organisations():
    text = (
        "Castlebridge Rovers have sacked head coach Ivo Marchetti after 14 months in charge.\n\n"
        'Author Julian Roe denied copying. "Any similarities are coincidental. Drowning, grief and land are my themes," he said.\n\n'
        "The capsule launched from the Cairnhollow spaceport on Monday.\n\n"
        '"The board would like to thank Ivo for his hard work," the club said.\n'
    )
    r = resolve_article(text, extract(text))
    assert r.statements[-1].speaker.name == "Castlebridge Rovers"
    orgs = {e.name for e in r.entities if e.kind == "organization"}
    assert not {"Ivo", "Drowning", "Cairnhollow"} & orgs


def test_the_letter_is_its_author():
    text = (
        "Fiona Pryce announced her defection in a letter to constituents on Monday.\n\n"
        '"For three years I have tried to change this government\'s direction from the inside," the letter said.\n'
    )
    assert speakers(text)[-1] == ("Fiona Pryce", "person")


def test_names_that_begin_like_in_on_or_at_are_names_not_interjections():
    # "Ines", "Onur", "Atticus" once read as "in", "on", "at" opening an aside
    text = (
        "Amarel's foreign minister, Ines Carvalho Ndiaye, urged the two sides to keep talking.\n\n"
        "The club's captain, Onur Demir, said the players were tired.\n\n"
        "Its lawyer, Atticus Vane, told the court the contract was void.\n\n"
        "Maren Holt, asked about the delay, said the parts had arrived late.\n"
    )
    assert [name for name, _ in speakers(text)] == ["Ines Carvalho Ndiaye", "Onur Demir", "Atticus Vane", "Maren Holt"]


def test_a_byline_after_a_dateline_is_not_who_he_is():
    text = (
        "Chief pleads for patience\n\n"
        "MARLOW FALLS - By Yannick Oduya-Stern, Courier Staff Writer\n\n"
        "Members of the review board on Thursday questioned Police Chief Augustin Mendel-Ferrara over the delay.\n\n"
        "Mendel-Ferrara told the board that staffing was short. He said the review was nearly finished.\n\n"
        '"I share the board\'s frustration," the chief said.\n'
    )
    r = resolve_article(text, extract(text))
    assert [s.speaker.name for s in r.statements][-3:] == ["Augustin Mendel-Ferrara"] * 3
    assert all(e.kind == "person" for e in r.entities if "Mendel-Ferrara" in e.name)


def test_titles_in_front_of_names_plural_occupations_and_a_church_after():
    text = (
        "Commission Chair Ellery Vanterpool said the budget was responsible.\n\n"
        "Maddox and Councilmembers Rolf Haverkamp, Brenda Sizemore and Luis Echevarria voted against.\n\n"
        'Haverkamp, in a post on his campaign page, wrote that the council had "rushed a decision." He added that he would back a repeal.\n\n'
        "Hydrogeologist Nadia Farouk-Lindqvist testified that deeper digging could lower the water table.\n\n"
        "The Rev. Oluwaseun Haverford-Diaz of Greater Mount Zion Fellowship urged commissioners to think again.\n\n"
        'Vanterpool bristled at that. "The public defender got a bigger increase than anyone," he said.\n'
    )
    assert [name for name, _ in speakers(text)] == [
        "Ellery Vanterpool", "Rolf Haverkamp", "Rolf Haverkamp", "Nadia Farouk-Lindqvist", "Oluwaseun Haverford-Diaz", "Ellery Vanterpool"]


def test_two_surnames_places_in_appositives_and_a_body_named_after_a_port():
    text = (
        "The electoral authority ordered a recount in the southern province of Tierra Alta after the opposition "
        "candidate, Lucia Arancibia Ferrer, refused to concede.\n\n"
        "Tension has been rising in Tierra Alta, a copper-mining region where Arancibia won most of the vote. "
        '"We will defend every vote," she said.\n\n'
        "Arancibia said she had evidence of manipulation.\n\n"
        "Seven tankers are registered in Halvenport. Halvenport Maritime Holdings said it would appeal.\n\n"
        "A spokesman for the Halvenport Maritime Authority said the authority was studying the list.\n"
    )
    r = resolve_article(text, extract(text))
    assert [s.speaker.name for s in r.statements] == [
        "Lucia Arancibia Ferrer", "Lucia Arancibia Ferrer", "Halvenport Maritime Holdings", "Halvenport Maritime Authority"]
    assert not any(e.name == "Tierra Alta" and e.kind == "person" for e in r.entities)


def test_a_country_is_its_government_never_the_company_and_brands_are_not_the_firm():
    text = (
        "Norvale Foods Plc cut its profit forecast on Thursday.\n\n"
        "The maker of Crumbleton biscuits and Valde chocolate bars said it now expected lower profit.\n\n"
        "Volumes in Germany and the Netherlands fell as shoppers traded down to cheaper products.\n\n"
        "Revenue rose 3.4% in the first half, the company said in a statement.\n\n"
        "The Netherlands said it would review the tariff. The government said talks would continue.\n"
    )
    r = resolve_article(text, extract(text))
    assert [s.speaker.name for s in r.statements][-3:] == ["Norvale Foods Plc", "Netherlands", "Netherlands"]
    assert not any(e.name == "Europe" for e in r.entities)


def test_industry_words_and_descriptors_make_firms_and_do_not_split_names():
    text = (
        "Chipmaker Corvane postpones listing\n\n"
        "Corvane Semiconductor has postponed its share sale, the company said on Tuesday.\n\n"
        '"Our business has never been stronger," Corvane said in a statement.\n\n'
        "Rochester Gas and Electric Co said it would raise rates.\n"
    )
    r = resolve_article(text, extract(text))
    assert [s.speaker.name for s in r.statements] == ["Corvane Semiconductor", "Corvane Semiconductor", "Rochester Gas and Electric Co"]
    assert all(e.kind == "organization" for e in r.entities)


def test_the_prime_ministers_spokesman_is_downing_street_and_relatives_inside_appositives():
    text = (
        "Downing Street insisted the by-election was a local contest. The prime minister\u2019s official spokesman said: "
        "\u2018The prime minister has every confidence in the campaign.\u2019\n\n"
        "The spokesman declined to say whether the prime minister would visit the town.\n\n"
        "Arvell Group, the consortium that owns Pennine Crossways, said it would invest in new trains.\n\n"
        "The council hired two private firms, a move the union described as \u2018strike-breaking by the back door\u2019.\n"
    )
    r = resolve_article(text, extract(text))
    assert [(s.raw.speaker_text, s.speaker.name if s.speaker else None) for s in r.statements] == [
        ("Downing Street", "Downing Street"),
        ("The prime minister\u2019s official spokesman", "Downing Street"),
        ("The spokesman", "Downing Street"),
        ("Arvell Group, the consortium that owns Pennine Crossways", "Arvell Group"),
        ("the union", None),
    ]


def test_named_counsel_speaks_as_themselves_and_firms_named_for_their_trade():
    text = (
        "Orrison Systems said it would fight the claims. Orrison's general counsel, Beatrix Lindqvist-Amari, said the company had competed fairly.\n\n"
        "A Kestrel spokeswoman, Ines Padilla, said the cars were safe.\n\n"
        "Sennet Semiconductor said sales rose. Kavari Microdevices, Sennet's closest rival, declined to comment.\n"
    )
    r = resolve_article(text, extract(text))
    assert [s.speaker.name for s in r.statements] == [
        "Orrison Systems", "Beatrix Lindqvist-Amari", "Kestrel", "Sennet Semiconductor", "Kavari Microdevices"]


def test_an_office_named_for_a_title_and_a_role_at_a_named_body():
    text = (
        "Conrad Roe surrendered on Wednesday, a spokeswoman for the U.S. Attorney's Office for the District of Delmont said.\n\n"
        'His lawyers at the Second Look Project, a nonprofit legal clinic, told a panel that the case "rested on one witness".\n'
    )
    r = resolve_article(text, extract(text))
    assert [(s.speaker.name, s.raw.quote) for s in r.statements] == [
        ("U.S. Attorney's Office for the District of Delmont", "Conrad Roe surrendered on Wednesday"),
        ("Second Look Project", 'that the case "rested on one witness'),
    ]


@pytest.mark.parametrize("sentence,name", [
    ("French Renew MEP Elodie Marchetti, who steered the law, said carmakers were crying wolf.", "Elodie Marchetti"),
    ("The Westbury-based Coalition for Public Charter Schools said it would help the teachers.", "Coalition for Public Charter Schools"),
    ("The Cerdeira Fishermen's Cooperative said the probe proved its case.", "Cerdeira Fishermen's Cooperative"),
    ("A spokeswoman for Orchard Lane Elementary said the classes were too big.", "Orchard Lane Elementary"),
])
def test_names_after_party_labels_places_and_members(sentence, name):
    assert speakers(sentence)[0][0] == name


@pytest.mark.parametrize("sentence,name", [
    ("GP Sione Fa'alogo said he would keep his registration.", "Sione Fa'alogo"),
    ("Survivor Jerome Alcantara, 27, said the boat tilted twice.", "Jerome Alcantara"),
    ("Pensioner Wiremu Hohaia said the hospital was too far away.", "Wiremu Hohaia"),
    ("Cardwell Springs GP Hamish Yeo said his clinic was inundated.", "Hamish Yeo"),
    ("Transport Minister Mustafa Nyang'anyi said the line would reopen.", "Mustafa Nyang'anyi"),
])
def test_descriptions_before_names_and_apostrophes_inside_them(sentence, name):
    assert speakers(sentence)[0][0] == name


def test_contractions_are_not_names():
    from tracker.extract.names import find_mentions
    assert not any("'" in m.text for m in find_mentions("Several people I've spoken with said They're worried and We'll see."))


def test_where_a_story_was_told_or_posted_is_not_who_speaks_next():
    text = (
        "Bagwis Maritime Transport said in a statement posted on its Facebook page that it mourned the loss of life.\n\n"
        "The company denied that the ferry had been overloaded.\n\n"
        "Harlan Voss told Kestrel Radio that the hospital was full. A spokesman for Mawson Health said the figures were wrong.\n\n"
        "It said the ward would reopen on Monday.\n"
    )
    r = resolve_article(text, extract(text))
    assert [s.speaker.name if s.speaker else None for s in r.statements] == [
        "Bagwis Maritime Transport", "Bagwis Maritime Transport", "Harlan Voss", "Mawson Health", "Mawson Health"]


@pytest.mark.parametrize("sentence,name", [
    ("Council Member Bram Oyelowo-Pratt, who co-sponsored the measure, said the city had not funded it.", "Bram Oyelowo-Pratt"),
    ("Board Member Jane Roe said the vote was rushed.", "Jane Roe"),
    ("But Rutendo Gumbo, 29, who works as a machine operator at the site, said she was worried about her job.", "Rutendo Gumbo"),
])
def test_member_titles_and_a_conjunction_before_a_name(sentence, name):
    assert speakers(sentence)[0][0] == name


@pytest.mark.parametrize("text,expected", [
    # the person someone told is still who "he" can be (only outlets and platforms are set aside)
    ('Senator Ruth Alder told Peter Quist, the committee chairman, that she would vote no. "That is her right," he said.',
     "Peter Quist"),
    ("Lawmaker Jane Roe said the bill was dead.", "Jane Roe"),
    ("Filmmaker Ava Marlowe said the film was done.", "Ava Marlowe"),
    ("Chad, 41, a welder, said the plant was closing.", "Chad"),
    ("Maria Solar said the rent had doubled.", "Maria Solar"),
    ('KYIV - By Sunday night President Petro Halenko had agreed to talks\n\n"We will talk," he said.', "Petro Halenko"),
])
def test_review_cases_people_stay_people(text, expected):
    r = resolve_article(text, extract(text))
    assert r.statements[-1].speaker is not None and (r.statements[-1].speaker.name, r.statements[-1].speaker.kind) == (expected, "person")


@pytest.mark.parametrize("text, name", [
    ("Dunmore County Prosecutor Hana Pike said her office would seek the maximum penalty.", "Hana Pike"),
    ("Pastor Ilan Rusk said the church hall would stay open as a shelter.", "Ilan Rusk"),
    ("Plaintiff Odile Marsh said she had filed nine repair requests.", "Odile Marsh"),
    ("Labour TD Ciaran Voss said the town had waited thirty years for a bypass.", "Ciaran Voss"),
    ("House Minority Leader Ada Velloso of Nebraska said her caucus would supply the votes.", "Ada Velloso"),
])
def test_a_title_or_a_home_state_is_not_part_of_the_persons_name(text, name):
    assert speakers(text) == [(name, "person")]


def test_a_candidates_campaign_speaks_for_itself():
    text = (
        "Gov. Tamsin Orrell said on Friday she would not debate before October.\n\n"
        "The Orrell campaign said it had raised $4 million in September.\n\n"
        "A spokesman for the Orrell campaign declined to comment on the polls.\n\n"
        "Orrell campaign spokesman Kofi Brandt said the governor was rested.\n\n"
        "Orrell said she was ready.\n"
    )
    assert speakers(text) == [("Tamsin Orrell", "person"), ("Orrell campaign", "organization"), ("Orrell campaign", "organization"),
                              ("Kofi Brandt", "person"), ("Tamsin Orrell", "person")]


def test_she_after_a_spokeswoman_despite_a_possessor_or_a_name_in_her_own_words():
    text = (
        "Wenna Carrow, who chairs the Lanrith Harbour Board, said the light was still needed.\n\n"
        "A spokeswoman for the Lanrith Harbour Board said Mr Tolland's retirement marked the end of an era. "
        "She declined to say whether the cottage would be sold.\n\n"
        '"Our thoughts are with Ansel Tolland," she said.\n'
    )
    assert speakers(text) == [("Wenna Carrow", "person")] + [("Lanrith Harbour Board", "organization")] * 3


def test_she_is_a_person_the_previous_sentence_brought_in():
    text = (
        "Board President Gwen Harlow said the closures would save $3 million a year.\n\n"
        "One of the final speakers was fifth-grader Nell Okafor, who read from a sheet of paper. "
        'She told the board her school was "like a second family."\n\n'
        "Outside the hearing, Mr Pruitt's widow, Dora, read a statement. She said the family had been let down.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Gwen Harlow", "Nell Okafor", "Dora"]


@pytest.mark.parametrize("text, name", [
    ("Morvania said the boat sank. Morvania's coast guard did not respond to requests for comment.", "Morvania's coast guard"),
    ("Pellmark Coatings NV agreed the deal. Pellmark's central works council said it would seek guarantees.",
     "Pellmark's central works council"),
    ("Harold Brenning said the delay was temporary. Brenning's allies said a deal was within reach.", "Brenning's allies"),
    ("Tessova said the talks were over. Tessova's foreign ministry said the envoy had been recalled.", "Tessova's foreign ministry"),
])
def test_a_body_or_circle_of_someone_speaks_for_itself(text, name):
    assert speakers(text)[-1][0] == name


def test_a_possessors_own_voice_stays_the_possessor():
    text = "Corvane Mining said profits rose. Corvane's board said the dividend would rise. Tessova's government said it agreed."
    assert [n for n, _ in speakers(text)] == ["Corvane Mining", "Corvane Mining", "Tessova"]


def test_a_sports_pages_second_names_are_the_person_just_named():
    text = (
        "BRANSHOLM — Kestrel Vale drew 2-2 with Dunmore Athletic on Saturday, and their manager Oriel Bastable admitted "
        'afterwards that his side had "got away with one".\n\n'
        "Captain Sefton Marr headed in a corner in stoppage time.\n\n"
        "Marr, who has now scored three times this season, was more measured. The defender said the comeback should not "
        "hide the fact that Vale had conceded first again.\n\n"
        "The Vale manager said he had considered making a substitution at the interval.\n\n"
        'Tobi Kamara scored twice. Asked what had changed, the 24-year-old said the team had "stopped overthinking".\n'
    )
    assert [n for n, _ in speakers(text)] == ["Oriel Bastable", "Sefton Marr", "Oriel Bastable", "Tobi Kamara"]


def test_a_dateline_on_its_own_line_and_places_are_not_the_company():
    text = (
        "Norvane scraps offshore wind farm as costs soar\n\nBy Iain Ferrier\n\nABERDEEN, Scotland\n\n"
        "Norvane Offshore Wind said on Tuesday it had abandoned the project near Aberdeen. The company said about 90 jobs would go.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Norvane Offshore Wind", "Norvane Offshore Wind"]
    text = (
        "VANCOUVER\n\nThe pipeline, owned by Tallow-based Meridane Midstream, crosses the river near Shrewton.\n\n"
        '"A company in Tallow decided the risk was acceptable," a farmer said. The company said the review had been thorough.\n'
    )
    assert [n for n, _ in speakers(text)] == [None, "Meridane Midstream"]


def test_a_city_and_its_state_stay_inside_the_speakers_appositive():
    text = ("Karin Roe, a lawyer based in Austin, Texas, said the ruling was wrong.\n\n"
            "Oriel Shipping, a company registered in Limassol, Cyprus, did not respond to requests for comment.\n\n"
            "Bond prices fell, a dealer for a German bank in London said.\n")
    assert speakers(text) == [("Karin Roe", "person"), ("Oriel Shipping", "organization"), (None, None)]


def test_a_place_s_body_a_document_s_owner_and_a_lawyer_after_whom_they_represent():
    text = (
        "Westmere is a port town. Westmere police said they were investigating.\n\n"
        "The Allied Public Services Union called a strike. A third of members would lose money, according to the union's calculations.\n\n"
        "Craig Follett was jailed. Representing Follett, barrister Priya Chandran said the sentence had been within the range.\n\n"
        "Cr Wayne Brodie said the rates rise was unfair. The Dunmore Parents' Forum said it was caught in the middle.\n"
    )
    assert [n for n, _ in speakers(text)] == [
        "Westmere police", "Allied Public Services Union", "Priya Chandran", "Wayne Brodie", "Dunmore Parents' Forum"]


def test_he_after_a_title_s_full_stop_and_after_an_opening_clause():
    text = (
        "Alan Whitsett, the county prosecutor, said no charges would be filed. At his news conference, Mr. Whitsett said "
        "he had met with Mr. Moore's family before announcing the decision.\n\n"
        '"I understand this is not the outcome they hoped for," he said.\n\n'
        'Carla Benedetti, a campaigner, told the Herald that measles posed little risk. Asked about those claims, '
        'Dr. Priya Ramaswamy-Kerr was blunt.\n\n"That is simply false," she said.\n\n'
        "Governor Arturo Villasenor said the peso would float from a news conference on Avenida Bolivar.\n\n"
        '"We chose to act," he said.\n'
    )
    assert [n for n, _ in speakers(text)] == ["Alan Whitsett"] * 3 + ["Carla Benedetti", "Priya Ramaswamy-Kerr"] + ["Arturo Villasenor"] * 2


def test_an_office_speaks_for_its_holder_a_forum_for_itself_and_an_occupation_is_a_title():
    text = (
        "Health Minister Gordon Pelletier said the letter would be answered. The European Rail Passengers' Forum wrote "
        "to him last week. The minister's office said the letter had been received. A spokesman for the forum said "
        "night trains were full.\n\nHydrologist Anneliese Fromm said burned ground behaves like pavement. District "
        "Collector Tarun Kashyap said the matter was sub judice.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Gordon Pelletier", "Gordon Pelletier", "European Rail Passengers' Forum",
                                               "Anneliese Fromm", "Tarun Kashyap"]


def test_a_name_with_des_is_one_name():
    assert speakers("The Laiterie des Trois Cols said it would act.") == [("Laiterie des Trois Cols", "organization")]


def test_a_role_then_a_firm_and_a_street_that_is_no_one():
    text = (
        "Bluewire Live Entertainment ran the show. The concert's organiser, Bluewire Live Entertainment, said it was shattered.\n\n"
        "The traders' chair, Bryn Hollister, declined to comment further.\n\n"
        "Pellow's mother, Elinor, who still lives on Chapel Row where the mayor grew up, is more guarded. "
        "She said she had stopped watching the local news.\n"
    )
    assert [n for n, _ in speakers(text)] == ["Bluewire Live Entertainment", "Bryn Hollister", "Elinor"]


def test_people_brought_in_by_an_occupation_or_a_given_name():
    text = (
        '"We will not let that happen quietly," said Bertrand Lesueur, the union\'s president. Lesueur told the crowd '
        "that farm incomes had fallen.\n\n"
        "Among the protesters was a dairy farmer from Bavaria who gave only his first name, Klaus. He said he had driven "
        "700 kilometres overnight.\n\n"
        'Rupali Boro, a primary schoolteacher, said the water had entered her house at around 2 a.m. "We could only save '
        'the children," she said.\n'
    )
    assert [n for n, _ in speakers(text)] == ["Bertrand Lesueur", "Bertrand Lesueur", "Klaus", "Rupali Boro", "Rupali Boro"]


def test_sources_of_a_trade_are_no_body_but_a_body_s_officials_are_it():
    text = (
        "The Bank of Verdane held its rates on Monday.\n\n"
        "A cut could come next month, banking sources said.\n\n"
        "Shares of lenders rose, market sources said.\n\n"
        "The decision was unanimous, officials said.\n"
    )
    assert speakers(text) == [(None, None), (None, None), ("Bank of Verdane", "organization")]


def test_a_firm_named_in_s_keeps_its_name():
    assert speakers("Morrow's said on Tuesday it would open 30 stores.\n") == [("Morrow's", "organization")]


def test_a_person_s_family_is_named_by_the_person_s_full_name():
    text = ("Kieran Walsh, 17, died in the attack on Friday.\n\n"
            "Kieran's family described him as kind and loyal.\n\n"
            "Mr. Walsh's family asked for privacy.\n")
    assert speakers(text) == [("Kieran Walsh's family", "group")] * 2


def test_family_and_called_on_are_not_adverbs():
    text = "Scott's family has called on police to release the videos and called on people to protest peacefully.\n"
    got = resolve_article(text, extract(text)).statements
    assert [(s.raw.speaker_text, s.raw.cue) for s in got] == [("Scott's family", "has called on"), ("Scott's family", "called on")]


def test_a_title_case_headline_makes_no_entities():
    text = ("KESTREL MINERALS URGES HOLDERS TO REJECT BORONIA BID\n\n"
            "PERTH, March 4 - Kestrel Minerals Ltd urged shareholders to reject the bid, saying it undervalued the mines.\n\n"
            "A Kestrel spokesman said the board was united.\n")
    assert {name for name, _ in speakers(text)} == {"Kestrel Minerals Ltd"}


def test_a_source_keeps_its_own_words():
    text = ("The Department of Health said talks would resume.\n\n"
            "A government source said ministers would not be bounced into a deal.\n")
    assert speakers(text) == [("Department of Health", "organization"), (None, None)]


def test_a_transcript_label_with_a_role_names_the_host():
    text = ("Transcript: the evening panel on the port walkout\n\n"
            "MARTA OSZLAK, HOST: Good evening and welcome. It is day six of the walkout at the port.\n\n"
            "KOFI ADDO: Thank you for having me, it is good to be here tonight.\n\n"
            "OSZLAK: Mr. Addo, let me start with you. Why is the raise not enough?\n\n"
            "ADDO: Because the raise is not the issue, and the employers know it.\n")
    assert speakers(text) == [("Marta Oszlak", "person"), ("Kofi Addo", "person"), ("Marta Oszlak", "person"), ("Kofi Addo", "person")]


def labels(text: str) -> list[tuple[str | None, str | None]]:
    r = resolve_article(text, extract(text))
    return [(s.speaker.name if s.speaker else None, s.label) for s in r.statements]


def test_a_pronoun_or_the_official_after_an_unnamed_source_is_that_source():
    text = ("Shifts at the care home are often left empty.\n\n"
            "A nurse who still works for the company said the rota had been cut twice this year. "
            "\u201cYou cover it yourself, or it doesn't get covered,\u201d she said.\n\n"
            "An official involved in the negotiations said the offer would not be reopened. "
            "Everyone knew pay was sensitive, the official said.\n")
    got = labels(text)
    nurse, official = "A nurse who still works for the company", "An official involved in the negotiations"
    assert got == [(None, None), (None, nurse), (None, None), (None, official)]


def test_a_named_person_between_breaks_the_link_to_the_unnamed_source():
    text = ("A nurse who still works for the company said the rota had been cut.\n\n"
            "Maria Okafor, the home's manager, disputed that. \u201cWe have never run short,\u201d she said.\n")
    assert labels(text)[-1] == ("Maria Okafor", None)


def test_a_body_with_a_remit_is_not_the_last_body_of_another():
    text = ("The Commerce Committee of the state senate held a hearing on Tuesday.\n\n"
            "The utility commission said public hearings would begin next month.\n\n"
            "Kelvarra Health Board said waiting lists had grown. The Ministry of Finance said funds were short.\n\n"
            "The health board would not say how many patients were waiting.\n")
    assert [name for name, _ in speakers(text)] == ["utility commission", "Kelvarra Health Board", "Ministry of Finance",
                                                     "Kelvarra Health Board"]


@pytest.mark.parametrize("phrase", ["one Frankfurt dealer", "A senior Gulf delegate", "Two former Halvard employees"])
def test_unnamed_people_are_not_the_place_or_firm_that_describes_them(phrase):
    text = (f"Halvard AG shares fell in Frankfurt and the Gulf states met on Monday.\n\n"
            f"Nobody expected the cut, {phrase} said.\n")
    assert speakers(text) == [(None, None)]


def test_her_campaign_is_the_candidate_s_campaign():
    text = ("Gov. Theresa Halvorsen spoke in Reno on Saturday. Halvorsen said the race was close.\n\n"
            "Voter Ana Ruiz said she was undecided.\n\n"
            "Her campaign said Halvorsen would return to Nevada next week.\n\n"
            "The campaign said the tour would continue.\n")
    assert [name for name, _ in speakers(text)][-2:] == ["Halvorsen campaign", "Halvorsen campaign"]


def test_a_lone_name_before_its_description_is_the_speaker_not_the_place_in_it():
    text = ("Coffee prices jumped.\n\n"
            "Agrometeo, a private weather service based in Sao Paulo, said temperatures had fallen overnight.\n")
    assert speakers(text) == [("Agrometeo", "organization")]


def test_arabic_family_names_with_their_article():
    text = ("Fighting broke out in the capital.\n\n"
            "Colonel Moatasem al-Fitouri said his men had come under attack first.\n\n"
            "Al-Fitouri said the ceasefire would hold. Later, al-Fitouri said more troops were coming.\n")
    assert speakers(text) == [("Moatasem al-Fitouri", "person")] * 3


def test_a_firm_s_short_form_makes_its_two_word_name_a_firm():
    text = ("A configuration change caused a seven-hour outage at Velmora Cloud last week, the company said.\n\n"
            "Velmora, which is based in Amsterdam and says it serves 90,000 customers, apologised.\n")
    assert speakers(text)[0] == ("Velmora Cloud", "organization")


def test_two_word_surnames_and_british_ranks_follow_the_full_name():
    text = ("Assistant coach Youssef El Khattabi, 38, will take charge of the team.\n\n"
            "El Khattabi said he accepted the role with mixed feelings.\n\n"
            "Detective Inspector Marguerite Osei said there was no wider threat.\n\n"
            "DI Osei said officers wanted to speak to a woman in a red coat.\n\n"
            "Care assistant Rhiannon Dufresne gave evidence. Miss Dufresne said she had not known the alarm was off.\n")
    assert [name for name, _ in speakers(text)] == ["Youssef El Khattabi", "Marguerite Osei", "Marguerite Osei", "Rhiannon Dufresne"]


def test_bodies_and_people_of_a_place_speak_for_themselves():
    text = ("Talks on the Marrow pipeline stalled on Friday.\n\n"
            '"The Commission must act quickly," a spokesman for Hungary\'s energy ministry said.\n\n'
            "Neighbouring Lirenia's foreign ministry said both sides should avoid any step towards violence.\n\n"
            "Europe is slowing. Europe's carmakers said weak demand for electric models was to blame.\n\n"
            "Reform won two seats. One of the two Reform MPs said the whips had been busy all morning.\n")
    assert speakers(text) == [("Hungary's energy ministry", "organization"), ("Lirenia's foreign ministry", "organization"),
                              ("Europe's carmakers", "group"), ("One of the two Reform MPs", "group")]


def test_capitalised_common_words_make_no_entities_for_the_company_to_point_at():
    text = ("KORVELLE \u2014 Nearly two million households will lose tap water at night, Korvelle Water Company said on Friday.\n\n"
            "Hospitals, care homes and fire stations are exempt. The company said heavy users would pay surcharges.\n")
    assert [name for name, _ in speakers(text)] == ["Korvelle Water Company", "Korvelle Water Company"]
    text = ("Dunmore Pharmaceuticals said its drug slowed the disease.\n\n"
            "The Phase 3 study enrolled 1,200 patients. About 6 per cent of them had liver problems, the company said.\n")
    assert [name for name, _ in speakers(text)] == ["Dunmore Pharmaceuticals", "Dunmore Pharmaceuticals"]


def test_the_central_bank_is_the_monetary_authority_not_the_last_bank_named():
    text = ("The National Bank of Tarvania held its main rate at 6.75% on Monday.\n\n"
            '"I would not read this as the house view," said Lucia Ferreyra, chief economist at Orlen Bank.\n\n'
            "A spokesman for the central bank said the governor would speak again in October. "
            "The central bank said inflation was easing.\n")
    assert [name for name, _ in speakers(text)] == ["Lucia Ferreyra", "National Bank of Tarvania", "National Bank of Tarvania"]


def test_a_coach_operator_is_a_firm_and_the_company_that_follows_is_it():
    text = ("The Marran line will close for a year, the Regional Rail Employees Union said on Monday.\n\n"
            "The contract for replacement coaches went to Bellmoor Coachlines, according to a tender notice. "
            "The company did not respond to a request for comment.\n")
    assert [name for name, _ in speakers(text)][-1] == "Bellmoor Coachlines"


def test_a_group_led_by_someone_is_the_group():
    text = ("GROUP RAISES STAKE IN HALDEN TOOLS\n\n"
            "An investor group led by Boston investor Martin Roe said it was unhappy with Halden Tools Inc management.\n\n"
            "The group said it had filed for clearance to buy more shares.\n")
    assert [name for name, _ in speakers(text)] == ["investor group", "investor group"]


def test_he_and_she_are_people_not_capitalised_places_or_shops_met_in_passing():
    text = ("Mill Street traders count the cost\n\n"
            "Tomasz Wisniewski, who owns Castle Cycles a few doors along, was more measured. "
            "He said he understood the pressure the council was under.\n\n"
            "Lucia Ferrante laughed off the criticism on Capitol Hill. "
            '"I am reading their own earnings call back to them," she said.\n')
    assert [name for name, _ in speakers(text)] == ["Tomasz Wisniewski", "Lucia Ferrante"]


def test_an_organisation_introduced_by_its_noun_is_what_that_noun_means_later():
    text = ("Corinne Vance, a writer from Millbrook, says the novel copies her own.\n\n"
            "His publisher, Halloway & Finch, said it had begun a review of the passages. "
            '"We take any allegation of this kind seriously," the publisher said.\n')
    assert [name for name, _ in speakers(text)][-1] == "Halloway & Finch"


FACTBOX = (
    "REACTION-Markets, unions react to Brenlow rate rise\n\n"
    "KESTOW, May 4 - The Brenlow central bank raised its main rate by a quarter point on Thursday.\n\n"
    "Here is how economists and business groups reacted:\n\n"
    "MARTA ELLING, CHIEF ECONOMIST, HALDEN TRUST BANK:\n\n"
    '"They had to move. Waiting another month would only have made the job harder."\n\n'
    "BRENLOW FEDERATION OF SHOPKEEPERS:\n\n"
    "The federation said in a statement that small traders would bear the cost. It urged the bank to pause.\n\n"
    "* Transport Minister Ottilie Varn:\n\n"
    '"Borrowing costs for the rail upgrade are fixed. Nothing changes for passengers."\n\n'
    "A BANKER IN ONE OF THE NORTHERN STATES, WHO ASKED NOT TO BE NAMED\n\n"
    '"Nobody here saw it coming."\n'
)


def test_factbox_headings_name_the_speaker_of_the_quotation_under_them():
    got = [(s.raw.kind, s.speaker.name if s.speaker else None, s.raw.quote[:20]) for s in resolve_article(FACTBOX, extract(FACTBOX)).statements]
    assert got == [
        ("direct", "Marta Elling", "They had to move. Wa"),
        ("indirect", "Brenlow Federation of Shopkeepers", "that small traders w"),
        ("indirect", "Brenlow Federation of Shopkeepers", "the bank to pause"),
        ("direct", "Ottilie Varn", "Borrowing costs for "),
        ("direct", None, "Nobody here saw it c"),
    ]
    assert resolve_article(FACTBOX, extract(FACTBOX)).statements[-1].raw.speaker_text == "a banker in one of the northern states"


@pytest.mark.parametrize("heading", ["Wait, it gets better:", "Stated Stone:", "Comments on the deal:"])
def test_a_line_that_introduces_a_quotation_is_not_a_speaker_heading(heading):
    text = f"The senator spoke for an hour.\n\n{heading}\n\n\"We will win this state by ten points.\"\n"
    assert all(s.speaker_text != heading.rstrip(":") and not s.speaker_text.startswith(("Wait", "Comments"))
               for s in extract(text))


@pytest.mark.parametrize("text, expected", [
    ("Helsinki bankers said a new coalition could shift taxes from income to spending.", "Helsinki bankers"),
    ("Oil traders in the New York area said prices rose by two cents a gallon.", "Oil traders in the New York area"),
    ("Analysts at Marlowe & Trent said the financial impact would be small.", "Marlowe & Trent"),
])
def test_people_of_a_place_are_not_the_place_but_a_firms_people_are_the_firm(text, expected):
    (st,) = resolve_article(text, extract(text)).statements
    assert shown_speaker(st) == expected


def test_an_organisations_latest_figures_are_the_organisation():
    text = ("The Office for Refugee Protection said its camps were full.\n\n"
            "According to the agency's latest figures, 62 percent of the new arrivals are children.\n")
    assert [s.speaker.name for s in resolve_article(text, extract(text)).statements] == ["Office for Refugee Protection"] * 2


def test_a_capitalised_word_after_a_dateline_with_a_date_opens_the_sentence():
    text = "WESTBRIDGE, Feb 12 - Senior engineers at Aerolith Dynamics said the software could fail in freezing weather.\n"
    (st,) = resolve_article(text, extract(text)).statements
    assert st.speaker.name == "Aerolith Dynamics"


@pytest.mark.parametrize("text, expected", [
    ("DRAVENNA, June 8 (Meridian News) - At least 43 people died when the ferry capsized, coast guard officials said.\n",
     "coast guard officials"),
    ("The Orumba Police Service sealed the road. A police spokesman said three people had been arrested.\n",
     "Orumba Police Service"),
    ("Quillon Devices unveiled the phone on Monday. The company's mobile division lost money last year, according to its "
     "financial statements.\n", "Quillon Devices"),
])
def test_officials_of_a_body_the_text_does_not_name_are_not_the_last_organisation(text, expected):
    st = resolve_article(text, extract(text)).statements[-1]
    assert shown_speaker(st) == expected


def test_it_after_a_speaker_is_the_speaker_not_a_name_inside_its_words():
    text = ("Stratavault said it had acted lawfully. The Information Standards Office said it was aware of an incident "
            "involving Stratavault. It declined to comment further.\n")
    got = [s.speaker.name for s in resolve_article(text, extract(text)).statements]
    assert got == ["Stratavault", "Information Standards Office", "Information Standards Office"]


def test_a_name_after_at_or_in_is_where_not_who():
    text = ("Marlow Vale council said it was seeking assurances.\n\n"
            "Cllr Beatrice Oduya, the cabinet member for resources at Marlow Vale, said residents would be furious.\n\n"
            '"Our contract says we should hear within 72 hours," she said.\n')
    got = [s.speaker.name if s.speaker else None for s in resolve_article(text, extract(text)).statements]
    assert got[1:] == ["Beatrice Oduya", "Beatrice Oduya"]


def test_a_newspaper_named_for_a_city_is_not_the_city():
    text = ("The rally was held in Port Kessing in December.\n\n"
            "In March, The Port Kessing Times wrote that the council had lost the vote.\n")
    (st,) = resolve_article(text, extract(text)).statements
    assert st.speaker.name == "The Port Kessing Times"


@pytest.mark.parametrize("text, expected", [
    ("The Finance Department has not released the money. A senior official of the Finance Department said the file had "
     "been returned twice.\n", "A senior official of the Finance Department"),
    ("Harlow FC sacked its manager on Monday. A campaign aide said the senator would not attend.\n", "A campaign aide"),
    ("The Finance Department has not released the money. A spokeswoman for the Finance Department said the file was "
     "under review.\n", "Finance Department"),
])
def test_an_unnamed_official_is_one_person_there_but_a_spokeswoman_is_the_bodys_voice(text, expected):
    st = resolve_article(text, extract(text)).statements[-1]
    assert shown_speaker(st) == expected


@pytest.mark.parametrize("text, expected", [
    ("Leader of the Opposition R. Palanivel said the government was using the university as a battleground.\n", "R. Palanivel"),
    ("Secretary of State Joan F. Kerrigan said the talks would resume.\n", "Joan F. Kerrigan"),
    ("Minister of State for Textiles R.N. Mirdha said the quota had been raised.\n", "R.N. Mirdha"),
])
def test_a_title_with_of_before_a_name_with_initials(text, expected):
    (st,) = resolve_article(text, extract(text)).statements
    assert (st.speaker.name, st.speaker.kind) == (expected, "person")


@pytest.mark.parametrize("text, expected", [
    ("Former Ashdown striker Tom Lee watched from the stands. Ashdown said the trophy would be paraded on Monday.\n", "Ashdown"),
    ("Harlan Voss trails in the polls. Former Voss advisers told reporters that a shake-up was imminent.\n", "Former Voss advisers"),
    ("Former Pennsylvania governor Ed Rendale, a Voss supporter, praised the senator for his campaign.\n", "Ed Rendale"),
])
def test_former_is_no_part_of_a_name_and_former_staff_speak_for_no_one(text, expected):
    st = resolve_article(text, extract(text)).statements[-1]
    assert st.speaker.name == expected


def test_he_after_a_sentence_is_its_subject_not_a_name_further_along_it():
    text = ("Rui Valente said his side had lost the plot.\n\n"
            "The defeat left the club eleventh in the table, nine points off the play-off places, with a trip to "
            "Castleford Town on Tuesday and a home game against the leaders four days later. Attendances have fallen "
            "for three straight matches, and a review of the season is due in the summer, "
            "when the stadium lease also comes up for renewal.\n\n"
            "Valente reserved his strongest words for referee Martin Ossett, who gave a penalty for a challenge by "
            "defender Piotr Zalewski.\n\n"
            '"For me it is never a penalty," he said.\n')
    assert [s.speaker.name for s in resolve_article(text, extract(text)).statements] == ["Rui Valente", "Rui Valente"]


@pytest.mark.parametrize("text, expected", [
    ("The Principal Secretary of the Higher Education Department, P. Lakshmi Narayanan, said no letter had come.\n",
     ("P. Lakshmi Narayanan", "person")),
    ("U.S. Banks said the committee was unfair to them.\n", ("U.S. Banks", "unknown")),
])
def test_initials_then_names_are_a_person_but_not_a_country_s_initials(text, expected):
    (st,) = resolve_article(text, extract(text)).statements
    assert (st.speaker.name, st.speaker.kind) == expected


def test_a_sports_epithet_with_a_nationality_and_a_relative_clause_is_the_person_just_written_about():
    text = ("Rui Valente said his side had lost the plot.\n\n"
            "The Portuguese coach, who replaced Alan Brisco in October, said he would speak to each of his players.\n")
    assert [s.speaker.name for s in resolve_article(text, extract(text)).statements] == ["Rui Valente", "Rui Valente"]


@pytest.mark.parametrize("text, expected", [
    ("Minister for Housing and Estates Ong Kah Seng said resale prices would moderate.\n", "Ong Kah Seng"),
    ("Speaker Pro Tem Gary Lindqvist warned members against impugning colleagues.\n", "Gary Lindqvist"),
    ("Deputy Mayor for Economic Development Teodora Almasi said the deal was a deal.\n", "Teodora Almasi"),
])
def test_a_remit_joined_by_and_then_a_three_word_name(text, expected):
    (st,) = resolve_article(text, extract(text)).statements
    assert st.speaker.name == expected


@pytest.mark.parametrize("who", ["Comedian Rafi Dunmore", "Newcomer Bex Adeyemi-Hart", "Filmmaker Ysolde Karnakova"])
def test_what_someone_does_before_their_name_is_not_part_of_it(who):
    text = f"{who} opened the show on Sunday.\n\n\"Look at all these artists in one room,\" {who.split()[-1]} said.\n"
    (st,) = resolve_article(text, extract(text)).statements
    assert st.speaker.name == " ".join(who.split()[1:])


def test_a_web_page_s_timestamp_label_is_no_organisation():
    text = ("Flight turns back after smoke fills cabin\n\nKelvin Lau\nPublished: 3:15pm, 17 Mar 2025\n\n"
            "A passenger jet turned back to Manila on Sunday, the airline said.\n\n"
            "Harbour Pacific Airways said the crew had acted correctly.\n")
    got = [s.speaker.name if s.speaker else None for s in resolve_article(text, extract(text)).statements]
    assert "Published" not in got


@pytest.mark.parametrize("text, expected", [
    ("Delphine Marrow cancelled her tour on Monday. A representative for the singer said she had a vocal cord injury.\n",
     "Delphine Marrow"),
    ("Health Minister Yusuf Demirci said the lists were shrinking. A spokesman for the minister said the complaint "
     "concerned a different hospital.\n", "Yusuf Demirci"),
])
def test_a_representative_for_the_person_the_story_is_about_speaks_for_them(text, expected):
    st = resolve_article(text, extract(text)).statements[-1]
    assert st.speaker.name == expected


@pytest.mark.parametrize("text, expected", [
    ("Chief Operating Officer Frances Hollis said the testing schedule had been optimized.\n", "Frances Hollis"),
    ("Prosecutor Diana Patricia Cifuentes Mora said at least 31 billion pesos had been lost.\n", "Diana Patricia Cifuentes Mora"),
    ("Labour Minister Ana Cristina Moreira Lopes said the strike had to end.\n", "Ana Cristina Moreira Lopes"),
])
def test_long_titles_and_four_word_names(text, expected):
    (st,) = resolve_article(text, extract(text)).statements
    assert st.speaker.name == expected


def test_a_rank_after_a_name_is_not_part_of_it():
    text = ('The trial opened on Monday.\n\nTobias Wren SC, for the shareholders, said the company sold a destination.\n\n'
            '"It had no map," Mr Wren said.\n')
    assert [s.speaker.name for s in resolve_article(text, extract(text)).statements] == ["Tobias Wren", "Tobias Wren"]
