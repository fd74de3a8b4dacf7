"""Preflight's laptop tools: the ``preflight`` command (``cli``), the local runner of ``make run``
(``local``) and the load test (``loadtest``).

They are not in the Lambda layer (layers/preflight/preflight is the runtime: engine, api, service,
store, streams); they import the runtime, and the runtime never imports them
(tests/test_layout.py)."""
