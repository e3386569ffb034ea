#!/usr/bin/env bash
# Debian packages the tests and benchmarks use: CJK fonts (the sample generator and the
# tests render Chinese documents; sample layouts also use the AR PL Ming and Kai faces), Tesseract with chi_sim (the OCR baseline), poppler-utils,
# Chromium (the report pages are tested in a real browser), and the PostgreSQL server (the
# results store is tested against a real server the tests start on loopback; the Debian
# package's own cluster is not used). Installs what is missing when run as root; otherwise
# says what to install.
set -euo pipefail
need=()
fc-list 2>/dev/null | grep -qi 'wqy' || need+=(fonts-wqy-zenhei fonts-wqy-microhei)
fc-list 2>/dev/null | grep -qi 'uming' || need+=(fonts-arphic-uming)
fc-list 2>/dev/null | grep -qi 'ukai' || need+=(fonts-arphic-ukai)
command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -q chi_sim || need+=(tesseract-ocr tesseract-ocr-chi-sim)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v chromium >/dev/null || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
else
  echo "missing Debian packages: ${need[*]} (run: sudo apt-get install ${need[*]})" >&2
  exit 1
fi
