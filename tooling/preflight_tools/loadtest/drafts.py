"""The drafts the clients send: ordinary posts, some with a sentence the default policy flags, and
same-key retries."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from typing import Any

_OPENERS = [
    "Happy Friday from the whole team!",
    "Our spring collection is here.",
    "Thank you to everyone who joined the webinar yesterday.",
    "We are hiring designers in Lisbon and Berlin.",
    "Meet us at booth 42 at the trade fair next week.",
    "The new release makes reports twice as easy to share.",
    "Big thanks to our community for the thoughtful feedback.",
    "Registration for the autumn workshop is now open.",
    "Five tips for planning a calmer content calendar.",
    "Our team is here for you all weekend.",
]
_MIDDLES = [
    "Read the full story on our blog.",
    "Tell us what you would like to see next.",
    "Bring a friend and a good question.",
    "Seats are limited, so sign up early.",
    "See the photos from the launch event.",
    "The recording is on our website.",
    "Share it with a colleague who plans campaigns.",
    "",
]
_CLOSERS = ["See you soon!", "Have a great weekend.", "Stay tuned.", "Cheers, the team", ""]
_TAGS = ["#marketing", "#teamwork", "#launch", "#events", "#design", ""]
_NAMES = ["jane", "ali", "mei", "omar", "sofia", "lukas", "priya", "tom"]
_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "proton.me"]
_CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881"]  # test numbers, Luhn-valid
_CHANNELS = ["linkedin", "x", "facebook", "instagram", "threads", "bluesky", "mastodon", "other"]


def _phone(rng: random.Random) -> str:
    area = rng.choice(["415", "212", "646", "303", "617"])
    return rng.choice(["{a}.555.{n}", "({a}) 555-{n}", "+1 {a} 555 {n}"]).format(
        a=area, n=f"{rng.randrange(100, 200):04d}"
    )


# Each entry writes one sentence that the default policy flags (at medium or above).
_RISKS = [
    lambda r: f"Questions? Mail me at {r.choice(_NAMES)}.{r.randrange(10, 99)}@{r.choice(_DOMAINS)}.",
    lambda r: f"Call me directly at {_phone(r)} to get the deal.",
    lambda r: f"Pay with card {r.choice(_CARDS)} for the discount.",
    lambda r: f"This {r.choice(['shit', 'fucking', 'bullshit'])} deal will not last.",
    lambda r: f"Our fund offers guaranteed {r.choice([12, 15, 20, 30])}% returns every year.",
    lambda r: f"It is a risk-free investment with guaranteed {r.choice([10, 20, 25])}% returns.",
]


@dataclass(frozen=True)
class Draft:
    index: int
    client: str
    body: dict[str, Any]
    expected: str  # the generator's intent: approve or flag (reported, not a check)
    key: str | None = None
    mode: str = "single"  # single | retry (same client, twice in a row) | concurrent (two clients at once)


def draft_body(rng: random.Random, flagged: bool) -> dict[str, Any]:
    parts = [rng.choice(_OPENERS), rng.choice(_MIDDLES)]
    if flagged:
        parts.insert(rng.randrange(0, 3), rng.choice(_RISKS)(rng))
    parts += [rng.choice(_CLOSERS), rng.choice(_TAGS)]
    body: dict[str, Any] = {"text": " ".join(p for p in parts if p), "author": rng.choice(_NAMES)}
    if rng.random() < 0.8:  # some clients omit the channel (the API defaults it to "other")
        body["channel"] = rng.choice(_CHANNELS)
    if rng.random() < 0.3:
        body["metadata"] = {"campaign": f"c-{rng.randrange(1, 40)}", "draft": str(rng.randrange(10**6))}
    return body


def make_drafts(
    requests: int, retry_fraction: float, clients: list[str], rng: random.Random, concurrent: bool = True
) -> list[Draft]:
    """Drafts whose sends add up to ``requests`` POSTs: a ``retry_fraction`` of the POSTs are second
    sends of a draft with the same Idempotency-Key, half of them from two clients at the same time."""
    retries = round(requests * retry_fraction)
    drafts = []
    for index in range(requests - retries):
        flagged = rng.random() < 0.4
        mode, key = "single", None
        if index < retries:
            mode = "concurrent" if concurrent and index % 2 else "retry"
            key = f"load-{uuid.uuid4()}"
        elif rng.random() < 0.1:  # a key sent once: the guard is written, nothing else changes
            key = f"load-{uuid.uuid4()}"
        drafts.append(
            Draft(
                index,
                rng.choice(clients),
                draft_body(rng, flagged),
                "flag" if flagged else "approve",
                key,
                mode,
            )
        )
    rng.shuffle(drafts)
    return drafts
