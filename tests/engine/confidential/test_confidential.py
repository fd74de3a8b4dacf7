"""Confidential information: markings, the organisation's code names and internal hosts.

Markings are policy patterns (rules/default/confidential.yaml); code names come from the Acme
overlay's list (Project Falcon, Bluebird, Nightjar, Orion X); internal hosts are private networks
and internal host-name suffixes and prefixes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight.engine import Engine
from preflight.engine.policy import load_policy

from tests.conftest import ACME, DEFAULT_RULES


def covered(findings, text: str, category: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, category)]


# ---------------------------------------------------------------------------------------------------
# Markings
# ---------------------------------------------------------------------------------------------------

MARKINGS = [
    ("INTERNAL ONLY: roadmap review moved to Friday", "INTERNAL ONLY"),
    ("internal-only preview of the new dashboard", "internal-only"),
    ("For internal use only. Q3 hiring plan attached", "internal use only"),
    ("For internal use: the benefits portal moved", "For internal use"),
    ("[Internal] all-hands notes", "Internal"),
    ("INTERNAL - DO NOT SHARE: prod credentials rotated", "INTERNAL"),
    ("Confidential: board slides attached", "Confidential"),
    ("🔒 Confidential — salary bands for next year", "Confidential"),
    ("Launch plan\nConfidential\nDo not forward", "Confidential"),
    ("CONFIDENTIAL draft, please review by noon", "CONFIDENTIAL"),
    ("Strictly confidential: we are closing the Leeds office", "confidential"),
    ("Privileged & Confidential\nlitigation update", "Confidential"),
    ("Quarterly numbers (confidential) for the leadership team", "confidential"),
    ("Working with a big retailer under NDA, more soon!", "under NDA"),
    ("Under an NDA until launch day, sorry folks", "Under an NDA"),
    ("Embargoed until 9am ET Tuesday: we're opening a new hub", "Embargoed until"),
    ("EMBARGOED UNTIL 06:00 GMT", "EMBARGOED"),
    ("This story is under embargo until Monday", "under embargo"),
    ("Embargo: 14 May, 06:00 BST\nContoso opens new office", "Embargo"),
    ("DO NOT SHARE — launch date is 3 March", "DO NOT SHARE"),
    ("Please don't share this yet, but we just hit a million users", "Please don't share this yet"),
    ("Launch date is set. Do not forward.", "Do not forward"),
    ("[DRAFT – not for distribution] 25 years of Fabrikam", "not for distribution"),
    ("NOT FOR PUBLICATION before Friday", "NOT FOR PUBLICATION"),
    ("Not for external use: pricing sheet v3", "Not for external use"),
    ("This deck is not to be shared outside the team.", "not to be shared"),
]


@pytest.mark.parametrize(("text", "marking"), MARKINGS)
def test_marking_is_reported(findings, text: str, marking: str) -> None:
    assert marking in covered(findings, text, "confidential.marking")
    assert {f.severity for f in findings(text, "confidential.marking")} == {"high"}


NOT_MARKINGS = [
    "We offer free, confidential counselling to every student.",
    "We keep your data confidential and never sell it.",
    "Confidential counselling is available 24/7 on our helpline.",
    "Read our confidentiality policy before signing up.",
    "Do not share your one-time passcode with anyone, not even us.",
    "Don't share passwords over chat, use the vault.",
    "Sharing is caring: do share this with your friends!",
    "We built this dashboard for internal use, and now it's open source!",
    "Internal promotions are up 30% this year 🎉",
    "Our INTERNAL TOOLS team is hiring engineers",
    "International Women's Day: meet our engineers",
    "The trade embargo on steel was lifted in 2019.",
    "Embargo on oil imports extended, analysts say",
    "Understanding NDAs: a short guide for founders",
    "Not for the faint-hearted: our hardest trail run yet!",
]


@pytest.mark.parametrize("text", NOT_MARKINGS)
def test_ordinary_sentence_is_not_a_marking(categories, text: str) -> None:
    assert "confidential.marking" not in categories(text)


# ---------------------------------------------------------------------------------------------------
# Code names
# ---------------------------------------------------------------------------------------------------

CODE_NAMES = [
    ("Project Falcon beta opens to design partners next month", "Project Falcon"),
    ("Late nights on Bluebird are paying off", "Bluebird"),
    ("Nightjar's firmware passed pre-compliance testing", "Nightjar"),
    ("We powered on the first Orion X unit today", "Orion X"),
    ("Project   Falcon\nstaging is up", "Project   Falcon"),
    ("Orion\nX ships next year", "Orion\nX"),
    ("Can't wait to show you #ProjectFalcon", "#ProjectFalcon"),
    ("Bluebird-powered search is live for testers", "Bluebird"),
]


@pytest.mark.parametrize(("text", "name"), CODE_NAMES)
def test_code_name_is_reported(findings, text: str, name: str) -> None:
    assert covered(findings, text, "confidential.codename") == [name]
    assert findings(text, "confidential.codename")[0].severity == "high"


NOT_CODE_NAMES = [
    "A bluebird landed on the feeder this morning",
    "Bluebirds are nesting early this spring",
    "Stunning shot of the Orion Nebula last night",
    "Watching the Falcon 9 launch from the beach",
    "A peregrine falcon nests on our office roof",
    "Nightjars sing at dusk in the heath",
    "Orion Xylophones are on sale",
]


@pytest.mark.parametrize("text", NOT_CODE_NAMES)
def test_ordinary_words_are_not_code_names(categories, text: str) -> None:
    assert "confidential.codename" not in categories(text)


def test_overlay_adds_a_code_name(engine: Engine, tmp_path: Path) -> None:
    text = "Kestrel ships to the first customers in May"
    assert "confidential.codename" not in {f.category for f in engine.screen(text).findings}
    overlay = tmp_path / "org"
    overlay.mkdir()
    (overlay / "names.yaml").write_text("lists:\n  code_names: [Kestrel]\n")
    extended = Engine(load_policy(DEFAULT_RULES, [ACME, overlay]), engine.settings, engine.nlp)
    (finding,) = [f for f in extended.screen(text).findings if f.category == "confidential.codename"]
    assert text[finding.start : finding.end] == "Kestrel"


# ---------------------------------------------------------------------------------------------------
# Internal hosts
# ---------------------------------------------------------------------------------------------------

INTERNAL_HOSTS = [
    ("Anyone else unable to reach 10.0.12.45?", "10.0.12.45"),
    ("The router admin page is 192.168.1.1:8080", "192.168.1.1"),
    ("Builds land on 172.31.255.254 overnight", "172.31.255.254"),
    ("Our VPN now routes 10.0.0.0/8 through the new gateway", "10.0.0.0/8"),
    ("Carrier NAT gave us 100.64.3.7 again", "100.64.3.7"),
    ("The lab prefix is fd12:3456:789a::1 now", "fd12:3456:789a::1"),
    ("Firmware builds are on 10.20.4.15/builds", "10.20.4.15"),
    ("The build server is 10.4.22.7, ping it", "10.4.22.7"),
    ("Brand assets are on fileserver01.corp", "fileserver01.corp"),
    ("Open \\\\fileserver01.corp\\design\\2024 for the logos", "fileserver01.corp"),
    ("Update the vendor master at https://erp.finance.corp/vendors", "erp.finance.corp"),
    ("Log in at http://grafana.ops.internal:3000 if it's down", "grafana.ops.internal"),
    ("Printer on floor 3 is printer-3f.office.local", "printer-3f.office.local"),
    ("The NAS is nas.home.arpa, ask me for access", "nas.home.arpa"),
    ("Jenkins on BUILD01.CORP died again", "BUILD01.CORP"),
    ("Bookmark https://intranet.contoso.com/wiki/start-here", "intranet.contoso.com"),
]


@pytest.mark.parametrize(("text", "host"), INTERNAL_HOSTS)
def test_internal_host_is_reported(findings, text: str, host: str) -> None:
    assert covered(findings, text, "confidential.internal_host") == [host]
    assert findings(text, "confidential.internal_host")[0].severity == "high"


NOT_INTERNAL_HOSTS = [
    "Acme Corp. announces record attendance",
    "Shop local this weekend and support small businesses",
    "Our new intranet, built by the comms team, launches today",
    "Version 10.4.2 is out with dark mode",
    "Visit us at booth 10.12 in hall B",
    "Release v10.0.0.1 fixes the login bug",
    "Desktop build 10.4.22.7 ships to everyone on Monday",
    "Release: 10.1.0.3 is live in the app store",
    "Public DNS at 8.8.8.8 is back up",
    "Documentation example: 203.0.113.7 and 192.0.2.1",
    "172.32.0.1 is just outside the private range",
    "An address like 10.0.0.256 does not exist",
    "The OID 1.3.6.1.4.1 names our vendor tree",
    "Copy settings.local.py next to manage.py",
    "What a great day with the team.Local news covered it!",
    "Meeting at 10:30:45 sharp",
]


@pytest.mark.parametrize("text", NOT_INTERNAL_HOSTS)
def test_public_or_ordinary_text_is_not_an_internal_host(categories, text: str) -> None:
    assert "confidential.internal_host" not in categories(text)
