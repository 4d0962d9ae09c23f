"""The packaged data files (knowledge/data/...): the one place that opens and parses them.

Everything else asks here, by the file's path inside the data folder, so the
layout of the data and the YAML loader are known to this package alone.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from crampcare.errors import CrampcareError

# The C loader when PyYAML was built with libyaml: several times faster.
_LOADER: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_root() -> Traversable:
    """The packaged data folder."""
    return resources.files("crampcare.knowledge") / "data"


def data_bytes(*parts: str) -> bytes:
    """A data file's bytes, e.g. ``data_bytes("lexicon", "synonyms.yaml")``."""
    path = data_root()
    for part in parts:
        path = path / part
    return path.read_bytes()


def parse_yaml(raw: bytes, where: str, error: type[CrampcareError] = CrampcareError) -> Any:
    """YAML bytes parsed (safely); a syntax error becomes ``error`` naming ``where``."""
    try:
        return yaml.load(raw, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise error(f"{where}: not valid YAML: {exc}") from exc


def data_yaml(*parts: str, error: type[CrampcareError] = CrampcareError) -> Any:
    """A packaged YAML file, parsed."""
    return parse_yaml(data_bytes(*parts), "/".join(parts), error)
