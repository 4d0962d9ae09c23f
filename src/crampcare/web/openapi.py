"""Build the OpenAPI 3.1 document from the endpoint registry's pydantic models."""

from __future__ import annotations

import re
from dataclasses import is_dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, TypeAdapter

if TYPE_CHECKING:
    from crampcare.web.api_base import Api

_REF = "#/components/schemas/{model}"
_ERROR = {
    "type": "object",
    "required": ["error", "status"],
    "properties": {
        "error": {"type": "string"},
        "status": {"type": "integer"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
}


def _schema(
    tp: Any, components: dict[str, Any], mode: Literal["validation", "serialization"]
) -> dict[str, Any]:
    schema = TypeAdapter(tp).json_schema(ref_template=_REF, mode=mode)
    for name, sub in schema.pop("$defs", {}).items():
        components.setdefault(name, sub)
    if isinstance(tp, type) and (issubclass(tp, BaseModel) or is_dataclass(tp)):
        name = tp.__name__
        components.setdefault(name, schema)
        return {"$ref": _REF.format(model=name)}
    return schema


def build(api: Api, title: str, version: str) -> dict[str, Any]:
    components: dict[str, Any] = {"Error": _ERROR}
    paths: dict[str, Any] = {}
    for ep in api.endpoints:
        slug = re.sub(r"[^a-z0-9]+", "_", ep.path.lower()).strip("_")
        op: dict[str, Any] = {
            "summary": ep.summary,
            "operationId": f"{ep.method.lower()}_{slug}",
            "responses": {},
        }
        if ep.tags:
            op["tags"] = list(ep.tags)
        params = []
        for name in re.findall(r"{(\w+)(?::\w+)?}", ep.path):
            schema = ep.path_params.get(name, {"type": "string"})
            params.append({"name": name, "in": "path", "required": True, "schema": schema})
        if ep.query is not None:
            qs = ep.query.model_json_schema(ref_template=_REF)
            for sub_name, sub in qs.pop("$defs", {}).items():
                components.setdefault(sub_name, sub)
            required = set(qs.get("required", []))
            for name, prop in qs.get("properties", {}).items():
                params.append(
                    {"name": name, "in": "query", "required": name in required, "schema": prop}
                )
        if params:
            op["parameters"] = params
        if ep.body is not None:
            op["requestBody"] = {
                "required": True,
                "content": {
                    "application/json": {"schema": _schema(ep.body, components, "validation")}
                },
            }
        if ep.status == 204:
            op["responses"]["204"] = {"description": "Done"}
        else:
            content: dict[str, Any] = {media: {} for media in ep.media_types}
            if ep.response is not None:
                content["application/json"] = {
                    "schema": _schema(ep.response, components, "serialization")
                }
            op["responses"][str(ep.status)] = {"description": "OK", "content": content}
        extra = (413, 415) if ep.body is not None else ()
        for code in sorted({*ep.errors, *extra}):
            op["responses"][str(code)] = {
                "description": "Error",
                "content": {"application/json": {"schema": {"$ref": _REF.format(model="Error")}}},
            }
        path = re.sub(r"{(\w+):\w+}", r"{\1}", ep.path)
        paths.setdefault(path, {})[ep.method.lower()] = op
    _link_created(paths)
    _relax(paths)
    _relax(components)
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version},
        "paths": paths,
        "components": {"schemas": components},
    }


def _link_created(paths: dict[str, Any]) -> None:
    """OpenAPI links from each 201 to the operations on what it created.

    ``POST /x`` answering ``{"id": …}`` links to every operation on ``/x/{param}``,
    so clients (and stateful schemathesis runs) can follow a new record.
    """
    for path, ops in paths.items():
        created = ops.get("post", {}).get("responses", {}).get("201")
        if created is None:
            continue
        links: dict[str, Any] = {}
        for sub, sub_ops in paths.items():
            found = re.fullmatch(re.escape(path) + r"/{(\w+)}", sub)
            if found is None:
                continue
            for method, sub_op in sub_ops.items():
                links[f"{method}_{found.group(1)}"] = {
                    "operationId": sub_op["operationId"],
                    "parameters": {found.group(1): "$response.body#/id"},
                }
        if links:
            created["links"] = links


def _relax(node: Any) -> None:
    """Sets accept repeated items (they are merged), so ``uniqueItems`` goes."""
    if isinstance(node, dict):
        node.pop("uniqueItems", None)
        for value in node.values():
            _relax(value)
    elif isinstance(node, list):
        for value in node:
            _relax(value)
