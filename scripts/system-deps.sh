#!/usr/bin/env bash
# Install the Debian packages ClearNotice needs, when they are missing.
#   scripts/system-deps.sh run   what the app uses (offline translation, spelling, PDF fonts)
#   scripts/system-deps.sh test  the same plus what the tests drive (Chromium, PostgreSQL, Node
#                                for the live editor's counting in JavaScript)
# As root it installs with apt-get; otherwise it prints the command to run and, for the tests,
# fails, since a suite that silently skipped its browser or translator would prove nothing.
set -euo pipefail

run_packages=(python3-venv apertium apertium-eng-spa apertium-eng-cat apertium-en-gl
              hunspell-en-us hunspell-es fonts-dejavu-core fonts-wqy-microhei)
test_packages=(chromium postgresql poppler-utils nodejs)

case "${1:-run}" in
  run) wanted=("${run_packages[@]}") ;;
  test) wanted=("${run_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  exit 0
fi

echo "Missing Debian packages: ${missing[*]}"
echo "Install them with: sudo apt-get install ${missing[*]}"
[ "${1:-run}" = run ] && { echo "The app still runs; offline translation or spelling may be off."; exit 0; }
exit 1
