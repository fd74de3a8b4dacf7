"""KMS and Secrets Manager for the service: data keys for envelope encryption of original drafts,
and the HMAC keys (text fingerprints, list cursors). ClientError never leaves this module: a key or
secret that cannot be had is StoreUnavailable (the caller fails closed)."""

from __future__ import annotations

from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from preflight.store.clients import LazyClient
from preflight.store.errors import StoreUnavailable


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
