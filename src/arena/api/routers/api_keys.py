"""API keys of the calling account: make one (shown once), list them, revoke one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response
from starlette.concurrency import run_in_threadpool

from arena.accounts import ApiKey
from arena.api.gateway import SignedInDep
from arena.api.problems import problem_responses
from arena.api.schemas.accounts import ApiKeyCreate, ApiKeyCreated, ApiKeyRead

router = APIRouter(tags=["api keys"])

# A key's id is the UUID its creation answered (``id``).
KeyId = Annotated[str, Path(min_length=36, max_length=36,
                            pattern=r"^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$",
                            examples=["3f2b8c1e-9a4d-4e4f-8f1a-2b3c4d5e6f70"])]


def _read(key: ApiKey) -> ApiKeyRead:
    return ApiKeyRead(id=key.id, name=key.name, prefix=key.prefix, scopes=list(key.scopes),
                      created_at=key.created_at, last_used_at=key.last_used_at)


@router.post("/api-keys", status_code=201, responses=problem_responses(401, 403, 422, 503))
async def create_api_key(body: ApiKeyCreate, signed_in: SignedInDep) -> ApiKeyCreated:
    """A new key with ``scopes`` (``admin`` only for an admin account; made with a key, only scopes that key
    holds); the key is in this response only."""
    issued = await run_in_threadpool(signed_in.accounts.create_key, signed_in.principal, name=body.name,
                                     scopes=body.scopes)
    return ApiKeyCreated(**_read(issued.key).model_dump(), key=issued.secret)


@router.get("/api-keys", responses=problem_responses(401, 503))
async def list_api_keys(signed_in: SignedInDep) -> list[ApiKeyRead]:
    """The account's keys that are not revoked, oldest first: never the keys themselves."""
    return [_read(key) for key in await run_in_threadpool(signed_in.accounts.keys, signed_in.account)]


@router.delete("/api-keys/{key_id}", status_code=204, responses=problem_responses(401, 404, 422, 503))
async def revoke_api_key(key_id: KeyId, signed_in: SignedInDep) -> Response:
    """Revoke a key of the account: refused everywhere within ``ARENA_API_KEY_CACHE_SECONDS`` (5 at most)."""
    await run_in_threadpool(signed_in.accounts.revoke_key, signed_in.account, key_id)
    return Response(status_code=204)
