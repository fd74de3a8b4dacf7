"""The archive files a record under its decision's screening day, read back from the ULID."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from preflight.service.ids import decision_day, decision_time, new_decision_id


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2024, 5, 1, 23, 59, 59, 999000, tzinfo=UTC),
        datetime(2024, 5, 2, 0, 0, 0, 0, tzinfo=UTC),
        datetime(1970, 1, 1, tzinfo=UTC),
        datetime(2099, 12, 31, 12, 0, 0, 1000, tzinfo=UTC),
    ],
)
def test_decision_time_inverts_new_decision_id(moment: datetime) -> None:
    decision_id = new_decision_id(moment)
    assert decision_time(decision_id) == moment
    assert decision_day(decision_id) == moment.strftime("%Y-%m-%d")


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "not-a-ulid",
        "01HWV9KJZZH6FY72NTXM163NB",
        "01HWV9KJZZH6FY72NTXM163NBU",
        "81HWV9KJZZH6FY72NTXM163NBM",
    ],
)
def test_a_malformed_id_has_no_time(bad: str) -> None:
    with pytest.raises(ValueError):
        decision_time(bad)
