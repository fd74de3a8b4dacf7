"""Internal hosts named by a "corp", "intra" or "internal" label anywhere in a host name, in URLs
with paths, ports, query strings, in brackets ("https://jira.corp.acme.com/browse/CS-1",
"wiki.intra.acme.de", "grafana.internal.acme.net:3000"); not public names that hold "corp" as part
of a word ("corpus", "corporate.com", "acmecorp.com") nor documentation hosts (www.example.com)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "confidential.internal_host"

HOSTS = [
    (
        "Your ticket is in our tracker (https://jira.corp.harbourbank.com/browse/HB-77).",
        "jira.corp.harbourbank.com",
    ),
    ("Runbook: https://wiki.intra.nordlicht.de/display/OPS?tab=2", "wiki.intra.nordlicht.de"),
    ("Dashboard at grafana.internal.velo.net:3000/d/abc?orgId=1", "grafana.internal.velo.net"),
    ("Le guide est sur http://docs.intra.soleil.fr/guide#install.", "docs.intra.soleil.fr"),
    ("Mira el panel: https://panel.corp.solmar.es:8443/login", "panel.corp.solmar.es"),
    ("Corp.harbourbank.com/hr has the form", "Corp.harbourbank.com"),
]
PUBLIC = [
    "Read our research at https://corpus.example.org/papers and on corporate.com.",
    "Visit https://www.acmecorp.com/careers for jobs.",
    "Acme Corp. Announces record results. See https://www.example.com/docs.",
    "Our corporate site https://corporate.acme.com/press has the release.",
    "The corp. office moved. Internal.Memos are gone.",
    "Download the intra-day report at https://www.intraday.io/report",
]


@pytest.mark.parametrize(("text", "host"), HOSTS)
def test_internal_label_in_a_url_is_an_internal_host(findings, text: str, host: str) -> None:
    assert [text[f.start : f.end] for f in findings(text, CATEGORY)] == [host]


@pytest.mark.parametrize("text", PUBLIC)
def test_public_names_holding_corp_are_not_internal_hosts(findings, text: str) -> None:
    assert findings(text, CATEGORY) == [], text


_NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10)


@settings(max_examples=150, deadline=None)
@given(
    service=_NAME,
    label=st.sampled_from(["corp", "intra", "internal", "intranet"]),
    company=_NAME,
    tld=st.sampled_from(["com", "net", "de", "fr", "io"]),
    scheme=st.sampled_from(["", "https://", "http://"]),
    rest=st.sampled_from(["", "/browse/CS-1", ":8443/login", "/wiki?page=2&x=1", "#top"]),
    frame=st.sampled_from(["See {u} for details.", "({u})", "Link: {u}", "{u}"]),
)
def test_any_host_with_an_internal_label_is_found_with_its_url_around_it(
    findings, service, label, company, tld, scheme, rest, frame
):
    host = f"{service}.{label}.{company}.{tld}"
    text = frame.format(u=f"{scheme}{host}{rest}")
    assert [text[f.start : f.end] for f in findings(text, CATEGORY)] == [host], text


@settings(max_examples=100, deadline=None)
@given(
    brand=st.sampled_from(["corpus", "corporate", "acmecorp", "intraday", "internals", "corpora"]),
    tld=st.sampled_from(["com", "org", "net"]),
    rest=st.sampled_from(["", "/about", "/press?id=3"]),
)
def test_brands_holding_the_labels_as_part_of_a_word_are_public(findings, brand, tld, rest):
    text = f"Read more at https://www.{brand}.{tld}{rest} and on {brand}.{tld}."
    assert findings(text, CATEGORY) == [], text
