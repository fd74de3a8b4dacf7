"""Each detector's options: one model per detector, named once (its type parameter)."""

from __future__ import annotations

from typing import get_args, get_origin

import pytest
from preflight.engine.detectors import Detector, DetectorOptions, registered


def _type_parameter(cls: type[Detector]) -> object:
    for klass in cls.__mro__:
        for base in klass.__dict__.get("__orig_bases__", ()):
            if get_origin(base) is Detector:
                return get_args(base)[0]
    return None


@pytest.mark.parametrize("name", sorted(registered()))
def test_each_detector_validates_its_options_with_its_type_parameter(name: str) -> None:
    cls = registered()[name]
    options_type = _type_parameter(cls)
    assert isinstance(options_type, type) and issubclass(options_type, DetectorOptions)
    assert options_type is not DetectorOptions, f"{name}: declare Detector[<its options model>]"
    assert cls.Options is options_type
