"""Property-based checks of the whole API against its own OpenAPI schema, with schemathesis: requests made from
the schema (valid ones and invalid ones) go to the real app, with the real model and a writable copy of the
bundled corpus and its index, and no request gets a server error.

Each operation runs schemathesis's phases: the schema's examples, its coverage cases (boundaries and each way a
request can be invalid) and random fuzzing, seeded so that every run sends the same requests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from fastapi.testclient import TestClient
from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.config import Settings
from assistant.embedding.embedders import Embedder
from assistant.index.loaded import Index
from assistant.records.keys import KeyStore
from assistant.server.app import create_app
from tests.test_api_v1 import writable_copy

SEED = 20260101
FUZZED = 40
"""Random requests per operation, besides its examples and coverage cases."""
FUZZED_WRITES = 10
"""Random requests for PUT and DELETE of an article: each accepted one builds a new index version."""

CHECKS = [
    "not_a_server_error",
    "status_code_conformance",
    "response_schema_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "ignored_auth",
    "missing_required_header",
    "unsupported_method",
    "use_after_free",
    "ensure_resource_availability",
]
"""What each response is checked for. Not checked: allow_header_conformance (a 405 on /api/v1/articles/{id}
says `Allow: GET`, Starlette naming the first matching route only), positive_data_acceptance (a blank message
and an article of empty sections are 422s the schema cannot describe) and negative_data_rejection (unknown query
parameters are ignored, as FastAPI does)."""


class AppUnderTest:
    """The ASGI app schemathesis sends its requests to: it passes each on to the app the `client` fixture made
    and started. (The pytest integration needs the schema, and so an app, when this module is imported, before
    a fixture can build the real one.)"""

    def __init__(self) -> None:
        self.target: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":  # the real app's lifespan is the fixture's to run
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        assert self.target is not None, "the `client` fixture sets the app under test"
        await self.target(scope, receive, send)


APP = AppUnderTest()
OPENAPI = create_app(Settings()).openapi()  # the routes alone make the schema: nothing is loaded
schema = schemathesis.openapi.from_dict(
    OPENAPI,
    config=schemathesis.Config.from_dict(
        {
            "seed": SEED,
            "generation": {"max-examples": FUZZED, "database": "none"},
            "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
            "operations": [
                {"include-method": ["PUT", "DELETE"], "generation": {"max-examples": FUZZED_WRITES}}
            ],
        }
    ),
)
schema.app = APP


@pytest.fixture(scope="module")
def settings(
    bundled_settings: Settings, bundled_index: Index, tmp_path_factory: pytest.TempPathFactory
) -> Settings:
    return writable_copy(bundled_settings, tmp_path_factory.mktemp("schema"))


@pytest.fixture(scope="module")
def api_key(settings: Settings) -> str:
    """A key with every scope, and a rate no run reaches."""
    return KeyStore(settings.data_dir).create("schemathesis", ["admin"], rate="100000/minute")[1]


@pytest.fixture(scope="module")
def client(settings: Settings, model: Embedder) -> Iterator[TestClient]:
    with TestClient(create_app(settings, embedder=model)) as test_client:  # runs the lifespan
        APP.target = test_client.app
        yield test_client
        APP.target = None


def test_the_schema_checked_is_the_one_the_app_serves(client: TestClient) -> None:
    assert client.get("/openapi.json").json() == OPENAPI


@schema.parametrize()
def test_no_request_the_schema_allows_or_refuses_gets_a_server_error(
    case: schemathesis.Case, client: TestClient, api_key: str
) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {api_key}"})
