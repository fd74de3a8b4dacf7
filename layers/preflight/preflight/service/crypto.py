"""Keyed fingerprints and envelope encryption of original drafts (KMS data key + AES-256-GCM).

The fingerprint is an HMAC-SHA-256 with a secret key: a plain hash of a short draft with an SSN in
a known template could be reversed by guessing. The original text is evidence a regulator may ask
for, so it is kept, but only sealed under a dedicated KMS key; only the auditors' original-text
route decrypts it (``open``), and every such read is recorded in the decision's history.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import zlib
from collections.abc import Mapping
from typing import Any

import rfc8785
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from preflight.store.vault import KeyVault

_BODY_PREFIX = b"preflight/screen-body/v1\0"


class Sealer:
    def __init__(self, key_id: str, secret_arn: str, vault: KeyVault | None = None) -> None:
        if not key_id or not secret_arn:
            raise RuntimeError("PREFLIGHT_ORIGINALS_KEY_ID and PREFLIGHT_FINGERPRINT_SECRET_ARN must be set")
        self.key_id = key_id
        self.secret_arn = secret_arn
        self.vault = vault or KeyVault()
        self._fingerprint_key: bytes | None = None

    def fingerprint(self, text: str) -> str:
        return hmac.new(self._key(), text.encode("utf-8"), hashlib.sha256).hexdigest()

    def body_fingerprint(self, body: Mapping[str, Any]) -> str:
        """The keyed fingerprint of a request body in RFC 8785 canonical JSON: what an idempotency
        key is bound to. Keyed for the same reason as ``fingerprint``; the prefix keeps a body's
        fingerprint from ever equalling a text's (a draft may be JSON)."""
        return hmac.new(self._key(), _BODY_PREFIX + rfc8785.dumps(dict(body)), hashlib.sha256).hexdigest()

    def _key(self) -> bytes:
        if self._fingerprint_key is None:
            self._fingerprint_key = self.vault.secret_string(self.secret_arn).encode("utf-8")
        return self._fingerprint_key

    def seal(self, text: str, decision_id: str) -> dict[str, str]:
        data_key, encrypted_key, key_id = self.vault.new_data_key(self.key_id, {"decision_id": decision_id})
        nonce = os.urandom(12)
        # Compressed first: a 100,000-character draft must fit in its DynamoDB item (400 KB) with
        # its redacted text and findings.
        plaintext = zlib.compress(text.encode("utf-8"), 6)
        ciphertext = AESGCM(data_key).encrypt(nonce, plaintext, decision_id.encode())
        return {
            "algorithm": "AES-256-GCM",
            "compression": "zlib",
            "key_id": key_id,
            "encrypted_data_key": base64.b64encode(encrypted_key).decode(),
            "nonce": base64.b64encode(nonce).decode(),
            "ciphertext": base64.b64encode(ciphertext).decode(),
        }

    def open(self, sealed: dict[str, str], decision_id: str) -> str:
        """The original text of a sealed draft (KMS decrypts the data key for this decision only)."""
        data_key = self.vault.open_data_key(
            base64.b64decode(sealed["encrypted_data_key"]), {"decision_id": decision_id}
        )
        plaintext = AESGCM(data_key).decrypt(
            base64.b64decode(sealed["nonce"]), base64.b64decode(sealed["ciphertext"]), decision_id.encode()
        )
        return zlib.decompress(plaintext).decode("utf-8")
