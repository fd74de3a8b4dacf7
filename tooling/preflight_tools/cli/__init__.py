"""The ``preflight`` command: screen, rules, eval, bench."""
