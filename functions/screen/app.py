"""POST /screen. Initialisation warms the engine up (SnapStart snapshots it); see preflight.api.screen."""

from preflight.api.common import lambda_entry
from preflight.api.screen import app

lambda_handler = lambda_entry(app)
