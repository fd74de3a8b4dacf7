"""Suspicious links (`link.suspicious`): URL shorteners, raw-IP links with a scheme, punycode and
look-alike domains. Each link is reported whole; allow-listed domains are skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from preflight.engine import Engine
from preflight.engine.policy import load_policy

from tests.conftest import ACME, DEFAULT_RULES


def covered(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, "link.suspicious")]


SUSPICIOUS = [
    # Shorteners, bare or with a scheme, with a path.
    ("Claim your prize at bit.ly/3xPrizeNow today", "bit.ly/3xPrizeNow"),
    ("Slides: tinyurl.com/acme-webinar-24", "tinyurl.com/acme-webinar-24"),
    ("Register: https://tinyurl.com/acme-webinar-24.", "https://tinyurl.com/acme-webinar-24"),
    ("details here: cutt.ly/nwnd-moon 🚀", "cutt.ly/nwnd-moon"),
    ("(see https://t.co/Ab12Cd34)", "https://t.co/Ab12Cd34"),
    ("Burn fat fast → rb.gy/slim20", "rb.gy/slim20"),
    ("read https://www.bit.ly/x?ref=feed", "https://www.bit.ly/x?ref=feed"),
    # Raw IP addresses behind a scheme, public or private.
    ("IT says re-verify your account here: http://203.0.113.45/login", "http://203.0.113.45/login"),
    ("Wiki moved! http://172.16.8.20/wiki/Onboarding", "http://172.16.8.20/wiki/Onboarding"),
    ("grab it from ftp://198.51.100.7/pub", "ftp://198.51.100.7/pub"),
    # Punycode and look-alike letters.
    ("Pay securely at https://xn--ypal-43d9g.com/invoice/8812", "https://xn--ypal-43d9g.com/invoice/8812"),
    ("Preorder at xn--pple-43d.com", "xn--pple-43d.com"),
    ("Verify at pаypal.com/login now", "pаypal.com/login"),  # a Cyrillic 'а'
]


@pytest.mark.parametrize(("text", "link"), SUSPICIOUS)
def test_suspicious_link_is_reported_whole(findings, text: str, link: str) -> None:
    assert covered(findings, text) == [link]
    assert findings(text, "link.suspicious")[0].severity == "medium"


NOT_SUSPICIOUS = [
    "Code is on bitbucket.org/team/repo and github.com/acme/preflight",
    "Guide: https://docs.fabrikam.io/guide/setup",
    "Release notes: https://example.com/releases/3.2?tab=notes#fixes",
    "Our short links are made with bit.ly",
    "https://bit.ly is a link shortener",
    "Firmware builds are on 10.20.4.15/builds",  # an internal host, but no scheme: not a link
    "e.g. this works with v2.3.0 and 3.5.1 too",
    "Mail press@bit.ly for media kits",
    "Acme Corp. announces record results",
    "Greek notes: κ.ο.κ. and τα.κα",
]


@pytest.mark.parametrize("text", NOT_SUSPICIOUS)
def test_ordinary_link_or_text_is_not_suspicious(categories, text: str) -> None:
    assert "link.suspicious" not in categories(text)


def test_private_ip_link_is_both_a_suspicious_link_and_an_internal_host(findings) -> None:
    text = "Dashboards: http://192.168.10.5/grafana"
    assert covered(findings, text) == ["http://192.168.10.5/grafana"]
    assert [text[f.start : f.end] for f in findings(text, "confidential.internal_host")] == ["192.168.10.5"]


def test_allow_listed_domains_and_their_subdomains_are_skipped(
    findings, engine: Engine, tmp_path: Path
) -> None:
    text = "Webinar: https://bit.ly/acme-q3 and go.tinyurl.com/acme-q3, also cutt.ly/other"
    assert covered(findings, text) == ["https://bit.ly/acme-q3", "go.tinyurl.com/acme-q3", "cutt.ly/other"]
    overlay = tmp_path / "org"
    overlay.mkdir()
    (overlay / "links.yaml").write_text("lists:\n  allowed_link_domains: [bit.ly, tinyurl.com]\n")
    allowing = Engine(load_policy(DEFAULT_RULES, [ACME, overlay]), engine.settings, engine.nlp)
    reported = [
        text[f.start : f.end] for f in allowing.screen(text).findings if f.category == "link.suspicious"
    ]
    assert reported == ["cutt.ly/other"]
