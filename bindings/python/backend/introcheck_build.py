"""A PEP 517 build backend in the standard library only.

Builds a wheel of the `introcheck` package with the native library and the ICU
libraries it was linked against next to it, so the wheel loads on a machine
without that ICU. The native library is found through, in order: the
config setting `library`, the environment variable INTROCHECK_LIBRARY, or the
repository's build trees (build/release, build/ci, build/dev).
"""
import base64
import hashlib
import os
import re
import subprocess
import tarfile
import zipfile
from pathlib import Path

NAME = "introcheck"
VERSION = "0.2.0"
ROOT = Path(__file__).resolve().parent.parent
TAG = "py3-none-linux_x86_64"  # pure Python over a native library: any Python 3, Linux x64


def _library(config_settings):
    candidates = []
    if config_settings and config_settings.get("library"):
        candidates.append(Path(config_settings["library"]))
    if os.environ.get("INTROCHECK_LIBRARY"):
        candidates.append(Path(os.environ["INTROCHECK_LIBRARY"]))
    for tree in ("release", "ci", "dev"):
        candidates.append(ROOT.parent.parent / "build" / tree / "capi" / "libintrocheck.so.0.2")
    for c in candidates:
        if c.exists():
            return c.resolve()
    raise RuntimeError("introcheck: build libintrocheck first (cmake --preset release && cmake --build "
                       "--preset release) or set INTROCHECK_LIBRARY to libintrocheck.so.0.2")


def _icu_libraries(library):
    """The ICU libraries the native library loads, from ldd."""
    out = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=True).stdout
    found = []
    for line in out.splitlines():
        m = re.match(r"\s*(libicu\w+\.so\.\d+)\s+=>\s+(\S+)", line)
        if m:
            found.append((m.group(1), Path(m.group(2))))
    return found


def _metadata():
    readme = (ROOT / "README.md").read_text(encoding="utf-8") if (ROOT / "README.md").exists() else ""
    return (f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n"
            "Summary: Checks introduction-program data before and after transfer to NIR\n"
            "Requires-Python: >=3.8\nDescription-Content-Type: text/markdown\n\n" + readme)


def _record_line(arcname, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{arcname},sha256={digest},{len(data)}"


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    library = _library(config_settings)
    files = {}
    for path in sorted((ROOT / NAME).rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith("libintrocheck"):
            files[str(path.relative_to(ROOT))] = path.read_bytes()
    files[f"{NAME}/libintrocheck.so.0.2"] = library.read_bytes()
    for soname, path in _icu_libraries(library):
        files[f"{NAME}/{soname}"] = path.read_bytes()
    dist_info = f"{NAME}-{VERSION}.dist-info"
    files[f"{dist_info}/METADATA"] = _metadata().encode("utf-8")
    files[f"{dist_info}/WHEEL"] = (f"Wheel-Version: 1.0\nGenerator: introcheck_build\nRoot-Is-Purelib: false\n"
                                   f"Tag: {TAG}\n").encode()
    files[f"{dist_info}/top_level.txt"] = f"{NAME}\n".encode()
    record = [_record_line(name, data) for name, data in files.items()] + [f"{dist_info}/RECORD,,"]
    files[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()

    wheel_name = f"{NAME}-{VERSION}-{TAG}.whl"
    with zipfile.ZipFile(Path(wheel_directory) / wheel_name, "w", zipfile.ZIP_DEFLATED) as whl:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.external_attr = (0o755 if name.endswith((".so", ".so.0")) or ".so." in name else 0o644) << 16
            whl.writestr(info, data, zipfile.ZIP_DEFLATED)
    return wheel_name


def build_sdist(sdist_directory, config_settings=None):
    name = f"{NAME}-{VERSION}"
    path = Path(sdist_directory) / f"{name}.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for item in ("pyproject.toml", "README.md", "backend", NAME, "tests"):
            if (ROOT / item).exists():
                tar.add(ROOT / item, arcname=f"{name}/{item}",
                        filter=lambda t: None if "__pycache__" in t.name or ".so" in t.name else t)
        pkg_info = _metadata().encode("utf-8")
        info = tarfile.TarInfo(f"{name}/PKG-INFO")
        info.size = len(pkg_info)
        import io
        tar.addfile(info, io.BytesIO(pkg_info))
    return path.name
