"""Fails when the places that carry introcheck's version disagree: CMake's
project version, the C header, the Python package, the C# package and its
consumer, the changelog, and the library file name each loader looks for
(libintrocheck.so.MAJOR.MINOR while the major version is 0).

Usage: versions.py SOURCE_DIR"""

import pathlib
import re
import sys


def find(root, path, pattern):
    text = (root / path).read_text(encoding="utf-8")
    found = re.findall(pattern, text, re.M)
    if not found:
        raise SystemExit(f"{path}: no match for {pattern}")
    return path, found


def main(root):
    root = pathlib.Path(root)
    _, [version] = find(root, "CMakeLists.txt", r"^project\(introcheck VERSION (\d+\.\d+\.\d+)")
    major, minor, patch = version.split(".")
    soname = f"libintrocheck.so.{major}.{minor}" if major == "0" else f"libintrocheck.so.{major}"
    header = (root / "capi/include/introcheck.h").read_text(encoding="utf-8")
    parts = [re.search(rf"#define INTROCHECK_VERSION_{p} (\d+)", header).group(1) for p in ("MAJOR", "MINOR", "PATCH")]
    checks = [
        ("capi/include/introcheck.h", [".".join(parts)]),
        find(root, "bindings/python/introcheck/__init__.py", r'^__version__ = "([^"]+)"'),
        find(root, "bindings/python/pyproject.toml", r'^version = "([^"]+)"'),
        find(root, "bindings/python/backend/introcheck_build.py", r'^VERSION = "([^"]+)"'),
        find(root, "bindings/csharp/IntroCheck/IntroCheck.csproj", r"<Version>([^<]+)</Version>"),
        find(root, "tests/install/csharp_consumer/Consumer.csproj", r'Include="IntroCheck" Version="([^"]+)"'),
        find(root, "CHANGELOG.md", r"^## (\d+\.\d+\.\d+)"),
    ]
    failures = []
    for path, values in checks:
        # The changelog lists every release; its newest comes first.
        value = values[0]
        if value != version:
            failures.append(f"{path}: {value}, but CMakeLists.txt says {version}")
    for path in ("bindings/python/introcheck/_native.py", "bindings/python/backend/introcheck_build.py",
                 "bindings/csharp/IntroCheck/Loader.cs", "tests/csharp.cmake", "tests/python_pip_install.cmake",
                 "scripts/bless-abi.sh", "benchmarks/run.sh"):
        names = set(re.findall(r"libintrocheck\.so(?:\.\d+)+", (root / path).read_text(encoding="utf-8")))
        if not names:
            failures.append(f"{path}: names no libintrocheck.so.N file")
        for name in names - {soname}:
            failures.append(f"{path}: looks for {name}, but this version's library is {soname}")
    for f in failures:
        print(f)
    if not failures:
        print(f"{version} ({soname}) everywhere: {len(checks) + 1} version fields, 7 loaders and scripts")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
