"""Reaching `serve` from a phone: the addresses to open, a QR code, a local certificate.

The phone and the computer must be on the same network. A browser only allows
the offline app (service worker) over HTTPS or on the machine itself, so a phone
needs ``--https``; its certificate is made here, for this machine's addresses,
and signed by itself, which is why the phone warns once before opening it.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import shutil
import socket
import subprocess
from pathlib import Path

LOOPBACK = ("127.0.0.1", "::1", "localhost")
ANY = ("0.0.0.0", "::", "")
QR_HINT = "(pip install qrcode to see a QR code here)"
FIRST_VISIT = (
    "The first time, the phone warns that the connection is not private: the "
    "certificate was made on this computer, not by a public authority. Check that "
    "the address is the one above, then choose Advanced > Proceed (Chrome) or "
    "Show Details > visit this website (Safari). The warning comes back only if "
    "the certificate changes."
)


def _primary_ipv4() -> str | None:
    # No packet is sent: connecting a UDP socket only picks the outgoing interface.
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))
            return str(s.getsockname()[0])
        except OSError:
            return None


def lan_addresses(host: str) -> list[str]:
    """The addresses a phone on the same network can use for ``host``."""
    if host in LOOPBACK:
        return []
    if host not in ANY:
        return [host]
    found: list[str] = []
    primary = _primary_ipv4()
    if primary and not primary.startswith("127."):
        found.append(primary)
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        addr = str(info[4][0])
        if not addr.startswith("127.") and addr not in found:
            found.append(addr)
    return found


def url_for(address: str, port: int, https: bool) -> str:
    scheme = "https" if https else "http"
    shown = f"[{address}]" if ":" in address else address
    return f"{scheme}://{shown}:{port}/"


def qr_code(url: str) -> str | None:
    """The URL as a QR code drawn with text blocks, or None without the qrcode package."""
    try:
        import qrcode  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return None
    import io

    qr = qrcode.QRCode(border=2)
    qr.add_data(url)
    qr.make(fit=True)
    out = io.StringIO()
    # Light modules drawn as blocks: scanners read it on a dark or a light terminal.
    qr.print_ascii(out=out, invert=True)
    return out.getvalue()


def certificate(folder: Path, addresses: list[str]) -> tuple[Path, Path]:
    """A self-signed certificate for this machine's names and ``addresses`` (kept and reused)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    names = sorted({"localhost", "127.0.0.1", *addresses})
    stamp = folder / "names.txt"
    if cert.exists() and key.exists() and stamp.exists() and stamp.read_text() == "\n".join(names):
        return cert, key
    try:
        _with_cryptography(cert, key, names)
    except ImportError:
        _with_openssl(cert, key, names)
    key.chmod(0o600)
    stamp.write_text("\n".join(names))
    return cert, key


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _with_cryptography(cert: Path, key: Path, names: list[str]) -> None:
    # Optional (the "phone" extra): without it, openssl makes the certificate.
    from cryptography import x509  # type: ignore[import-not-found,unused-ignore]
    from cryptography.hazmat.primitives import (  # type: ignore[import-not-found,unused-ignore]
        hashes,
        serialization,
    )
    from cryptography.hazmat.primitives.asymmetric import (  # type: ignore[import-not-found,unused-ignore]
        ec,
    )
    from cryptography.x509.oid import NameOID  # type: ignore[import-not-found,unused-ignore]

    private = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "crampcare on this computer")])
    alt = [x509.IPAddress(ipaddress.ip_address(n)) if _is_ip(n) else x509.DNSName(n) for n in names]
    now = dt.datetime.now(dt.UTC)
    built = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=825))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    key.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert.write_bytes(built.public_bytes(serialization.Encoding.PEM))


def _with_openssl(cert: Path, key: Path, names: list[str]) -> None:
    program = shutil.which("openssl")
    if program is None:
        from crampcare.errors import CrampcareError

        raise CrampcareError(
            "--https needs the cryptography package (pip install cryptography) or openssl"
        )
    alt = ",".join(f"IP:{n}" if _is_ip(n) else f"DNS:{n}" for n in names)
    subprocess.run(
        [program, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "825", "-subj", "/CN=crampcare on this computer",
         "-addext", f"subjectAltName={alt}", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
