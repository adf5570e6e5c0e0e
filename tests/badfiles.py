"""Broken input files, built at test time: every way a file can fail, by its error kind."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOOD = sorted(p for p in RAW.iterdir() if p.is_file() and not p.name.startswith("."))


def minimal_pdf(content: bytes) -> bytes:
    """A valid one-page PDF whose page draws ``content`` (a content stream), with a correct
    xref table, so only what the page holds differs from a real paper."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def scanned_pdf() -> bytes:
    """A page with a grey box and no text: what a scan without OCR looks like to a loader."""
    return minimal_pdf(b"0.6 g 50 50 400 600 re f")


def encrypted_pdf() -> bytes:
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (the 'samples' extra) builds encrypted PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="AGENDA - exempt papers")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    return bytes(pdf.output())


def random_bytes(n: int = 4096, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)


def pack() -> bytes:
    return (RAW / "sample_agenda_pack.pdf").read_bytes()


# name -> (bytes builder, error_kind it must fail with)
BAD: dict[str, tuple[Callable[[], bytes], str]] = {
    "empty.pdf": (lambda: b"", "empty_file"),
    "blank.txt": (lambda: b"  \n\n \t\n", "empty_file"),
    "random.pdf": (random_bytes, "unsupported_format"),
    "random_no_suffix": (random_bytes, "unsupported_format"),
    "spreadsheet.pdf": (lambda: b"PK\x03\x04" + random_bytes(2000), "unsupported_format"),
    "cut_in_half.pdf": (lambda: pack()[: len(pack()) // 2], "corrupt_pdf"),
    "cut_at_end.pdf": (lambda: pack()[:-40], "corrupt_pdf"),
    "garbage_body.pdf": (lambda: b"%PDF-1.7\n" + random_bytes(3000) + b"\n%%EOF\n",
                         "corrupt_pdf"),
    "encrypted.pdf": (encrypted_pdf, "encrypted_pdf"),
    "scanned.pdf": (scanned_pdf, "no_text_layer"),
    "binary.txt": (lambda: b"Agenda\x00\x01\x02" + random_bytes(500), "binary_text"),
    "controls.txt": (lambda: bytes(range(1, 9)) * 300, "binary_text"),
    "binary.html": (lambda: b"<html>\x00\x00\x00" + random_bytes(300), "binary_text"),
}


def write_bad(folder: Path, names: list[str] | None = None) -> dict[Path, str]:
    """Write the bad files into ``folder``; returns path -> expected error_kind."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name in names or list(BAD):
        build, kind = BAD[name]
        path = folder / name
        path.write_bytes(build())
        out[path] = kind
    return out


def copy_good(folder: Path, copies: int = 1) -> list[Path]:
    """The committed sample papers, ``copies`` times under different names; each copy gets
    its own trailing byte so its sha256 differs (otherwise it would be a duplicate)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n in range(copies):
        for src in GOOD:
            target = folder / f"{src.stem}_{n:03d}{src.suffix}"
            shutil.copyfile(src, target)
            if n:
                with open(target, "ab") as f:
                    f.write(b"\n" * n if src.suffix != ".pdf" else b"%" + b"0" * n + b"\n")
            out.append(target)
    return out
