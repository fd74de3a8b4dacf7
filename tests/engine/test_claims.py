"""Risky claims: guarantees, forward-looking financial statements, health claims (case tables)."""

from __future__ import annotations

import pytest

GUARANTEE = "claims.guarantee"
FINANCIAL = "claims.financial"
HEALTH = "claims.health"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guarantees of results or returns
        ("Our mentoring scheme is guaranteed to double your sales pipeline.", {GUARANTEE}),
        ("Enjoy guaranteed 8% monthly returns with our trading bot.", {GUARANTEE}),
        ("Weight-loss results guaranteed within a month!", {GUARANTEE}),
        ("Triple your followers in a week, guaranteed!", {GUARANTEE}),
        ("Our agency guarantees top-three search rankings.", {GUARANTEE}),
        ("Try the premium plan completely risk-free.", {GUARANTEE}),
        ("Invest today: you simply cannot lose.", {GUARANTEE}),
        ("It's 100% guaranteed.", {GUARANTEE}),
        # service promises and idioms are not guarantees of results
        ("Order before noon for guaranteed next-day delivery.", set()),
        ("Every seat is guaranteed a view of the stage.", set()),
        ("We can't lose track of our mission.", set()),
        ("He is 100% correct about the docs.", set()),
        ("Our risk assessment is complete.", set()),
        # forward-looking financial statements, stock tips, unannounced deals
        ("Our earnings will triple by next summer.", {FINANCIAL}),
        ("Mark my words: our share price is going to soar after the launch.", {FINANCIAL}),
        ("We expect revenue of $90M next quarter.", {FINANCIAL}),
        ("We'll beat consensus estimates again this quarter.", {FINANCIAL}),
        ("Buy $ZZZT before the announcement!", {FINANCIAL}),
        ("Got an insider tip on a biotech name.", {FINANCIAL}),
        ("We are in acquisition talks with a rival, announcement soon.", {FINANCIAL}),
        ("We're about to acquire Initrode, keep it quiet.", {FINANCIAL}),
        # reported results and everyday words are not
        ("Q2 revenue was $310M, up 11% year over year, as reported today.", set()),
        ("We completed our acquisition of Initrode last year.", set()),
        ("Stock up on coffee before the sprint review.", set()),
        ("Our sales team will be at booth 4.", set()),
        # health claims
        ("This balm cures eczema overnight.", {HEALTH}),
        ("Our juice cleanse prevents the flu.", {HEALTH}),
        ("Scientifically proven to improve sleep.", {HEALTH}),
        ("Now FDA-approved for adults.", {HEALTH}),
        ("Helps lower your blood pressure naturally.", {HEALTH}),
        ("Kills 99% of germs on contact.", {HEALTH}),
        # health topics without a claim
        ("Our 10K raised $5,000 for cancer research.", set()),
        ("The patch cures the crash on startup.", set()),
        ("Backups prevent data loss.", set()),
        ("The FDA visited our plant this week.", set()),
        ("Treat yourself to a new mug.", set()),
    ],
)
def test_claims(categories, text: str, expected: set[str]) -> None:
    found = categories(text) & {GUARANTEE, FINANCIAL, HEALTH}
    assert found == expected


def test_claim_span_covers_the_phrase(findings) -> None:
    text = "Honestly, our revenue will double next year."
    (finding,) = findings(text, FINANCIAL)
    assert text[finding.start : finding.end] == "revenue will double"
    assert finding.severity == "high"
