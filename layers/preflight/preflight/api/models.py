"""Request bodies. The gateway validates the same shapes (template.yaml's ScreenRequest model)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

Channel = Literal[
    "linkedin", "x", "facebook", "instagram", "threads", "tiktok", "youtube", "bluesky", "mastodon", "other"
]


def _well_formed(value: str) -> str:
    # JSON can carry a lone surrogate ("\ud800"); it cannot be encoded, hashed or stored: a 400 here,
    # not a 500 from the fingerprint.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("the string is not well-formed Unicode (lone surrogate)") from exc
    return value


Text = Annotated[str, AfterValidator(_well_formed)]
MetadataValue = Annotated[Text, StringConstraints(max_length=256)]
# DynamoDB cannot store (or moto cannot read back) an empty map key: a 400 here, not a 500 later.
# The gateway's draft-04 model cannot say it (no propertyNames before draft 6): the handler does.
MetadataKey = Annotated[Text, StringConstraints(min_length=1)]


class ScreenBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # No maximum length here: an over-long draft gets the engine's 413, not a validation 400.
    text: Annotated[Text, StringConstraints(min_length=1)]
    author: Annotated[Text, StringConstraints(min_length=1, max_length=256)]
    channel: Channel = "other"
    metadata: Annotated[dict[MetadataKey, MetadataValue], Field(max_length=20)] = Field(default_factory=dict)


class ReviewBody(BaseModel):
    """A reviewer's verdict (template.yaml's ReviewRequest model). The reviewer is the token's user,
    never a field of the body."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["approve", "reject"]
    note: Annotated[Text, StringConstraints(max_length=2000)] = ""

    @model_validator(mode="after")
    def _reject_needs_a_note(self) -> ReviewBody:
        if self.action == "reject" and not self.note.strip():
            raise ValueError("a note is required to reject: say what must change")
        return self
