"""Request bodies. The gateway validates the same shapes (template.yaml's ScreenRequest model)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Channel = Literal["linkedin", "x", "facebook", "instagram", "threads", "tiktok", "youtube", "bluesky", "mastodon", "other"]
MetadataValue = Annotated[str, StringConstraints(max_length=256)]


class ScreenBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # No maximum length here: an over-long draft gets the engine's 413, not a validation 400.
    text: str
    author: Annotated[str, StringConstraints(min_length=1, max_length=256)]
    channel: Channel = "other"
    metadata: Annotated[dict[str, MetadataValue], Field(max_length=20)] = Field(default_factory=dict)
