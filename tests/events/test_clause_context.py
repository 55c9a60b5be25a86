"""What a clause's grammar says is not an act done, and who the other party of a moved force is;
sentences written for these tests."""

from __future__ import annotations

from test_coder import triples


def test_a_report_does_not_make_the_reporter_the_host(code):
    events = code("A German broadcaster reports that the Iraqi prime minister and Nigeria's president "
                  "have been invited to the talks.")
    assert not any((e["source_code"] or "").startswith("DEU") for e in events)


def test_migrants_travelling_make_no_visit(code):
    assert not code("Every month thousands of Cubans fly to Nicaragua and Guyana.")
    assert ("RUS", "04", "CUB") in triples(code("A Russian delegation travelled to Cuba on Monday."))


def test_a_gerund_subject_is_an_act_talked_about(code):
    assert not any(e["root"] == "19" for e in code("Attacking Iran would be a grave mistake, the senator said."))


def test_in_case_is_a_condition(code):
    assert not code("Relief agencies drew up plans in case the United States launches strikes against Syria.")


def test_a_potential_strike_is_not_a_strike(code):
    events = code("The potential strike by the United States against Syria worries the aid agencies.")
    assert not any(e["root"] == "19" for e in events)


def test_a_from_phrase_is_where_the_attackers_were(code):
    found = triples(code("Two rockets were fired from Gaza into southern Israel on Monday."))
    assert ("PSE", "18", "ISR") in found
    assert not any(t == "PSE" for _, _, t in found)


def test_unknown_attackers_of_a_country_do_not_attack_it_whole(code):
    assert not code("The army said more than forty rockets were fired into Israel on Friday.")


def test_a_moved_force_is_the_doer_s_own_and_the_place_is_the_other_party(code):
    found = triples(code("President Trump announced he was withdrawing U.S. troops from northern Syria."))
    assert ("USA", "08", "SYR") in found
    assert not any(t == "USA" for _, _, t in found)


def test_a_year_on_the_war_an_act_belongs_to_makes_it_history(code):
    assert not code("Israel occupied the eastern sector in the 1967 Middle East war.")


def test_a_decade_ago_is_history(code):
    assert not any(e["root"] == "19" for e in code("Turkish troops fought Kurdish rebels in Iraq more than a decade ago."))


def test_a_joint_pledge_is_aimed_at_the_pledged_act_s_target(code):
    found = triples(code("The United States and the European Union pledged to lift all economic sanctions on Iran."))
    assert {("USA", "03", "IRN"), ("IGO", "03", "IRN")} <= found
    assert ("USA", "03", "IGO") not in found


def test_what_leaders_discuss_is_the_topic_not_a_party(code):
    events = code("Obama met Chinese President Xi Jinping on Friday. The two leaders will also discuss North Korea.")
    assert not any((e["target_code"] or "").startswith("PRK") for e in events)
    intents = [e for e in events if e["cameo"] == "036"]
    assert len(intents) == 1  # an intended meeting, like a meeting, is coded once in either direction


def test_naming_cooperation_a_priority_is_an_intention(code):
    events = code("Cooperation with Russia is a priority of Kazakhstan's foreign policy, the Kazakh foreign minister said.")
    assert ("KAZ", "03", "RUS") in triples(events)


def test_an_unplaced_person_asked_is_not_replaced_by_a_deeper_party(code):
    assert not code("Flynn, a retired U.S. general, also asked Kislyak to help delay a United Nations vote.")


def test_a_noun_with_its_own_doer_is_a_fact_under_another_s_verb(code):
    assert ("ISR", "19", "PSE") in triples(code("Turkish activists on a ship tried to break Israel's naval blockade of Gaza."))


def test_a_quoted_demand_is_of_whoever_the_quote_says_demands_it(code):
    events = code('"Millions of Egyptians are saying the president must go," said Tarek Osman, a British writer.')
    assert not any((e["source_code"] or "").startswith("GBR") for e in events)


def test_leaders_visiting_one_city_do_not_visit_each_other(code):
    events = code("The leaders of China, Japan and Israel have all visited Ahmedabad in recent years.")
    assert not {(s, t) for _, s, t in [(e["root"], (e["source_code"] or "")[:3], (e["target_code"] or "")[:3])
                                       for e in events]} & {("CHN", "JPN"), ("CHN", "ISR"), ("JPN", "ISR")}


def test_yet_to_is_not_done(code):
    assert not code("But the sanctions have yet to persuade Tehran to open negotiations with Washington.")


def test_planned_talks_are_aimed_at_their_parties_not_their_topics(code):
    assert not code("The national security adviser plans to discuss North Korea, Ukraine and Syria, the official said.")
    assert ("RUS", "03", "TUR") in triples(code("President Putin wants to discuss Syria with President Erdogan."))


def test_as_early_as_a_past_year_is_history(code):
    assert not code("Obama had authorized strikes against the Yemeni militants as early as February 2010.")


def test_the_possibility_of_an_act_is_not_the_act(code):
    assert not any(e["root"] == "08" for e in code(
        "Even the possibility of an abrupt American withdrawal from Iraq was seen as a victory for Iran."))


def test_a_place_name_before_an_attack_noun_is_where_it_happened(code):
    events = code("The Libya attack on the American consulate killed four Americans.")
    assert not any((e["source_code"] or "").startswith("LBY") and e["root"] in ("18", "19") for e in events)


def test_a_body_s_meeting_place_is_no_counterpart(code):
    assert not code("NATO foreign ministers met in Brussels on Tuesday.")


def test_said_by_someone_to_be_keeps_its_subject(code):
    found = triples(code("Iran is believed by U.S. officials to have supplied weapons to the Houthis in Yemen."))
    assert ("IRN", "07", "YEM") in found
    assert not any(s == "USA" and r == "07" for s, r, _ in found)


def test_an_act_dated_after_publication_is_an_intention(code):
    assert ("DEU", "03", "FRA") in triples(code("Chancellor Merkel visits Paris next week."))


def test_a_visited_city_names_the_country_visited(code):
    assert ("DEU", "04", "FRA") in triples(code("Chancellor Merkel visited Paris last week."))


def test_calling_a_state_a_threat_in_indirect_speech_is_criticism(code):
    assert ("ISR", "11", "IRN") in triples(code("Netanyahu said Iran is a bigger threat than the Islamic State."))


def test_the_content_of_a_speaker_s_own_argument_is_his_statement(code):
    found = triples(code("Prime Minister Netanyahu restated his argument that Iran is a bigger threat than the Islamic State."))
    assert ("ISR", "11", "IRN") in found


def test_a_coordinated_object_names_the_target(code):
    found = triples(code("A military spokesman said Iraqi warplanes destroyed a pumping station and a production "
                         "unit at Iran's Ahvaz field."))
    assert ("IRQ", "19", "IRN") in found


def test_due_to_is_a_plan(code):
    found = triples(code("Foreign Secretary Jack Straw is due to take part in talks with the Indian government on Friday."))
    assert ("GBR", "03", "IND") in found and ("GBR", "04", "IND") not in found


def test_a_far_dateline_does_not_place_unnamed_attackers(code):
    events = code("LONDON, April 8 - Iran said over 2,600 Iraqis had been killed or wounded yesterday.")
    assert not any((e["source_code"] or "").startswith("GBR") for e in events)


def test_our_in_a_quote_is_the_speaker_s_side(code):
    found = triples(code('"Our advances have broken the back of the Iraqi forces," the Iranian prime minister said.'))
    assert ("IRN", "19", "IRQ") in found


def test_the_doer_s_own_goods_give_way_to_the_country_they_are_withheld_from(code):
    found = triples(code("President Trump threatened to withhold American aid from Honduras and Guatemala."))
    assert {("USA", "13", "HND"), ("USA", "13", "GTM")} <= found


def test_an_own_border_names_the_neighbour(code):
    assert ("MEX", "15", "GTM") in triples(code("Mexico deployed 500 federal police to its border with Guatemala."))


def test_a_first_person_must_ask_is_an_appeal(code):
    found = triples(code("\u201cI must, in the strongest of terms, ask Mexico to stop this onslaught,\u201d President Trump said."))
    assert ("USA", "02", "MEX") in found


def test_curly_ll_is_future(code):
    found = triples(code("President Donald Trump said he\u2019ll mobilize the U.S. military to close the border with Mexico."))
    assert ("USA", "13", "MEX") in found


def test_a_joint_act_on_a_thing_of_its_own_is_not_aimed_at_each_other(code):
    assert not code("Russia and China criticised the sanctions.")
    found = triples(code("Libya and Bulgaria signed a treaty of friendship."))
    assert ("LBY", "05", "BGR") in found or ("BGR", "05", "LBY") in found


def test_tit_for_tat_makes_any_act_mutual(code):
    found = triples(code("The United States and China have threatened tit-for-tat tariffs on goods worth billions."))
    assert {("USA", "13", "CHN"), ("CHN", "13", "USA")} <= found


def test_unable_to_is_not_done(code):
    assert not any(e["root"] == "08" for e in code(
        "The administration has been unable to free the Americans held in Iranian jails."))


def test_should_in_a_speaker_s_words_is_an_appeal(code):
    found = triples(code("The French foreign minister said Iran should return to the negotiating table."))
    assert ("FRA", "02", "IRN") in found


def test_a_visit_to_one_s_own_troops_abroad_is_aimed_at_the_country(code):
    found = triples(code("Donald Trump's unannounced Christmas visit to US troops in Iraq lasted three hours."))
    assert ("USA", "04", "IRQ") in found and ("USA", "04", "USA") not in found


def test_not_allowing_an_act_negates_it(code):
    events = code('"I will not allow the United States to be dragged into fighting another war in Iraq," '
                  'President Obama said.')
    assert not any(e["root"] == "19" for e in events)


def test_an_appeal_to_an_unplaced_body_is_not_aimed_at_the_topic(code):
    assert not code("French President Francois Hollande called on the international community to respond "
                    "to the crisis in Iraq.")


def test_a_when_clause_takes_the_year_named_before_it(code):
    assert not code('"This revives a system created in 1949 when Western countries cut off supplies of goods '
                    'to the Soviet Union," the Russian minister said.')


def test_risking_an_act_is_not_doing_it(code):
    assert not code("The failure to act against Assad risks emboldening Assad and his allies, the US official said.")


def test_tourists_make_no_visits(code):
    assert not code("Thousands of Western tourists visit North Korea every year.")


def test_an_undated_story_s_old_wars_are_history(code):
    assert not code("Israel occupied the sector in the 1967 Middle East war. On May 3, 2017, the mayor "
                    "of Jerusalem spoke to reporters.", published=None)


def test_what_a_clash_is_over_is_no_party(code):
    events = code("Coats repeatedly clashed with Donald Trump over Iran, North Korea and Russia.")
    assert not any((e["target_code"] or "")[:3] in ("IRN", "PRK", "RUS") for e in events)


def test_supporting_strikes_is_no_accusation(code):
    events = code('British Defence Secretary Michael Fallon said, "The UK supports the airstrikes launched by '
                  'the U.S. and regional allies last night."')
    assert not any(e["cameo"].startswith("112") for e in events)


def test_reporting_sanctions_is_no_accusation(code):
    events = code('U.S. Ambassador Nikki Haley said: "U.N. sanctions have banned 90 percent of the country\u2019s exports."')
    assert not any(e["cameo"].startswith("112") for e in events)


def test_reporting_violence_in_a_quote_accuses(code):
    assert ("GBR", "11", "RUS") in triples(code('"Russian jets bombed hospitals in Idlib," the British foreign secretary said.'))


def test_a_pattern_without_a_party_takes_its_noun_s(code):
    assert ("PSE", "16", "ISR") in triples(code("The Palestinian delegation walked out of the talks with Israel on Monday."))


def test_a_light_verb_with_in_takes_its_passive_subject(code):
    found = triples(code("Serb forces were engaged in ethnic cleansing against the Albanian population of the province."))
    assert ("SRB", "20", "ALB") in found


def test_were_to_meet_is_a_plan(code):
    events = code("Secretary of State Mike Pompeo and the Taliban's Mullah Baradar were to meet in Doha, Qatar.")
    assert events and all(e["root"] != "04" for e in events)


def test_the_owner_of_the_object_is_the_target_not_its_topic(code):
    assert ("DEU", "05", "UKR") in triples(code("Germany supported Ukraine's bid for NATO membership."))
    assert not any((e["target_code"] or "").startswith("IGO") for e in code("Germany supported Ukraine's bid for NATO membership."))


def test_a_joint_pledge_names_the_party_of_the_pledged_act(code):
    found = triples(code("The U.S. and the EU pledged to lift all economic sanctions on Iran."))
    assert ("USA", "03", "IRN") in found and ("USA", "03", "IGO") not in found


def test_a_light_verb_s_particle_pattern_yields_to_its_event_noun(code):
    events = code("Islamic State militants have carried out deadly bombings in Saudi Arabia against security forces.")
    assert events and all(e["root"] in ("18", "19") for e in events)


def test_both_sides_are_the_latest_pair_that_acted_together(code):
    events = code("Foreign Secretary Jack Straw held talks with the Indian government on Friday. India and Pakistan "
                  "agreed to open a bus link across the ceasefire line. Both sides also agreed to begin talks on "
                  "reducing the risk of nuclear accidents.")
    last = [e for e in events if "Both sides" in e["sentence"]]
    assert last and all({(e["source_code"] or "")[:3], (e["target_code"] or "")[:3]} == {"IND", "PAK"} for e in last)


def test_an_official_present_abroad_is_visiting(code):
    assert ("USA", "04", "SAU") in triples(code("US Secretary of State John Kerry is in Saudi Arabia today."))
    assert not code("About 5,000 US soldiers are in Iraq as part of the international coalition.")


def test_a_hedged_future_is_a_guess(code):
    assert not code("Iran will likely attack Saudi oil facilities, the analyst said.")
    assert ("IRN", "13", "SAU") in triples(code("Iran will attack Saudi oil facilities, the Iranian general said."))


def test_a_participle_shares_the_time_of_its_noun_s_clause(code):
    assert not code("Frustration peaked in 2006, when the U.N. Security Council responded by passing a resolution "
                    "demanding that Iran suspend uranium enrichment.")
    assert ("IGO", "10", "IRN") in triples(code("The Security Council on Monday passed a resolution demanding that "
                                                "Iran suspend enrichment."))


def test_a_relative_clause_takes_its_noun_s_year(code):
    assert not code("The president disdains the 2015 deal the Obama administration struck with Iran.")


def test_what_a_speaker_refuses_to_accept_is_no_appeal(code):
    events = code('"We can never accept that Greece should confine us to the Anatolian continent," the Turkish minister said.')
    assert not any(e["root"] == "02" for e in events)


def test_a_joint_act_is_one_event_a_pair(code):
    events = [e for e in code("Libya and Bulgaria signed a treaty of friendship.") if e["root"] == "05"]
    assert len(events) == 1
    both = triples(code("India and Pakistan accused each other of violating the ceasefire."))
    assert {("IND", "11", "PAK"), ("PAK", "11", "IND")} <= both


def test_calling_a_state_an_enemy_is_criticism(code):
    assert ("IRN", "11", "USA") in triples(code("Iran's supreme leader said the United States is the enemy of the region."))


def test_an_event_noun_is_refined_and_aimed_through_its_of_object(code):
    assert ("ITA", "16", "SRB") in triples(code("Italy announced a suspension of air links with Serbia on Wednesday."))
    assert any(e["cameo"] == "162" for e in code("The US announced the suspension of aid to Egypt."))


def test_what_someone_is_arrested_for_is_the_charge(code):
    assert not any(e["root"] in ("05", "06") for e in code(
        "A Christian missionary from Calgary was arrested in Lebanon for collaborating with Israel."))


def test_a_refusal_absorbs_the_nouns_below_it(code):
    found = triples(code("The Turkish government has refused to commit to any direct assistance to the US-led war against Iraq."))
    assert not any(r == "07" for _, r, _ in found)


def test_an_appeal_to_one_s_own_citizens_is_not_aimed_abroad(code):
    events = code("Pakistan has urged its citizens to avoid travelling to Iraq.")
    assert not any(e["root"] == "02" and (e["target_code"] or "").startswith("IRQ") for e in events)


def test_a_withdrawal_from_a_deal_reduces_relations(code):
    assert any(e["cameo"] == "160" for e in code("Kushner referred to Mr Trump's withdrawal from the Iran deal."))
    assert any(e["cameo"].startswith("087") for e in code("The US announced the withdrawal of its troops from Syria."))


def test_firing_a_person_is_a_dismissal(code):
    assert not code("President Trump confirmed that he fired Inspector General Steve Linick at Pompeo's request.")
    assert ("ISR", "19", "PSE") in triples(code("Israeli soldiers fired at Palestinian youths near the border."))


def test_people_fleeing_a_war_do_nothing_to_anyone(code):
    events = code("The United Nations will provide food aid to refugees fleeing the civil war in Liberia.")
    assert not any((e["source_code"] or "").startswith("LBR") for e in events)


def test_what_an_official_contact_is_for_is_said_in_it(code):
    found = triples(code("Nigeria's junior foreign minister summoned Niger's ambassador to complain of inaction over the gangs."))
    assert ("NGA", "11", "NER") in found
    assert ("RUS", "01", "DEU") in triples(code("President Putin called Chancellor Merkel to express his condolences."))
    assert not any(e["root"] == "07" for e in code("The US sent troops to protect the embassy in Baghdad."))


def test_halting_funding_reduces_aid(code):
    found = code("The US government halted all funding to the United Nations Relief and Works Agency.")
    assert any(e["cameo"] == "162" for e in found)


def test_a_body_where_words_are_said_is_a_venue(code):
    assert not any((e["target_code"] or "").startswith("IGO") for e in code(
        "Iran's president criticized the United States at the United Nations General Assembly."))
    assert ("RUS", "11", "IGO") in triples(code("Russia lashed out at NATO on Tuesday."))


def test_likely_to_is_a_forecast(code):
    assert not code("Washington is likely to announce new tariff sanctions against Japanese electrical products.")


def test_a_stative_passive_is_its_subject_s_stance(code):
    found = triples(code("Israel is opposed to French mediation in the peace negotiations, an aide to the prime minister said."))
    assert ("ISR", "12", "FRA") in found


def test_what_a_restated_demand_asks_is_not_done(code):
    events = code("The International Labour Office reiterated its demand that Israel ease restrictions on "
                  "the movement of Palestinian workers.")
    assert not any((e["source_code"] or "").startswith("ISR") for e in events)


def test_a_joint_declaration_of_what_both_should_do_is_no_demand(code):
    events = code("Senior Hungarian and Romanian officials agreed that their countries should cooperate on refugees.")
    assert not any(e["root"] in ("02", "10") for e in events)


def test_what_is_allowed_is_not_yet_done(code):
    events = code("Pakistan's interior minister allowed the opposition leader to bring out a rally in Islamabad.")
    assert not any(e["root"] == "14" for e in events)
