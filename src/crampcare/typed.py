"""Validation and JSON for crampcare's plain dataclasses, through pydantic, at the edges.

The models the core builds on every run (the Intake and its parts) are plain
``@dataclass(slots=True)`` classes: making one costs nothing and needs no
pydantic, which is a third of ``crampcare check``'s start-up. Where outside data
comes in (the web API, YAML, a saved intake, tests) or a schema goes out, these
helpers build a pydantic ``TypeAdapter`` over the same class, once per class, so
validation errors, JSON Schema and JSON output are pydantic's as before.

A model module takes ``Field`` and ``PlainSerializer`` from here and uses them
only in its (string) annotations: pydantic evaluates those when it builds a
schema, and only then are pydantic's own called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from pydantic import Field, PlainSerializer, TypeAdapter
else:

    def Field(*args: Any, **kwargs: Any) -> Any:
        from pydantic import Field

        return Field(*args, **kwargs)

    def PlainSerializer(*args: Any, **kwargs: Any) -> Any:
        from pydantic import PlainSerializer

        return PlainSerializer(*args, **kwargs)


__all__ = [
    "DESCRIBED",
    "FORBID",
    "Field",
    "PlainSerializer",
    "adapter",
    "dump",
    "dump_json",
    "field_names",
    "json_schema",
    "plain",
    "validate",
    "validate_json",
]

T = TypeVar("T")


def _described(schema: dict[str, Any], cls: type[Any]) -> None:
    # Pydantic leaves a plain dataclass's docstring out of its schema (it is often the
    # generated signature); ours are written for the schema's readers.
    if cls.__doc__:
        import inspect

        schema["description"] = inspect.cleandoc(cls.__doc__)


#: ``__pydantic_config__`` of a model: its docstring in the schema.
DESCRIBED: dict[str, Any] = {"json_schema_extra": _described}
#: The same, and unknown fields refused.
FORBID: dict[str, Any] = {**DESCRIBED, "extra": "forbid"}


_ADAPTERS: dict[object, Any] = {}


def adapter(tp: type[T]) -> TypeAdapter[T]:
    """The pydantic adapter for a model class (built once)."""
    found = _ADAPTERS.get(tp)
    if found is None:
        from pydantic import TypeAdapter

        found = _ADAPTERS[tp] = TypeAdapter(tp)
    return cast("TypeAdapter[T]", found)


def validate(tp: type[T], data: Any, **options: Any) -> T:
    """``data`` (a dict, as from JSON or YAML) checked and turned into ``tp``."""
    return adapter(tp).validate_python(data, **options)


def validate_json(tp: type[T], raw: str | bytes, **options: Any) -> T:
    """A JSON document checked and turned into ``tp``."""
    return adapter(tp).validate_json(raw, **options)


def dump(obj: Any, **options: Any) -> Any:
    """A model as plain data (``mode="json"`` for JSON-ready values), as pydantic writes it."""
    return adapter(type(obj)).dump_python(obj, **options)


def dump_json(obj: Any, **options: Any) -> bytes:
    """A model as JSON bytes, as pydantic writes it."""
    return adapter(type(obj)).dump_json(obj, **options)


def json_schema(tp: type[Any], **options: Any) -> dict[str, Any]:
    """The JSON Schema of a model class."""
    return adapter(tp).json_schema(**options)


def field_names(tp: type[Any]) -> list[str]:
    """A model class's field names, in order."""
    import dataclasses

    if dataclasses.is_dataclass(tp):
        return [f.name for f in dataclasses.fields(tp)]
    return list(tp.model_fields)


def plain(value: Any) -> Any:
    """A model as JSON-ready data, without pydantic: what ``dump(value, mode="json")`` gives.

    For the core's dataclasses on the fast paths (``check --json``, ``ask``), whose
    fields hold only dataclasses, lists, dicts, sets (written sorted, as their
    serializers write them) and plain values; a test holds it to pydantic's output.
    """
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(plain(v) for v in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
