"""Webhooks: an admin registers URLs that hear of decisions; deliveries can be inspected."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from civility.domain import Caller
from civility.service import webhooks
from civility.web import schemas as s
from civility.web.auth import admin, site_of

router = APIRouter(tags=["webhooks"])
AdminKey = Annotated[Caller, admin]


@router.post("/webhooks", status_code=201, response_model=s.NewWebhookOut,
             summary="Register a URL for events; the signing secret is shown once")
def create(body: s.WebhookIn, request: Request, caller: AdminKey) -> s.NewWebhookOut:
    site = site_of(request)
    info, secret = webhooks.create_webhook(site.db, caller, body.url, body.events,
                                           allow_private=site.webhook_private_targets)
    return s.NewWebhookOut(**s.WebhookOut.model_validate(info).model_dump(), secret=secret)


@router.get("/webhooks", response_model=list[s.WebhookOut], summary="Registered webhooks")
def list_all(request: Request, caller: AdminKey) -> list[webhooks.WebhookInfo]:
    return webhooks.list_webhooks(site_of(request).db)


@router.delete("/webhooks/{webhook_id}", responses=s.errors(404),
               response_model=s.WebhookOut, summary="Stop a webhook")
def deactivate(webhook_id: s.RowId, request: Request, caller: AdminKey) -> webhooks.WebhookInfo:
    return webhooks.deactivate(site_of(request).db, caller, webhook_id)


@router.get("/webhooks/{webhook_id}/deliveries", responses=s.errors(404), response_model=list[s.DeliveryOut],
            summary="A webhook's deliveries, newest first: pending, delivered or failed, with the last error")
def list_deliveries(webhook_id: s.RowId, request: Request, caller: AdminKey,
                    status: Annotated[str | None, Query(pattern="^(pending|delivered|failed)$")] = None,
                    limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[webhooks.DeliveryInfo]:
    return webhooks.deliveries(site_of(request).db, webhook_id, status, limit)
