"""link.suspicious, round 10: a raw-IP link counts only with a scheme a reader opens (http, https, ftp,
defanged hxxp...). A service's connection URL with credentials to a private address
("redis://:pw@10.40.1.9:6379/0", "amqp://user:pw@172.16.3.4") is configuration: a secret and an
internal host, not a suspicious link."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text",
    [
        "Queue for the workers: amqp://svc:Qx7vLm2pZ@172.16.3.4:5672/jobs",
        "Old reporting DB: postgres://report:Hn4kPq9Wz@192.168.20.11:5432/bi",
        "Cache: redis://:Zr8pTq3Lx@10.12.0.5:6379/2",
    ],
)
def test_connection_urls_to_private_addresses_are_no_suspicious_link(categories, text: str) -> None:
    found = categories(text)
    assert "link.suspicious" not in found
    assert "confidential.internal_host" in found


@pytest.mark.parametrize(
    "text",
    ["Verify your account at http://198.51.100.23/verify", "hxxps://203.0.113.77/login (defanged)"],
)
def test_web_links_to_raw_ips_stay_suspicious(categories, text: str) -> None:
    assert "link.suspicious" in categories(text)


@hsettings(max_examples=60, deadline=None)
@given(
    scheme=st.sampled_from(["redis", "postgres", "mysql", "mongodb", "amqp", "ldap"]),
    second=st.integers(min_value=0, max_value=255),
    third=st.integers(min_value=0, max_value=255),
    last=st.integers(min_value=1, max_value=254),
    port=st.integers(min_value=1024, max_value=65535),
)
def test_no_service_scheme_to_a_private_ip_is_a_suspicious_link(
    categories, scheme, second, third, last, port
) -> None:
    text = f"staging: {scheme}://app:Pw9xQ2@10.{second}.{third}.{last}:{port}/x"
    assert "link.suspicious" not in categories(text)


@hsettings(max_examples=40, deadline=None)
@given(scheme=st.sampled_from(["http", "https", "HTTP", "ftp"]), last=st.integers(min_value=1, max_value=254))
def test_web_schemes_to_a_raw_ip_are_suspicious(categories, scheme, last) -> None:
    assert "link.suspicious" in categories(f"open {scheme}://203.0.113.{last}/login now")
