"""The core's public names are exported from ``crampcare`` and ``__all__`` is complete."""

from __future__ import annotations

import crampcare


def test_all_names_exist() -> None:
    for name in crampcare.__all__:
        assert hasattr(crampcare, name), name


def test_every_public_attribute_is_in_all() -> None:
    public = {
        n
        for n, v in vars(crampcare).items()
        if not n.startswith("_") and not isinstance(v, type(crampcare))
    }
    assert public <= set(crampcare.__all__) | {"annotations"}
