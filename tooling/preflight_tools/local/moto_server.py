"""moto's DynamoDB-compatible server, answering one request at a time.

moto's in-process backends are not thread-safe, and ``ThreadedMotoServer`` serves each request in a
thread of its own: two transactions racing on one item could both succeed, which DynamoDB never
allows. This server takes one request, answers it, then takes the next (werkzeug's single-threaded
server, HTTP/1.0), so every conditional write and transaction is atomic, as DynamoDB's are. The
local runner and the concurrency tests use it: what they measure is the service's guarantee, not
the emulator's luck.
"""

from __future__ import annotations

from moto.moto_server.threaded_moto_server import ThreadedMotoServer
from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import make_server


class SerialMotoServer(ThreadedMotoServer):
    def _server_entry(self) -> None:
        app = DomainDispatcherApplication(create_backend_app)
        self._server = make_server(
            self._ip_address, self._port, app, threaded=False, request_handler=MotoRequestHandler
        )
        self._server_ready_event.set()
        self._server.serve_forever()
