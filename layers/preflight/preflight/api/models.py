"""Request bodies. The gateway validates the same shapes (template.yaml's ScreenRequest model)."""

from __future__ import annotations

import unicodedata
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from preflight.records import ReviewAction

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


# Characters that show nothing: separators, controls and format characters by category, and the
# Default_Ignorable_Code_Point characters of other categories (Unicode's DerivedCoreProperties.txt:
# Hangul fillers, variation selectors, combining grapheme joiner, Khmer inherent vowels...), plus
# the blank Braille pattern, which renders as a space.
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160), (0x17B4, 0x17B5),
    (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x2800, 0x2800),
    (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
)  # fmt: skip


def invisible(char: str) -> bool:
    if char.isspace() or unicodedata.category(char) in _INVISIBLE_CATEGORIES:
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _IGNORABLE_RANGES)


def blank(value: str) -> bool:
    """Nothing visible: empty, or only white space and characters that show nothing."""
    return all(invisible(c) for c in value)


Text = Annotated[str, AfterValidator(_well_formed)]
MetadataValue = Annotated[Text, StringConstraints(max_length=256)]
# DynamoDB cannot store (or moto cannot read back) an empty map key: a 400 here, not a 500 later.
# Keys are names, as long as a value at most (each is screened). The gateway's draft-04 model cannot
# say either (no propertyNames before draft 6): the handler does.
MetadataKey = Annotated[Text, StringConstraints(min_length=1, max_length=256)]


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

    action: ReviewAction
    note: Annotated[Text, StringConstraints(max_length=2000)] = ""

    @model_validator(mode="after")
    def _reject_needs_a_note(self) -> ReviewBody:
        if self.action == "reject" and blank(self.note):
            raise ValueError("a note is required to reject: say what must change")
        return self
