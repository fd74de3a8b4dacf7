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
        # bets and investments that "cannot fail"
        ("This stock is a sure thing, trust me.", {GUARANTEE}),
        ("With our system it's impossible to lose money.", {GUARANTEE}),
        ("Buy-to-let in Lisbon: rental yield of 7% guaranteed for 10 years.", {GUARANTEE}),
        ("We guarantee you'll see the same results.", {GUARANTEE}),
        # denials, warnings and service promises are not
        ("Past performance does not guarantee future results.", set()),
        ("Past performance is no guarantee of future results. Capital at risk.", set()),
        ("Returns are not guaranteed and you may get back less than you invest.", set()),
        ("There's no such thing as a risk-free investment; anyone promising guaranteed returns lies.", set()),
        ("We can't guarantee returns, but we can guarantee transparency.", set()),
        ("We guarantee you'll get a reply within 24 hours.", set()),
        ("Guaranteed delivery within 24h or your shipping is free.", set()),
        ("Sure thing, I'll send the deck over.", set()),
        ("It's impossible to lose track of your orders with the new app.", set()),
        # forecasts in ordinary words, listings, stock tips, pending deals
        ("We'll make twice as much next year.", {FINANCIAL}),
        ("Sales will hit $50M by Q4.", {FINANCIAL}),
        ("Sales will reach 50 million euros next year.", {FINANCIAL}),
        ("Profits are going to soar after the launch.", {FINANCIAL}),
        ("Our share price should hit $80 by summer.", {FINANCIAL}),
        ("Next year's profit will be at least 30% higher.", {FINANCIAL}),
        ("Buy before it moons!", {FINANCIAL}),
        ("This stock will double, mark my words.", {FINANCIAL}),
        ("Stock tip of the week: buy MedCore before the trial readout.", {FINANCIAL}),
        ("Our token is going to the moon.", {FINANCIAL}),
        ("The price will 10x by Q3.", {FINANCIAL}),
        ("We're going public next spring, keep it quiet.", {FINANCIAL}),
        ("Our telecom division will be sold to a private-equity buyer by Q2.", {FINANCIAL}),
        ("Excited to welcome the Kestrel team - the acquisition closes next week.", {FINANCIAL}),
        # reported results and job adverts are not
        ("Revenue grew 12% last year.", set()),
        ("Sales were $50M in 2025, as reported in our annual filing.", set()),
        ("The successful candidate will earn $90,000 a year plus bonus.", set()),
        ("You'll make twice as many friends at our meetups.", set()),
        ("The new oven will make twice as much bread.", set()),
        ("Our sales team will double in size next year.", set()),
        ("The summer sale closes next Friday.", set()),
        # an idiom of certainty is a claim next to money or a bet, not elsewhere
        ("Put your money on Red Rum, it's a sure thing.", {GUARANTEE}),
        ("Our new app is a sure bet for busy parents.", set()),
        ("It's a sure thing the kids will love the new playground.", set()),
        # approvals by other regulators, and their denials and disclaimers
        ("Approved by the EMA for adults.", {HEALTH}),
        ("Now MHRA-approved.", {HEALTH}),
        ("Nothing is proven to cure the common cold.", set()),
        ("Vaccines prevent measles, says the health authority.", set()),
        ("This product is not intended to diagnose, treat, cure or prevent any disease.", set()),
        ("Our gel is not FDA approved.", set()),
        # a trial promised risk-free for a period
        ("Sign up today and use every feature risk-free for 30 days.", {GUARANTEE}),
        ("Test the course risk free for a full month.", {GUARANTEE}),
        ("No plan is risk-free for a whole year, read the terms.", set()),
        ("Keep the playroom risk-free for toddlers.", set()),
        # amounts with a glued magnitude, metrics per unit, deals about to be announced
        ("We're on track to reach $2.5bn in bookings.", {FINANCIAL}),
        ("I think we'll cross €500m in sales by 2028.", {FINANCIAL}),
        ("Revenue per user will be up 20% next year.", {FINANCIAL}),
        ("Earnings per share will be higher than the street thinks.", {FINANCIAL}),
        ("We are about to announce a merger with a rival.", {FINANCIAL}),
        ("The board is going to unveil the takeover on Monday.", {FINANCIAL}),
        ("Earnings per share were up 30% last year.", set()),
        ("As a senior engineer you will earn $120k plus equity.", set()),
        ("We announced the acquisition of Globex in 2024.", set()),
        ("We are not going to announce an acquisition this year.", set()),
        # forecasts in ordinary words: idioms, "double our revenue", "on track for", profitability ahead
        ("I'm telling you, our stock price is going through the roof once the earnings drop.", {FINANCIAL}),
        ("We will more than double our revenue next year.", {FINANCIAL}),
        ("We're on course for $300 million in sales this year.", {FINANCIAL}),
        ("Expect our share price to double by Christmas.", {FINANCIAL}),
        ("Quick tip: load up on ACME shares before Friday.", {FINANCIAL}),
        ("We'll be profitable next quarter for the first time.", {FINANCIAL}),
        ("We're going to be cash-flow positive by Q3.", {FINANCIAL}),
        ("Next quarter we're looking at record revenue, easily 40% up.", {FINANCIAL}),
        ("Our IPO will price above the range, I'd bet on it.", {FINANCIAL}),
        ("Our team will double in size and we will hire in Lisbon.", set()),
        ("We will double our efforts to support customers.", set()),
        ("Don't expect our share price to double overnight.", set()),
        ("We're on track for $5 off every coffee this week.", set()),
        ("You will be profitable in this role within a year.", set()),
        ("We looked at record revenue in 2023 and were pleased.", set()),
        ("The stock market will price in the rate cut.", set()),
        # bets and investments that cannot fail, next to a stake
        ("This investment cannot fail.", {GUARANTEE}),
        ("This accumulator can't fail, put your money on it.", {GUARANTEE}),
        ("Our betting tips are guaranteed winners every weekend.", {GUARANTEE}),
        ("I can't fail this exam, my parents will kill me.", set()),
        ("This trial can't fail to impress the jury.", set()),
        ("Our guaranteed winners of the raffle get a mug.", set()),
        # a product that lowers the risk of a disease, not a public-health fact
        ("This tea reduces the risk of cancer by 70%.", {HEALTH}),
        ("Our green tea extract lowers the risk of cancer.", {HEALTH}),
        ("Exercise lowers the risk of diabetes, says the NHS.", set()),
        ("Daily walks lower the risk of heart disease, so join our lunchtime club.", set()),
        ("Flu vaccines reduce the risk of serious illness.", set()),
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


def test_an_anchor_is_a_word_the_draft_can_hold() -> None:
    """Anchors are looked up among the draft's words: "d'" or "covid-19" never occur there whole, so
    a token listing them is not an anchor (its pattern would never run)."""
    from preflight.engine.detectors.claims import _anchor_words

    pattern = [{"LOWER": {"IN": ["d'", "covid-19"]}}, {"LOWER": {"IN": ["cure", "cures"]}}]
    assert _anchor_words(pattern) == {"cure", "cures"}


def test_every_shipped_token_pattern_has_an_anchor_word() -> None:
    """A token pattern with no anchor word is tried on every draft its rule reaches and makes every
    draft pay for tokenizing (round 13's "bye-bye" made "A plain post about croissants." tokenize): each
    pattern of the default policy and the example overlay needs one required token of whole words."""
    from preflight.engine.detectors.claims import _anchor_words
    from preflight.engine.policy.loader import load_policy

    from tests.conftest import ACME, DEFAULT_RULES

    policy = load_policy(DEFAULT_RULES, [ACME], with_detectors=False)
    unanchored = [
        (rule.id, spec["name"])
        for rule in policy.rules
        if rule.detector == "token_patterns" and rule.enabled
        for spec in rule.options.get("patterns", [])
        if _anchor_words(spec["pattern"]) is None
    ]
    assert unanchored == []


def test_unaccented_spellings_do_not_change_the_policy_version() -> None:
    """Patterns accept unaccented spellings whether the policy is loaded to screen or to be shown,
    so both give the same version."""
    from preflight.engine.policy.loader import load_policy

    from tests.conftest import DEFAULT_RULES

    shown = load_policy(DEFAULT_RULES, with_detectors=False)
    screening = load_policy(DEFAULT_RULES)
    assert shown.version == screening.version
    health_fr = shown.rules_by_id["claims.health.fr"].options["patterns"][0]["pattern"]
    assert {"prouvé", "prouve"} <= set(health_fr[1]["LOWER"]["IN"])


@pytest.mark.parametrize(
    "text",
    [
        "Is our stock going to moon? Nobody knows.",
        "Gaat het aandeel stijgen? Geen idee.",
        "Wird die Aktie steigen?",
    ],
)
def test_a_question_is_not_a_forecast(categories, text: str) -> None:
    assert FINANCIAL not in categories(text)


def test_a_two_character_word_of_han_kana_or_hangul_can_be_a_keyword() -> None:
    """Two CJK characters select as few drafts as a short Latin word: they gate a pattern, while two
    Latin letters do not."""
    from preflight.engine.detectors.keywords import derive_keywords, keyword_length

    assert keyword_length("保本") == keyword_length("원금") == 4
    assert derive_keywords("保本(?![点點])") == ["保本"]
    assert derive_keywords("ab(?!c)") is None


def test_the_cjk_claim_rules_run_only_on_drafts_holding_their_keywords(engine) -> None:
    """Each pattern of claims-zh/ja/ko.yaml has keywords, so a draft without them runs none."""
    from preflight.engine.detectors.patterns import RegexDetector

    detectors = [
        d
        for d in engine.policy.detectors
        if isinstance(d, RegexDetector) and d.rule.id.endswith((".zh", ".ja", ".ko"))
    ]
    assert len(detectors) == 9
    assert all(d.keyword_gated for d in detectors)
    plan = detectors[0].prefilter.select("Quarterly numbers are attached, see you Monday.")
    assert not any(plan.get(d) for d in detectors)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("红利宝理财，欢迎咨询。", True),
        ("本产品不是红利宝。", False),  # a denial earlier in the clause
        ("不用担心，红利宝理财。", True),  # the denial is in another clause
        ("Nothing here. 红利宝理财。", True),  # a Latin sentence ends its own clause
        ("不" + "很" * 40 + "红利宝。", True),  # beyond the window
    ],
)
def test_not_after_reads_the_clause_before_a_match(tmp_path, settings, text: str, flagged: bool) -> None:
    """``not_after``: a regex rule's match is dropped when one of the words is earlier in its clause,
    within ``clause_window`` characters (an overlay's rule too)."""
    from preflight.engine import Engine

    (tmp_path / "org.yaml").write_text(
        "rules:\n"
        "  - id: org.principal\n"
        "    category: claims.guarantee\n"
        "    detector: regex\n"
        "    severity: medium\n"
        "    message: principal guaranteed\n"
        "    options:\n"
        "      patterns:\n"
        "        - {name: principal, pattern: '红利宝', keywords: ['红利宝'],\n"
        "           not_after: ['不'], clause_window: 30}\n",
        encoding="utf-8",
    )
    engine = Engine.from_settings(settings, [tmp_path]).warm_up()
    found = [f for f in engine.screen(text).findings if f.rule_id == "org.principal"]
    assert bool(found) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Our fund pays a guaranteed 9 percent.", True),  # the anchored pattern
        ("Expect 12 percent returns.", True),  # the pattern with no anchor word
        ("Nothing to see here.", False),
    ],
)
def test_a_rule_with_an_unanchored_pattern_still_runs_its_anchored_ones(
    tmp_path, settings, text: str, flagged: bool
) -> None:
    """A token-pattern rule whose patterns include one with no literal word to anchor on runs on every
    draft; its anchored patterns still run where their words are (they were skipped once)."""
    from preflight.engine import Engine

    (tmp_path / "org.yaml").write_text(
        "rules:\n"
        "  - id: org.returns\n"
        "    category: claims.guarantee\n"
        "    detector: token_patterns\n"
        "    severity: medium\n"
        "    message: a return promised\n"
        "    options:\n"
        "      patterns:\n"
        "        - name: guaranteed_rate\n"
        "          pattern: [{LOWER: guaranteed}, {LIKE_NUM: true}, {LOWER: percent}]\n"
        "        - name: any_number_percent_returns\n"
        "          pattern: [{LIKE_NUM: true}, {IS_ALPHA: true, LENGTH: 7},\n"
        "                    {IS_ALPHA: true, LENGTH: 7}]\n",
        encoding="utf-8",
    )
    engine = Engine.from_settings(settings, [tmp_path]).warm_up()
    found = [f for f in engine.screen(text).findings if f.rule_id == "org.returns"]
    assert bool(found) == flagged
