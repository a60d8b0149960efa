# Sourced by the scripts/install-<tool>.sh that pin a tool into .tmp/bin of
# the repository (or the folder given): sets `bin_dir` and `binary`, and
# holds a lock, so that test workers running the script at once install the
# tool only once while the others wait.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/tool-bin-dir.sh" TOOL [FOLDER]
bin_dir="${2:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tmp/bin}"
binary="$bin_dir/$1"
mkdir -p "$bin_dir"
exec 9>"$bin_dir/.$1.lock"
flock 9
