"""Preflight: screens social-media drafts against an organisation's policy before they are published.

The engine (``preflight.engine``) is pure: text and policy in, decision out. The command line
(``preflight_tools.cli``), the Lambda functions and the benchmarks all call the same code.
"""

__version__ = "0.1.0"
