"""The one place that creates the Logger, Tracer and Metrics; everything else imports them.

Configured by the POWERTOOLS_* variables in the template's Globals. The logger never receives draft
text or raw sensitive values: callers log ids, categories, counts and timings only.
"""

from aws_lambda_powertools import Logger, Metrics, Tracer

logger = Logger()
tracer = Tracer()
metrics = Metrics()
