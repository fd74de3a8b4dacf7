"""The matching view: normalisation that evasion cannot slip past, and offsets that still point home."""

import pytest
from preflight.engine.text import Utf16Offsets, normalise


@pytest.mark.parametrize(
    ("original", "view"),
    [
        ("plain ascii stays as it is", "plain ascii stays as it is"),
        ("f\u200buck", "fuck"),  # zero-width space
        ("sh\u00adit", "shit"),  # soft hyphen
        ("pаypal", "paypal"),  # Cyrillic а
        ("ВАNK", "BANK"),  # Cyrillic В and А
        ("ｆｕｃｋ", "fuck"),  # full-width
        ("ﬁnance", "finance"),  # ligature
        ("e\u0301xample", "example"),  # combining accent dropped
        ("caf\u00e9 stays", "caf\u00e9 stays"),  # precomposed letters are kept
        ("🎉 party", "🎉 party"),
        ("①②", "12"),  # circled digits
    ],
)
def test_view(original: str, view: str) -> None:
    assert normalise(original).text == view


@pytest.mark.parametrize(
    ("original", "needle"),
    [
        ("Call ｆｕｃｋ now", "fuck"),
        ("🎉🎉 mail ja\u200bne@example.com", "jane@example.com"),
        ("ﬁne print: SSN 123", "SSN 123"),
        ("x\u0301y\u0301 then pаypal.com", "paypal.com"),
    ],
)
def test_spans_in_the_view_map_back_to_the_original(original: str, needle: str) -> None:
    view = normalise(original)
    start = view.text.index(needle)
    o_start, o_end = view.to_original(start, start + len(needle))
    assert normalise(original[o_start:o_end]).text == needle


def test_ascii_text_is_its_own_view() -> None:
    view = normalise("hello")
    assert view.is_identity
    assert view.to_original(1, 3) == (1, 3)


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [("abc", 2, 2), ("🎉ab", 1, 2), ("🎉ab", 3, 4), ("é🎉🎉x", 3, 5), ("", 0, 0)],
)
def test_utf16_offset(text: str, index: int, expected: int) -> None:
    assert Utf16Offsets(text)(index) == expected
    assert expected == len(text[:index].encode("utf-16-le")) // 2
