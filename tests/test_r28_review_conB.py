"""Review of held-out round 28's contracts fixes (fixer conB): each defect found in the change
on a small paper a plausible other council would publish, failing before its mend."""

from __future__ import annotations

from heldout_support import contract_rows

# ------------ a label line set in title case is a label, not a title (title_labels_b)

LABEL_BLOCK = """Report to the Environment Committee
Grounds Maintenance Contract Award
{label}
That the contract for grounds maintenance be awarded for three years at a cost of £148,760.
"""


def test_regression_title_case_label_naming_a_firm_stays_a_label(tmp_path):
    # "Recommended Contractor: Amey Ltd" is a label block's line (its value a firm), though a
    # capitalised word stands before the label: the sentence is left to the block reader, and
    # no provider-less contract is read from the sentence run into it
    rows = contract_rows(LABEL_BLOCK.format(label="Recommended Contractor: Amey Ltd"), tmp_path)
    assert (None, 148_760.0) not in rows


def test_regression_title_case_label_giving_a_term_stays_a_label(tmp_path):
    rows = contract_rows(LABEL_BLOCK.format(label="Initial Term: 3 Years"), tmp_path)
    assert (None, 148_760.0) not in rows
