"""KMS and Secrets Manager for the service: data keys for envelope encryption of original drafts,
the HMAC keys of text fingerprints and list cursors, and the MACs of the decision log (an HMAC key
that never leaves KMS). ClientError never leaves this module: a key or secret that cannot be had is
StoreUnavailable (the caller fails closed)."""

from __future__ import annotations

from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from preflight.store.clients import LazyClient
from preflight.store.errors import StoreUnavailable

# The only algorithm of an HMAC_256 key; VerifyMac must name the one GenerateMac used.
MAC_ALGORITHM = "HMAC_SHA_256"


class KeyVault:
    kms = LazyClient("kms", slot="_kms")
    secrets = LazyClient("secretsmanager", slot="_secrets")

    def __init__(self, kms: Any | None = None, secrets: Any | None = None) -> None:
        self._kms = kms
        self._secrets = secrets

    def new_data_key(self, key_id: str, context: dict[str, str]) -> tuple[bytes, bytes, str]:
        """A fresh AES-256 data key: (plaintext, encrypted under ``key_id``, the key's id)."""
        try:
            made = self.kms.generate_data_key(KeyId=key_id, KeySpec="AES_256", EncryptionContext=context)
        except (ClientError, BotoCoreError) as exc:
            raise StoreUnavailable(f"original not sealed: {exc}") from exc
        return made["Plaintext"], made["CiphertextBlob"], made.get("KeyId", key_id)

    def open_data_key(self, encrypted: bytes, context: dict[str, str]) -> bytes:
        try:
            return self.kms.decrypt(CiphertextBlob=encrypted, EncryptionContext=context)["Plaintext"]
        except (ClientError, BotoCoreError) as exc:
            raise StoreUnavailable(f"original not opened: {exc}") from exc

    def secret_string(self, secret_id: str) -> str:
        try:
            return self.secrets.get_secret_value(SecretId=secret_id)["SecretString"]
        except (ClientError, BotoCoreError) as exc:
            raise StoreUnavailable(f"secret not available: {exc}") from exc

    def generate_mac(self, key_id: str, message: bytes) -> bytes:
        """HMAC-SHA-256 of ``message`` (at most 4096 bytes) under the KMS key ``key_id``."""
        try:
            return self.kms.generate_mac(KeyId=key_id, Message=message, MacAlgorithm=MAC_ALGORITHM)["Mac"]
        except (ClientError, BotoCoreError) as exc:
            raise StoreUnavailable(f"history not signed: {_reason(exc)}") from exc

    def verify_mac(self, key_id: str, message: bytes, mac: bytes) -> bool:
        """Whether ``mac`` is the HMAC of ``message`` under ``key_id``: False for a wrong MAC,
        StoreUnavailable when KMS could not say (the caller must not read that as valid)."""
        try:
            answer = self.kms.verify_mac(KeyId=key_id, Message=message, MacAlgorithm=MAC_ALGORITHM, Mac=mac)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") == "KMSInvalidMacException":
                return False
            raise StoreUnavailable(f"history not verified: {_reason(exc)}") from exc
        except BotoCoreError as exc:
            raise StoreUnavailable(f"history not verified: {_reason(exc)}") from exc
        return bool(answer.get("MacValid"))


def _reason(exc: ClientError | BotoCoreError) -> str:
    if isinstance(exc, ClientError):
        return str(exc.response.get("Error", {}).get("Code") or "refused")
    return type(exc).__name__
