#!/usr/bin/env bash
# Start the app: Electron when its binary is installed, otherwise the browser preview, on the
# default database (.cchc-data/preview, filled with a demo commune year on first run).
source "$(dirname "$0")/setup.sh"
if [ -z "${CCHC_PREVIEW:-}" ] && node -e "require('fs').accessSync(require('electron'))" 2>/dev/null; then
  exec npm run electron
fi
exec npm start -- "$@"
