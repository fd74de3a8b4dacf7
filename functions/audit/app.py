"""GET /decisions and GET /reports/summary; see preflight.api.audit. Read only; never imports spaCy."""

from preflight.api.audit import app
from preflight.api.common import lambda_entry

lambda_handler = lambda_entry(app)
