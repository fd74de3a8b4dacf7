"""GET /decisions/{id}/original; see preflight.api.original. Never imports spaCy."""

from preflight.api.common import lambda_entry
from preflight.api.original import app

lambda_handler = lambda_entry(app)
