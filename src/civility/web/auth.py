"""API keys on requests: ``Authorization: Bearer KEY``. 401 without a valid key, 403 without the role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from civility.domain import Caller, Role
from civility.service import keys
from civility.service.site import Site
from civility.web.errors import ApiError

bearer = HTTPBearer(auto_error=False, description="An API key made by `civility keys create`.")
CHALLENGE = {"WWW-Authenticate": "Bearer"}


def site_of(request: Request) -> Site:
    site: Site = request.app.state.site
    return site


def authenticate(request: Request, credentials: HTTPAuthorizationCredentials | None) -> Caller:
    if credentials is None:
        raise ApiError(401, "unauthenticated", "this endpoint needs an API key: "
                       "send 'Authorization: Bearer KEY'", CHALLENGE)
    caller = keys.authenticate(site_of(request).db, credentials.credentials)
    if caller is None:
        raise ApiError(401, "unauthenticated", "the API key is not known or has been revoked", CHALLENGE)
    return caller


def require(role: Role) -> Callable[..., Caller]:
    """A dependency that admits keys of ``role`` or a stronger one."""

    def dependency(request: Request,
                   credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Caller:
        return check_role(authenticate(request, credentials), role)

    return dependency


def check_role(caller: Caller, role: Role) -> Caller:
    if not caller.role.allows(role):
        raise ApiError(403, "forbidden", f"this needs a {role.value} key; yours is a "
                       f"{caller.role.value} key")
    return caller


publisher = Depends(require(Role.PUBLISHER))
moderator = Depends(require(Role.MODERATOR))
admin = Depends(require(Role.ADMIN))
