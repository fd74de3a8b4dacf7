"""Preflight: screens social-media drafts against an organisation's policy before they are published.

The engine (``preflight.engine``) is pure: text and policy in, decision out. The Lambda functions
and the laptop tools (the ``preflight`` command, the local runner, the load test: the package
``preflight_tools`` in tooling/, which this package never imports) all call the same code.
"""

__version__ = "0.1.0"
