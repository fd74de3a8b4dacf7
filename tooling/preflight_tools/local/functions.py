"""The runner's Lambda side, written once for the API routes and the stream: a function's handler,
imported from its file in functions/, and the context object Lambda passes to it."""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]
ACCOUNT = "123456789012"
REGION = "us-east-1"


def load_module(function: str, module_path: Path) -> ModuleType:
    """The function's handler module, imported once per process under a name of its own (every
    function's module is called app), so the OpenAPI document reads the resolver the runner serves."""
    name = f"preflight_local_functions.{function}"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, module_path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load {module_path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(name, None)  # a later call retries rather than finding half a module
            raise
    return module


def handler_path(code_dir: Path, handler: str) -> Path:
    """The file of a SAM ``Handler`` (``module.function``) under the function's CodeUri."""
    return code_dir / (handler.rsplit(".", 1)[0].replace(".", "/") + ".py")


def load_handler(function: str, code_dir: Path, handler: str) -> Handler:
    """The handler function of ``Handler: module.function`` in ``code_dir``."""
    return getattr(load_module(function, handler_path(code_dir, handler)), handler.rsplit(".", 1)[1])


class LambdaContext:
    """What the handlers read of Lambda's context object."""

    def __init__(self, function: str, request_id: str, *, memory_mb: int, timeout_s: float) -> None:
        self.function_name = f"preflight-local-{function}"
        self.function_version = "$LATEST"
        self.memory_limit_in_mb = memory_mb
        self.invoked_function_arn = f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{self.function_name}"
        self.aws_request_id = request_id
        self.log_group_name = f"/aws/lambda/{self.function_name}"
        self.log_stream_name = "local"
        self._deadline = time.monotonic() + timeout_s

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))
