"""A named person together with sensitive personal information, in the same sentence."""

from __future__ import annotations

import pytest

CATEGORY = "pii.person_sensitive"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Please keep Daniel Okafor in your thoughts, he was diagnosed with cancer last week.",
            "Daniel Okafor",
        ),
        ("Priya Shah earns a salary of $180k and still wants a raise.", "Priya Shah"),
        ("Big news: Tom Becker was laid off this morning.", "Tom Becker"),
        ("Maria Gonzalez is 67 years old and finally retiring.", "Maria Gonzalez"),
        ("Carlos Mendes is Catholic, so he skips the Friday BBQ.", "Carlos Mendes"),
        ("Fun fact, Ethan Brooks is bisexual.", "Ethan Brooks"),
        ("Our new driver Luke Harper served 5 years for fraud.", "Luke Harper"),
        ("Drop the gift at Anna Kowalski's home address on Pine Road.", "Anna Kowalski"),
    ],
)
def test_named_person_with_sensitive_information(findings, text: str, person: str) -> None:
    found = findings(text, CATEGORY)
    assert found, text
    assert any(text[f.start : f.end].startswith(person) for f in found)
    assert all(f.severity == "high" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations to Daniel Okafor on ten years with the company!",
        "Welcome Dr. Amara Lewis, our new Chief Medical Officer.",
        "Our team raised $9,000 for diabetes research this spring.",  # no person
        "Priya Shah closed our biggest deal of the year.",
        # not the same sentence
        "Tom Becker will keynote the summit. The venue was diagnosed with bad Wi-Fi.",
    ],
)
def test_no_finding_without_both_in_one_sentence(categories, text: str) -> None:
    assert CATEGORY not in categories(text)


def test_person_name_is_masked_in_redacted_text(engine) -> None:
    text = "Sam Rivera got fired today."
    decision = engine.screen(text)
    assert "Sam Rivera" not in decision.redacted_text
    assert len(decision.redacted_text) == len(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the small model labels some two-word names as ORG; a two-capitalised-word ORG counts
        ("I heard they fired Marta Kowalczyk over one late report.", "Marta Kowalczyk"),
        ("Leave the flowers for Daniel Okafor at 14 Birchwood Lane tomorrow.", "Daniel Okafor"),
        ("Our office manager Judith Ames is 68 and runs every marathon.", "Judith Ames"),
    ],
)
def test_harder_shapes_of_names_and_information(findings, text: str, person: str) -> None:
    assert any(text[f.start : f.end] == person for f in findings(text, CATEGORY)), text


def test_organisation_named_with_a_trigger_is_not_a_person(categories) -> None:
    assert CATEGORY not in categories("Contoso Group laid off 200 people in March.")
