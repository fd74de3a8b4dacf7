"""GET /decisions/{id}; see preflight.api.decisions. Reads only: never imports spaCy."""

from preflight.api.common import lambda_entry
from preflight.api.decisions import app

lambda_handler = lambda_entry(app)
