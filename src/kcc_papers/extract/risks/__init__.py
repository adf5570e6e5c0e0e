"""Risk registers: strategic / corporate / directorate registers (summary tables, register
tables and risk cards), budget risk registers (directorate, likelihood and £m exposure per
risk) and the prose corporate-risk section of performance reports.

A document yields risks only when it shows a register: a "Risk No. | Risk Title | Current Risk
Rating" table, risk cards ("Risk Event", "Consequence", "Risk Owner"), a budget register's
"Risk Title ... Likelihood ... Exposure" table, or a "Corporate Risk Register" section naming
risks by id ("CRR0065: ..."). Reports that merely mention risks yield nothing."""

from kcc_papers.extract.risks.reader import KINDS, extract

__all__ = ["KINDS", "extract"]
