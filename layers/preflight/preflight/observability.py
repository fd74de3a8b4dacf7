"""The one place that creates the Logger, Tracer and Metrics; everything else imports them.

Configured by the POWERTOOLS_* variables in the template's Globals. The logger never receives draft
text or raw sensitive values: callers log ids, categories, counts and timings only.
"""

import logging

from aws_lambda_powertools import Logger, Metrics, Tracer

# Powertools' event handler logs every route's arguments, the parsed draft included, at DEBUG
# ("Calling API Route Handler: {'body': ScreenBody(text=...)}"): keep it quiet even when a function's
# log level is turned to DEBUG, so the draft never reaches the logs.
logging.getLogger("aws_lambda_powertools.event_handler").setLevel(logging.INFO)

logger = Logger()
tracer = Tracer()
metrics = Metrics()
