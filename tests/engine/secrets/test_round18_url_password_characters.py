"""secret round 18: a password inside a URL holds any character a password may hold, "?" among them
("postgres://svc:Maple42?xq7W@host/db"), and "#", "%", "!", "&", "=". A URL with a port and a query or
a fragment, a query string with no password, an empty password and the placeholders of documentation
stay clean. Made-up credentials."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

REAL = [
    ("Wie wil meekijken? DB: postgres://svc_bi:Maple42?xq7W@pg-reports.corp.example:5432/bi", "Maple42?xq7W"),
    ("la cola: amqp://bus:Qx!7#vb?2@rabbit.internal:5672/", "Qx!7#vb?2"),
    ("mysql://etl:k7&Vq=3%21zP@10.0.4.7/warehouse para el ETL", "k7&Vq=3%21zP"),
    ("Redis: redis://cache:?Lk29vPq!@redis-01.corp.example:6379/0", "?Lk29vPq!"),
    ("mongodb://app:Sun=Rise?77&x@mongo-a.corp.example/app bitte nicht teilen", "Sun=Rise?77&x"),
]


def _secrets(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, "secret")]


@pytest.mark.parametrize(("text", "password"), REAL)
def test_a_password_in_a_url_with_any_character_is_found(findings, text, password) -> None:
    assert _secrets(findings, text) == [password], text


CLEAN = [
    "API docs: https://api.example.com:443?email=jane@example.com returns the profile",
    "https://shop.example.com:8080#reviews@top is the anchor",
    "search https://shop.example.com/find?q=a:b@c for the bug",
    "postgres://user:@localhost/db works without a password locally",
    "connect with postgres://user:<password>@host/db",
    "set postgres://app:${DB_PASS}@db:5432/app in the env",
    "the log shows postgres://app:****@db:5432/app",
    "postgres://user:password@localhost/db is the template",
]


@pytest.mark.parametrize("text", CLEAN)
def test_ports_queries_and_placeholders_are_no_password(findings, text) -> None:
    assert _secrets(findings, text) == [], text


@settings(max_examples=60, deadline=None)
@given(
    head=st.from_regex(r"[A-Za-z][A-Za-z0-9]{3,8}", fullmatch=True),
    mark=st.sampled_from(["?", "#", "%", "!", "&", "="]),
    tail=st.from_regex(r"[A-Za-z0-9]{3,8}", fullmatch=True),
    scheme=st.sampled_from(["postgres", "mysql", "redis", "amqp", "mongodb"]),
)
def test_property_a_url_password_with_punctuation_is_found(findings, head, mark, tail, scheme) -> None:
    password = f"{head}{mark}{tail}"
    text = f"conn: {scheme}://svc_app:{password}@db-7.corp.example/app"
    assert _secrets(findings, text) == [password], text
