"""Money parser: real examples from the corpus, and properties over generated amounts."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kcc_papers.normalise.money import find_money, header_unit, parse_money, period_of

# (text as printed in a real paper, pounds, period, approximate, high)
REAL = [
    ("£24.5m", 24_500_000, "total", False, None),  # seed 001, KPSN contract value
    ("£290.5k", 290_500, "total", False, None),  # seed 001, Cloud Contact
    ("£1,031k per year", 1_031_000, "annual", False, None),  # seed 001, Microsoft EA
    ("£9,335,200", 9_335_200, "total", False, None),
    ("£1million per year for 3 years", 1_000_000, "annual", False, None),
    ("Approx. £9.5m/annum", 9_500_000, "annual", True, None),  # seed 001, TFM contracts
    ("Approx. £23m/annum", 23_000_000, "annual", True, None),  # seed 001, schools PFI
    ("£1.8bn", 1_800_000_000, "total", False, None),
    ("-£5.482m", -5_482_000, "total", False, None),  # seed 001, financial monitoring
    ("£300K", 300_000, "total", False, None),  # seed 003
    ("£3.71M", 3_710_000, "total", False, None),  # seed 003
    ("£222,127.44", 222_127.44, "total", False, None),  # Kent 24/00093 contract table
    ("£2million.", 2_000_000, "total", False, None),
    ("£371,000 per annum", 371_000, "annual", False, None),
    ("£200k - £250k", 200_000, "total", False, 250_000),  # Kent 24/00093 valuations
    ("£54-72 per week", 54, "weekly", False, 72),
    ("(estimated £12m-17m)", 12_000_000, "total", True, 17_000_000),
    ("between £130k and £180k per year", 130_000, "annual", False, 180_000),
    ("circa £54k per year", 54_000, "annual", True, None),
    ("approximately £10 million spend per annum", 10_000_000, "annual", True, None),
    ("£40million", 40_000_000, "total", False, None),
    ("£315.5 million,", 315_500_000, "total", False, None),
    ("£(5.4)m", -5_400_000, "total", False, None),
]


@pytest.mark.parametrize(("text", "pounds", "period", "approx", "high"), REAL)
def test_real_examples(text, pounds, period, approx, high):
    money = parse_money(text)
    assert money is not None
    assert money.pounds == pytest.approx(pounds)
    assert money.period == period
    assert money.approximate is approx
    assert (money.high is None) if high is None else money.high == pytest.approx(high)


def test_per_year_for_years_keeps_the_term():
    text = "commits the Council to spend approximately £1million per year for 3 years on"
    (money,) = find_money(text)
    assert money.text == "approximately £1million per year for 3 years"
    assert (money.pounds, money.period, money.years, money.approximate) == (
        1_000_000,
        "annual",
        3,
        True,
    )


def test_change_from_to_is_two_amounts_not_a_range():
    found = find_money(
        "costs have increased from about £735k per year to about an anticipated £814k per year"
    )
    assert [(m.pounds, m.period, m.approximate) for m in found] == [
        (735_000, "annual", True),
        (814_000, "annual", True),
    ]


def test_two_amounts_joined_by_and_stay_two():
    found = find_money("Contract Value: Revenue £2.8m, Capital £9.0m and £5m and £6m")
    assert [m.pounds for m in found] == [2_800_000, 9_000_000, 5_000_000, 6_000_000]


def test_bracketed_aside_is_not_negative():
    assert parse_money("Thanet (£741k)").pounds == 741_000


def test_regression_header_units_are_not_amounts():
    # A text table header "Annual Value £000s" once became a contract worth £0.
    assert find_money("RevenueBudget £000s £000s and £'000") == []
    assert parse_money("is estimated at £14.2m").approximate


def test_dash_between_words_is_not_a_minus():
    assert parse_money("Totals – £426,429.60").pounds == 426_429.60
    assert parse_money("Forecast: -£1.1m").pounds == -1_100_000


def test_amount_then_year_is_not_a_range():
    assert parse_money("£24.5m - 2014").high is None


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("All figures in £m", 1e6),
        ("RevenueBudget £000s", 1e3),
        ("£'000", 1e3),
        ("(£m)", 1e6),
        ("£000's", 1e3),
        ("£k", 1e3),
        ("£bn", 1e9),
        ("£", 1.0),
        ("Contract Value", None),
        ("£s per pupil", 1.0),
        (None, None),
    ],
)
def test_header_unit(header, unit):
    assert header_unit(header) == unit


def test_bare_numbers_under_a_unit_header():
    assert parse_money("5.4", unit=1e6).pounds == pytest.approx(5_400_000)
    assert parse_money("(1,234)", unit=1e3).pounds == pytest.approx(-1_234_000)
    assert parse_money("£5m", unit=1e3).pounds == pytest.approx(5_000_000)  # printed scale wins
    assert parse_money("5.4") is None
    assert parse_money("N/A", unit=1e6) is None


def test_period_of_header():
    assert period_of("Contract value per Annum") == "annual"
    assert period_of("Monthly charge") == "monthly"
    assert period_of("Contract Value") is None


# --- properties --------------------------------------------------------------------------

pounds_int = st.integers(min_value=0, max_value=10**10)
decimal = st.decimals(min_value=0, max_value=9999, places=2, allow_nan=False)
SUFFIX = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "bn": 1e9, " million": 1e6, "million": 1e6}


@given(pounds_int)
def test_grouped_pounds_round_trip(n):
    assert parse_money(f"£{n:,}").pounds == n


@given(decimal, st.sampled_from(sorted(SUFFIX)))
def test_scaled_amounts_round_trip(x, suffix):
    money = parse_money(f"£{x}{suffix}")
    assert math.isclose(money.pounds, float(x) * SUFFIX[suffix], rel_tol=1e-9)


@given(pounds_int, st.sampled_from(["-", "−", "–"]))
def test_leading_minus_negates(n, minus):
    assert parse_money(f"{minus}£{n:,}").pounds == -n


@given(
    decimal,
    st.sampled_from(
        [
            (" per annum", "annual"),
            ("/annum", "annual"),
            (" per year", "annual"),
            (" a year", "annual"),
            (" pa", "annual"),
            (" p.a.", "annual"),
            (" annually", "annual"),
            (" per month", "monthly"),
            (" a month", "monthly"),
            (" per week", "weekly"),
            ("", "total"),
        ]
    ),
)
def test_period_suffix(x, suffix_period):
    suffix, period = suffix_period
    money = parse_money(f"£{x}m{suffix}")
    assert money.period == period
    assert math.isclose(money.pounds, float(x) * 1e6)


@given(
    decimal,
    st.sampled_from(
        ["approximately ", "Approx. ", "circa ", "c. ", "around ", "about ", "estimated "]
    ),
)
def test_approximate_prefix(x, prefix):
    money = parse_money(f"spend {prefix}£{x}m")
    assert money.approximate
    assert money.text.startswith(prefix.strip())
    assert math.isclose(money.pounds, float(x) * 1e6)


@given(
    st.integers(0, 9999),
    st.integers(0, 9999),
    st.sampled_from(["k", "m"]),
    st.sampled_from([" - ", "-", " to ", "–"]),
)
def test_ranges(a, b, scale, joiner):
    money = parse_money(f"£{a}{scale}{joiner}£{b}{scale}")
    assert money.pounds == a * SUFFIX[scale]
    assert money.high == b * SUFFIX[scale]


@given(st.text())
def test_find_money_never_raises_and_texts_are_as_printed(text):
    for money in find_money(text):
        assert text[money.start : money.end].strip() == money.text
        assert "£" in money.text


@given(st.text(alphabet=st.characters(blacklist_characters="£")))
def test_no_pound_sign_no_money(text):
    assert find_money(text) == []
    assert parse_money(text) is None


@given(
    st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda f: round(f, 2)),
    st.sampled_from([1e3, 1e6, 1e9]),
)
def test_bare_numbers_take_the_header_unit(x, unit):
    money = parse_money(f"{x:,.2f}", unit=unit)
    assert math.isclose(money.pounds, x * unit, rel_tol=1e-9)


def test_regression_pdf_table_amounts_and_spacing():
    # Kent finance monitoring Q3: two adjacent cells "-£2.56m -£10m" once read as one range.
    assert [m.pounds for m in find_money("interest -£2.56m -£10m")] == [-2_560_000, -10_000_000]
    # Kent budget risk register: a PDF line break leaves two spaces in "per  annum".
    money = parse_money("estimated at £12m -17m per  annum")
    assert (money.pounds, money.high, money.period) == (12_000_000, 17_000_000, "annual")
    # Bristol: "increase of £56 to £124" is a change, not a range.
    assert [m.pounds for m in find_money("increase of £56 to £124")] == [56, 124]


def test_regression_currency_code_in_mixed_case_was_not_looked_for():
    # the code patterns ignore case, but the quick look before them only took "GBP" or "gbp"
    assert [m.pounds for m in find_money("a budget of Gbp 5m for the scheme")] == [5_000_000]
