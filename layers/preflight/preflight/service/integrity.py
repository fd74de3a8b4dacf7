"""Keyed hashes of the decision log: a decision's ``record_hash`` and each event's ``event_hash``.

A plain hash shows a change only to someone holding an untouched copy of it: whoever can write the
table can alter a decision or an event and store the recomputed hash beside it, and the chain still
verifies. These hashes are therefore MACs, HMAC-SHA-256 under a KMS key (``KeySpec: HMAC_256``) whose
secret never leaves KMS: the functions that write decisions and events may only generate MACs
(``kms:GenerateMac``), the readers and the auditors' tools may only verify them (``kms:VerifyMac``),
and writing the table gives neither. A verifier never generates a MAC to compare: it may not be
allowed to, and a verifier that can generate could also forge.

The MAC'd message: KMS takes at most 4096 bytes per message and a decision (findings, redacted text,
sealed original) is larger, so the message is a tag naming what is hashed (``record`` or ``event``,
so that one kind's MAC never passes for the other) and the SHA-256 of the same RFC 8785 canonical
JSON as before (hash-then-MAC: forging it needs the key or a SHA-256 collision).

Every hashed item names the key that made its MAC (``mac_key_id``, itself covered by the MAC), so
that a verifier can tell a MAC of another key from a wrong one and, after a key change, knows which
key to ask. A verifier trusts only the key it is configured with: an item naming any other key (or
none: a plain SHA-256 of the old scheme) does not verify.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any, Literal

import rfc8785

from preflight.store.vault import KeyVault

MAC_KEY_ATTRIBUTE = "mac_key_id"
Kind = Literal["record", "event"]


def message(kind: Kind, body: Mapping[str, Any]) -> bytes:
    """What KMS MACs for ``body``: the tag, then the SHA-256 of its canonical JSON (RFC 8785).

    ``body`` holds plain values: the store reads DynamoDB's numbers back as the ints they were."""
    return f"preflight-{kind}-v1\n".encode() + hashlib.sha256(rfc8785.dumps(dict(body))).digest()


class LogMac:
    """The decision log's MAC key: ``sign`` for the writers, ``check`` for the verifiers."""

    def __init__(self, key_id: str, vault: KeyVault | None = None) -> None:
        if not key_id:
            raise RuntimeError("PREFLIGHT_AUDIT_MAC_KEY_ID must be set")
        self.key_id = key_id
        self.vault = vault or KeyVault()

    def sign(self, kind: Kind, body: Mapping[str, Any]) -> str:
        """The hex MAC of ``body``, which must name this key. StoreUnavailable if KMS refuses."""
        if body.get(MAC_KEY_ATTRIBUTE) != self.key_id:
            raise ValueError(f"the hashed body must name the key that signs it ({MAC_KEY_ATTRIBUTE})")
        return self.vault.generate_mac(self.key_id, message(kind, body)).hex()

    def check(self, kind: Kind, body: Mapping[str, Any], mac: Any) -> str | None:
        """None when ``mac`` is ``body``'s MAC under this key; otherwise what is wrong with it.
        One VerifyMac call at most; StoreUnavailable when KMS could not answer."""
        named = body.get(MAC_KEY_ATTRIBUTE)
        if named is None:
            return "is not keyed (no mac_key_id): a plain hash proves nothing"
        if named != self.key_id:
            return f"names the key {named}, not the audit key"
        try:
            raw = bytes.fromhex(mac) if isinstance(mac, str) else b""
        except ValueError:
            raw = b""
        if len(raw) != hashlib.sha256().digest_size:
            return "is not an HMAC-SHA-256"
        if not self.vault.verify_mac(self.key_id, message(kind, body), raw):
            return "does not match its content"
        return None
