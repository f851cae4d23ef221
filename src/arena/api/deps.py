"""What routes may ask for, as ``Annotated`` dependencies over the app's state.

They are coroutines, though they never wait: FastAPI runs plain functions in its thread pool, a hop per
dependency per request that a new SSE client would pay for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from starlette.requests import HTTPConnection

from arena.bootstrap import Services
from arena.debate import DebateService
from arena.nlu import QuestionParser
from arena.settings import Settings
from arena.stats import StatStore


@dataclass(frozen=True)
class ApiState:
    """Everything the routes use, made once per process by the app's lifespan."""

    services: Services
    debates: DebateService


async def _state(connection: HTTPConnection) -> ApiState:
    state: ApiState = connection.app.state.arena
    return state


async def _services(state: Annotated[ApiState, Depends(_state)]) -> Services:
    return state.services


async def _settings(state: Annotated[ApiState, Depends(_state)]) -> Settings:
    return state.services.settings


async def _stats(state: Annotated[ApiState, Depends(_state)]) -> StatStore:
    return state.services.stats


async def _parser(state: Annotated[ApiState, Depends(_state)]) -> QuestionParser:
    return state.services.parser


async def _debates(state: Annotated[ApiState, Depends(_state)]) -> DebateService:
    return state.debates


ServicesDep = Annotated[Services, Depends(_services)]
SettingsDep = Annotated[Settings, Depends(_settings)]
StatsDep = Annotated[StatStore, Depends(_stats)]
DebatesDep = Annotated[DebateService, Depends(_debates)]
ParserDep = Annotated[QuestionParser, Depends(_parser)]
