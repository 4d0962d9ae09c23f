"""`serve` for a phone: the addresses to open, a QR code, a certificate for --https."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest

from crampcare.cli import lan


def test_loopback_has_no_phone_address_and_a_named_host_is_itself() -> None:
    assert lan.lan_addresses("127.0.0.1") == []
    assert lan.lan_addresses("192.168.1.20") == ["192.168.1.20"]
    assert lan.url_for("192.168.1.20", 8765, https=True) == "https://192.168.1.20:8765/"
    assert lan.url_for("fd00::2", 8765, https=False) == "http://[fd00::2]:8765/"


def test_any_address_lists_this_machines_addresses_not_loopback() -> None:
    found = lan.lan_addresses("0.0.0.0")
    assert all(not a.startswith("127.") for a in found)


def test_the_certificate_names_the_phone_address_and_is_reused(tmp_path: Path) -> None:
    cert, key = lan.certificate(tmp_path, ["192.168.1.20"])
    decoded = ssl._ssl._test_decode_cert(str(cert))  # type: ignore[attr-defined]
    names = {value for _, value in decoded["subjectAltName"]}
    assert {"192.168.1.20", "127.0.0.1", "localhost"} <= names
    assert key.stat().st_mode & 0o077 == 0, "the private key is readable by its owner only"
    ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert, key)
    before = cert.read_bytes()
    assert lan.certificate(tmp_path, ["192.168.1.20"])[0].read_bytes() == before
    assert lan.certificate(tmp_path, ["10.0.0.5"])[0].read_bytes() != before


def test_qr_code_encodes_the_url_when_qrcode_is_installed() -> None:
    pytest.importorskip("qrcode")
    drawn = lan.qr_code("https://192.168.1.20:8765/")
    assert drawn is not None and "█" in drawn and len(drawn.splitlines()) > 10


def test_without_qrcode_serve_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from crampcare.cli import serve

    monkeypatch.setattr(lan, "qr_code", lambda url: None)
    serve._print_phone_help(["https://192.168.1.20:8765/"], https=True)
    out = capsys.readouterr().out
    assert "https://192.168.1.20:8765/" in out
    assert lan.QR_HINT in out
    assert "not private" in out
