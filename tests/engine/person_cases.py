"""What the person-fact property tests share: made-up names and the settings they run with."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# A made-up name no model or list has seen ("Tolemar", "Kirusk"): a finding on it comes from the
# sentence's shape, never from knowing the name.
NAME = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("BCDFGKLMNPRSTV"),
    st.text("aeioulnrstmk", min_size=3, max_size=7),
)
# The engine fixture is session-wide, so reusing it across examples is safe.
common = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
