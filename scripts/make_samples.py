"""Generate the project's sample papers into a folder (normally data/raw).

    python scripts/make_samples.py data/raw

The samples imitate the layouts of real ModernGov committee papers (an agenda pack, printed
minutes, a record of decision, a budget risks register, an "Issue details" page, a text export)
plus one document that is not a paper at all. Their content is invented: every name, figure and
decision is fictional. The output is deterministic, so the committed files can be checked
against a fresh run (tests/test_samples.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from samples.accounts import write_statement_of_accounts
from samples.budget import write_budget_risks
from samples.cabinet_minutes import write_cabinet_minutes
from samples.contracts_report import write_contracts_report
from samples.decision import write_record_of_decision
from samples.district import write_district_report, write_full_council_summons
from samples.forum_minutes import write_forum_minutes
from samples.history import write_history
from samples.moderngov import write_moderngov_pages
from samples.pack import write_pack
from samples.panel import write_panel_report
from samples.panel_minutes import write_panel_minutes
from samples.parish_minutes import write_parish_minutes
from samples.strategy import write_strategy
from samples.texts import write_texts

PDFS = {
    "sample_agenda_pack.pdf": write_pack,
    "sample_printed_minutes.pdf": write_cabinet_minutes,
    "sample_record_of_decision.pdf": write_record_of_decision,
    "sample_budget_risk_register.pdf": write_budget_risks,
    "sample_contracts_report.pdf": write_contracts_report,
    "sample_district_cabinet_report.pdf": write_district_report,
    "sample_full_council_summons.pdf": write_full_council_summons,
    "sample_panel_minutes.pdf": write_panel_minutes,
    "sample_forum_minutes.pdf": write_forum_minutes,
    "sample_parish_minutes.pdf": write_parish_minutes,
    "sample_statement_of_accounts.pdf": write_statement_of_accounts,
    "sample_panel_report.pdf": write_panel_report,
}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for name, write in PDFS.items():
        write(out / name)
    write_texts(out)
    write_history(out)
    write_moderngov_pages(out)
    write_strategy(out)
    for path in sorted(out.glob("sample_*")):
        print(f"{path}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
