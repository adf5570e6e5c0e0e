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
from samples.decision import write_record_of_decision
from samples.pack import write_pack
from samples.panel import write_panel_report
from samples.strategy import write_strategy
from samples.texts import write_texts

PDFS = {
    "sample_agenda_pack.pdf": write_pack,
    "sample_printed_minutes.pdf": write_cabinet_minutes,
    "sample_record_of_decision.pdf": write_record_of_decision,
    "sample_budget_risk_register.pdf": write_budget_risks,
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
    write_strategy(out)
    for path in sorted(out.glob("sample_*")):
        print(f"{path}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
