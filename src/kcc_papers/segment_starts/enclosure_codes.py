"""A paper's enclosure code before its heading, as a town council's web page prints each paper
under the code its agenda's last column gives it ("FGP1: Minutes of the Finance and General
Purposes Committee held on ...", round 29's r29b town council page): the code, a few capitals
run into a number and a colon, is no part of the heading, as "Paper A:" is not (PAPER_LABEL)."""

from __future__ import annotations

import re

# "FGP1: ", "JWC 3: ": two to five capitals, a number of one or two digits, a colon
ENCLOSURE_CODE = re.compile(r"^[^\S\n]*(?-i:[A-Z]{2,5})[^\S\n]?\d{1,2}[^\S\n]*:[^\S\n]+(?=\S)")
