#!/usr/bin/env bash
# Installs what MyMap needs from Debian's packages, only if something is missing.
set -euo pipefail
PACKAGES=(qgis python3-qgis qgis-providers python3-gdal python3-pyproj python3-venv
          xvfb qttools5-dev-tools fonts-dejavu-core xauth chromium git gdal-bin
          # the PostgreSQL/PostGIS shared map: the tests start their own server (tests/postgres_server.py)
          postgresql-15 postgresql-15-postgis-3 python3-psycopg2)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages already installed."
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing Debian packages: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
