"""Review of round 28's docs1 fixes: papers another council would publish that the fixes
misread. Small capitals are read as letters only in a word of capitals (IPA and the letters of
a First Nations name in a land acknowledgement are letters of their own), and a decision's
label word set in a minute heading's type is the heading's wrapped last word only where the
paper prints that word alone on no other line (a house style's label recurs)."""

from __future__ import annotations

import time
from pathlib import Path

from heldout_support import numbers, rendered
from kcc_papers.load.glyphs import clean
from kcc_papers.pipeline import process_file

# A long run of small capitals ending in a lower-case letter: a word no pattern should scan
# more than once (seconds where it backtracks over every split of the word).
LONG_WORD_LETTERS = 50_000
CLEAN_SECONDS = 1.0


def test_regression_ogonek_o_of_a_land_acknowledgement_is_no_q() -> None:
    # a Canadian town's agenda opens with its land acknowledgement: "ǫ" is the Cayuga and
    # Onondaga o with ogonek, not a small-capital q; before, "Gayogo̱hó:nǫ'" became "...nq'"
    text = "We acknowledge the Gayogo̱hó:nǫ’ and Onǫda’gegá’ peoples of the Haudenosaunee."
    assert clean(text) == text


def test_regression_ipa_small_capital_in_a_pronunciation_is_kept() -> None:
    # a Welsh place name's pronunciation in a report's glossary: IPA's "ɪ" is its own letter
    text = "Llanelli (/ɬaˈnɛɬɪ/) and Betws-y-Coed (/ˈbɛtʊs ə ˈkɔɪd/)"
    assert clean(text) == text


def test_small_capital_words_still_read_as_letters() -> None:
    # (the fix's own case kept by the mend: words in small capitals, a plain "s" among them)
    assert clean("Aɢᴇɴᴅᴀ Pʀᴇsᴇɴᴛ: Rᴇᴄᴏᴍᴍᴇɴᴅᴀᴛɪᴏɴ") == "Agenda Present: Recommendation"


def test_long_small_capital_run_is_read_once() -> None:
    # (the mend reads a word of small capitals with one run of its letters)
    text = "ɪ" * LONG_WORD_LETTERS + "a " + "Aɢᴇɴᴅᴀ " * 1000
    started = time.perf_counter()
    clean(text)
    assert time.perf_counter() - started < CLEAN_SECONDS


# A fire authority's house style sets "Decision" as a sub-heading in its minute headings' type
# under every minute; the second minute's heading happens to fill its line.
DECISION_SUBHEADS = (
    "%% ligatures\n"
    "## KESTREL VALE FIRE AND RESCUE AUTHORITY\n"
    "** MINUTES of the meeting of the Kestrel Vale Fire and Rescue Authority held on Monday,"
    " 4 December 2028\n"
    "Present: Councillors Nia Prowse (Chair), Dominic Hale and Fern Toller\n"
    "** KV/28/31 Apologies for Absence\n"
    "Apologies were received from Councillor Pym, who was attending a national fire"
    " conference.\n"
    "** KV/28/32 Community Risk Management Plan 2029-2033: Consultation\n"
    "** Decision\n"
    "That the Community Risk Management Plan 2029-2033 be approved for publication on 1 April"
    " 2029 with the changes set out in the report.\n"
    "The Chief Fire Officer reported that 1,206 responses had been received to the public"
    " consultation, most of them supporting the proposals.\n"
    "** KV/28/33 Treasury Management Mid-Year Review\n"
    "** Decision\n"
    "That the treasury management mid-year review be noted.\n"
)


def test_regression_house_styles_decision_subheading_is_no_wrapped_word(tmp_path: Path) -> None:
    # before, "Decision" under the heading that fills its line ran on in its title
    records = process_file(str(rendered(DECISION_SUBHEADS, tmp_path))).records
    assert numbers(records) == [
        ("KV/28/31", "Apologies for Absence"),
        ("KV/28/32", "Community Risk Management Plan 2029-2033: Consultation"),
        ("KV/28/33", "Treasury Management Mid-Year Review")]
