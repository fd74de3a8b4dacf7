"""GET /reviews/queue and POST /decisions/{id}/review; see preflight.api.review. Never imports spaCy."""

from preflight.api.common import lambda_entry
from preflight.api.review import app

lambda_handler = lambda_entry(app)
