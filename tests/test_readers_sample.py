"""The sample register shipped in the package: one page per text layout, read cleanly,
with an onward chain NHS Digital -> DSCRO -> CSU -> CCG/ICB and a non-accessing processor."""

from __future__ import annotations

from nhskg.readers import merge_agreements, read_paths, sample_paths


def test_one_sample_page_per_layout_read_without_warnings():
    paths = sample_paths()
    results = read_paths(paths)
    assert [r.layout for r in results] == ["compact", "spaced", "legacy"]
    assert all(r.warnings == [] and r.records_skipped == 0 for r in results)
    for path in paths:
        first_line = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first_line.startswith("SAMPLE PAGE written for nhskg:") and "fictitious" in first_line


def test_sample_agreements_and_page_facts():
    results = read_paths(sample_paths())
    agreements = {a.reference: a for a in merge_agreements(results)}
    assert sorted(agreements) == ["NIC-900001-SMPLA", "NIC-900002-SMPLB", "NIC-900003-SMPLC", "NIC-900004-SMPLD"]
    assert [r.pages[0].opt_outs_both_ways_flag for r in results] == [False, True, False]
    assert [r.pages[0].files_disseminated_unsafely for r in results] == [12, 8, None]
    assert agreements["NIC-900003-SMPLC"].versions == ["DARS-NIC-900003-SMPLC-v1.0"]
    assert [d.as_written for d in agreements["NIC-900003-SMPLC"].datasets] == [
        "SUS Admitted Patient Care data", "Mental Health Services Data Set",
    ]


def test_each_sample_processing_section_states_an_onward_chain():
    agreements = {a.reference: a for a in merge_agreements(read_paths(sample_paths()))}
    chains = {
        "NIC-900001-SMPLA": ("Midlands and Lancashire DSCRO", "Midlands and Lancashire Commissioning Support Unit",
                             "NHS Lancashire and South Cumbria Integrated Care Board", "Microsoft Limited"),
        "NIC-900002-SMPLB": ("North of England DSCRO", "North of England Commissioning Support Unit",
                             "NHS North Cumbria CCG", "Lima Networks Ltd"),
        "NIC-900003-SMPLC": ("Arden and GEM DSCRO", "Arden and GEM Commissioning Support Unit", "NHS England",
                             "Amazon Web Services"),
    }
    for reference, names in chains.items():
        text = agreements[reference].section("Processing").text
        assert "pseudonymis" in text and "link" in text
        for name in names:
            assert name in text, (reference, name)
        assert "do not access data" in text
