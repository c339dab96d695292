"""Readers: standing, appeals, and their data (export and erasure)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from civility.domain import Caller, UserStanding
from civility.service import users
from civility.web import schemas as s
from civility.web.auth import admin, moderator, publisher, site_of

router = APIRouter(tags=["users"])


@router.get("/users/{user_id}", responses=s.errors(404), response_model=s.UserOut,
            summary="A reader's standing, strikes, comments by outcome and history")
def get_user(user_id: str, request: Request, caller: Annotated[Caller, moderator]) -> users.UserDetail:
    return users.user_detail(site_of(request), user_id)


@router.post("/users/{user_id}/standing", responses=s.errors(404, 409), response_model=s.StandingOut,
             summary="Suspend, ban or reinstate a reader")
def set_standing(user_id: str, body: s.StandingIn, request: Request,
                 caller: Annotated[Caller, moderator]) -> UserStanding:
    return users.set_standing(site_of(request), caller, user_id, body.action, body.hours, body.note)


@router.post("/users/{user_id}/appeal", responses=s.errors(404, 409),
             status_code=201, response_model=s.AppealOut,
             summary="A suspended or banned reader appeals")
def appeal(user_id: str, body: s.AppealIn, request: Request,
           caller: Annotated[Caller, publisher]) -> users.AppealRecord:
    return users.appeal(site_of(request), caller, user_id, body.text)


@router.get("/appeals", response_model=list[s.AppealOut], summary="Appeals, oldest first")
def list_appeals(request: Request, caller: Annotated[Caller, moderator],
                 status: Annotated[str | None, Query(pattern="^(open|granted|denied)$")] = "open",
                 ) -> list[users.AppealRecord]:
    return users.list_appeals(site_of(request), status)


@router.post("/appeals/{appeal_id}/decision", responses=s.errors(404, 409), response_model=s.AppealOut,
             summary="Grant (reinstate the reader) or deny an appeal")
def decide_appeal(appeal_id: s.RowId, body: s.AppealDecisionIn, request: Request,
                  caller: Annotated[Caller, moderator]) -> users.AppealRecord:
    return users.decide_appeal(site_of(request), caller, appeal_id, body.action, body.note)


@router.get("/users/{user_id}/export", responses=s.errors(404),
            summary="Everything stored about a reader (their right of access)")
def export(user_id: str, request: Request, caller: Annotated[Caller, publisher]) -> dict[str, Any]:
    return users.export_user(site_of(request), caller, user_id)


@router.delete("/users/{user_id}", responses=s.errors(404),
               summary="Erase a reader's comments' text and their name (their right to erasure)")
def delete(user_id: str, request: Request, caller: Annotated[Caller, admin]) -> dict[str, Any]:
    erased = users.delete_user(site_of(request), caller, user_id)
    return {"user_id": user_id, "erased": erased}
