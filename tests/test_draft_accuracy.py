"""How well drafting matches a careful buyer, measured on the corpus in tests/data/drafting/.

The figures are printed. tuning, tuning2 and tuning3 are what the rules were tuned on (each
written by a different author); tuning4 was written blind to the rules (issue 14, synth4) and is tuned on
since; heldout was written by someone who never saw the rules and is only measured. The floors below catch a
regression; the issue's aims are in the closing note.
"""
import pytest

from drafting_corpus import load, report
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


SPLITS = ["tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "heldout"]
REAL = ["real_tuning", "real_tuning2", "real_tuning3", "real_tuning4", "real_tuning5", "real_tuning6",
        "real_tuning7", "real_tuning8", "real_tuning9", "real_tuning10", "real_tuning11", "real_tuning12",
        "real_tuning13", "real_tuning14", "real_tuning15", "real_tuning16", "real_tuning17",
        "real_tuning18", "real_tuning19", "real_tuning20", "real_tuning21", "real_tuning22",
        "real_tuning23", "real_tuning24", "real_tuning25", "real_tuning26", "real_tuning27", "real_tuning28",
        "real_tuning29", "real_tuning30", "real_tuning31", "real_tuning32", "real_tuning33",
        "real_tuning34", "real_tuning35", "real_tuning36", "real_tuning37", "real_tuning38",
        "real_tuning39", "real_tuning40", "real_tuning41", "real_tuning42", "real_tuning43",
        "real_tuning44", "real_tuning45", "real_tuning46", "real_tuning47", "real_tuning48", "real_tuning49",
        "real_tuning50", "real_tuning51", "real_tuning52", "real_tuning53", "real_tuning54", "real_tuning55",
        "real_tuning56", "real_tuning57", "real_tuning58", "real_tuning59", "real_tuning60", "real_tuning61", "real_tuning62", "real_tuning63", "real_tuning64",
        "real_tuning65", "real_tuning66", "real_tuning67", "real_tuning68", "real_tuning69", "real_tuning70", "real_tuning71",
        "real_tuning72", "real_tuning73", "real_tuning74", "real_tuning75", "real_tuning76", "real_tuning77", "real_tuning78", "real_tuning79", "real_tuning80", "real_tuning81", "real_tuning82",
        "real_tuning83", "real_tuning84", "real_tuning85", "real_tuning86", "real_tuning87", "real_tuning88", "real_tuning89", "real_tuning90", "real_tuning91", "real_tuning92", "real_tuning93", "real_tuning94", "real_tuning95", "real_tuning96",
        "real_heldout",
        "real_heldout2", "real_heldout3", "real_heldout4", "real_heldout5", "real_heldout6", "real_heldout7",
        "real_heldout8", "real_heldout9"]


@pytest.mark.parametrize("split", SPLITS + REAL)
def test_the_corpus_is_valid_against_the_bank(split):
    questions = BANK.questions()
    cases = load(split)
    assert cases
    for case in cases:
        for qid, option in case.expected:
            assert option in questions[qid].choice_ids(), (case.name, qid, option)


# tuning4 read recall 0.587, precision 0.743 blind (main dcd8413), 0.610 / 0.762 on the rules of synth4;
# tuning5 (twelve whole offers as vendors send them, in five languages, written blind) 0.414 / 0.661 on 4ec4e7a3,
# 0.669 / 0.676 once a bid's price table typed with bars is read as one (offers64);
# tuning6 (twelve more whole offers, six languages, two with a reply e-mail pasted under, written blind at stop 55)
# 0.437 / 0.749 on c80b908f
@pytest.mark.parametrize("split, recall_floor, precision_floor", [
    ("tuning", 0.85, 0.85), ("tuning2", 0.7, 0.7), ("tuning3", 0.7, 0.7), ("tuning4", 0.58, 0.73),
    ("tuning5", 0.64, 0.65), ("tuning6", 0.42, 0.72)])
def test_drafting_on_the_tuning_sets(capsys, split, recall_floor, precision_floor):
    figures, summary = report(split, BANK, draft)
    with capsys.disabled():
        print("\n" + summary)
    assert figures.recall >= recall_floor and figures.precision >= precision_floor


# (recall, precision) floors below a set's first figures where those are under the common floor:
# real_heldout4 read precision 0.333 (10 of 30) on its first measurement, on the rules of 978c841;
# real_tuning8 (openings of magazine reports and blog posts) 0.182 / 0.267 and real_heldout5 0.444 / 0.364
# on those of 0bcf928; real_tuning9 (openings of trade-press and vendor pages) 0.297 / 0.500 on those of 33b7d70;
# real_heldout6 0.294 / 0.429 on those of 94ac8ea; real_tuning10 (openings of trade-press and vendor pages) 0.241 / 0.406
# on those of 5e8d27b; real_heldout8 (openings of case studies, mostly the plant's before-state and its trade)
# 0.151 / 0.308 on those of 5afec71; real_tuning11 (openings of case studies, several cut before their results)
# 0.302 / 0.485 and real_tuning12 (openings of case studies and product pages) 0.276 / 0.583 on those of 7e91255;
# real_heldout9 (excerpts of case studies and product pages) 0.255 / 0.387 on those of a5fdce8; real_tuning13 (openings of
# case studies, several cut before their results) 0.256 / 0.500 and real_tuning14 0.385 / 0.513 on those of 18205a1;
# real_tuning16 (four case studies, three pages, answered blind; seven more removed: sources shared with held-out texts)
# 0.348 / 0.727 on those of main a58464b and dc8111c, 0.739 / 0.895 on cases16b's.
# real_tuning17 (ten case studies, four pages, answered blind; three more removed: sources shared with held-out texts)
# read 0.214 / 0.290 blind (b84d77b and 690e1d7), 0.262 / 0.355 on the rules of cases17.
# real_tuning18 (ten case studies, four pages, answered blind; two more removed: sources shared with held-out texts)
# read 0.333 / 0.714 blind (10 of 14 drafted, 30 expected) on the rules of main 85005ce.
# real_tuning19 (ten case studies, four pages, answered blind; three more removed: sources shared with held-out texts)
# read 0.389 / 0.583 blind (14 of 24 drafted, 36 expected) on the rules of main a32a09b.
# real_tuning20 (ten case studies, four pages, answered blind; eight more removed: sources shared with held-out texts)
# read 0.222 / 0.727 blind (8 of 11 drafted, 36 expected) on the rules of main a209825.
# real_tuning21 (ten case studies, four pages, answered blind; nine candidates removed: sources shared with
# held-out texts; nine more already in other sets) read 0.167 / 0.208 blind (5 of 24 drafted, 30 expected) on the
# rules of main 79e4d6a.
# real_tuning22 (ten case studies, four pages, answered blind; four candidates removed: sources shared with held-out
# texts; three more already in other sets) read 0.297 / 0.579 blind (11 of 19 drafted, 37 expected) on the rules of
# main 0263daf.
# real_tuning23 (ten case studies, four pages, answered blind; seven candidates removed: sources shared with held-out
# texts; seven more already in other sets) read 0.250 / 0.450 blind (9 of 20 drafted, 36 expected) on the rules of
# main 007dfae.
# real_tuning24 (ten case studies, four pages, answered blind; four candidates removed: sources shared with held-out
# texts; three more already in other sets) read 0.473 / 0.605 blind (26 of 43 drafted, 55 expected) on the rules of
# main 530853b.
# real_tuning25 (ten case studies, four pages, answered blind; fourteen candidates removed: sources shared with held-out
# texts) read 0.255 / 0.706 blind (12 of 17 drafted, 47 expected) on the rules of main aff4c87; five of its ten case
# studies are German and drafted nothing.
# real_tuning26 (ten case studies, four pages, answered blind; two candidates removed: sources shared with held-out
# texts; three more already in other sets) read 0.455 / 0.357 blind (10 of 28 drafted, 22 expected) on the rules of
# main 1421341.
# real_tuning27 (ten case studies, four pages, answered blind; four candidates removed: three sources shared with held-out
# texts, one already in another set) read 0.385 / 0.556 blind (10 of 18 drafted, 26 expected) on the rules of main
# c67f6e3; its three German case studies drafted nothing they should.
# real_tuning28 (ten case studies, four pages, answered blind; five candidates removed: sources shared with held-out
# texts; four more already in other sets) read 0.381 / 0.533 blind (16 of 30 drafted, 42 expected) on the rules of main
# b737c02; its three German case studies drafted nothing.
# real_tuning29 (ten case studies, four pages, answered blind; sixteen candidates removed: nine sources shared with held-out
# texts, seven already in other sets) read 0.375 / 0.480 blind (12 of 25 drafted, 32 expected) on the rules of main
# 374f6d1.
# real_tuning30 (ten case studies, four pages, answered blind; candidates removed: seven sources shared with held-out
# texts, eight already in other sets, one the same text as a held-out one under another address) read 0.250 / 0.474
# blind (9 of 19 drafted, 36 expected) on the rules of main 3fba454.
# real_tuning31 (ten case studies, four pages, answered blind; candidates removed: seven sources shared with held-out
# texts, two already in other sets) read 0.359 / 0.483 blind (14 of 29 drafted, 39 expected) on the rules of main
# e9732de; its German gearbox case drafted nothing it should, and the pharma pill-vision case drafted nothing at all.
# real_tuning32 (ten case studies, four pages, answered blind; candidates removed: one source shared with a held-out
# text, three already in other sets) read 0.308 / 0.381 blind (8 of 21 drafted, 26 expected) on the rules of main
# 4adf352; the float-glass AI inspection and the two semiconductor analytics cases drafted nothing they should.
# real_tuning33 (ten case studies, four pages, answered blind; candidates removed: two sources shared with held-out
# texts, four already in other sets) read 0.545 / 0.462 blind (12 of 26 drafted, 22 expected) on the rules of main
# f48ef4a; the shipyard terminals case drafted only its supervisors, the label printer's MIS integration nothing it should.
# real_tuning34 (ten case studies, four pages, answered blind; candidates removed: two sources already in other sets)
# read 0.316 / 0.222 blind (6 of 27 drafted, 19 expected) on the rules of main 83d20e3; the hot rolling mill case
# drafted only its temperature and prediction, the folding carton press MES case eight options it should not.
# real_tuning35 (ten case studies, four pages, answered blind; candidates removed: three sources shared with held-out
# texts, three already in other sets) read 0.500 / 0.433 blind (13 of 30 drafted, 26 expected) on the rules of main
# 864b9c3; the MES-to-SAP moulding case (German) drafted only a downtime problem, the EMS traceability case nothing.
# real_tuning36 (ten case studies, four pages, answered blind; candidates removed: one source already in another set)
# read 0.346 / 0.529 blind (9 of 17 drafted, 26 expected) on the rules of main 8a80aad; the veal traceability case
# drafted nothing, the two planning cases (whisky, wood flooring) only their planning problem.
# real_tuning37 (ten case studies, five of them German, four pages, answered blind; candidates removed: two sources
# shared with held-out texts, one vendor already in another set) read 0.172 / 0.294 blind (5 of 17 drafted, 29 expected)
# on the rules of main 0692fb5; the Hoval mobile-service case drafted none of its eight options, the dry-cooler case five
# sensor readings the text never says are captured.
# real_tuning38 (ten case studies, one of them German, four pages, answered blind; candidates removed: four sources
# shared with held-out texts, fifteen already in other sets) read 0.459 / 0.472 blind (17 of 36 drafted, 37 expected) on
# the rules of main 1057dc2; the vision and analytics cases missed detection and data analytics, the planning cases
# their schedule changes or their planning problem.
# real_tuning39 (ten case studies, one of them German, four pages, answered blind; candidates removed: nine sources
# shared with held-out texts, two already in other sets) read 0.476 / 0.588 blind (20 of 34 drafted, 42 expected) on the
# rules of main baf00a1; the spindle project and the punch-press abstract drafted almost nothing, the die-casting
# vignettes three plant problems and a buffer the text never names.
# real_tuning40 (ten case studies, one of them German, four pages, plants in Europe, India and South Africa, answered
# blind; candidates removed: one source shared with a held-out text) read 0.192 / 0.476 blind (10 of 21 drafted, 52
# expected) on the rules of main a2174d1; the GE Healthcare vial detection, things2i quality checks and LINPAC MES
# cases drafted none of their 20 options, the energy texts energy data the text never says is captured.
# real_tuning41 (ten case studies from Japan, Taiwan, China, Australia, New Zealand, the US and Canada, four pages, answered
# blind; candidates removed: three sources shared with held-out texts, eight already in other sets) read 0.574 / 0.614
# blind (27 of 44 drafted, 47 expected) on the rules of main a2174d1; the Pfizer portal and the passive-component AOI
# texts drafted none of their options, the Maple Leaf and Murata texts downtime and quality events nobody captures.
# real_tuning42 (ten case studies from Spain, Denmark, India, South Africa, Germany and Austria, two of them German,
# four pages, answered blind; candidates removed: four sources shared with held-out texts, five already in other sets)
# read 0.371 / 0.812 blind (13 of 16 drafted, 35 expected) on the rules of main c2c0766; the Danone scheduling and
# the MindMap vision texts drafted none or one of their options, the plant problems of seven texts went undrafted.
# real_tuning43 (ten case studies from Chile, Australia, Korea, Canada and the US, four pages from Korea, Australia and
# Asia-Pacific vendors, answered blind; candidates removed: seven sources shared with held-out texts, four already in other
# sets) read 0.333 / 0.500 blind (14 of 28 drafted, 42 expected) on the rules of main c2c0766; the Teck haul-truck and
# Chilean heap-leach texts drafted almost none of their options, the energy audits temperature and pressure nobody captures.
# real_tuning44 (ten case studies from Germany, Denmark, Sweden, Italy, India, Kenya and South Africa, one of them German,
# four pages from Nigeria, Africa, India and Poland, answered blind; candidates removed: three sources shared with
# held-out texts, nineteen already in other sets) read 0.444 / 0.727 blind (16 of 22 drafted, 36 expected) on the rules
# of main b9c2554; the BILA robot-line text drafted none of its options, the plant problems of six texts went
# undrafted.
# real_tuning45 (ten case studies from China, Japan, Puerto Rico, Mexico, New Zealand and Costa Rica, four pages from
# US, Australian and other vendors, answered blind; candidates removed: six sources shared with held-out texts, three
# already in other sets) read 0.343 / 0.600 blind (12 of 20 drafted, 35 expected) on the rules of main b9c2554; the
# Palma Tica pump, Bosch and Wuxi texts drafted none of their options, the energy plan a history and latency it never gives.
# real_tuning46 (ten case studies from the Netherlands, India, the UK, Poland, Morocco and South Africa, four pages from
# Africa, Ireland, Hungary and France, answered blind; candidates removed: two sources shared with held-out texts, six
# already in other sets) read 0.429 / 0.300 blind (9 of 30 drafted, 21 expected) on the rules of main c49d14b6; the
# nine technologies and data sources read from the system being replaced made most wrong drafts.
# real_tuning47 (ten case studies from Chile, Taiwan, China, Mexico, the US, Australia, Japan, Argentina and New Zealand,
# two of them Spanish, four pages from vision, Thai and US vendors, answered blind; candidates removed: six sources shared
# with held-out texts, six already in other sets) read 0.286 / 0.500 blind (6 of 12 drafted, 21 expected) on the rules of
# main c49d14b; the Magotteaux, Senmashi and AFAC texts drafted none of their options, four texts an "other" problem or a
# technology they never name.
# real_tuning48 (ten case studies from Denmark, Poland, Switzerland, Belgium, France/Hungary, Kenya, India, South
# Africa and Germany, one of them French, four pages from Italian, Indian, South African and German vendors, answered
# blind; candidates removed: four sources shared with held-out texts, ten already in other sets) read 0.368 / 0.538
# blind (14 of 26 drafted, 38 expected) on the rules of main 4ffa089d; the Piramal Glass IoT text drafted none of its
# seven options, two texts an "other" problem and captured data they never name, MES texts none of their ERP link.
# real_tuning49 (ten case studies from Canada, the US, Chile, Colombia, Thailand, Vietnam, Japan and New Zealand, one
# of them Spanish, four pages from Thai, Mexican, Chinese and Taiwanese vendors, answered blind; candidates removed:
# none shared with held-out texts, six already in other sets) read 0.300 / 0.462 blind (6 of 13 drafted, 20 expected)
# on the rules of main 4ffa089d; the Spanish Wenu Work energy text drafted none of its options, the Daikin
# reaction-imaging text only its operators; four texts drafted a role, data source or measurement they never state.
# real_tuning50 (ten case studies from Spain, South Africa, the UK, Denmark, Germany, France and Italy, one of them
# German, four pages from Indian, British and Italian vendors, answered blind; candidates removed: none shared with
# held-out texts, six already in other sets) read 0.552 / 0.571 blind (16 of 28 drafted, 29 expected) on the rules of
# main f3b84d1b; the German Thise water text drafted none of its options, the Orley MES text not its ERP link, and
# four texts drafted sensors, roles or problems they never state (motion sensors for lights, a quoted supervisor).
# real_tuning51 (ten case studies from the US, Canada, Japan, China, Vietnam and Australia, four pages from Korean, US,
# New Zealand and sub-metering vendors, answered blind; candidates removed: two sources shared with held-out texts,
# ten already in other sets) read 0.381 / 0.533 blind (16 of 30 drafted, 42 expected) on the rules of main f3b84d1b;
# the Hitachi Omika energy text drafted none of its four options, the VGT PCB lot-tracking text eight it never states.
# real_tuning52 (ten case studies from the UK, Germany, Sweden, Ireland, India and South Africa, four pages from Indian,
# South African, UK and German vendors, answered blind; candidates removed: none shared with held-out texts, ten
# already in other sets) read 0.520 / 0.520 blind (13 of 25 drafted, 25 expected) on the rules of main 4d9b74d3; the
# Walker Precision APS text drafted one of its four options and two integrations it never states, the Port Talbot
# temper mill only its before-and-after measurement, with three misses and three wrong drafts.
# real_tuning53 (ten case studies from the US, Canada, Australia, China, Korea and Vietnam, four pages from Brazilian,
# US and pharma-MES vendors, answered blind; candidates removed: four sources shared with held-out texts, five already
# in other sets) read 0.370 / 0.476 blind (10 of 21 drafted, 27 expected) on the rules of main 4d9b74d3; the POSCO
# smart blast furnace and Sany lighthouse texts drafted none of their options, the Intel vibration text four it never states.
# real_tuning55 (ten case studies from China, Japan, Korea, Singapore, Malaysia, the US and Brazil, one of them
# Portuguese, four pages from Chinese, Malaysian and Mexican vendors, answered blind; candidates removed: two sources
# shared with held-out texts, ten already in other sets) read 0.417 / 0.455 blind (15 of 33 drafted, 36 expected) on
# the rules of main 7c2d9b7c; a Chicago press-failure story drafted nine options from the plant's before-state (its
# historian, vibration and threshold alarms), the Intel Penang IoT text none of its seven.
# real_tuning54 (ten case studies from Germany, France, Lithuania, the UK, Ireland, India and Morocco, four pages from
# Lithuanian, Italian and Indian vendors, answered blind; candidates removed: two sources shared with held-out texts,
# thirteen already in other sets) read 0.270 / 0.667 blind (10 of 15 drafted, 37 expected) on the rules of main 7c2d9b7c;
# the Hoda robots text drafted none of its two options, the German Bosch Blaichach text one of its seven, the
# Continental code-reading text none of its four and two it never states (quality events, operator entry).
# real_tuning56 (ten case studies from the Netherlands, the UK, Estonia, Scotland, South Africa, India, Italy,
# Portugal, Germany and an unnamed European paper mill, one of them Italian and one German, four pages from Indian,
# Danish and German vendors, answered blind; candidates removed: three sources shared with held-out texts, twenty-two
# already in other sets) read 0.303 / 0.667 blind (10 of 15 drafted, 33 expected) on the rules of main 16cbb5e6; the
# Italian feed-plant text drafted none of its six options, the Metsä digital-mill text none of its four and two it
# never states (loss patterns, data analytics).
# real_tuning57 (ten case studies from the US, Canada, Mexico, Australia, Taiwan, Korea and Japan, four pages from US,
# Brazilian-American, Australian and Japanese vendors, answered blind; candidates removed: three sources shared with
# held-out texts, nine already in other sets) read 0.419 / 0.600 blind (18 of 30 drafted, 43 expected) on the rules of
# main 067bc74c; the Hitachi Omika planning-simulator text drafted none of its five options, the Cemex dispatch text
# none of its five and four it never states (planning integration, latency, 'other' problem, before/after measurement).
# real_tuning58 (ten case studies from Italy, Greece, the US, Pakistan, Japan, Russia and India and two unnamed plants,
# one Italian and one French, four pages from Spanish, German, US and Latvian vendors, one Spanish and one German,
# answered blind; candidates removed: five sources shared with held-out texts, six already in other sets) read
# 0.351 / 0.591 blind (13 of 22 drafted, 37 expected) on the rules of main f3839d11; the Italian MES text drafted none
# of its five options, the Rusagro IoT platform text three of its eight and an open export from "OpenWeatherMap".
# real_tuning59 (ten case studies from New Zealand, Brazil, the US, Japan, Korea, Taiwan, Mexico, Argentina and
# Australia, one in Portuguese and one in Spanish, four pages from US, Australian, Latin American (Spanish) and
# Brazilian (Portuguese) vendors, answered blind; candidates removed: two sources shared with held-out texts, six
# already in other sets and one copy of one of them) read 0.316 / 0.800 blind (12 of 15 drafted, 38 expected) on the rules of main f3839d11; the
# Portuguese Ultragaz pump-vibration text drafted none of its nine options, the Murata Iwate text none of its five.
# real_tuning60 (ten case studies from France, Italy, Germany, China, the UK, the US and an unnamed tea packer, one
# French, one Italian and one German, four pages from Spanish, US, German and coffee-software vendors, one Spanish,
# answered blind; candidates removed: three sources shared with held-out texts, seven already in other sets) read
# 0.250 / 0.350 blind (7 of 20 drafted, 28 expected) on the rules of main 061a1778; the French, Italian and German
# texts drafted none of their nine options (the Spanish page none of its eight claims); three wrong drafts are
# "data and analytics" or "prediction" read into the words "analyze" and "prediction of the current performance".
# real_tuning61 (ten case studies from the US, Italy, Germany, South Africa, Australia, the UK, Pakistan and an unnamed
# pharma plant, one Italian and one German, four pages from US, German, French and Spanish-language vendors, one French
# and one Spanish, answered blind; candidates removed: four sources shared with held-out texts, eighteen already in
# other sets) read 0.270 / 0.500 blind (10 of 20 drafted, 37 expected) on the rules of main 85e318e9 (the same on
# e0b4303b); the Italian MES text drafted none of its four options, the Ardent Mills flour-mill text one of its twelve.
# real_tuning59 read 12/15 blind; with romance merged 15/22 (its Portuguese and Spanish texts draft: +3 right, +4 wrong).
# real_tuning62 (ten case studies from Mexico x3, Brazil, Uruguay, Canada, Australia, New Zealand, Korea and an
# equipment maker of fourteen plants, two in Spanish, four pages from US, Korean and UK vendors, answered blind; candidates
# removed: four sources shared with held-out texts, fourteen already in other sets, two copies of texts in other sets)
# read 0.318 / 0.538 blind (7 of 13 drafted, 22 expected) on the rules of main e0b4303b, identical on 881297c9; the
# Spanish OEE blog drafted two wrong options from its general before-state, the Uruguay bottling line missed its one,
# the two steel-optimization cases none of their four; trends and loss patterns were read into a model description.
# real_tuning63 (ten case studies from Switzerland, Italy, France, Spain x3, the US x2, Australia and an unnamed PCBA
# plant, one German, one Italian, one French and one Spanish, four pages from meat-traceability, OEE-software,
# brewing-instrument and OEE-data vendors, answered blind; candidates removed: eight sources shared with held-out
# texts, seventeen already in other sets)
# read 0.182 / 0.545 blind (6 of 11 drafted, 33 expected) on the rules of main 881297c9; the French, German and
# Spanish texts drafted none of their twelve options, the Lexmark scheduling text none of its three.
# real_tuning64 (ten case studies from Turkey, Germany, France, Italy, the US x3, Sri Lanka, Rwanda and Sardinia, one
# German, one French and one Italian, four pages from a Spanish and three English-language vendors, answered blind;
# candidates removed: ten already in other sets, six from vendors or outlets already in sets) read 0.242 / 0.571
# blind (8 of 14 drafted, 33 expected) on the rules of main 53541081; the German, French and Italian texts drafted one
# of their twelve options, the Spanish page none of its two claims; the serialization and door-barcode texts drafted
# none of their three options each.
# real_tuning65 (ten case studies from Germany x2, Italy, Belgium, Spain, the UK, the US x3 and a global pharma company,
# two in German, one each in Italian, French and Spanish, most of them trade-press or newspaper reports quoting the plant,
# four pages from energy-load, pharma OEE, extrusion-temperature and machine-vision vendors, answered blind; candidates
# removed: five sources shared with held-out texts, eleven already in other sets or other outlets' copies of them)
# read 0.263 / 0.667 blind (10 of 15 drafted, 38 expected) on the rules of main 53541081; the German moulder, the
# Spanish Campofrío and the French Prayon texts drafted none of their twelve options.
# real_tuning66 (nine case studies from Australia, Italy, Canada, Germany, the US x2, the UK, Austria and an EV plant,
# one in Italian and one in German, five pages from a German bearing maker, a Spanish ERP vendor, a Brazilian
# predictive-maintenance vendor (in Portuguese), a French bottling-line supplier (in French) and a US reflow-oven maker,
# answered blind; candidates removed: ten sources shared with held-out texts, about twenty already in other sets,
# their other copies, or real_tuning67) read 0.500 / 0.800 blind (24 of 30 drafted, 48 expected) on the rules of main
# 1fa5dc4f; the Mölle retrofit (German) drafted none of its eight options, the Rayven recycling plant three of eleven.
# real_tuning67 (ten case studies from the US x3, Romania, Sweden, Brazil, Spain, Italy, France and Switzerland, one each
# in Portuguese, Spanish, Italian, French and German, four pages from a German vision vendor and three food temperature
# monitoring vendors, answered blind; candidates removed: five sources shared with held-out texts, fourteen already in
# other sets or other outlets' copies of them) read 0.410 / 0.842 blind (16 of 19 drafted, 39 expected) on the rules of
# main 1fa5dc4f; the Portuguese, Spanish and French texts drafted three of their fourteen options.
# real_tuning68 (ten case studies and reports from China, the US x4, France, Germany x2, Croatia and Italy, one each in
# French, Italian and German x2, four pages of MES, OEE, vision and MES roll-out vendors in Spanish, German, French and
# English, answered blind, strictly: most texts hold 0 to 3 options) read 0.207 / 0.500 blind (6 of 12 drafted, 29
# expected) on the rules of main 2ce1b721, and the same on 8f8bacea.
# real_tuning69 (ten case studies from France x3, Germany, Italy, Spain x2, the US x2 and the UK, among them five in
# French, German, Italian and Spanish, four pages of a machine-monitoring vendor, a gateway maker, a Spanish MES and a
# German inspection app, answered blind) read 0.157 / 0.471 blind (8 of 17 drafted, 51 expected) on the rules of main
# 2ce1b721, and the same on 9712c01a.
# real_tuning70 (ten case studies from the US x3, Canada, Australia, Switzerland, Italy, Spain, Germany and France, six
# in French, Italian, Spanish and German, four pages of an Italian MES, a French vision vendor, a German energy-monitoring
# vendor and a Spanish maintenance tool, answered blind) read 0.265 / 0.529 blind (9 of 17 drafted, 34 expected) on the
# rules of main 1eb41805.
# real_tuning71 (ten case studies and news stories from the US x4, the UK, Spain x2, Germany x2 and Italy, four pages of a
# German MES, an Italian energy-monitoring vendor, a Spanish MES and a filling-line alarm watch, answered blind) read
# 0.388 / 0.792 blind (19 of 24 drafted, 49 expected) on the rules of main 1eb41805.
# real_tuning72 (nine case studies and news stories from Switzerland, Quebec, Norway, Italy, Turkey and the US x3, four
# pages of an edge-device maker, a Spanish IIoT platform, an Italian integrator and an ice-cream plant's IoT vendor,
# answered blind) read 0.278 / 0.667 blind (10 of 15 drafted, 36 expected) on the rules of main 130623d6.
# real_tuning73 (ten case studies, interviews and press reports from Germany x2, Switzerland, Spain, the US x2, Italy x2,
# Central Europe and South Africa, four pages of an Italian interconnection adviser, a French OEE dashboard, a US
# molding-monitoring vendor and a Polish maintenance vendor, answered blind) read 0.237 / 0.700 blind (14 of 20 drafted,
# 59 expected) on the rules of main 130623d6.
# real_tuning74 (ten case studies and news stories, several thin on what was delivered: Germany x3, the US x3, Italy,
# Spain, France, four pages on cement AI, bottle inspection, Spanish machine vision and poultry monitoring, answered
# blind) read 0.444 / 0.667 blind (12 of 18 drafted, 27 expected) on the rules of main 130623d6.
# real_tuning75 (ten case studies from US, Austrian, Italian, French, Spanish and Danish food, water, paper, energy and
# logistics plants, several cut before their solution, four pages, answered blind) read 0.200 / 0.400 blind (6 of 15
# drafted, 30 expected), and real_tuning76 (ten automotive, steel, cement, glass, electronics, textile, plastics and
# aerospace case studies, four pages) 0.500 / 0.875 (21 of 24, 42 expected), on the rules of main bcb770a5 and alike at
# stop 49's end. A second blind buyer answering both sets' texts agreed with the first at P 0.83 R 0.88.
# real_tuning77 (ten case studies from German, Spanish-written French, Croatian, Italian, French, South African and
# German logistics plants: dairy, wine, hydropower, water, wastewater, chemicals, pharma, mining; four pages) read 0.275 /
# 0.550 blind (11 of 20 drafted, 40 expected), and real_tuning78 (ten automotive, steel, textile, foam, aerospace,
# printing, glass, cement, garment and wire-net case studies, four of them answering nothing; four pages, two of them
# integration guides) 0.250 / 0.500 (4 of 8, 16 expected), on the rules of main 7216207c and alike at stop 50's end.
# real_tuning79 (ten Italian, German, US, Spanish, UK and North American foundry, circuit-board, plastics, machining,
# glass, motorcycle, compressor and cement case studies, two with results in a list; four pages) read 0.321 / 0.500
# blind (9 of 18 drafted, 28 expected), and real_tuning80 (ten brewery, winery, copper-mine, aqueduct, sugar, meat,
# flour, biogas and grain-silo case studies in German, Spanish, French and English; four pages, one an integration
# guide) 0.282 / 0.688 (11 of 16, 39 expected), on the rules of main c5debe16 (stop 51's start).
# real_tuning81 (ten US, German and French plastics, cable, rubber, paint-shop, foundry, moulding, forging and
# automotive case studies, three of them no IoT project; four pages: glass, semiconductors, cement, robots) read 0.412 /
# 0.667 blind (14 of 21 drafted, 34 expected), and real_tuning82 (ten dairy, water, veneer, chemicals, pharma packaging,
# pulp, container-terminal and district-heating case studies in German, Spanish, Italian and English, four with the
# plant before told at length; four pages) 0.367 / 0.786 (22 of 28, 60 expected), on the rules of main 3c28090f (stop
# 52's start).
# real_tuning83 (ten refinery, petrochemical, waterworks, turning-shop, aqueduct, wastewater, winery and pump case
# studies and reports from Australia, Italy, Canada, the Netherlands, France, Germany, Spain and the US, in Dutch,
# Italian, French, German and Spanish among them; four pages: an energy server, Modbus supervision, a sensor platform's
# alarms, a monitoring system) read 0.224 / 0.550 blind (11 of 20 drafted, 49 expected), and real_tuning84 (ten paper,
# industrial-gas, crucible, foundry, cold-store, ready-meal, die-casting, biotech cold-chain, sewing-machine retrofit and
# board-mill case studies in French, German and English; four pages) 0.280 / 0.824 (14 of 17, 50 expected), on the
# rules of main fa624cc8 (stop 53's start) and alike on 452936c3 (reg63).
# real_tuning85 (ten energy-metering, HVAC, MES/ERP, vision and press-shop crack-detection case studies from the US,
# Mexico, Ecuador, France and Germany, in Spanish, French and German among them; four pages, one a German meter
# datasheet) read 0.460 / 0.622 blind (23 of 37 drafted, 50 expected), and real_tuning86 (ten pharma, food, bottling,
# steel and tool-wear case studies in German, Polish, Italian, Dutch and English, most cut to their problem or result,
# five with no answer; four pages in English, Polish, Czech and Spanish) 0 right of 5 drafted, 9 expected, on the rules
# of main 4ec4e7a3 (stop 54's start) and the same at stop 54's end (83182f97).
# real_tuning87 (ten tyre, dairy, semiconductor, knitwear, paint, clay tile and AGV case studies, four pages: tyre vision,
# OEE dashboards, cement quality, MES; nine texts in Italian, German, French and Spanish) read 0.385 / 0.652 blind (15 of
# 23 drafted, 39 expected) on c80b908f and the same at stop 55's end; real_tuning88 (ten pharma glass, bakery, ham curing,
# recycled paper, brake, extrusion, packaging laminator, implant and billet-heating case studies, four pages: poultry OEE,
# aerospace SPC, a sensor bridge's integration guide, a vibration sensor's datasheet; six texts in German, Italian,
# Spanish and French) read 0.188 / 0.500 (6 of 12, 32 expected) blind at the start and end of stop 55
# real_tuning89 (ten dairy, aluminium foundry, newsprint, specialty chemicals, automotive, printing, coffee roasting,
# chimney metal, injection moulding and bioreactor case studies, four pages: plastics, weaving ERP, machine
# connectivity, glass containers; texts in Spanish, Czech, Italian, German, French and Dutch) read 0.145 / 0.625 blind
# (10 of 16 drafted, 69 expected) on 8f7bb754 (stop 56's start) and 0.159 / 0.647 (11 of 17) at its end
# real_tuning90 (nine meat, dairy-energy, container-glass, foundry, food, flat-glass, paint, magnesium and iron-foundry
# case studies, three pages: energy per unit, industrial IoT, MES-ERP linking; texts in German, Dutch, Spanish, French,
# Italian) read 0.204 / 0.647 blind (11 of 17 drafted, 54 expected) on 9bf39578 (stop 57's start) and 0.204 / 0.688
# (11 of 16) at its end
# real_tuning91 (ten dairy, board, window-frame, moulding, chemicals, steel, machine-tool, glass and tote-tracking case
# studies, four pages: MES, OEE robotics, reliability, textile AI; texts in German, Dutch, French, Spanish, Italian,
# Polish) read 0.180 / 0.900 blind (9 of 10 drafted, 50 expected) on 641070bc (stop 58's start) and the same at its end
# real_tuning92 (ten laundry, paper, pharma, textile, dairy, ceramics and insulation-panel case studies, four pages:
# machine utilisation, shop-floor data, milk traceability, OEE; texts in Czech, Dutch, Swedish, German, Portuguese, French
# and Italian) read 0.048 / 0.500 blind (2 of 4 drafted, 42 expected) on 79bd14af (stop 59's start) and 0.095 / 0.444
# (4 of 9) at its end, once Swedish and Czech were read
# real_tuning93 (ten pharma-packaging, roof-tile, forging, perfume-glass, pasta, dairy, biscuit, textile, sawmill and
# foundry case studies, four OEE and MES pages; texts in German, French, Spanish and Dutch) read 0.125 / 0.353 blind
# (6 of 17 drafted, 48 expected) on e5db46ca (stop 60's start) and 0.146 / 0.389 (7 of 18) at its end
# real_tuning94 (ten cement, cosmetics MES on SAP MII, metal-stamping, paper energy-monitoring, two dairy, brewery MES,
# sawmill, cosmetics-roadmap and stamping case studies, four MES and sensor pages; texts in German, Italian, Spanish,
# Polish and Dutch) read 0.156 / 0.538 blind (7 of 13 drafted, 45 expected) on 6386463b (stop 61's start)
# real_tuning95 (ten foundry, two sawmill, chips and dairy compressed-air, cosmetics-packaging MES, beverage CHP, pharma
# IoT, pharma-glass and production-KPI case studies, four data-collection, business-case and pharma cleanroom pages;
# texts in German, Dutch, French, Italian and Spanish) read 0.491 / 0.897 blind (26 of 29 drafted, 53 expected) on
# 4094ae39 (stop 62's start)
# real_tuning96 (ten snack-nut MES with SAP PM, iron-foundry energy and AI, Carasau bakery sensors, tannery drum
# telemetry, fresh-pasta and dry-pasta vision, Czech Power BI line data, olive-oil mill sensors, brewery loss and winery
# cask case studies, four OEE, failure life-cycle, maintenance-capture and stop-alert pages; eleven of 14 texts in
# Dutch, German, Italian, Czech, Spanish, Swedish, French and Portuguese) read 0.265 / 0.684 blind (13 of 19 drafted,
# 49 expected) on e6925fbe (stop 63's start)
FLOORS = {"real_tuning96": (0.22, 0.6), "real_tuning95": (0.45, 0.85), "real_tuning94": (0.15, 0.5), "real_tuning93": (0.1, 0.3), "real_tuning92": (0.05, 0.3), "real_tuning91": (0.12, 0.7), "real_tuning90": (0.15, 0.55), "real_tuning89": (0.1, 0.5), "real_tuning88": (0.15, 0.4), "real_tuning87": (0.3, 0.55), "real_tuning86": (0.0, 0.0), "real_tuning85": (0.4, 0.55), "real_tuning84": (0.2, 0.7), "real_tuning83": (0.15, 0.45), "real_tuning82": (0.25, 0.55), "real_tuning81": (0.3, 0.5), "real_tuning80": (0.2, 0.55), "real_tuning79": (0.25, 0.4), "real_tuning78": (0.2, 0.4), "real_tuning77": (0.2, 0.45), "real_tuning76": (0.4, 0.75), "real_tuning75": (0.15, 0.3), "real_tuning74": (0.3, 0.5), "real_tuning73": (0.15, 0.55), "real_tuning72": (0.2, 0.5), "real_tuning71": (0.3, 0.7), "real_tuning70": (0.2, 0.45), "real_tuning69": (0.1, 0.4), "real_tuning68": (0.15, 0.4), "real_tuning67": (0.35, 0.75), "real_tuning66": (0.45, 0.75), "real_tuning65": (0.2, 0.6), "real_tuning64": (0.2, 0.5), "real_tuning63": (0.15, 0.5), "real_tuning62": (0.3, 0.5), "real_tuning61": (0.25, 0.45), "real_tuning60": (0.2, 0.3), "real_tuning59": (0.3, 0.65), "real_tuning58": (0.3, 0.55), "real_tuning57": (0.4, 0.55), "real_tuning56": (0.25, 0.6), "real_tuning54": (0.25, 0.6), "real_tuning55": (0.4, 0.45), "real_tuning53": (0.35, 0.45), "real_tuning52": (0.45, 0.45), "real_tuning51": (0.35, 0.5), "real_tuning50": (0.5, 0.5), "real_tuning49": (0.25, 0.4), "real_tuning48": (0.3, 0.45), "real_tuning47": (0.25, 0.45), "real_tuning46": (0.4, 0.25), "real_tuning45": (0.3, 0.55), "real_tuning44": (0.4, 0.7), "real_tuning43": (0.3, 0.45), "real_tuning42": (0.35, 0.75), "real_tuning41": (0.5, 0.55), "real_tuning40": (0.15, 0.4), "real_tuning39": (0.4, 0.5), "real_tuning38": (0.4, 0.4), "real_tuning37": (0.15, 0.25), "real_tuning36": (0.3, 0.45), "real_tuning35": (0.45, 0.4), "real_tuning34": (0.25, 0.2), "real_tuning33": (0.45, 0.4), "real_tuning32": (0.25, 0.3), "real_tuning31": (0.3, 0.45), "real_tuning30": (0.2, 0.4), "real_tuning29": (0.35, 0.45), "real_tuning28": (0.35, 0.5), "real_tuning27": (0.35, 0.5), "real_tuning26": (0.4, 0.3), "real_tuning25": (0.2, 0.6), "real_tuning24": (0.4, 0.55), "real_tuning23": (0.2, 0.4), "real_tuning22": (0.25, 0.5), "real_tuning21": (0.15, 0.2), "real_tuning20": (0.2, 0.65), "real_tuning19": (0.35, 0.55), "real_tuning18": (0.3, 0.65), "real_tuning17": (0.2, 0.3), "real_tuning16": (0.6, 0.8), "real_heldout8": (0.1, 0.25), "real_heldout9": (0.2, 0.3), "real_tuning13": (0.2, 0.4), "real_tuning14": (0.3, 0.4), "real_tuning11": (0.2, 0.35), "real_tuning12": (0.2, 0.4), "real_tuning10": (0.2, 0.35),
          "real_heldout4": (0.3, 0.3), "real_tuning8": (0.15, 0.2), "real_heldout5": (0.35, 0.3), "real_tuning9": (0.25, 0.4),
          "real_heldout6": (0.25, 0.35)}


@pytest.mark.parametrize("split", REAL)
def test_drafting_on_real_public_texts(capsys, split):
    """Real case studies and product pages: far below the synthetic sets (see the closing notes of
    issue 14); the floor only catches a regression."""
    figures, summary = report(split, BANK, draft)
    with capsys.disabled():
        print("\n" + summary)
    recall_floor, precision_floor = FLOORS.get(split, (0.3, 0.35))
    assert figures.recall >= recall_floor and figures.precision >= precision_floor


# real_tuning15 (twelve product pages, claims written blind to the rules) has no proposal to draft options against: its
# figures are the marketing aims of issue 14. On the rules of market14: 0.42 answers a page drafted as "described
# specifically" (aim <= 0.5; 1.08 on 58c598e) and 29 of 37 drafted options claimed by the page (0.784; 0.682 on 58c598e).
# real_tuning16's three pages (claims written blind): 0.00 specific answers a page, 5 of 5 options claimed (a58464b, dc8111c and cases16b).
# real_tuning17's four pages (claims written blind): 0.00 specific answers a page, 6 of 8 options claimed (b84d77b and cases17).
# real_tuning18's four pages (claims written blind): 0.00 specific answers a page, 5 of 7 options claimed (85005ce).
# real_tuning19's four pages (claims written blind): 0.00 specific answers a page, 6 of 11 options claimed (a32a09b).
# real_tuning20's four pages (claims written blind): 1.75 specific answers a page (all seven on one page), 8 of 13 options
# claimed (a209825); it has no marketing floor: its first figure is above the 0.5 aim.
# real_tuning21's four pages (claims written blind): 0.00 specific answers a page, 2 of 5 options claimed (79e4d6a).
# real_tuning22's four pages (claims written blind): 0.00 specific answers a page, 4 of 4 options claimed (0263daf).
# real_tuning23's four pages (claims written blind): 0.00 specific answers a page, 5 of 8 options claimed (007dfae).
# real_tuning24's four pages (claims written blind): 0.00 specific answers a page, 3 of 4 options claimed (530853b).
# real_tuning25's four pages (claims written blind): 0.25 specific answers a page, 3 of 6 options claimed (aff4c87).
# real_tuning26's four pages (claims written blind): 0.00 specific answers a page, 6 of 6 options claimed (1421341).
# real_tuning27's four pages (claims written blind): 1.75 specific answers a page, 9 of 18 options claimed (c67f6e3); it has
# no marketing floor: its first figure is above the 0.5 aim.
# real_tuning28's four pages (claims written blind): 0.00 specific answers a page, 2 of 6 options claimed (b737c02).
# real_tuning29's four pages (claims written blind): 0.00 specific answers a page, 3 of 6 options claimed (374f6d1).
# real_tuning30's four pages (claims written blind): 0.00 specific answers a page, 6 of 8 options claimed (3fba454).
# real_tuning31's four pages (claims written blind): 1.25 specific answers a page (all five on the energy-alerts page),
# 5 of 8 options claimed (e9732de); it has no marketing floor: its first figure is above the 0.5 aim.
# real_tuning32's four pages (claims written blind): 1.50 specific answers a page (all six on the tyre cure-press page),
# 7 of 17 options claimed (4adf352); it has no marketing floor: its first figure is above the 0.5 aim.
# real_tuning33's four pages (claims written blind): 0.00 specific answers a page, 6 of 9 options claimed (f48ef4a).
# real_tuning34's four pages (claims written blind): 0.00 specific answers a page, 3 of 6 options claimed (83d20e3).
# real_tuning35's four pages (claims written blind): 0.00 specific answers a page, 7 of 10 options claimed (864b9c3).
# real_tuning36's four pages (claims written blind): 0.00 specific answers a page, 1 of 6 options claimed (8a80aad).
# real_tuning37's four pages (claims written blind): 0.25 specific answers a page, 0 of 2 options claimed (0692fb5); it has
# no marketing floor: a floor on 0 of 2 would guard nothing.
# real_tuning38's four pages (claims written blind): 1.75 specific answers a page, 8 of 10 options claimed (1057dc2); it
# has no marketing floor: its specific answers a page are above the 0.5 aim.
# real_tuning39's four pages (claims written blind): 0.00 specific answers a page, 3 of 7 options claimed (baf00a1).
# real_tuning40's four pages (claims written blind): 0.00 specific answers a page, 6 of 8 options claimed (a2174d1).
# real_tuning41's four pages (claims written blind): 4.00 specific answers a page, 7 of 17 options claimed (a2174d1); it
# has no marketing floor: its specific answers a page are above the 0.5 aim.
# real_tuning42's four pages (claims written blind): 0.50 specific answers a page (both on the Factry energy page), 8 of
# 11 options claimed (c2c0766).
# real_tuning43's four pages (claims written blind): 0.00 specific answers a page, 8 of 10 options claimed (c2c0766).
# real_tuning44's four pages (claims written blind): 0.00 specific answers a page, 5 of 7 options claimed (b9c2554).
# real_tuning45's four pages (claims written blind): 0.00 specific answers a page, 8 of 10 options claimed (b9c2554).
# real_tuning46's four pages (claims written blind): 0.00 specific answers a page, 0 of 4 options claimed (c49d14b6); it
# has no marketing floor: a floor on 0 of 4 would guard nothing.
# real_tuning47's four pages (claims written blind): 0.00 specific answers a page, 9 of 11 options claimed (c49d14b).
# real_tuning48's four pages (claims written blind): 0.50 specific answers a page, 14 of 21 options claimed (4ffa089d).
# real_tuning49's four pages (claims written blind): 0.50 specific answers a page, 10 of 11 options claimed (4ffa089d).
# real_tuning50's four pages (claims written blind): 0.00 specific answers a page, 0 of 1 options claimed (f3b84d1b); it
# has no marketing floor: a floor on 0 of 1 would guard nothing.
# real_tuning51's four pages (claims written blind): 0.00 specific answers a page, 7 of 16 options claimed (f3b84d1b).
# real_tuning52's four pages (claims written blind): 0.25 specific answers a page, 6 of 12 options claimed (4d9b74d3).
# real_tuning53's four pages (claims written blind): 1.00 specific answers a page, 5 of 13 options claimed (4d9b74d3).
# real_tuning55's four pages (claims written blind): 0.00 specific answers a page, 1 of 7 options claimed (7c2d9b7c).
# real_tuning54's four pages (claims written blind): 0.00 specific answers a page, 11 of 13 options claimed (7c2d9b7c).
# real_tuning56's four pages (claims written blind): 0.00 specific answers a page, 9 of 11 options claimed (16cbb5e6).
# real_tuning57's four pages (claims written blind): 2.50 specific answers a page, 4 of 11 options claimed (067bc74c).
# real_tuning58's four pages (claims written blind): 0.00 specific answers a page, 2 of 4 options claimed (f3839d11).
# real_tuning59's four pages (claims written blind): 0.00 specific answers a page, 2 of 3 options claimed (f3839d11).
# real_tuning60's four pages (claims written blind): 0.00 specific answers a page, 6 of 9 options claimed (061a1778).
# real_tuning61's four pages (claims written blind): 0.25 specific answers a page, 5 of 7 options claimed (85e318e9).
# real_tuning62's four pages (claims written blind): 0.00 specific answers a page, 1 of 7 options claimed (e0b4303b).
# real_tuning63's four pages (claims written blind): 0.50 specific answers a page, 4 of 7 options claimed (881297c9).
# real_tuning64's four pages (claims written blind): 0.00 specific answers a page, 4 of 9 options claimed (53541081).
# real_tuning65's four pages (claims written blind): 0.00 specific answers a page, 4 of 6 options claimed (53541081).
# real_tuning66's five pages (claims written blind): 0.00 specific answers a page, 4 of 6 options claimed (1fa5dc4f).
# real_tuning69's four pages (claims written blind): 0.00 specific answers a page, 3 of 5 options claimed (2ce1b721).
# real_tuning70's four pages (claims written blind): 0.25 specific answers a page, 5 of 8 options claimed (1eb41805).
# real_tuning71's four pages (claims written blind): 0.00 specific answers a page, 4 of 5 options claimed (1eb41805).
# real_tuning72's four pages (claims written blind): 2.00 specific answers a page, 14 of 19 options claimed (130623d6).
# real_tuning73's four pages (claims written blind): 0.00 specific answers a page, 9 of 9 options claimed (130623d6).
# real_tuning74's four pages (claims written blind): 0.00 specific answers a page, 4 of 5 options claimed (130623d6).
# real_tuning75's four pages (claims written blind): 0.00 specific answers a page, 5 of 7 options claimed (bcb770a5 and
# stop 49's end); real_tuning76's four pages claim 3 options, none drafted (no floor on claims).
# real_tuning68's four pages (claims written blind): 0.00 specific answers a page, 2 of 4 options claimed (2ce1b721).
# real_tuning67's four pages (claims written blind): 0.00 specific answers a page, 6 of 8 options claimed (1fa5dc4f).
MARKETING_FLOORS = {"real_tuning15": (0.5, 0.75), "real_tuning16": (0.5, 0.75), "real_tuning17": (0.5, 0.7),
                    "real_tuning18": (0.5, 0.65), "real_tuning19": (0.5, 0.5), "real_tuning21": (0.5, 0.35),
                    "real_tuning22": (0.5, 0.75), "real_tuning23": (0.5, 0.55),
                    "real_tuning24": (0.5, 0.7), "real_tuning25": (0.5, 0.45),
                    "real_tuning26": (0.5, 0.9), "real_tuning28": (0.5, 0.3),
                    "real_tuning29": (0.5, 0.45), "real_tuning30": (0.5, 0.7),
                    "real_tuning33": (0.5, 0.6), "real_tuning34": (0.5, 0.45),
                    "real_tuning35": (0.5, 0.65), "real_tuning36": (0.5, 0.15),
                    "real_tuning39": (0.5, 0.35), "real_tuning40": (0.5, 0.65),
                    "real_tuning42": (0.5, 0.7),
                    "real_tuning43": (0.5, 0.75),
                    "real_tuning44": (0.5, 0.65),
                    "real_tuning45": (0.5, 0.75),
                    "real_tuning47": (0.5, 0.75),
                    "real_tuning48": (0.5, 0.6),
                    "real_tuning49": (0.5, 0.85),
                    "real_tuning51": (0.5, 0.4),
                    "real_tuning52": (0.5, 0.45),
                    "real_tuning53": (1.0, 0.35),
                    "real_tuning54": (0.5, 0.8),
                    "real_tuning55": (0.5, 0.1),
                    "real_tuning56": (0.5, 0.75),
                    "real_tuning57": (3.0, 0.3),
                    "real_tuning58": (0.5, 0.45),
                    "real_tuning59": (0.5, 0.6),
                    # romance read its Spanish page 0.75 specific a page; languages2 (a reflexive "se ha" + participle is
                    # no past deed) took it back to 0.00
                    "real_tuning60": (0.5, 0.6),
                    "real_tuning61": (0.5, 0.65),
                    "real_tuning62": (0.5, 0.1),
                    "real_tuning63": (0.5, 0.55),
                    "real_tuning64": (0.5, 0.4),
                    "real_tuning65": (0.5, 0.6),
                    "real_tuning66": (0.5, 0.6),
                    "real_tuning67": (0.5, 0.65),
                    "real_tuning68": (0.5, 0.4),
                    "real_tuning69": (0.5, 0.5),
                    "real_tuning70": (0.5, 0.55),
                    "real_tuning71": (0.5, 0.7),
                    "real_tuning72": (2.5, 0.6),  # (the edge device's page states its specifications)
                    "real_tuning73": (0.5, 0.85),
                    "real_tuning74": (0.5, 0.7),
                    "real_tuning75": (0.5, 0.6),
                    # real_tuning77's pages: 0.00 specific a page, 2 of 3 claimed; real_tuning78's (two integration
                    # guides among them): 1.25 specific a page, 2 of 10 claimed, at stop 50's start and end
                    "real_tuning77": (0.5, 0.6),
                    "real_tuning78": (1.5, 0.15),
                    # real_tuning79's pages: 0.50 specific a page, 1 of 4 claimed; real_tuning80's (one integration
                    # guide): 0.00 specific a page, 7 of 9 claimed, at stop 51's start
                    "real_tuning79": (1.0, 0.2),
                    "real_tuning80": (0.5, 0.65),
                    # real_tuning81's pages: 0.00 specific a page, 7 of 7 claimed; real_tuning82's: 0.50 specific a
                    # page, 6 of 11 claimed, at stop 52's start
                    "real_tuning81": (0.5, 0.75),
                    "real_tuning82": (1.0, 0.35),
                    # real_tuning83's pages: 0.50 specific a page, 4 of 11 claimed, at stop 53's start and on 452936c3;
                    # real_tuning84's: 2.00 specific a page at stop 53's start, 2.50 on 452936c3 (reg63), 11 of 18
                    # claimed on both
                    "real_tuning83": (1.0, 0.3),
                    "real_tuning84": (3.0, 0.5),
                    # real_tuning85's pages: 1.75 specific a page, 11 of 15 claimed; real_tuning86's: 0.00, 4 of 6
                    # claimed, at stop 54's start and end
                    "real_tuning85": (2.0, 0.65),
                    "real_tuning86": (0.5, 0.6),
                    # real_tuning87's pages: 0.00 specific a page, 3 of 4 claimed; real_tuning88's: 2.25, 8 of 13
                    "real_tuning87": (0.5, 0.6),
                    "real_tuning88": (2.5, 0.55),
                    # real_tuning89's pages: 1.25 specific a page, 8 of 11 claimed, at stop 56's start and end
                    "real_tuning89": (1.5, 0.6),
                    # real_tuning90's pages: 0 specific answers a page, 3 of 5 claimed, at stop 57's start and end
                    "real_tuning90": (0.5, 0.5),
                    # real_tuning91's pages: 0 specific answers a page, 2 of 3 claimed, at stop 58's start and end
                    "real_tuning91": (0.5, 0.5),
                    # real_tuning92's pages: 0 specific answers a page, 3 of 3 claimed at stop 59's start, 4 of 4 at its end
                    "real_tuning92": (0.5, 0.5),
                    # real_tuning93's pages: 0 specific answers a page, 2 of 4 claimed at stop 60's start
                    "real_tuning93": (0.5, 0.5),
                    # real_tuning94's pages: 0 specific answers a page, 5 of 6 claimed at stop 61's start
                    "real_tuning94": (0.5, 0.8),
                    # real_tuning95's pages: 0 specific answers a page, 4 of 6 claimed at stop 62's start
                    "real_tuning95": (0.5, 0.65),
                    # real_tuning96's pages: 0 specific answers a page, 5 of 7 claimed at stop 63's start
                    "real_tuning96": (0.5, 0.6)}  # (most specific answers a page, least claim precision)


@pytest.mark.parametrize("split", sorted(MARKETING_FLOORS))
def test_product_pages_draft_few_specific_answers_and_only_what_they_claim(split):
    from drafting_corpus import claim_precision, specific_per_marketing_text
    cases = load(split)
    drafts = {c.name: draft(c.text, BANK, proposal=c.name) for c in cases}
    most_specific, least_precision = MARKETING_FLOORS[split]
    claimed, drafted = claim_precision(cases, drafts, BANK)
    assert specific_per_marketing_text(cases, drafts) <= most_specific
    assert claimed / drafted >= least_precision


def test_drafting_on_the_held_out_set(capsys):
    figures, summary = report("heldout", BANK, draft)
    with capsys.disabled():
        print("\n" + summary)
    assert figures.recall >= 0.55 and figures.precision >= 0.7


def test_substance_rich_proposals_outscore_label_heavy_texts_on_their_drafts_alone():
    from drafting_corpus import ranking_pairs
    from scoring import score
    cases = [case for split in SPLITS for case in load(split)]
    scores = {c.name: score(draft(c.text, BANK), BANK).overall for c in cases}
    above, pairs = ranking_pairs(cases, scores)
    assert above / pairs >= 0.95
