#!/usr/bin/env bash
# Fetches libchdb (the ClickHouse engine as a shared library) once, from the npm registry, into a cache outside the repository.
#
# Usage: fetch-chdb.sh [CACHE_ROOT]
#   CACHE_ROOT defaults to $PENGUINMAILS_CHDB_CACHE, else ${HOME}/.cache/penguinmails/chdb.
#   The library ends up at CACHE_ROOT/<version>/libchdb.so. A second run finds it there and returns at once.
#
# The unpacked package is moved into place with one rename, so an interrupted run never leaves a half-written library
# where EmbeddedClickHouse would load it.
set -euo pipefail

readonly CHDB_PACKAGE="@chdb/lib-linux-x64-gnu"
readonly CHDB_VERSION="26.5.3"

cache_root="${1:-${PENGUINMAILS_CHDB_CACHE:-${HOME}/.cache/penguinmails/chdb}}"
target_dir="${cache_root}/${CHDB_VERSION}"
library="${target_dir}/libchdb.so"

if [[ -s "${library}" ]]; then
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-chdb: npm is not installed. It is needed once to fetch ${CHDB_PACKAGE}@${CHDB_VERSION} (libchdb.so)." >&2
  echo "fetch-chdb: install it (Debian: apt-get install npm) and run the build again." >&2
  exit 1
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *)
    echo "fetch-chdb: ${CHDB_PACKAGE} is built for Linux x86-64 only; this machine is $(uname -s)-$(uname -m)." >&2
    exit 1
    ;;
esac

mkdir -p "${cache_root}"
work_dir="$(mktemp -d "${cache_root}/.fetch-${CHDB_VERSION}.XXXXXX")"
trap 'rm -rf "${work_dir}"' EXIT

echo "fetch-chdb: fetching ${CHDB_PACKAGE}@${CHDB_VERSION} (about 166 MB, once) into ${target_dir}" >&2
# A private npm cache: the tarball is needed once, not kept twice.
(cd "${work_dir}" && npm pack --silent --cache "${work_dir}/npm-cache" "${CHDB_PACKAGE}@${CHDB_VERSION}" >/dev/null)
tarball="$(find "${work_dir}" -maxdepth 1 -name '*.tgz' -print -quit)"
if [[ -z "${tarball}" ]]; then
  echo "fetch-chdb: npm pack produced no tarball for ${CHDB_PACKAGE}@${CHDB_VERSION}." >&2
  exit 1
fi

mkdir "${work_dir}/unpacked"
tar -xzf "${tarball}" -C "${work_dir}/unpacked"
unpacked_library="$(find "${work_dir}/unpacked" -name libchdb.so -print -quit)"
if [[ -z "${unpacked_library}" ]]; then
  echo "fetch-chdb: ${CHDB_PACKAGE}@${CHDB_VERSION} holds no libchdb.so." >&2
  exit 1
fi

mkdir "${work_dir}/${CHDB_VERSION}"
mv "${unpacked_library}" "${work_dir}/${CHDB_VERSION}/libchdb.so"
package_json="${work_dir}/unpacked/package/package.json"
if [[ -f "${package_json}" ]]; then
  cp "${package_json}" "${work_dir}/${CHDB_VERSION}/package.json"
fi
if [[ -d "${target_dir}" ]]; then
  # A concurrent run finished first, or an earlier one left a directory without the library.
  if [[ -s "${library}" ]]; then
    exit 0
  fi
  rm -rf "${target_dir}"
fi
mv -T "${work_dir}/${CHDB_VERSION}" "${target_dir}"
echo "fetch-chdb: ${library} is ready" >&2
