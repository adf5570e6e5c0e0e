"""The parts of a contract passage: labels, provider lists, terms, extensions."""

from __future__ import annotations

import pytest

from kcc_papers.extract.contracts.draft import service_from_title
from kcc_papers.extract.contracts.fields import (
    Party,
    extension,
    keyed_terms,
    labelled,
    matches_key,
    parties,
    partly_provider,
    term_years,
)


def test_labels_inline_and_with_dashes():
    assert labelled(
        "Wide area network. Provider: DUCL Contract Period: 2014-2020 Contract Value: £24.5m"
    ) == [("provider", "DUCL"), ("period", "2014-2020"), ("value", "£24.5m")]
    assert labelled("Contract Signature – 1st September 2014") == [("signed", "1st September 2014")]
    # Lower-case words in a sentence are not labels.
    assert labelled("the provider: it said the contract value - high") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Amey for Mid Kent, Skanska for West Kent, and Kier for East Kent",
            [Party("Amey", "Mid Kent"), Party("Skanska", "West Kent"), Party("Kier", "East Kent")],
        ),
        (
            "New Schools Swanscombe Ltd (2 schools), Kent Education Partnership (6 schools), and "
            "Gravesham Wave 4 BSF Kier/Amber (3 schools)",
            [
                Party("New Schools Swanscombe Ltd", "2 schools"),
                Party("Kent Education Partnership", "6 schools"),
                Party("Gravesham Wave 4 BSF Kier/Amber", "3 schools"),
            ],
        ),
        (
            "Currently provided by Aecom, NPS, Mouchel, and framework of service desk contractors. "
            "The commissioned work will very shortly transfer to Amey, Skanska and Kier.",
            [Party("Aecom"), Party("NPS"), Party("Mouchel")],
        ),
        ("DUCL", [Party("DUCL")]),
        ("N/A", []),
        ("in-house team", []),
    ],
)
def test_parties(text, expected):
    assert parties(text) == expected


def test_keyed_terms_match_by_word_or_initials():
    assert keyed_terms("Swanscombe - 25 years, KEP - 28 years, BSF - 25 years") == [
        ("Swanscombe", 25.0),
        ("KEP", 28.0),
        ("BSF", 25.0),
    ]
    assert matches_key("Kent Education Partnership", "KEP")
    assert matches_key("Gravesham Wave 4 BSF Kier/Amber", "BSF")
    assert not matches_key("Kent Education Partnership", "KE")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5 years", 5.0),
        ("12 months", 1.0),
        ("a new two-year contract", 2.0),
        ("3 + 2 years", 3.0),
        ("18 months", 1.5),
        ("ongoing", None),
        (None, None),
    ],
)
def test_term_years(text, years):
    assert term_years(text) == years


def test_extension_as_printed():
    assert (
        extension(
            "The contracts are for 5 years with an option to extend for 2 years and are designed"
        )
        == "an option to extend for 2 years"
    )
    assert extension("3 years (+2 years)") == "+2 years"
    assert extension("for 3 years") is None


def test_partly_names_a_provider_not_a_manner():
    assert partly_provider("Provision and support. Partly In- house, partly O2.") == "O2"
    assert partly_provider("Partly in-house, partly Commissioned Service.") is None


@pytest.mark.parametrize(
    ("title", "service"),
    [
        ("Renewal Of Microsoft Enterprise Agreements", "Microsoft Enterprise Agreements"),
        ("Total Facilities Management – Contract Management", "Total Facilities Management"),
        ("Commissioned Family Hub Contracts", "Commissioned Family Hub Contracts"),
        (None, None),
    ],
)
def test_service_from_title(title, service):
    assert service_from_title(title) == service
