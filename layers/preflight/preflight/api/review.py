"""The review routes (role ``review``): the queue of flagged drafts and the verdict on one.

A verdict's note is stored masked by the screening engine (service/masking.py). The engine, and
spaCy with it, is built on the first note to mask (about 1.5 s and 150 MB, once per container), not
at initialisation: reading the queue and approving without a note never load it. It is the process's
one screening engine (api/engine.py), so the local runner, serving every route, loads it once.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Body, Query

from preflight.api.auth import Role, access, admitted
from preflight.api.common import (
    Cursor,
    FilterValue,
    PageSize,
    new_resolver,
    no_such_decision,
    require_json,
)
from preflight.api.engine import screening_engine
from preflight.api.errors import ApiError
from preflight.api.models import Channel, ReviewBody
from preflight.api.openapi import DecisionWithHistory, error_responses, ok
from preflight.api.responses import QueuePage, ReviewConflictBody
from preflight.records import PENDING_REVIEW, TRANSITIONS
from preflight.service.decisions import DecisionNotFound
from preflight.service.integrity import LogMac
from preflight.service.masking import Masker
from preflight.service.paging import DEFAULT_PAGE_SIZE, CursorSigner
from preflight.service.review import ReviewConflict, ReviewService
from preflight.settings import get_settings
from preflight.store.dynamodb import DecisionStore

settings = get_settings()
app = new_resolver()


@cache
def _service() -> ReviewService:
    return ReviewService(
        DecisionStore(settings.table_name),
        LogMac(settings.audit_mac_key_id),
        settings.shards,
        mask_note=Masker(screening_engine),
        cursors=CursorSigner.from_secret(settings.cursor_secret_arn),
    )


@app.get(
    "/reviews/queue",
    summary="The review queue",
    description=(
        "Drafts pending review, oldest first, merged over the queue's shards; page with `cursor`. "
        "`category` keeps drafts with a finding of that category, `channel` those from that channel; "
        "`pending` counts the whole queue with the same filters, not just the page."
    ),
    responses={
        **ok("A page of pending decisions and the number pending"),
        **error_responses("validation_error", "forbidden", "internal_error", "unavailable"),
    },
    **access(Role.review),
)
def review_queue(
    limit: PageSize = DEFAULT_PAGE_SIZE,
    cursor: Cursor = None,
    category: Annotated[FilterValue | None, Query(description="a finding category (see GET /policy)")] = None,
    channel: Annotated[Channel | None, Query(description="the channel the draft is for")] = None,
) -> QueuePage:
    service = _service()
    page = service.queue(limit, cursor, category=category, channel=channel)
    pending = service.pending(category=category, channel=channel)
    return QueuePage.model_validate(page.to_dict() | {"pending": pending})


@app.post(
    "/decisions/<id>/review",
    summary="Approve or reject a flagged draft",
    description=(
        f"Moves a `{PENDING_REVIEW}` decision to "
        + " or ".join(f"`{status}`" for status in TRANSITIONS[PENDING_REVIEW].values())
        + " and "
        "appends the verdict to its hash-chained history. A note is required to reject. The reviewer "
        "is the token's user. When two reviewers act at once, exactly one wins; the other, and any "
        "review of a decision that is not pending, gets 409 with the current state."
    ),
    responses={
        **ok("The decision after the verdict, with its history"),
        **error_responses(
            "validation_error",
            "malformed_json",
            "forbidden",
            "not_found",
            "unsupported_media_type",
            "internal_error",
            "unavailable",
        ),
        409: {
            "description": "Conflict: error code conflict; `current` is the decision as it is now",
            "content": {"application/json": {"model": ReviewConflictBody}},
        },
    },
    **access(Role.review),
)
def review_decision(id: str, body: Annotated[ReviewBody, Body()]) -> DecisionWithHistory:
    caller = admitted(app).caller
    require_json(app.current_event.headers)
    try:
        reviewed = _service().review(id, body.action, body.note, caller.user or caller.client_id)
    except DecisionNotFound as exc:
        raise no_such_decision() from exc
    except ReviewConflict as conflict:
        current = DecisionWithHistory.model_validate(conflict.current)
        raise ApiError(
            "conflict",
            f"decision {id} is {conflict.current.get('status')}, not {PENDING_REVIEW}",
            extra={"current": current.model_dump(mode="json")},
        ) from conflict
    return DecisionWithHistory.model_validate(reviewed)
