#!/usr/bin/env bash
# Makes sure the real Jupyter clients the kernel is tested and toured with are here: Debian's
# jupyter_client, nbclient, nbconvert and ipykernel (for side-by-side benchmarks), all under
# /usr/bin/python3. On Debian it installs them with apt-get (as root, or through sudo); elsewhere it says
# how to get them and fails.
set -euo pipefail
packages="python3-jupyter-client jupyter-client python3-nbclient python3-nbconvert python3-nbformat jupyter-nbconvert python3-ipykernel"
have() { [ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import jupyter_client, nbclient, nbconvert, ipykernel" 2>/dev/null && command -v jupyter-nbconvert >/dev/null; }
if have; then exit 0; fi
if command -v apt-get >/dev/null; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "Jupyter's clients are missing. Install them as root: apt-get install --no-install-recommends $packages" >&2
      exit 1
    fi
  fi
  echo "Installing Debian's Jupyter clients (about 30 s): $packages"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
  have && exit 0
fi
echo "Jupyter is missing. On Debian/Ubuntu: apt-get install --no-install-recommends $packages" >&2
echo "Elsewhere: pip install jupyter_client nbclient nbconvert ipykernel (and notebook or jupyterlab to open notebooks)" >&2
exit 1
