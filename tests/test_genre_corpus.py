"""The generated genre corpus (tests/genre_corpus): every table role in several layouts, in Russian,
Kazakh and Vietnamese, as DOCX, PDF and text, each document with the values its extraction must
give. A fixed part of the layouts, a quarter or more of every role (`layouts_heldout*.py`), is never
used for tuning; its score is measured and printed apart.

The target for the held-out part is 0.95 (issue 11). The held-out part now is the thirty-second blind set's part HZ
(city services and municipal facilities, measured once: 0.776 over 126 files; its sister part HY, basic chemicals and
mineral fertilisers, 0.697 blind, is among the tuning layouts), the thirty-first blind set's part HX
(coal mining and coal-fired power, measured once: 0.807 over 126 files; its sister part HW, healthcare and medical
waste, 0.624 blind, is among the tuning layouts), the thirtieth blind set's part HV
(tourism and hospitality, measured once: 0.799 over 126 files; its sister part HU, railways and rolling-stock repair,
0.829 blind, is among the tuning layouts), the twenty-ninth blind set's part HT
(airports and aviation, measured once: 0.796 over 126 files; its sister part HS, industrial parks and economic zones,
0.632 blind, is among the tuning layouts), the twenty-eighth blind set's part HR
(printing, packaging and plastics processing, measured once: 0.638 over 126 files; its sister part HQ, ports and
shipyards, 0.849 blind, is among the tuning layouts), the twenty-seventh blind set's part HP
(linear objects: roads, railways, pipelines and power lines, measured once: 0.717 over 126 files; its sister part HO,
fuel storage and retail, 0.598 blind, is among the tuning layouts), the twenty-sixth blind set's part HN
(fisheries and agro-processing, measured once: 0.604 over 126 files, 0.658 after its sister part HM was studied;
HM, building materials, 0.687 blind, is among the tuning layouts), the twenty-fifth blind set's part HL
(documents for lenders and auditors, measured once: 0.573 over 126 files; its sister part HK, pharmaceuticals, 0.684
blind, is among the tuning layouts), the twenty-fourth set's part HJ (0.667), the twenty-third set's part HH (0.598),
the twenty-second blind set's
part HF (renewable energy, hydropower and the grid, measured once: 0.750 over 126 files), the twenty-first blind set's
part HD (livestock, aquaculture, agro-processing and operators' periodic reports, measured once: 0.713 over 126
files), the twentieth blind set's part HA (transport and logistics, measured once: 0.793 over 126 files), the eighteenth blind set's
part GD (software and spreadsheet exports, measured once: 0.754 over 126 files), the seventeenth set's
part GB (two layouts per role from a writer who neither ran nor read the extractor, committed before any
run, measured once: 0.771 over 126 files), the fifteenth set's part EB (0.783; the set 0.761 over 378
files with EA 0.800 and EC 0.701, both since moved to the tuning layouts), the fourteenth set's parts DA
and DB (0.893 and 0.822; the set 0.828 with DC, since moved) and the thirteenth set (CA, CB, CC: 0.834),
with the parts of the twelfth (BA), eleventh (O), tenth (J) and eighth (V, W, X) sets that were measured
but never studied: 0.829 over 2016 files on 2026-12-05 late in the evening with HF, thirty-two layouts per role
(0.834 over the 1890 files before HF, 0.843 over the 1764 before HD, 0.841 with HA; 0.839 that afternoon with GD,
0.831 that morning). The sixteenth set's parts FA (0.608) and FB (0.688), the seventeenth set's part GA (0.731), the
eighteenth set's part GC (0.741) and the nineteenth set's parts GE (0.807: water, sewage and municipal services) and GF
(0.794: documents the regulators write), the twentieth set's part HB (0.717: manufacturing for export) and the
twenty-first set's part HC (0.694: construction and building materials) were measured once each and studied
since; all are among the tuning layouts, as is the twenty-second set's part HE (0.845: metallurgy), measured
once and not yet studied.
With GE and GF still held out the part measured 0.834 over 1890 files (2026-12-05).
The seventeen sets before the eighteenth scored 0.926, 0.697, 0.872, about 0.54, 0.838, about 0.75, 0.682, 0.709,
0.604, 0.691, 0.685, 0.711, 0.831, 0.828, 0.761 and (FA, FB, GA, GB) 0.700 when first measured; the studied ones were tuned on
afterwards and moved to the tuning layouts (`layouts_measured*.py`). So the floor below is a guard against going
back, not the target: raise it as the score rises.

A held-out set that has been measured and then tuned on is held out no longer: the first one is
`layouts_measured.py` now, among the tuning layouts, with its blind figure in its docstring.

    cd tests && python -m genre_corpus.run OUTDIR --split heldout     # the same figures by hand
"""

from __future__ import annotations

from collections import Counter

import pytest
from genre_corpus.registry import FORMATS, LANGS, ROLES, documents, layouts
from genre_corpus.run import evaluate, mean, report
from genre_corpus.scoring import mean_f1, score
from genre_docs import have_fonts

pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed to write the PDFs")

HELD_OUT_TARGET = 0.95
HELD_OUT_FLOOR = 0.80
"""Measured 0.840 over the part as it now stands (2026-12-08, 6804 files, with the forty-sixth set's parts KD at 0.928 (unchanged)
and KE at 0.904 (0.880 blind); the 6552 files before them went from 0.8327 to 0.8371 with the KC and KF studies, 107 up and 26
down, the 26 all one contract decision: a limits column named only by an averaging time, the document's only one for its medium,
labels no column, as most blind writers have it; V1, V2, J2 and DB2 expect `м.р.`). Measured 0.833 over the part as it stood (2026-12-07, 6552 files, with the forty-fifth set's parts JZ at 0.852 and KB
at 0.882 as measured blind; the 6300 files before them went from 0.8303 to 0.8313 with the JU, JV, JY and KA studies, 25 up
and none down). Measured 0.830 over the part as it stood (2026-12-07, 6300 files, with the forty-fourth set's parts JW at 0.892 and JX
at 0.916 as measured blind); 0.827 over the 6048 files before them (2026-12-07, with the new blind parts JQ at 0.812 and JR at
0.906, each unchanged since it was registered; the 5796 files before them went from 0.8234 to 0.8258 with the JS and JT
studies, 46 up and none down). Measured 0.808 over the part as it stood (2026-12-07, 4536 files, with the new blind parts IP at 0.799 (0.787
blind), IQ at 0.867 (0.830 blind), IT at 0.779 and IV at 0.817; the 4032 files before them went from 0.804 to 0.807
with the IN, IR, IS and IU studies, 36 up and none down); 0.804 over 4032 files (2026-12-07, with the new blind parts IF at 0.768, IG at
0.820, IK at 0.829 and IM at 0.921, each unchanged since it was registered; the 3528 files before them went from 0.797
to 0.799 with the IE, IH, IJ and IL studies, 52 up and none down); 0.797 over 3528 files (2026-12-07, with the new
blind parts IB at 0.729 and ID at 0.786; the 3276 files before them went from 0.799 to 0.800 with the IA and IC studies and the untidy-table work);
0.799 over 3276 files (2026-12-06, with the new blind part HZ at 0.776; the
3150 files before HZ went from 0.793 to 0.800 with the HY study and the column-order work); 0.793 over 3150 files
with the blind part HX at 0.807 (the 3024 files before HX went from 0.791 to 0.793 with the HW study); 0.791 over 3024 files with the blind part HV at
0.799 (the 2898 files before HV went from 0.786 to 0.791 with the HU study); 0.786 over 2898 files with the blind part HT at 0.796; 0.788
with the extractor before the HS study; 0.787
over the 2772 files before it, with the blind part HR at 0.638; 0.794
over the 2646 files before it, with the blind part HP at 0.717; 0.798 over the 2520 files before HP, with the blind
part HN at 0.658;
0.805 over the 2394 files without HN since the scorer takes the sources a plan numbers and the pairs a duty gives);
the target is HELD_OUT_TARGET."""
REORDERED_FLOOR = 0.945
"""0.957 over 1677 files on 2026-12-07 with the tuning layouts IN–IU; 0.956 over 1569 files earlier that day, with the tuning layouts IE–IL; 0.958 over 974 files earlier that day; 0.957 over 914 on 2026-12-06 (the same documents in their written order score
about 0.98)."""
UNTIDY_FLOOR = 0.96
"""0.967 over 2160 files on 2026-12-07 with the tuning layouts IN–IU (their untidy forms score lower, as their written
forms do); 0.974 over 1953 files on 2026-12-07 with six kinds (header words broken by a hyphen and footnote marks added; only 3
files score below the same documents as written); 0.975 over 1410 files earlier that day (the same documents as written about 0.983); 0.955 with the extractor of the
session's start, before the readers looked past remarks columns, numbers rows, empty rows and title rows."""
TUNING_FLOOR = 0.965
"""0.971 over 9954 files on 2026-12-08 with KC (0.855 blind, 0.992 since) and KF (0.878, 1.000) studied; the 9702 files before
them went from 0.9696 to 0.9703, 113 up and 87 down, the 87 all the averaging-time decision (a lone `ПДК м.р.` column labels no
column, as the later blind writers have it; the earlier sets' A1, B2, C2, G1, H2, K2, K3, Q2, R2, U2, Z2, BB1 and DC2 expect
`м.р.`). 0.970 over 9702 files on 2026-12-07 with JU (0.839 blind, 0.975 since), JV (0.871, 0.981), JY (0.807, 0.973) and KA (0.847,
0.935) studied; the 9450 files before JY and KA went from 0.9667 to 0.9700, 72 up and 6 down (M2's stack norms per source
column: its writer lists no sources, JY2's does). 0.967 over 9450 files on 2026-12-07 with JU (0.839 blind) and JV (0.871 blind) added, not yet studied; 0.970 over 9198 files on 2026-12-07 with JS (0.778 blind, 0.996 since) and JT (0.811 blind, 0.980 since) studied; the
8946 files before them went from 0.9686 to 0.9693, 132 files up over all and none down.
0.971 over 7686 files on 2026-12-07 with IN (0.696 blind), IR (0.771 blind), IS (0.819 blind) and IU (0.814
blind) studied, IN and IR together 0.946 since, IS and IU 0.921; the 7182 files before them went from 0.9734 to
0.9737, none down. 0.973 over 7182 files on 2026-12-07 with IE (0.814 blind, 0.980 since), IH (0.697 blind, 0.969 since), IJ (0.852
blind, 0.915 since) and IL (0.717 blind, 0.812 since) studied; the 6678 files before them went from 0.976 to 0.977.
0.976 over 6678 files on 2026-12-07 (0.979 over the 6426 before IA and IC) with parts HI (0.598 blind), HK (0.684
blind), HM (0.687 blind, 0.908 since), HO (0.598 blind, 0.986 since), HQ (0.849 blind, 0.990 since), HS (0.632 blind,
0.957 since), HU (0.829 blind, 0.988 since), HW (0.624 blind, 0.918 since), HY (0.697 blind, 0.903 since), IA (0.619
blind, 0.858 since) and IC (0.833 blind, 0.975 since) studied."""


def test_every_role_has_four_layouts_or_more_a_quarter_or_more_of_them_held_out():
    tuning = Counter(x.role for x in layouts("tuning"))
    held_out = Counter(x.role for x in layouts("heldout"))
    for role in ROLES:
        total = tuning[role] + held_out[role]
        assert total >= 4, role
        assert held_out[role] * 4 >= total, (role, held_out[role], total)
    names = [(x.role, x.name) for x in layouts("tuning") + layouts("heldout")]
    assert len(names) == len(set(names))


def test_documents_are_the_same_on_every_run_and_say_what_they_expect():
    first = [(d.stem, d.parts, d.expected) for d in documents("all")]
    assert first == [(d.stem, d.parts, d.expected) for d in documents("all")]
    assert {d.lang for d in documents("all")} == set(LANGS)
    for d in documents("all"):
        roles = {t["role"] for t in d.expected["tables"]}
        assert roles & ({"sources", "emissions"} if d.role == "emissions" else {d.role}), d.stem
        assert set(d.expected) - {"meta", "tables"}, f"{d.stem} expects nothing"


def test_the_scorer_takes_points_for_what_is_missing_and_what_is_extra():
    doc = next(d for d in documents("tuning") if d.role == "limits")
    assert mean_f1(score({}, doc.expected)) < 0.5
    stray = {"tables": [{"role": "limits"}], "limits": [{"medium": "water", "limit": 1.0}] * 3}
    assert mean_f1(score(stray, doc.expected)) < 0.5


def test_the_scorer_takes_the_sources_a_monitoring_plan_numbers_but_no_others():
    gold = {"tables": [{"role": "monitoring"}, {"role": "tasks"}],
            "monitoring": [{"source_number": "0001", "substance": {"code": "0301"}, "frequency": "quarterly"}]}
    plan = {"tables": [{"role": "monitoring"}, {"role": "tasks"}],
            "monitoring": [{"source_numbers": ["0001"], "substances": [{"code": "0301"}], "frequency": "quarterly"}]}
    named = {**plan, "sources": [{"number": "0001", "provenance": {"table": 0}}]}
    assert score(named, gold) == score(plan, gold)
    strayed = {**plan, "sources": [{"number": "0001", "provenance": {"table": 1}}]}
    assert score(strayed, gold)["sources"][0] == 0.0


def test_the_scorer_takes_a_figureless_emission_from_a_duty_at_its_source_as_score_py_does():
    bare = {"code": "0301", "source_number": "0001", "g_s": None, "t_y": None, "hazard_class": None, "period": None}
    duty = {"kind": "monitoring", "source_numbers": ["0001"], "substances": [{"code": "0301"}]}
    assert score({"obligations": [duty]}, {"emissions": [bare]})["emissions"][0] == 1.0
    elsewhere = {**duty, "source_numbers": ["0002"]}
    assert score({"obligations": [elsewhere]}, {"emissions": [bare]})["emissions"][0] == 0.0
    rated = {**bare, "g_s": 0.5}
    assert score({"obligations": [duty]}, {"emissions": [rated]})["emissions"][0] == 0.0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return tmp_path_factory.mktemp("genre_corpus")


def test_the_tuning_layouts(corpus):
    results = evaluate(corpus / "tuning", "tuning")
    print("\ntuning layouts:\n" + report(results))
    assert len(results) == len([d for d in documents("tuning")]) * len(FORMATS)
    assert mean(results) >= TUNING_FLOOR, report(results)


def test_the_tuning_layouts_with_their_columns_reordered(corpus):
    """A third of the tuning layouts (no facility cards) with every table's columns shuffled: the readers find
    a column by what it holds, wherever it stands. DOCX and text; a check of robustness, not a held-out figure."""
    results = evaluate(corpus / "reordered", "reordered", formats=("docx", "txt"))
    print("\ntuning layouts, columns reordered:\n" + report(results))
    assert len(results) == len([d for d in documents("reordered")]) * 2
    assert mean(results) >= REORDERED_FLOOR, report(results)


def test_the_tuning_layouts_untidy(corpus):
    """Another third of the tuning layouts, each table with a remarks column, a row of column numbers, an empty
    row, its caption as a first row, header words broken by a hyphen or footnote marks after figures: the
    readers look past what holds nothing. DOCX and text."""
    results = evaluate(corpus / "untidy", "untidy", formats=("docx", "txt"))
    print("\ntuning layouts, untidy:\n" + report(results))
    assert len(results) == len([d for d in documents("untidy")]) * 2
    assert {r.meta["untidy"] for r in results} == {"remarks", "numbers", "empty", "title", "hyphens", "marks"}
    assert mean(results) >= UNTIDY_FLOOR, report(results)


def test_the_held_out_quarter(corpus):
    """The figure the issue asks for: the layouts nobody tuned on, scored apart."""
    results = evaluate(corpus / "heldout", "heldout")
    print(f"\nheld-out part (target {HELD_OUT_TARGET}):\n" + report(results, worst=30))
    assert {r.meta["split"] for r in results} == {"heldout"}
    assert len(results) == len([d for d in documents("heldout")]) * len(FORMATS)
    assert mean(results) >= HELD_OUT_FLOOR, report(results, worst=30)
