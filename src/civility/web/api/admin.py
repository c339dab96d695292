"""Keys and the policy: what an admin key may change."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request

from civility import __version__
from civility.domain import Caller
from civility.service import keys, policies
from civility.web import schemas as s
from civility.web.auth import admin, moderator, site_of

router = APIRouter(tags=["admin"])
AdminKey = Annotated[Caller, admin]


@router.get("/health", response_model=s.HealthOut, summary="Liveness and versions; needs no key")
def health(request: Request) -> s.HealthOut:
    site = site_of(request)
    return s.HealthOut(status="ok", version=__version__, model_version=site.moderator.model_version,
                       policy_version=site.policy.version, database=site.db.reader.dialect.name)


@router.get("/keys", response_model=list[s.KeyOut], summary="API keys (never their secrets)")
def list_keys(request: Request, caller: AdminKey) -> list[keys.KeyInfo]:
    return keys.list_keys(site_of(request).db)


@router.post("/keys", status_code=201, response_model=s.NewKeyOut,
             summary="Make a key; its secret is shown once")
def create_key(body: s.KeyIn, request: Request, caller: AdminKey) -> s.NewKeyOut:
    info, secret = keys.create_key(site_of(request).db, body.role, body.name, caller)
    return s.NewKeyOut(**s.KeyOut.model_validate(info).model_dump(), key=secret)


@router.delete("/keys/{key_id}", responses=s.errors(404), response_model=s.KeyOut, summary="Revoke a key")
def revoke_key(key_id: s.RowId, request: Request, caller: AdminKey) -> keys.KeyInfo:
    return keys.revoke_key(site_of(request).db, key_id, caller)


def _policy_out(request: Request) -> s.PolicyOut:
    site = site_of(request)
    record = policies.stored(site.db)
    return s.PolicyOut(version=site.policy.version, name=site.policy.name,
                       source=record.source if record else "", actor=record.actor if record else None,
                       created_at=record.created_at if record else None)


@router.get("/policy", response_model=s.PolicyOut, summary="The policy in force, as its file's text")
def get_policy(request: Request, caller: Annotated[Caller, moderator]) -> s.PolicyOut:
    return _policy_out(request)


@router.put("/policy", response_model=s.PolicyOut,
            summary="Replace the policy; it is checked first and in force at once")
def put_policy(body: s.PolicyIn, request: Request, caller: AdminKey) -> s.PolicyOut:
    policies.replace(site_of(request), caller, body.source)
    return _policy_out(request)
