"""Parsers for the values papers print (money, dates, percentages) and cross-checks that turn
every disagreement into a :class:`~kcc_papers.models.Finding`."""
